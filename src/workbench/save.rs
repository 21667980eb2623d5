//! Saving a capsule's files: each written beside its place and renamed over it, so that the
//! preview, an editor or a build never reads half a file; and every save kept, so that a
//! mistaken one can be undone.
//!
//! Before each save, the translation files as they were are copied under
//! `.vigie-cache/history/<slug>/<time>/` (the last [`KEPT`] saves of each capsule); "undo"
//! puts the latest copy back. Where the site is a git repository, each save is also a commit
//! of the capsule's files alone, so the history outlives the cache.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::source;
use crate::content::capsule::Unsaved;

/// Saves kept per capsule in the cache.
const KEPT: usize = 50;

/// Writes `files` (file name to text) into the bundle `dir` after keeping what was there.
pub fn write(root: &Path, dir: &Path, files: &Unsaved, slug: &str) -> std::io::Result<()> {
    if files.is_empty() {
        return Ok(());
    }
    let before = source::read(dir)?;
    if !before.is_empty() {
        keep(root, slug, &before)?;
    }
    for (name, text) in files {
        replace(&dir.join(name), text.as_bytes())?;
    }
    commit(root, dir, files.keys(), slug);
    Ok(())
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

fn history(root: &Path, slug: &str) -> PathBuf {
    root.join(".vigie-cache").join("history").join(slug)
}

/// Copies the translation files as they were into a new entry of the capsule's history, and
/// prunes the oldest beyond [`KEPT`].
fn keep(root: &Path, slug: &str, files: &Unsaved) -> std::io::Result<()> {
    let folder = history(root, slug);
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
    Ok(())
}

/// The kept saves of a capsule, oldest first.
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

/// Puts back the files as they were before the last save, and forgets that save; none when
/// no save is kept.
pub fn undo(root: &Path, dir: &Path) -> std::io::Result<Option<Unsaved>> {
    let slug =
        crate::content::slug::slugify(&dir.file_name().unwrap_or_default().to_string_lossy());
    let Some(last) = saves(&history(root, &slug)).pop() else {
        return Ok(None);
    };
    let earlier = source::read(&last)?;
    for name in source::read(dir)?.keys() {
        if !earlier.contains_key(name) {
            std::fs::remove_file(dir.join(name))?;
        }
    }
    for (name, text) in &earlier {
        replace(&dir.join(name), text.as_bytes())?;
    }
    std::fs::remove_dir_all(&last)?;
    let names: Vec<&String> = earlier.keys().collect();
    commit(root, dir, names.into_iter(), &format!("{slug} (undo)"));
    Ok(Some(earlier))
}

/// Commits the capsule's saved files when the site is a git repository; a failure (no git,
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
