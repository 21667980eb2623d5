//! Outputs: each reads the loaded `Site` and writes its own files into the staging folder.
//!
//! Adding an output (feeds, leaflets, a calendar) means adding a module and one line in `all`;
//! outputs never talk to each other.

pub mod digest;
pub mod favicon;
pub mod feeds;
pub mod files;
pub mod html;
pub mod images;
pub mod leaflets;
pub mod server;
pub mod sitemap;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use indicatif::ProgressBar;

use crate::content::capsule::Capsule;
use crate::error::{Error, Result};
use crate::site::Site;

/// What every output gets.
pub struct RenderContext<'a> {
    pub site: &'a Site,
    pub out: &'a OutputDir,
    pub progress: &'a ProgressBar,
    /// In a preview rebuild after one capsule changed, what to redo; none in a full build.
    pub touched: Option<&'a Touched>,
}

/// What a preview rebuild redoes after a capsule's bundle changed: that capsule's own files
/// (and a page's of the same slug, which the workbench previews this way) and the list pages
/// whose capsules changed (the html output's `changed_list_pages`).
/// Outputs that sum up the whole site (feeds, digest, sitemap) are remade whole: they are
/// cheap.
#[derive(Debug, Default)]
pub struct Touched {
    pub slug: String,
    pub list_pages: HashSet<String>,
}

impl RenderContext<'_> {
    /// Whether this build remakes the files of `capsule`.
    pub fn wants(&self, capsule: &Capsule) -> bool {
        self.touched.is_none_or(|t| t.slug == capsule.slug)
    }

    /// Whether this build remakes everything (and may prune caches of what it did not use).
    pub fn is_full(&self) -> bool {
        self.touched.is_none()
    }
}

pub trait Renderer: Sync {
    fn name(&self) -> &'static str;
    /// Writes this output's files and says what it did.
    fn render(&self, ctx: &RenderContext) -> Result<Report>;
}

/// What an output did, for the build's closing summary.
pub struct Report {
    pub files: usize,
    /// A line worth showing the webmaster, such as what came from the cache.
    pub detail: Option<String>,
}

impl Report {
    pub fn files(files: usize) -> Report {
        Report {
            files,
            detail: None,
        }
    }
}

/// Every output of a build, in the order they run; each works in parallel inside. Copied
/// static files come first so that generated files win over a stray file of the same name;
/// pages and feeds come after the pictures and leaflets whose byte lengths they give.
pub fn all() -> Vec<Box<dyn Renderer>> {
    vec![
        Box::new(files::Files),
        Box::new(favicon::Favicon),
        Box::new(images::Images),
        Box::new(leaflets::Leaflets),
        Box::new(html::Html),
        Box::new(feeds::Feeds),
        Box::new(digest::Digest),
        Box::new(sitemap::Sitemap),
        Box::new(server::ServerRules),
    ]
}

/// The folder being written: a staging folder until the build has succeeded, or the preview's
/// folder, rewritten in place while it is being served.
pub struct OutputDir {
    root: PathBuf,
    /// Each file is written beside its place and renamed over it, so that a reader never gets
    /// a file half written (the preview serves while it rewrites).
    in_place: bool,
}

impl OutputDir {
    pub fn new(root: PathBuf) -> Self {
        OutputDir {
            root,
            in_place: false,
        }
    }

    /// A folder that is read while it is written (the preview's).
    pub fn in_place(root: PathBuf) -> Self {
        OutputDir {
            root,
            in_place: true,
        }
    }

    /// Writes `bytes` at the site-relative `path`; a folder path (`fr/`) gets `index.html`.
    pub fn write(&self, path: &str, bytes: &[u8]) -> Result<()> {
        self.place(path, |target| std::fs::write(target, bytes))
    }

    pub fn copy(&self, path: &str, from: &Path) -> Result<()> {
        self.place(path, |target| std::fs::copy(from, target).map(|_| ()))
            .map_err(|e| match e {
                Error::Io { source, .. } => Error::io(from, source),
                e => e,
            })
    }

    /// Places the file `from` (a cache entry) at `path`: a hard link when the file system allows
    /// it, a copy otherwise.
    pub fn link(&self, path: &str, from: &Path) -> Result<()> {
        self.place(path, |target| {
            std::fs::hard_link(from, target).or_else(|_| std::fs::copy(from, target).map(|_| ()))
        })
    }

    /// Makes the file at `path` with `make`, straight in a staging folder, through a temporary
    /// name and a rename in place.
    fn place(&self, path: &str, make: impl Fn(&Path) -> std::io::Result<()>) -> Result<()> {
        let target = self.target(path)?;
        if !self.in_place {
            return make(&target).map_err(|e| Error::io(&target, e));
        }
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let name = target.file_name().unwrap_or_default().to_string_lossy();
        let temporary = target.with_file_name(format!(".{name}.{}-{n}.tmp", std::process::id()));
        let _ = std::fs::remove_file(&temporary);
        make(&temporary)
            .and_then(|()| std::fs::rename(&temporary, &target))
            .map_err(|e| {
                let _ = std::fs::remove_file(&temporary);
                Error::io(&target, e)
            })
    }

    /// The size of a file already written, in bytes (0 if there is none).
    pub fn file_size(&self, path: &str) -> u64 {
        std::fs::metadata(self.root.join(path)).map_or(0, |m| m.len())
    }

    fn target(&self, path: &str) -> Result<PathBuf> {
        let file = if path.is_empty() || path.ends_with('/') {
            format!("{path}index.html")
        } else {
            path.to_string()
        };
        let target = self.root.join(file);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        Ok(target)
    }
}

#[cfg(test)]
mod tests {
    use super::OutputDir;

    #[test]
    fn a_folder_rewritten_in_place_never_shows_a_half_written_file() {
        let dir = tempfile::tempdir().unwrap();
        let out = OutputDir::in_place(dir.path().to_path_buf());
        let (a, b) = (vec![b'a'; 4 << 20], vec![b'b'; 4 << 20]);
        out.write("fr/index.html", &a).unwrap();
        let file = dir.path().join("fr/index.html");
        std::thread::scope(|s| {
            s.spawn(|| {
                for i in 0..40 {
                    out.write("fr/", if i % 2 == 0 { &b } else { &a }).unwrap();
                }
            });
            for _ in 0..200 {
                let read = std::fs::read(&file).unwrap();
                assert!(read == a || read == b, "a read of {} bytes", read.len());
            }
        });
        let left: Vec<_> = std::fs::read_dir(dir.path().join("fr")).unwrap().collect();
        assert_eq!(left.len(), 1, "temporary files left behind");
    }
}
