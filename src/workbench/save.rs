//! Saving a capsule's or a page's files: each written beside its place and renamed over it, so that the
//! preview, an editor or a build never reads half a file; and every save kept, so that a
//! mistaken one can be undone.
//!
//! Before each save, the translation files as they were are copied under
//! `.vigie-cache/history/capsules/<slug>/<time>/` (or `pages/<slug>/`; the last [`KEPT`]
//! saves of each); "undo" puts the latest copy back. Where the site is a git repository, each
//! save is also a commit of those files alone, so the history outlives the cache.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::source::{version, Place};
use crate::content::capsule::Unsaved;

/// Saves kept per capsule or page in the cache.
const KEPT: usize = 50;

/// Writes `files` (file name to text) into the place's folder after keeping what was there.
pub fn write(root: &Path, place: &Place, files: &Unsaved) -> std::io::Result<()> {
    if files.is_empty() {
        return Ok(());
    }
    let before = place.read()?;
    let entry = match before.is_empty() {
        true => None,
        false => Some(keep(root, place, &before)?),
    };
    for (name, text) in files {
        replace(&place.dir.join(name), text.as_bytes())?;
    }
    if let Some(entry) = entry {
        std::fs::write(entry.join(AFTER), version(&place.read()?))?;
    }
    commit(root, &place.dir, files.keys(), &place.name());
    Ok(())
}

/// In each kept save, the version of the files that save wrote: undo puts the earlier files
/// back only over exactly those, never over a change made since (by hand, in another window,
/// or to a capsule deleted and made again under the same name).
const AFTER: &str = "vigie-saved.version";

/// Why an undo was refused.
pub enum Refused {
    /// No save is kept.
    Nothing,
    /// The files on disk are not what the last save wrote; their version.
    ChangedSince(String),
}

/// Writes `bytes` at `path` through a temporary file and a rename.
pub fn replace(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let temporary = path.with_file_name(format!(".{name}.{}.vigie-tmp", std::process::id()));
    std::fs::write(&temporary, bytes)
        .and_then(|()| std::fs::rename(&temporary, path))
        .inspect_err(|_| {
            let _ = std::fs::remove_file(&temporary);
        })
}

fn history(root: &Path, place: &Place) -> PathBuf {
    root.join(".vigie-cache").join("history").join(place.name())
}

/// Copies the translation files as they were into a new entry of the place's history, and
/// prunes the oldest beyond [`KEPT`].
fn keep(root: &Path, place: &Place, files: &Unsaved) -> std::io::Result<PathBuf> {
    let folder = history(root, place);
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let entry = folder.join(format!("{stamp:039}"));
    std::fs::create_dir_all(&entry)?;
    for (name, text) in files {
        std::fs::write(entry.join(name), text)?;
    }
    let entries = saves(&folder);
    for old in entries.iter().take(entries.len().saturating_sub(KEPT)) {
        let _ = std::fs::remove_dir_all(old);
    }
    Ok(entry)
}

/// The kept saves of a capsule or page, oldest first.
fn saves(folder: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    entries.sort();
    entries
}

/// Puts back the files as they were before the last save, and forgets that save; refused
/// when no save is kept, or when the files are no longer what it wrote.
pub fn undo(root: &Path, place: &Place) -> std::io::Result<Result<Unsaved, Refused>> {
    let Some(last) = saves(&history(root, place)).pop() else {
        return Ok(Err(Refused::Nothing));
    };
    let now = version(&place.read()?);
    let saved = std::fs::read_to_string(last.join(AFTER)).unwrap_or_default();
    if saved.trim() != now {
        return Ok(Err(Refused::ChangedSince(now)));
    }
    let earlier = place.read_in(&last)?;
    for name in place.read()?.keys() {
        if !earlier.contains_key(name) {
            std::fs::remove_file(place.dir.join(name))?;
        }
    }
    for (name, text) in &earlier {
        replace(&place.dir.join(name), text.as_bytes())?;
    }
    std::fs::remove_dir_all(&last)?;
    let names: Vec<&String> = earlier.keys().collect();
    commit(
        root,
        &place.dir,
        names.into_iter(),
        &format!("{} (undo)", place.name()),
    );
    Ok(Ok(earlier))
}

/// Commits the saved files when the site is a git repository; a failure (no git,
/// a hook that refuses) leaves the save as it is: the copy in the cache is kept anyway.
fn commit<'a>(root: &Path, dir: &Path, names: impl Iterator<Item = &'a String>, what: &str) {
    let git = |args: &[&str]| {
        Command::new("git")
            .arg("-C")
            .arg(root)
            .args(args)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    if !root.join(".git").exists() {
        return;
    }
    let paths: Vec<String> = names
        .map(|n| {
            dir.join(n)
                .strip_prefix(root)
                .unwrap_or(&dir.join(n))
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let mut add = vec!["add", "--"];
    add.extend(paths.iter().map(String::as_str));
    if !git(&add) {
        return;
    }
    let message = format!("Workbench: save {what}");
    let named = git(&["config", "user.name"]);
    let mut args: Vec<&str> = Vec::new();
    if !named {
        args.extend([
            "-c",
            "user.name=Vigie workbench",
            "-c",
            "user.email=workbench@vigie.invalid",
        ]);
    }
    args.extend(["commit", "--quiet", "-m", &message, "--"]);
    args.extend(paths.iter().map(String::as_str));
    git(&args);
}
