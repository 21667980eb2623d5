//! The caches of costly outputs: `.vigie-cache/<name>/` beside the site (`images`, `print`), one
//! file per output, named by a hash of the source's content and everything that shapes the
//! output. A rebuild with unchanged photos or capsules redoes nothing; entries no build used are
//! pruned.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

/// Bump when the encoders or their settings change, so that old entries are not reused.
const VERSION: &str = "1";

/// The file of a cache that keeps what each source was found to give (`Cache::remembered`).
const SOURCES: &str = "sources.idx";

pub struct Cache {
    name: &'static str,
    dir: PathBuf,
    used: Mutex<BTreeSet<String>>,
    made: AtomicUsize,
    reused: AtomicUsize,
    /// What sources gave, read from `SOURCES` when first asked: one file read per build
    /// rather than a small file per document (20,000 opens in an unchanged rebuild of 10,000
    /// capsules with leaflets and posters).
    sources: OnceLock<Mutex<Sources>>,
}

/// The index of sources: as the last build left it, and as this build found it.
#[derive(Default)]
struct Sources {
    earlier: HashMap<String, String>,
    now: HashMap<String, String>,
}

impl Cache {
    pub fn new(site_root: &Path, name: &'static str) -> Cache {
        Cache {
            name,
            dir: site_root.join(".vigie-cache").join(name),
            used: Mutex::new(BTreeSet::new()),
            made: AtomicUsize::new(0),
            reused: AtomicUsize::new(0),
            sources: OnceLock::new(),
        }
    }

    /// The name, in the index of sources, of what `what` describes (a document's sources).
    pub fn source(&self, what: &str) -> String {
        blake3::hash(format!("{}-{VERSION}|{what}", self.name).as_bytes())
            .to_hex()
            .to_string()
    }

    fn sources(&self) -> &Mutex<Sources> {
        self.sources.get_or_init(|| {
            // A cache: a line that is not two words is skipped, a missing file is an empty
            // index.
            let text = std::fs::read_to_string(self.dir.join(SOURCES)).unwrap_or_default();
            let earlier = text
                .lines()
                .filter_map(|line| line.split_once(' '))
                .map(|(source, value)| (source.to_string(), value.to_string()))
                .collect();
            Mutex::new(Sources {
                earlier,
                now: HashMap::new(),
            })
        })
    }

    /// What `source` (named by `Cache::source`) gave, as this build or the last one kept it.
    pub fn remembered(&self, source: &str) -> Option<String> {
        let mut sources = self.sources().lock().ok()?;
        if let Some(value) = sources.now.get(source) {
            return Some(value.clone());
        }
        let value = sources.earlier.get(source)?.clone();
        sources.now.insert(source.to_string(), value.clone());
        Some(value)
    }

    /// Keeps what `source` gives, for the next builds (`Cache::save_sources`). `value` is one
    /// line.
    pub fn remember(&self, source: &str, value: &str) {
        debug_assert!(!value.contains('\n'));
        if let Ok(mut sources) = self.sources().lock() {
            sources.now.insert(source.to_string(), value.to_string());
        }
    }

    /// Writes the index of sources when it changed: what this build used after a full build,
    /// which drops what no capsule gives any more; what it used beside what it kept after a
    /// partial one (a preview of one capsule).
    pub fn save_sources(&self, full: bool) -> std::io::Result<()> {
        if let Ok(mut used) = self.used.lock() {
            used.insert(SOURCES.to_string());
        }
        let Some(sources) = self.sources.get() else {
            return Ok(());
        };
        let Ok(sources) = sources.lock() else {
            return Ok(());
        };
        let mut index = sources.now.clone();
        if !full {
            for (source, value) in &sources.earlier {
                index.entry(source.clone()).or_insert_with(|| value.clone());
            }
        }
        if index == sources.earlier {
            return Ok(());
        }
        let mut lines: Vec<String> = index.iter().map(|(s, v)| format!("{s} {v}\n")).collect();
        lines.sort_unstable();
        self.write(&self.dir.join(SOURCES), lines.concat().as_bytes())
    }

    /// The cache file for `what` (source hash and output parameters), with extension `ext`.
    pub fn entry(&self, what: &str, ext: &str) -> PathBuf {
        let name = format!("{}.{ext}", &self.source(what)[..32]);
        if let Ok(mut used) = self.used.lock() {
            used.insert(name.clone());
        }
        self.dir.join(name)
    }

    /// Whether `entry` holds a finished output; counts it as reused if so.
    pub fn has(&self, entry: &Path) -> bool {
        let present = entry.is_file();
        if present {
            self.reused.fetch_add(1, Ordering::Relaxed);
        }
        present
    }

    /// Stores bytes, atomically: an interrupted build never leaves half a picture in the cache.
    pub fn store(&self, entry: &Path, bytes: &[u8]) -> std::io::Result<()> {
        self.write(entry, bytes)?;
        self.made.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    fn write(&self, entry: &Path, bytes: &[u8]) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        // Two threads may make the same entry (a photo shared by a leaflet in each language):
        // each writes its own partial file, and the last rename wins with the same bytes.
        static PARTIALS: AtomicUsize = AtomicUsize::new(0);
        let n = PARTIALS.fetch_add(1, Ordering::Relaxed);
        let partial = entry.with_extension(format!("partial{}-{n}", std::process::id()));
        std::fs::write(&partial, bytes)?;
        std::fs::rename(&partial, entry)
    }

    /// Removes every entry this build did not use.
    pub fn prune(&self) -> std::io::Result<usize> {
        let Ok(used) = self.used.lock() else {
            return Ok(0);
        };
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Ok(0);
        };
        let mut removed = 0;
        for entry in entries.flatten() {
            if !used.contains(&*entry.file_name().to_string_lossy()) {
                std::fs::remove_file(entry.path())?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// How many outputs were made, and how many came from the cache.
    pub fn counts(&self) -> (usize, usize) {
        (
            self.made.load(Ordering::Relaxed),
            self.reused.load(Ordering::Relaxed),
        )
    }
}
