//! The manifest of a published site: every file with its size and BLAKE3 hash, kept on the
//! target (`.vigie-manifest.json` at its root) and beside the site, so that a publish sends
//! only what changed.

use std::collections::BTreeMap;
use std::path::Path;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The manifest's name at the root of a target.
pub const FILE_NAME: &str = ".vigie-manifest.json";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub size: u64,
    /// BLAKE3, hexadecimal.
    pub hash: Hash,
}

/// A BLAKE3 hash, written in hexadecimal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hash(pub [u8; 32]);

impl Serialize for Hash {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(blake3::Hash::from(self.0).to_hex().as_str())
    }
}

impl<'de> Deserialize<'de> for Hash {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        blake3::Hash::from_hex(&text)
            .map(|h| Hash(*h.as_bytes()))
            .map_err(serde::de::Error::custom)
    }
}

impl Entry {
    pub fn of(bytes: &[u8]) -> Entry {
        Entry {
            size: bytes.len() as u64,
            hash: Hash(*blake3::hash(bytes).as_bytes()),
        }
    }
}

/// Every file of a site by its path (`fr/capsules/velo/index.html`, `/` separators).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub version: u32,
    pub files: BTreeMap<String, Entry>,
}

impl Manifest {
    pub fn new(files: BTreeMap<String, Entry>) -> Manifest {
        Manifest { version: 1, files }
    }

    /// The files of a built site, hashed in parallel. Vigie's own marks (`.vigie-*`) are not
    /// part of the site.
    pub fn of_folder(folder: &Path) -> Result<Manifest> {
        let paths: Vec<(String, std::path::PathBuf)> = walkdir::WalkDir::new(folder)
            .into_iter()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_file())
            .filter_map(|e| {
                let rel = e.path().strip_prefix(folder).ok()?;
                let rel = rel.to_string_lossy().replace('\\', "/");
                (!is_own(&rel)).then(|| (rel, e.path().to_path_buf()))
            })
            .collect();
        let files = paths
            .par_iter()
            .map(|(rel, path)| {
                let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
                Ok((rel.clone(), Entry::of(&bytes)))
            })
            .collect::<Result<BTreeMap<_, _>>>()?;
        Ok(Manifest::new(files))
    }

    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// A manifest read back; none if it is not one, or names a file outside the target (a
    /// hostile server's `../../`), which no publish may touch.
    pub fn from_json(bytes: &[u8]) -> Option<Manifest> {
        let manifest: Manifest = serde_json::from_slice(bytes).ok()?;
        manifest
            .files
            .keys()
            .all(|p| super::target::is_safe(p))
            .then_some(manifest)
    }

    pub fn bytes(&self) -> u64 {
        self.files.values().map(|e| e.size).sum()
    }
}

/// Files Vigie keeps for itself in an output or on a target, never published as pages.
pub fn is_own(path: &str) -> bool {
    path.rsplit('/')
        .next()
        .is_some_and(|name| name.starts_with(".vigie-"))
}
