//! Where a site is published. Each protocol is a [`Target`]: it reads, writes and removes the
//! files of one folder, a file at a time, never leaving a half-written file where visitors
//! can download it.

use std::path::{Component, Path, PathBuf};

use crate::config::PublishTarget;
use crate::error::{Error, Result};

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
    /// A file's bytes, if the target holds it.
    fn read(&mut self, path: &str) -> std::result::Result<Option<Vec<u8>>, Failure>;
    /// Writes a file under a temporary name, then renames it into place.
    fn put(&mut self, path: &str, bytes: &[u8]) -> std::result::Result<(), Failure>;
    fn remove(&mut self, path: &str) -> std::result::Result<(), Failure>;
    /// Every file the target holds, for `--verify`.
    fn list(&mut self) -> std::result::Result<Vec<String>, Failure>;
}

/// Opens the target of a `[publish.NAME]` table.
pub fn open(name: &str, target: &PublishTarget) -> Result<Box<dyn Target>> {
    let text = target.url.get_ref();
    let url = url::Url::parse(text)
        .map_err(|e| Error::Usage(format!("[publish.{name}] url `{text}`: {e}")))?;
    match url.scheme() {
        "file" => {
            let folder = url.to_file_path().map_err(|()| {
                Error::Usage(format!(
                    "[publish.{name}] `{text}` is not a folder of this computer"
                ))
            })?;
            Ok(Box::new(Folder { folder }))
        }
        "sftp" => Ok(Box::new(super::sftp::open(name, &url, target)?)),
        scheme => Err(Error::Usage(format!(
            "[publish.{name}]: publishing over {scheme}:// is not in this version of Vigie yet; publish to a mounted folder or share with url = \"file:///…\""
        ))),
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

/// A folder of this computer: a mounted share, a USB stick, the web server's own folder.
struct Folder {
    folder: PathBuf,
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
    fn at(&self, path: &str) -> std::result::Result<PathBuf, Failure> {
        inside(&self.folder, path)
    }
}

impl Target for Folder {
    fn describe(&self) -> String {
        self.folder.display().to_string()
    }

    fn read(&mut self, path: &str) -> std::result::Result<Option<Vec<u8>>, Failure> {
        match std::fs::read(self.at(path)?) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(Failure::io(e)),
        }
    }

    fn put(&mut self, path: &str, bytes: &[u8]) -> std::result::Result<(), Failure> {
        let file = self.at(path)?;
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent).map_err(Failure::io)?;
        }
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        let temporary = file.with_file_name(format!(".{name}.vigie-part"));
        std::fs::write(&temporary, bytes)
            .and_then(|()| std::fs::rename(&temporary, &file))
            .map_err(|e| {
                let _ = std::fs::remove_file(&temporary);
                Failure::io(e)
            })
    }

    fn remove(&mut self, path: &str) -> std::result::Result<(), Failure> {
        let file = self.at(path)?;
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
