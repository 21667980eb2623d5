//! Where a site is published. Each protocol is a [`Target`]: it reads, writes and removes the
//! files of one folder, a file at a time, never leaving a half-written file where visitors
//! can download it.

use std::collections::HashSet;
use std::path::{Component, Path, PathBuf};

use crate::config::PublishTarget;
use crate::error::{Error, Result};
use crate::messages::Message;

/// What went wrong on a target, and whether trying again may help.
#[derive(Debug)]
pub struct Failure {
    pub message: String,
    /// A dropped connection or a busy server, rather than a refusal.
    pub transient: bool,
}

impl Failure {
    fn io(e: std::io::Error) -> Failure {
        use std::io::ErrorKind::*;
        Failure {
            transient: matches!(e.kind(), Interrupted | TimedOut | WouldBlock | ResourceBusy),
            message: e.to_string(),
        }
    }
}

pub trait Target {
    /// The target as the webmaster knows it, without any secret.
    fn describe(&self) -> String;
    /// A file's bytes, if the target holds it; a failure past `limit` bytes (a target is not
    /// trusted to hold only what Vigie wrote).
    fn read(&mut self, path: &str, limit: u64) -> std::result::Result<Option<Vec<u8>>, Failure>;
    /// Writes a file under a temporary name, then renames it into place.
    fn put(&mut self, path: &str, bytes: &[u8]) -> std::result::Result<(), Failure>;
    fn remove(&mut self, path: &str) -> std::result::Result<(), Failure>;
    /// Every file the target holds, for `--verify`.
    fn list(&mut self) -> std::result::Result<Vec<String>, Failure>;
}

/// The largest manifest read from a target: about 400,000 files.
pub const MANIFEST_LIMIT: u64 = 64 * 1024 * 1024;
/// The largest file read back from a target (by `--verify`): a site's files are far smaller.
pub const FILE_LIMIT: u64 = 1024 * 1024 * 1024;

/// Reads at most `limit` bytes of `reader`; a failure if there are more.
pub fn read_limited(
    reader: &mut dyn std::io::Read,
    path: &str,
    limit: u64,
) -> std::result::Result<Vec<u8>, Failure> {
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut std::io::Read::take(reader, limit + 1), &mut bytes)
        .map_err(Failure::io)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(path, limit));
    }
    Ok(bytes)
}

pub fn too_large(path: &str, limit: u64) -> Failure {
    Failure {
        message: format!(
            "`{path}` on the target is larger than {}: not a file Vigie wrote, so it is not read",
            super::human_bytes(limit)
        ),
        transient: false,
    }
}

/// Opens the target of a `[publish.NAME]` table.
pub fn open(name: &str, target: &PublishTarget) -> Result<Box<dyn Target>> {
    let text = target.url.get_ref();
    let url = url::Url::parse(text).map_err(|e| {
        Error::Usage(
            Message::new("publish-url-not-address")
                .arg("name", name)
                .arg("error", e)
                .text(),
        )
    })?;
    match url.scheme() {
        "file" => {
            let folder = url.to_file_path().map_err(|()| {
                Error::Usage(
                    Message::new("publish-not-local-folder")
                        .arg("name", name)
                        .arg("url", text)
                        .text(),
                )
            })?;
            Ok(Box::new(Folder {
                folder,
                real: HashSet::new(),
            }))
        }
        "sftp" => Ok(Box::new(super::sftp::open(name, &url, target)?)),
        "ftp" | "ftps" => Ok(Box::new(super::ftp::open(name, &url, target)?)),
        "s3" => Ok(Box::new(super::s3::open(name, &url, target)?)),
        scheme => Err(Error::Usage(
            Message::new("publish-url-scheme")
                .arg("name", name)
                .arg("scheme", scheme)
                .text(),
        )),
    }
}

/// Whether a path from a target (its manifest, its listing) stays inside it: plain names
/// separated by `/`, nothing that climbs out or starts at the root.
pub fn is_safe(path: &str) -> bool {
    !path.is_empty()
        && !path.contains('\\')
        && !path.contains(':')
        && Path::new(path)
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
}

/// A file named in site.toml, `~/` standing for the home folder as in a shell.
pub fn home_path(text: &str) -> PathBuf {
    match (text.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => Path::new(&home).join(rest),
        _ => PathBuf::from(text),
    }
}

/// One of a target's folders as the target sees it, without following a link.
pub enum Node {
    Missing,
    Folder,
    /// A symbolic link, or anything else that is not a plain folder.
    Other,
}

/// The folders between the target's `root` and `file` that do not exist yet, outermost first,
/// after making sure that every one that does exist is a plain folder: Vigie never writes,
/// reads or removes through a link on the target, which could lead anywhere on the server.
/// `real` holds the folders already seen to be plain; `look` asks the target.
pub fn folders_on_the_way(
    root: &Path,
    file: &Path,
    real: &mut HashSet<PathBuf>,
    mut look: impl FnMut(&Path) -> std::result::Result<Node, Failure>,
) -> std::result::Result<Vec<PathBuf>, Failure> {
    let mut above: Vec<&Path> = file
        .ancestors()
        .skip(1)
        .take_while(|d| *d != root && d.starts_with(root))
        .collect();
    above.reverse();
    let mut missing = Vec::new();
    for dir in above {
        if !missing.is_empty() {
            missing.push(dir.to_path_buf());
            continue;
        }
        if real.contains(dir) {
            continue;
        }
        match look(dir)? {
            Node::Folder => {
                real.insert(dir.to_path_buf());
            }
            Node::Missing => missing.push(dir.to_path_buf()),
            Node::Other => return Err(through_a_link(root, dir)),
        }
    }
    Ok(missing)
}

fn through_a_link(root: &Path, dir: &Path) -> Failure {
    let shown = dir.strip_prefix(root).unwrap_or(dir);
    Failure {
        message: format!(
            "`{}` on the target is a link or a file, not a folder: Vigie never writes or removes through a link, which may lead outside the site. Replace it with a folder, or publish to another place",
            shown.display()
        ),
        transient: false,
    }
}

/// The folders above `file` that are not yet known to exist on a server, outermost first.
pub fn missing_folders(file: &Path, made: &HashSet<PathBuf>) -> Vec<PathBuf> {
    let mut missing = Vec::new();
    let mut folder = file.parent();
    while let Some(dir) = folder.filter(|d| !made.contains(*d) && d.parent().is_some()) {
        missing.push(dir.to_path_buf());
        folder = dir.parent();
    }
    missing.reverse();
    missing
}

/// A folder of this computer: a mounted share, a USB stick, the web server's own folder.
struct Folder {
    folder: PathBuf,
    /// Folders seen to be plain folders, not links.
    real: HashSet<PathBuf>,
}

/// `path` under the target's folder `root`, if it stays inside.
pub fn inside(root: &Path, path: &str) -> std::result::Result<PathBuf, Failure> {
    if is_safe(path) {
        Ok(root.join(path))
    } else {
        Err(Failure {
            message: format!("`{path}` is not a file inside the target"),
            transient: false,
        })
    }
}

impl Folder {
    /// The file `path`, its folders checked: those missing are made when `make` is set.
    fn at(&mut self, path: &str, make: bool) -> std::result::Result<PathBuf, Failure> {
        let file = inside(&self.folder, path)?;
        let missing = folders_on_the_way(&self.folder, &file, &mut self.real, |dir| {
            Ok(match std::fs::symlink_metadata(dir) {
                Ok(m) if m.is_dir() => Node::Folder,
                Ok(_) => Node::Other,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Node::Missing,
                Err(e) => return Err(Failure::io(e)),
            })
        })?;
        if make {
            // The target's own folder may be a link the webmaster chose; it is made if missing.
            std::fs::create_dir_all(&self.folder).map_err(Failure::io)?;
            for dir in missing {
                match std::fs::create_dir(&dir) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                    Err(e) => return Err(Failure::io(e)),
                }
                self.real.insert(dir);
            }
        }
        Ok(file)
    }
}

impl Target for Folder {
    fn describe(&self) -> String {
        self.folder.display().to_string()
    }

    fn read(&mut self, path: &str, limit: u64) -> std::result::Result<Option<Vec<u8>>, Failure> {
        match std::fs::File::open(self.at(path, false)?) {
            Ok(mut file) => read_limited(&mut file, path, limit).map(Some),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Failure::io(e)),
        }
    }

    fn put(&mut self, path: &str, bytes: &[u8]) -> std::result::Result<(), Failure> {
        let file = self.at(path, true)?;
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        let temporary = file.with_file_name(format!(".{name}.vigie-part"));
        // A leftover (or a link planted under that name) goes first: removing a link removes
        // the link, and the new file is created only where nothing is.
        match std::fs::remove_file(&temporary) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Failure::io(e)),
        }
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary)
            .and_then(|mut out| std::io::Write::write_all(&mut out, bytes))
            // A rename replaces a link of the file's name, never what it points to.
            .and_then(|()| std::fs::rename(&temporary, &file))
            .map_err(|e| {
                let _ = std::fs::remove_file(&temporary);
                Failure::io(e)
            })
    }

    fn remove(&mut self, path: &str) -> std::result::Result<(), Failure> {
        let file = self.at(path, false)?;
        match std::fs::remove_file(&file) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Failure::io(e)),
        }
        // Folders left empty go too, up to the target's own.
        let mut folder = file.parent();
        while let Some(dir) = folder.filter(|d| *d != self.folder) {
            if std::fs::remove_dir(dir).is_err() {
                break;
            }
            self.real.remove(dir);
            folder = dir.parent();
        }
        Ok(())
    }

    fn list(&mut self) -> std::result::Result<Vec<String>, Failure> {
        if !self.folder.exists() {
            return Ok(Vec::new());
        }
        let mut files = Vec::new();
        for entry in walkdir::WalkDir::new(&self.folder) {
            let entry = entry.map_err(|e| Failure {
                message: e.to_string(),
                transient: false,
            })?;
            if entry.file_type().is_file() {
                if let Ok(rel) = entry.path().strip_prefix(&self.folder) {
                    files.push(rel.to_string_lossy().replace('\\', "/"));
                }
            }
        }
        Ok(files)
    }
}
