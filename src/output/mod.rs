//! Outputs: each reads the loaded `Site` and writes its own files into the staging folder.
//!
//! Adding an output (feeds, leaflets, a calendar) means adding a module and one line in `all`;
//! outputs never talk to each other.

pub mod bulletin;
pub mod calendar;
pub mod digest;
pub mod exchange;
pub mod favicon;
pub mod feeds;
pub mod files;
pub mod html;
pub mod images;
pub mod leaflets;
pub mod posters;
pub mod screen;
pub mod server;
pub mod sitemap;
pub mod slides;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

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
    /// The key of its name in the message catalogue, which the progress bar shows.
    fn name(&self) -> &'static str;
    /// Writes this output's files and says what it did.
    fn render(&self, ctx: &RenderContext) -> Result<Report>;
}

/// What an output did, for the build's closing summary.
pub struct Report {
    pub files: usize,
    /// How many of the files are HTML pages, for the build's summary.
    pub pages: usize,
    /// A line worth showing the webmaster, such as what came from the cache.
    pub detail: Option<String>,
}

impl Report {
    pub fn files(files: usize) -> Report {
        Report {
            files,
            pages: 0,
            detail: None,
        }
    }

    pub fn pages(pages: usize) -> Report {
        Report {
            pages,
            ..Report::files(pages)
        }
    }
}

/// Every output of a build, in stages that run one after the other; the outputs of a stage run
/// side by side, and each works in parallel inside. Copied static files come first so that
/// generated files win over a stray file of the same name; pages and feeds come after the
/// pictures and leaflets whose byte lengths they give; the booklets, long to typeset, run
/// beside the pages, and only the lists of leaflets, which give their sizes, wait for them.
pub fn all() -> Vec<Vec<Box<dyn Renderer>>> {
    vec![
        vec![Box::new(files::Files)],
        vec![Box::new(favicon::Favicon), Box::new(images::Images)],
        vec![Box::new(leaflets::Leaflets), Box::new(posters::Posters)],
        vec![
            Box::new(leaflets::Booklets),
            Box::new(bulletin::Bulletins),
            Box::new(html::Html),
            Box::new(feeds::Feeds),
            Box::new(calendar::Calendars),
            Box::new(screen::Screens),
            Box::new(slides::Slides),
            Box::new(digest::Digest),
            Box::new(sitemap::Sitemap),
            Box::new(server::ServerRules),
            Box::new(exchange::Exchange),
        ],
        vec![Box::new(html::LeafletLists)],
    ]
}

/// The index of the pages in an output folder, for the next build into it: each page's key (a
/// hash of its template and data) and size. Vigie's own (`.vigie-*`), never published.
pub const PAGE_INDEX: &str = ".vigie-pages";

/// A page's key and size in bytes, as the page index keeps them.
type PageEntry = (String, u64);

/// The folder being written: a staging folder until the build has succeeded, or the preview's
/// folder, rewritten in place while it is being served.
///
/// A staging folder may hold the output of an earlier build (`reuse`): a file whose bytes did
/// not change is left as it is, so that a build creates inodes only for what changed (creating
/// and deleting every file was a third of a rebuild's time, in the kernel), and what the build
/// did not write is removed at the end (`remove_the_rest`).
pub struct OutputDir {
    root: PathBuf,
    /// Each file is written beside its place and renamed over it, so that a reader never gets
    /// a file half written (the preview serves while it rewrites).
    in_place: bool,
    /// In a staging folder, the files this build placed.
    written: Mutex<HashSet<PathBuf>>,
    /// In a reused staging folder, the files and folders an earlier build left.
    earlier: Vec<PathBuf>,
    /// In a staging folder, the folders known to be there (an earlier build's, or made by this
    /// one), so that placing each of tens of thousands of files does not ask the file system
    /// for its folder again.
    folders: Mutex<HashSet<PathBuf>>,
    /// In a reused staging folder, the pages an earlier build rendered there, by file path.
    earlier_pages: HashMap<String, PageEntry>,
    /// The pages this build placed, for the next build's page index.
    pages: Mutex<BTreeMap<String, PageEntry>>,
}

impl OutputDir {
    pub fn new(root: PathBuf) -> Self {
        OutputDir {
            root,
            in_place: false,
            written: Mutex::default(),
            earlier: Vec::new(),
            folders: Mutex::default(),
            earlier_pages: HashMap::new(),
            pages: Mutex::default(),
        }
    }

    /// A staging folder holding an earlier build's output, which this build brings up to date.
    /// Anything Vigie does not write there (a symbolic link, a device) is removed first, so
    /// that no write can follow a link out of the folder.
    pub fn reuse(root: PathBuf) -> Result<Self> {
        let found = walk_kept(&root, 0)?;
        let folders = found
            .iter()
            .filter(|(_, folder)| *folder)
            .map(|(path, _)| path.clone())
            .collect();
        let earlier = found.into_iter().map(|(path, _)| path).collect();
        // The index is taken out of the folder before anything is written, so that a build
        // that fails half-way leaves no index naming pages it has rewritten.
        let index = root.join(PAGE_INDEX);
        let earlier_pages = std::fs::read(&index)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default();
        if index.is_file() {
            std::fs::remove_file(&index).map_err(|e| Error::io(&index, e))?;
        }
        Ok(OutputDir {
            earlier,
            folders: Mutex::new(folders),
            earlier_pages,
            ..OutputDir::new(root)
        })
    }

    /// Whether the page at `path` is already in the folder as an earlier build rendered it
    /// from the same `key`, untouched since; it then counts as written by this build.
    pub fn has_page(&self, path: &str, key: &str) -> bool {
        let file = page_file(path);
        let Some((earlier, size)) = self.earlier_pages.get(&file) else {
            return false;
        };
        let target = self.root.join(&file);
        let mut written = self.written.lock().unwrap_or_else(|e| e.into_inner());
        // Another output of this build (a static file of the same name) wrote it already.
        if earlier != key || written.contains(&target) {
            return false;
        }
        if !std::fs::symlink_metadata(&target).is_ok_and(|m| m.is_file() && m.len() == *size) {
            return false;
        }
        written.insert(target);
        drop(written);
        self.pages
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(file, (key.to_string(), *size));
        true
    }

    /// Writes the page at `path`, rendered from `key`, as `write` does, and keeps it in the
    /// page index.
    pub fn write_page(&self, path: &str, key: &str, bytes: &[u8]) -> Result<()> {
        self.write(path, bytes)?;
        self.pages
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(page_file(path), (key.to_string(), bytes.len() as u64));
        Ok(())
    }

    /// The bytes of the page at `path` as the folder holds it now.
    pub fn read(&self, path: &str) -> Option<Vec<u8>> {
        std::fs::read(self.root.join(page_file(path))).ok()
    }

    /// Writes the index of the pages this build placed, once every output is done.
    pub fn write_page_index(&self) -> Result<()> {
        let pages = std::mem::take(&mut *self.pages.lock().unwrap_or_else(|e| e.into_inner()));
        let json = serde_json::to_vec(&pages)
            .map_err(|e| Error::io(&self.root.join(PAGE_INDEX), e.into()))?;
        self.write(PAGE_INDEX, &json)
    }

    /// A folder that is read while it is written (the preview's).
    pub fn in_place(root: PathBuf) -> Self {
        OutputDir {
            in_place: true,
            ..OutputDir::new(root)
        }
    }

    /// Writes `bytes` at the site-relative `path`; a folder path (`fr/`) gets `index.html`.
    pub fn write(&self, path: &str, bytes: &[u8]) -> Result<()> {
        let same = |target: &Path| {
            std::fs::metadata(target).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64)
                && std::fs::read(target).is_ok_and(|old| old == bytes)
        };
        self.place(path, same, |target| std::fs::write(target, bytes))
    }

    pub fn copy(&self, path: &str, from: &Path) -> Result<()> {
        let same = |target: &Path| match (std::fs::metadata(target), std::fs::metadata(from)) {
            (Ok(t), Ok(f)) if t.is_file() && t.len() == f.len() => {
                std::fs::read(target).ok() == std::fs::read(from).ok()
            }
            _ => false,
        };
        self.place(path, same, |target| std::fs::copy(from, target).map(|_| ()))
            .map_err(|e| match e {
                Error::Io { source, .. } => Error::io(from, source),
                e => e,
            })
    }

    /// Places the file `from` (a cache entry) at `path`: a hard link when the file system allows
    /// it, a copy otherwise.
    pub fn link(&self, path: &str, from: &Path) -> Result<()> {
        self.place(
            path,
            |target| is_same_file(target, from),
            |target| {
                std::fs::hard_link(from, target)
                    .or_else(|_| std::fs::copy(from, target).map(|_| ()))
            },
        )
    }

    /// Makes the file at `path` with `make` unless `same` finds it there already: in a staging
    /// folder straight at its place, after removing what an earlier build left there (which may
    /// be a hard link to a cache entry, never to be written through); in place through a
    /// temporary name and a rename.
    fn place(
        &self,
        path: &str,
        same: impl Fn(&Path) -> bool,
        make: impl Fn(&Path) -> std::io::Result<()>,
    ) -> Result<()> {
        let target = self.target(path)?;
        if !self.in_place {
            self.written
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(target.clone());
            if same(&target) {
                return Ok(());
            }
            let mut folders = self.folders.lock().unwrap_or_else(|e| e.into_inner());
            if folders.contains(&target) {
                // An earlier build's folder where this one writes a file: what was under it
                // goes with it.
                folders.retain(|f| !f.starts_with(&target));
            }
            drop(folders);
            remove_any(&target).map_err(|e| Error::io(&target, e))?;
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

    /// The size of a file this build wrote, in bytes (0 if there is none).
    pub fn file_size(&self, path: &str) -> u64 {
        let file = self.root.join(path);
        if !self.in_place
            && !self
                .written
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .contains(&file)
        {
            return 0;
        }
        std::fs::metadata(file).map_or(0, |m| m.len())
    }

    /// Removes what an earlier build left in a reused staging folder and this one did not
    /// write: files, then the folders left empty.
    pub fn remove_the_rest(&self) -> Result<()> {
        let written = self.written.lock().unwrap_or_else(|e| e.into_inner());
        // The folders holding what this build wrote stay: not asking the file system about
        // each of them was a tenth of an unchanged rebuild.
        let mut holding = HashSet::new();
        for file in written.iter() {
            for folder in file.ancestors().skip(1) {
                if folder == self.root || !holding.insert(folder) {
                    break;
                }
            }
        }
        // Deepest first, so that a folder is emptied before it is looked at.
        for path in self.earlier.iter().rev() {
            if written.contains(path) || holding.contains(path.as_path()) {
                continue;
            }
            let gone = match std::fs::symlink_metadata(path) {
                Ok(m) if m.is_dir() => match std::fs::remove_dir(path) {
                    // Still holding what this build wrote.
                    Err(_) if std::fs::read_dir(path).is_ok_and(|mut d| d.next().is_some()) => {
                        Ok(())
                    }
                    other => other,
                },
                Ok(_) => std::fs::remove_file(path),
                Err(_) => Ok(()),
            };
            gone.map_err(|e| Error::io(path, e))?;
        }
        Ok(())
    }

    fn target(&self, path: &str) -> Result<PathBuf> {
        let target = self.root.join(page_file(path));
        let Some(parent) = target.parent() else {
            return Ok(target);
        };
        let folders = || self.folders.lock().unwrap_or_else(|e| e.into_inner());
        if !self.in_place && folders().contains(parent) {
            return Ok(target);
        }
        if let Err(e) = std::fs::create_dir_all(parent) {
            // An earlier build's file where this one needs a folder.
            let blocking = parent
                .ancestors()
                .take_while(|a| a.starts_with(&self.root) && *a != self.root)
                .find(|a| a.is_file());
            match blocking {
                Some(file) if !self.in_place => {
                    std::fs::remove_file(file).map_err(|e| Error::io(file, e))?;
                    std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
                }
                _ => return Err(Error::io(parent, e)),
            }
        }
        if !self.in_place {
            folders().insert(parent.to_path_buf());
        }
        Ok(target)
    }
}

/// The file a site-relative path names: a folder path (`fr/`) names its `index.html`.
fn page_file(path: &str) -> String {
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    }
}

/// Removes the file or folder at `path`, if there is one.
fn remove_any(path: &Path) -> std::io::Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => std::fs::remove_dir_all(path),
        Ok(_) => std::fs::remove_file(path),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

/// Whether `a` and `b` are the same file (one hard-linked to the other).
fn is_same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (std::fs::symlink_metadata(a), std::fs::metadata(b)) {
            (Ok(a), Ok(b)) => a.is_file() && a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (a, b);
        false
    }
}

/// What `folder` of a kept output holds at `depth` and below, each folder before what it holds,
/// with whether it is a folder; anything else there (a symbolic link, a device) is removed. The
/// folders of the first levels are read side by side: one at a time, reading the 23,000
/// folders of a site of 10,000 capsules was 11 % of an unchanged rebuild's processor time, on
/// one core while the other waited. Below them (in a
/// capsule's folder) one walk each, so that no recursion follows however deep a folder goes.
fn walk_kept(folder: &Path, depth: usize) -> Result<Vec<(PathBuf, bool)>> {
    use rayon::prelude::*;
    let max_depth = if depth < 3 { 1 } else { usize::MAX };
    let mut found = Vec::new();
    let mut below = Vec::new();
    for entry in walkdir::WalkDir::new(folder)
        .min_depth(1)
        .max_depth(max_depth)
    {
        let entry = entry.map_err(|e| {
            let path = e.path().unwrap_or(folder).to_path_buf();
            Error::io(&path, e.into())
        })?;
        let kind = entry.file_type();
        if kind.is_dir() && max_depth == 1 {
            below.push(entry.into_path());
        } else if kind.is_file() || kind.is_dir() {
            found.push((entry.into_path(), kind.is_dir()));
        } else {
            std::fs::remove_file(entry.path()).map_err(|e| Error::io(entry.path(), e))?;
        }
    }
    let below = below
        .into_par_iter()
        .map(|inner| {
            let inside = walk_kept(&inner, depth + 1)?;
            Ok(std::iter::once((inner, true)).chain(inside).collect())
        })
        .collect::<Result<Vec<Vec<_>>>>()?;
    found.extend(below.into_iter().flatten());
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::OutputDir;
    use crate::messages::{Lang, Message};

    #[test]
    fn the_progress_bar_names_every_output_in_every_language() {
        for renderer in super::all().iter().flatten() {
            let names = Lang::ALL.map(|lang| Message::new(renderer.name()).text_in(lang));
            assert!(
                names.iter().all(|n| n != renderer.name()),
                "{} is in the catalogue",
                renderer.name()
            );
        }
        let images = Lang::ALL.map(|l| Message::new("output-images").text_in(l));
        assert_eq!(images, ["pictures", "images", "afbeeldingen", "Bilder"]);
    }

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
