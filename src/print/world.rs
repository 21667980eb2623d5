//! The Typst World of one document: it serves the theme's layouts, the files Vigie generated
//! for this document and nothing else. Every other path, `/etc/passwd` included, is not found.

use std::collections::HashMap;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, World};

use super::Typesetter;

/// The id of a virtual path. Typst interns ids for the life of the process and never frees
/// them, which is why Vigie uses the same few paths (`/main.typ`, `/data.json`…) for every
/// document.
pub fn vpath_id(path: &str) -> Option<FileId> {
    VirtualPath::new(path)
        .ok()
        .map(|vpath| RootedPath::new(VirtualRoot::Project, vpath).intern())
}

pub struct PrintWorld<'a> {
    typesetter: &'a Typesetter,
    main: Source,
    files: HashMap<FileId, Bytes>,
}

impl<'a> PrintWorld<'a> {
    pub fn new(typesetter: &'a Typesetter, main: String, files: &[(String, Vec<u8>)]) -> Self {
        let main_id = vpath_id("/main.typ").expect("a constant, valid virtual path");
        PrintWorld {
            typesetter,
            main: Source::new(main_id, main),
            files: files
                .iter()
                .filter_map(|(path, bytes)| Some((vpath_id(path)?, Bytes::new(bytes.clone()))))
                .collect(),
        }
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_with_slash().into())
}

impl World for PrintWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.typesetter.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.typesetter.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            return Ok(self.main.clone());
        }
        self.typesetter
            .layout_source(id)
            .ok_or_else(|| not_found(id))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let Some(bytes) = self.files.get(&id) {
            return Ok(bytes.clone());
        }
        self.typesetter
            .layout_bytes(id)
            .ok_or_else(|| not_found(id))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.typesetter.fonts.get(index).cloned()
    }

    /// No clock: a layout that asks for today's date gets an error, since the same input must
    /// give the same bytes. Dates come in the data.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}
