//! A Facebook Page's "Download your information" export, in JSON, as a folder or a zip: its
//! posts with their text, date, photos and links (research notes, section 1.1).
//!
//! - Posts live in `…/profile_posts_N.json` (Pages today), `…/your_posts__check_ins__photos_and_videos_N.json`
//!   or `posts/your_posts_N.json` (older archives): each a list of posts.
//! - Every string is mojibake: UTF-8 bytes written as `\u00XX` characters. It is repaired after
//!   parsing, and only where the characters read back as UTF-8, so text that is already right
//!   stays as it is.
//! - Keys Vigie does not know are ignored; a post without `timestamp` is an error.
//! - Media paths (`uri`) are relative to the export's root. Their `media_metadata` (the
//!   uploader's IP address, sometimes GPS) is never read.

use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::error::{Diagnostic, Error, Result};
use crate::messages::Message;

/// One post, repaired.
#[derive(Debug, Clone)]
pub struct Post {
    /// Where it was read, for messages: `profile_posts_1.json`, post 3.
    pub file: String,
    pub index: usize,
    pub timestamp: i64,
    pub text: String,
    pub photos: Vec<Photo>,
    /// Link posts: the address and the name Facebook gave it.
    pub links: Vec<(String, Option<String>)>,
    /// Videos and other media Vigie does not import.
    pub other_media: usize,
}

#[derive(Debug, Clone)]
pub struct Photo {
    pub uri: String,
    pub description: Option<String>,
}

/// An export opened: a folder, or a zip read into memory by name.
pub enum Export {
    Folder(PathBuf),
    Zip {
        path: PathBuf,
        archive: zip::ZipArchive<std::fs::File>,
    },
}

impl Export {
    pub fn open(path: &Path) -> Result<Export> {
        if path.is_dir() {
            return Ok(Export::Folder(path.to_path_buf()));
        }
        let file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
        let archive = zip::ZipArchive::new(file).map_err(|e| {
            Error::Content(vec![Diagnostic::said_in(
                path,
                Message::new("import-not-an-export").arg("problem", e),
            )])
        })?;
        Ok(Export::Zip {
            path: path.to_path_buf(),
            archive,
        })
    }

    fn name(&self) -> &Path {
        match self {
            Export::Folder(p) | Export::Zip { path: p, .. } => p,
        }
    }

    /// Every file name inside, with `/` separators.
    fn names(&mut self) -> Vec<String> {
        match self {
            Export::Folder(root) => walkdir::WalkDir::new(&*root)
                .into_iter()
                .flatten()
                .filter(|e| e.file_type().is_file())
                .filter_map(|e| {
                    let rel = e.path().strip_prefix(&*root).ok()?;
                    Some(rel.to_string_lossy().replace('\\', "/"))
                })
                .collect(),
            Export::Zip { archive, .. } => archive
                .file_names()
                .filter_map(|n| n.ok().map(|n| n.into_owned()))
                .collect(),
        }
    }

    /// The bytes of a file inside; none if there is no such file, if it lies outside the
    /// export (a `..` in its name, or a symbolic link leading out of the folder), or if it is
    /// larger than `limit` bytes (a zip whose headers lie, a zip bomb).
    pub fn read(&mut self, name: &str, limit: u64) -> Option<Vec<u8>> {
        let mut bytes = Vec::new();
        match self {
            Export::Folder(root) => {
                if name.split(['/', '\\']).any(|p| p == "..") || name.starts_with(['/', '\\']) {
                    return None;
                }
                let real = root.join(name).canonicalize().ok()?;
                if !real.starts_with(root.canonicalize().ok()?) || !real.is_file() {
                    return None;
                }
                std::fs::File::open(real)
                    .ok()?
                    .take(limit + 1)
                    .read_to_end(&mut bytes)
                    .ok()?;
            }
            Export::Zip { archive, .. } => {
                let entry = archive.by_name(name).ok()?;
                if entry.size() > limit {
                    return None;
                }
                entry.take(limit + 1).read_to_end(&mut bytes).ok()?;
            }
        }
        (bytes.len() as u64 <= limit).then_some(bytes)
    }

    /// Every post of the export, oldest first.
    pub fn posts(&mut self) -> Result<Vec<Post>> {
        let mut files: Vec<String> = self
            .names()
            .into_iter()
            .filter(|n| is_posts_file(n))
            .collect();
        if files.is_empty() {
            return Err(Error::Content(vec![Diagnostic::said_in(
                self.name(),
                Message::new("import-no-posts-file"),
            )]));
        }
        files.sort();
        let mut posts = Vec::new();
        let mut errors = Vec::new();
        for name in files {
            let Some(bytes) = self.read(&name, MAX_POSTS_FILE) else {
                errors.push(Diagnostic::said_in(
                    self.name().join(&name),
                    Message::new("import-posts-unreadable")
                        .arg("megabytes", MAX_POSTS_FILE / 1_000_000),
                ));
                continue;
            };
            let shown = self.name().join(&name);
            let mut value: Value = match serde_json::from_slice(&bytes) {
                Ok(v) => v,
                Err(e) => {
                    let text = String::from_utf8_lossy(&bytes);
                    let offset = offset_of(&text, e.line(), e.column());
                    errors.push(
                        crate::error::SourceFile::new(&shown, text.into_owned()).said(
                            offset..offset + 1,
                            Message::new("import-broken-json").arg("problem", e),
                        ),
                    );
                    continue;
                }
            };
            repair(&mut value);
            let list = posts_list(value);
            for (index, item) in list.iter().enumerate() {
                match post(&name, index + 1, item) {
                    Ok(p) => posts.push(p),
                    Err(message) => errors.push(Diagnostic::said_in(&shown, message)),
                }
            }
        }
        if !errors.is_empty() {
            return Err(Error::Content(errors));
        }
        posts.sort_by_key(|p| p.timestamp);
        Ok(posts)
    }
}

/// The largest posts file read: a Page's posts over years take a few megabytes, and a file
/// read whole takes about four times its size in memory once parsed; a bound that keeps an
/// import within what a modest PC has to spare.
const MAX_POSTS_FILE: u64 = 64_000_000;

/// The list of posts in a posts file: the file itself, or in an object that wraps it, the
/// list whose items have a `timestamp` (not a list of labels that comes first).
fn posts_list(value: Value) -> Vec<Value> {
    let is_post = |v: &Value| v.get("timestamp").is_some();
    match value {
        Value::Array(list) => list,
        Value::Object(map) => map
            .into_iter()
            .filter_map(|(_, v)| match v {
                Value::Array(list) => Some(list),
                _ => None,
            })
            .max_by_key(|list| list.iter().filter(|v| is_post(v)).count())
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// Whether a file of the export holds posts.
fn is_posts_file(name: &str) -> bool {
    let file = name.rsplit('/').next().unwrap_or(name);
    let numbered = |prefix: &str| {
        file.strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix(".json"))
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    numbered("profile_posts_")
        || numbered("your_posts_")
        || numbered("your_posts__check_ins__photos_and_videos_")
}

/// The byte offset of a 1-based line and column, for a caret.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column.saturating_sub(1)).min(text.len())
}

/// Facebook's mojibake undone in every string: characters that are all below U+0100 are read
/// as bytes and decoded as UTF-8; a string that does not decode is already right.
pub fn repair(value: &mut Value) {
    match value {
        Value::String(s) => *s = repaired(s),
        Value::Array(items) => items.iter_mut().for_each(repair),
        Value::Object(map) => map.values_mut().for_each(repair),
        _ => {}
    }
}

/// Control characters, which no page or feed can show, are dropped as they are at load.
pub fn repaired(s: &str) -> String {
    let bytes: Option<Vec<u8>> = s.chars().map(|c| u8::try_from(u32::from(c)).ok()).collect();
    let text = match bytes.map(String::from_utf8) {
        Some(Ok(fixed)) => fixed,
        _ => s.to_string(),
    };
    crate::content::without_controls(text)
}

/// One post from its JSON, wherever the export put its parts.
fn post(file: &str, index: usize, item: &Value) -> std::result::Result<Post, Message> {
    // Some exports write the time as a decimal number of seconds.
    let timestamp = item["timestamp"]
        .as_i64()
        .or_else(|| item["timestamp"].as_f64().map(|t| t as i64))
        .ok_or_else(|| Message::new("import-post-no-timestamp").arg("index", index))?;
    let text = item["data"]
        .as_array()
        .into_iter()
        .flatten()
        .find_map(|d| d["post"].as_str())
        .unwrap_or_default()
        .trim()
        .to_string();
    let mut photos = Vec::new();
    let mut links = Vec::new();
    let mut other_media = 0;
    let mut found = |v: &Value| {
        if let Some(media) = v.get("media") {
            if let Some(uri) = media["uri"].as_str() {
                if is_photo(uri) {
                    photos.push(Photo {
                        uri: uri.to_string(),
                        description: media["description"].as_str().map(str::to_string),
                    });
                } else {
                    other_media += 1;
                }
            }
        }
        if let Some(url) = v["external_context"]["url"].as_str() {
            links.push((
                url.to_string(),
                v["external_context"]["name"].as_str().map(str::to_string),
            ));
        }
    };
    walk(&item["attachments"], &mut found);
    Ok(Post {
        file: file.to_string(),
        index,
        timestamp,
        text,
        photos,
        links,
        other_media,
    })
}

/// Calls `found` on every object under `value`.
fn walk(value: &Value, found: &mut impl FnMut(&Value)) {
    match value {
        Value::Object(map) => {
            found(value);
            for (key, v) in map {
                // Never look into what Facebook records about the upload.
                if key != "media_metadata" {
                    walk(v, found);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| walk(v, found)),
        _ => {}
    }
}

fn is_photo(uri: &str) -> bool {
    let lower = uri.to_ascii_lowercase();
    [".jpg", ".jpeg", ".png", ".webp"]
        .iter()
        .any(|e| lower.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mojibake_is_repaired_and_right_text_left_alone() {
        assert_eq!(
            repaired("Capsule pr\u{c3}\u{a9}vention n\u{c2}\u{b0}12"),
            "Capsule prévention n°12"
        );
        assert_eq!(
            repaired("\u{f0}\u{9f}\u{98}\u{89} cl\u{c3}\u{a9}"),
            "😉 clé"
        );
        assert_eq!(repaired("clé 😉"), "clé 😉");
        assert_eq!(
            repaired("déjà"),
            "déjà",
            "Latin-1 text that is not UTF-8 bytes stays"
        );
    }

    #[test]
    fn posts_files_of_every_layout() {
        assert!(is_posts_file(
            "this_profile's_activity_across_facebook/posts/profile_posts_1.json"
        ));
        assert!(is_posts_file("posts/your_posts_12.json"));
        assert!(is_posts_file(
            "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
        ));
        assert!(!is_posts_file("posts/album/0.json"));
        assert!(!is_posts_file("posts/profile_posts_.json"));
    }
}
