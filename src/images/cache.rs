//! The caches of costly outputs: `.vigie-cache/<name>/` beside the site (`images`, `print`), one
//! file per output, named by a hash of the source's content and everything that shapes the
//! output. A rebuild with unchanged photos or capsules redoes nothing; entries no build used are
//! pruned.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Bump when the encoders or their settings change, so that old entries are not reused.
const VERSION: &str = "1";

pub struct Cache {
    name: &'static str,
    dir: PathBuf,
    used: Mutex<BTreeSet<String>>,
    made: AtomicUsize,
    reused: AtomicUsize,
}

impl Cache {
    pub fn new(site_root: &Path, name: &'static str) -> Cache {
        Cache {
            name,
            dir: site_root.join(".vigie-cache").join(name),
            used: Mutex::new(BTreeSet::new()),
            made: AtomicUsize::new(0),
            reused: AtomicUsize::new(0),
        }
    }

    /// The cache file for `what` (source hash and output parameters), with extension `ext`.
    pub fn entry(&self, what: &str, ext: &str) -> PathBuf {
        let key = blake3::hash(format!("{}-{VERSION}|{what}", self.name).as_bytes()).to_hex();
        let name = format!("{}.{ext}", &key.as_str()[..32]);
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
        std::fs::create_dir_all(&self.dir)?;
        // Two threads may make the same entry (a photo shared by a leaflet in each language):
        // each writes its own partial file, and the last rename wins with the same bytes.
        static PARTIALS: AtomicUsize = AtomicUsize::new(0);
        let n = PARTIALS.fetch_add(1, Ordering::Relaxed);
        let partial = entry.with_extension(format!("partial{}-{n}", std::process::id()));
        std::fs::write(&partial, bytes)?;
        std::fs::rename(&partial, entry)?;
        self.made.fetch_add(1, Ordering::Relaxed);
        Ok(())
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
