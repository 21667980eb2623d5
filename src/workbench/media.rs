//! Uploads into a capsule's bundle, at most 40 MB each: photos, videos and captions. Each is
//! read as what its extension says before it is kept, so a file that is not one is refused
//! whatever its name: pictures are decoded (SVG drawings sanitised), a video must open as an
//! MP4 or WebM container, captions must be WebVTT text. File names are made safe and never
//! land over another file.
//!
//! The bytes are kept as sent: the build re-encodes every picture it publishes, which drops
//! the camera's metadata (GPS position included), and the original stays the webmaster's.

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use serde_json::json;

use super::{Answer, Call};
use crate::content::slug::file_name;
use crate::images::{self, svg};
use crate::messages::{word, Message};

pub const MAX_UPLOAD: usize = 40 * 1024 * 1024;

/// One uploaded file of a `multipart/form-data` body.
struct Part<'a> {
    file_name: String,
    bytes: &'a [u8],
}

pub fn upload(call: &Call, dir: &Path) -> Answer {
    let Some(part) = call
        .header("Content-Type")
        .and_then(boundary)
        .and_then(|b| first_file(&call.body, &b))
    else {
        return Answer::error(400, word("upload-not-multipart"));
    };
    if part.bytes.len() > MAX_UPLOAD {
        return Answer::error(413, word("upload-too-large"));
    }
    let name = file_name(&part.file_name).to_ascii_lowercase();
    let extension = name.rsplit_once('.').map_or("", |(_, e)| e);
    let kept = match extension {
        "svg" => picture_svg(part.bytes).map(Kept::picture),
        "jpg" | "jpeg" | "png" | "webp" => picture(part.bytes, extension).map(Kept::picture),
        "mp4" | "m4v" | "webm" => video(part.bytes, extension).map(|()| Kept {
            bytes: part.bytes.to_vec(),
            kind: "video",
            size: None,
        }),
        "vtt" => captions(part.bytes).map(|()| Kept {
            bytes: part.bytes.to_vec(),
            kind: "captions",
            size: None,
        }),
        _ => Err(Message::new("upload-kinds")),
    };
    let kept = match kept {
        Ok(kept) => kept,
        Err(why) => {
            let refused = Message::new("upload-refused")
                .arg("file", &part.file_name)
                .arg("problem", why);
            return Answer::error(415, refused.text());
        }
    };
    let name = match store(dir, &name, &kept.bytes) {
        Ok(name) => name,
        Err(e) => {
            let failed = Message::new("upload-cannot-keep")
                .arg("file", &name)
                .arg("error", e);
            return Answer::error(500, failed.text());
        }
    };
    let mut answer = json!({ "src": name, "kind": kept.kind });
    if let Some((width, height)) = kept.size {
        answer["width"] = json!(width);
        answer["height"] = json!(height);
    }
    Answer::json(201, &answer)
}

/// What an upload keeps, once read as what it says it is.
struct Kept {
    bytes: Vec<u8>,
    kind: &'static str,
    /// A picture's width and height.
    size: Option<(u32, u32)>,
}

impl Kept {
    fn picture((bytes, width, height): (Vec<u8>, u32, u32)) -> Kept {
        Kept {
            bytes,
            kind: "picture",
            size: Some((width, height)),
        }
    }
}

/// A video opens as the container its extension names: an ISO media file (`ftyp` box first)
/// for MP4, an EBML header for WebM. Vigie never transcodes: the file is published as sent.
fn video(bytes: &[u8], extension: &str) -> Result<(), Message> {
    let iso = bytes.get(4..8) == Some(&b"ftyp"[..]);
    let ebml = bytes.starts_with(&[0x1A, 0x45, 0xDF, 0xA3]);
    match (extension, iso, ebml) {
        ("webm", _, true) | ("mp4" | "m4v", true, _) => Ok(()),
        ("webm", true, _) => Err(Message::new("video-is-mp4")),
        (_, _, true) => Err(Message::new("video-is-webm")),
        _ => Err(Message::new("video-not-playable")),
    }
}

/// Captions are WebVTT: UTF-8 text whose first line is `WEBVTT` (after an optional byte-order
/// mark), as browsers require before they show a cue.
fn captions(bytes: &[u8]) -> Result<(), Message> {
    let text = std::str::from_utf8(bytes).map_err(|_| Message::new("captions-not-utf8"))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or("");
    let signed = first
        .strip_prefix("WEBVTT")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t']));
    match signed {
        true => Ok(()),
        false => Err(Message::new("captions-not-webvtt")),
    }
}

/// A picture of the bundle, for the form to show before the preview has published it.
pub fn show(dir: &Path, name: &str) -> Answer {
    let name = percent_encoding::percent_decode_str(name).decode_utf8_lossy();
    let name = name.as_ref();
    let content_type = match name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()) {
        Some(e) if e == "jpg" || e == "jpeg" => "image/jpeg",
        Some(e) if e == "png" => "image/png",
        Some(e) if e == "webp" => "image/webp",
        Some(e) if e == "svg" => "image/svg+xml",
        Some(e) if e == "mp4" || e == "m4v" => "video/mp4",
        Some(e) if e == "webm" => "video/webm",
        Some(e) if e == "vtt" => "text/vtt; charset=utf-8",
        _ => return Answer::error(404, word("media-not-shown")),
    };
    if name.starts_with('.') || name.contains(['/', '\\']) {
        return Answer::error(404, word("media-not-shown"));
    }
    let path = dir.join(name);
    let missing = || {
        let said = Message::new("media-not-in-bundle").arg("file", name);
        Answer::error(404, said.text())
    };
    if !std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file()) {
        return missing();
    }
    match std::fs::read(path) {
        Ok(bytes) => Answer::bytes(content_type, bytes).with(
            "Content-Security-Policy",
            crate::images::svg::POLICY.to_string(),
        ),
        Err(_) => missing(),
    }
}

/// A raster photo: decoded whole, and of the format its extension says.
fn picture(bytes: &[u8], extension: &str) -> Result<(Vec<u8>, u32, u32), Message> {
    let format = image::guess_format(bytes).map_err(|_| Message::new("upload-not-picture"))?;
    let expected = match extension {
        "png" => image::ImageFormat::Png,
        "webp" => image::ImageFormat::WebP,
        _ => image::ImageFormat::Jpeg,
    };
    if format != expected {
        return Err(Message::new("upload-wrong-format").arg("format", extension.to_uppercase()));
    }
    // The build's own reading and limits, before a pixel is decoded.
    let (width, height) = images::raster_size(bytes)?;
    let mut reader = image::ImageReader::with_format(std::io::Cursor::new(bytes), format);
    reader.limits(images::limits());
    reader
        .decode()
        .map_err(|e| Message::new("picture-cannot-decode").arg("error", e))?;
    Ok((bytes.to_vec(), width, height))
}

/// A drawing, kept without its scripts, links and outside references.
fn picture_svg(bytes: &[u8]) -> Result<(Vec<u8>, u32, u32), Message> {
    let text = std::str::from_utf8(bytes).map_err(|_| Message::new("upload-not-svg"))?;
    let clean = svg::sanitize(text)?;
    let (width, height) = svg::size(&clean)?;
    Ok((clean.into_bytes(), width, height))
}

/// Keeps `bytes` in the bundle as `name`, or `name-2`, `name-3`… when another file has that
/// name (a file of the same bytes is reused), and says which. The name is taken and the file
/// filled in one step (a complete file linked under a name that must not exist yet), so two
/// uploads of one name at once each keep their own picture, and no reader ever sees half a
/// file.
fn store(dir: &Path, name: &str, bytes: &[u8]) -> std::io::Result<String> {
    let (stem, extension) = name.rsplit_once('.').unwrap_or((name, ""));
    // `index.*` is the bundle's own text (`index.fr.md`): a picture never takes such a name.
    let stem = if stem.starts_with("index") {
        format!("photo-{stem}")
    } else {
        stem.to_string()
    };
    let whole = Scratch::create(dir, bytes)?;
    for n in 1..=MAX_NAMESAKES {
        let candidate = match n {
            1 => format!("{stem}.{extension}"),
            n => format!("{stem}-{n}.{extension}"),
        };
        let path = dir.join(&candidate);
        match std::fs::hard_link(&whole.0, &path) {
            Ok(()) => return Ok(candidate),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                if std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file())
                    && std::fs::read(&path).is_ok_and(|existing| existing == bytes)
                {
                    return Ok(candidate);
                }
            }
            // No hard links here (some USB sticks and shares): the name is still taken
            // exclusively, and the bytes written into it.
            Err(_) => match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(mut file) => {
                    return std::io::Write::write_all(&mut file, bytes)
                        .map(|()| candidate)
                        .inspect_err(|_| {
                            let _ = std::fs::remove_file(&path);
                        })
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(e),
            },
        }
    }
    Err(std::io::Error::other(format!(
        "{MAX_NAMESAKES} files are already named after {name}; rename the photo"
    )))
}

/// A complete copy of an upload under a name of its own, removed when dropped.
struct Scratch(std::path::PathBuf);

impl Scratch {
    fn create(dir: &Path, bytes: &[u8]) -> std::io::Result<Scratch> {
        static COUNT: AtomicU64 = AtomicU64::new(0);
        let n = COUNT.fetch_add(1, Ordering::Relaxed);
        let path = dir.join(format!(".upload-{}-{n}.vigie-tmp", std::process::id()));
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)?;
        let scratch = Scratch(path);
        std::io::Write::write_all(&mut file, bytes)?;
        Ok(scratch)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// How many pictures of one name a bundle may hold before an upload asks for another name.
const MAX_NAMESAKES: u32 = 1000;

/// The boundary of a `multipart/form-data` content type.
fn boundary(content_type: &str) -> Option<String> {
    let (kind, params) = content_type.split_once(';')?;
    if !kind.trim().eq_ignore_ascii_case("multipart/form-data") {
        return None;
    }
    params.split(';').find_map(|p| {
        let (k, v) = p.trim().split_once('=')?;
        k.eq_ignore_ascii_case("boundary")
            .then(|| v.trim_matches('"').to_string())
    })
}

/// The first part of the body with a file name. Multipart is simple enough for the one file a
/// browser's `FormData` sends; no crate for it works without an async runtime.
fn first_file<'a>(body: &'a [u8], boundary: &str) -> Option<Part<'a>> {
    let delimiter = format!("--{boundary}");
    let mut rest = body;
    while let Some(start) = find(rest, delimiter.as_bytes()) {
        rest = &rest[start + delimiter.len()..];
        if rest.starts_with(b"--") {
            return None;
        }
        let headers_end = find(rest, b"\r\n\r\n")?;
        let headers = String::from_utf8_lossy(&rest[..headers_end]);
        let content = &rest[headers_end + 4..];
        let end = find(content, format!("\r\n{delimiter}").as_bytes())?;
        let file_name = headers.lines().find_map(|line| {
            let (name, value) = line.split_once(':')?;
            if !name.trim().eq_ignore_ascii_case("content-disposition") {
                return None;
            }
            value.split(';').find_map(|p| {
                let (k, v) = p.trim().split_once('=')?;
                (k == "filename").then(|| v.trim_matches('"').to_string())
            })
        });
        if let Some(file_name) = file_name.filter(|n| !n.is_empty()) {
            return Some(Part {
                file_name,
                bytes: &content[..end],
            });
        }
        rest = &content[end..];
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_part_is_found_among_others() {
        let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\nA door\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"porte.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\r\n\xff\r\n--XyZ--\r\n";
        let b = boundary("multipart/form-data; boundary=XyZ").unwrap();
        let part = first_file(body, &b).unwrap();
        assert_eq!(part.file_name, "porte.jpg");
        assert_eq!(part.bytes, b"\xff\xd8\r\n\xff");
        assert!(first_file(b"--XyZ--\r\n", &b).is_none());
    }
}
