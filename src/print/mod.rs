//! Print: Typst embedded as a library, turning a layout from the theme and data from Vigie into
//! print-ready PDF.
//!
//! Capsule text reaches a layout only as data: Vigie writes `/data.json`, and the one Typst
//! source it generates, `/main.typ`, imports the theme's layout and calls it with that data.
//! No capsule text is ever parsed as Typst markup, so none can run code or read a file.

mod boxes;
pub mod inks;
pub mod pdfx;
mod profile;
pub mod qr;
pub mod text;
mod world;

use std::collections::BTreeMap;
use std::sync::Arc;

use image::ImageEncoder;
use typst::diag::{SourceDiagnostic, Warned};
use typst::foundations::{Bytes, Smart};
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use crate::error::{Diagnostic, Error, SourceFile};
use crate::theme::Theme;
use pdfx::OutputIntent;
use world::PrintWorld;

/// Everything that is costly to set up and serves every document of a build: the standard
/// library, the fonts and the theme's layouts.
/// The characters whose coverage is looked up once: Latin, general punctuation, currency.
const SHOWN_AHEAD: u32 = 0x2100;

pub struct Typesetter {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    /// Which of the first `SHOWN_AHEAD` characters some font shows: asked of every character
    /// of every text for print, where searching each font's coverage was a twentieth of an
    /// unchanged rebuild.
    shown: Vec<bool>,
    /// Layout files by virtual path (`/leaflet.typ`), with where they came from.
    layouts: BTreeMap<String, Layout>,
    /// The printing condition of PDF/X-4 files; none for plain PDF.
    intent: Option<Arc<OutputIntent>>,
    /// A hash of the layouts, the fonts, the output profile and the Typst version: part of
    /// every cache key.
    pub fingerprint: String,
}

struct Layout {
    id: Option<FileId>,
    origin: String,
    bytes: Bytes,
    /// Parsed once for all documents, for the `.typ` files.
    source: Option<Source>,
}

/// A document to typeset: the layout to call and the files Vigie generated for it.
pub struct Job<'a> {
    /// The layout file and the function it exports: `("leaflet.typ", "leaflet")`.
    pub layout: (&'a str, &'a str),
    /// Files served to the layout besides the theme's own: `/data.json`, `/photo.jpg`, `/logo.svg`.
    pub files: Vec<(String, Vec<u8>)>,
    /// Keys the PDF's identifier, so that a rebuild gives the same bytes.
    pub ident: String,
    /// Distance from the trim edge to the bleed edge, for the BleedBox.
    pub bleed_mm: f64,
}

/// A typeset document, before it is written as PDF.
pub struct Typeset(PagedDocument);

impl Typeset {
    pub fn pages(&self) -> usize {
        self.0.pages().len()
    }
}

impl Typesetter {
    pub fn new(theme: &Theme, intent: Option<Arc<OutputIntent>>) -> Result<Typesetter, Error> {
        let mut fingerprint = blake3::Hasher::new();
        fingerprint.update(concat!("typst 0.15|vigie ", env!("CARGO_PKG_VERSION"), "|").as_bytes());
        let intent_key = intent
            .as_ref()
            .map_or("plain PDF", |i| i.fingerprint.as_str());
        fingerprint.update(intent_key.as_bytes());
        let mut fonts = Vec::new();
        for (name, bytes) in &theme.fonts {
            fingerprint.update(name.as_bytes());
            fingerprint.update(bytes);
            fonts.extend(Font::iter(Bytes::new(bytes.clone())));
        }
        if fonts.is_empty() {
            return Err(Error::Template {
                template: "fonts/".into(),
                message: "the theme has no font for leaflets: add TrueType or OpenType files to its fonts/ folder".into(),
            });
        }
        let layouts = theme
            .leaflet
            .iter()
            .map(|(name, file)| {
                fingerprint.update(name.as_bytes());
                fingerprint.update(&file.bytes);
                let path = format!("/{name}");
                let id = world::vpath_id(&path);
                let source = match (id, std::str::from_utf8(&file.bytes)) {
                    (Some(id), Ok(text)) if name.ends_with(".typ") => {
                        Some(Source::new(id, text.to_string()))
                    }
                    _ => None,
                };
                let layout = Layout {
                    id,
                    origin: file.origin.clone(),
                    bytes: Bytes::new(file.bytes.clone()),
                    source,
                };
                (path, layout)
            })
            .collect();
        let covers = |c: u32| fonts.iter().any(|f| f.info().coverage.contains(c));
        let shown = (0..SHOWN_AHEAD).map(covers).collect();
        Ok(Typesetter {
            library: LazyHash::new(Library::builder().build()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
            shown,
            layouts,
            intent,
            fingerprint: fingerprint.finalize().to_hex().as_str()[..32].to_string(),
        })
    }

    /// Whether some font has a glyph for `c`: text for print drops what no font can show,
    /// rather than print an empty box (an emoji, say).
    pub fn can_show(&self, c: char) -> bool {
        matches!(c, ' ' | '\n' | '\t')
            || match self.shown.get(c as usize) {
                Some(&shown) => shown,
                None => self
                    .fonts
                    .iter()
                    .any(|f| f.info().coverage.contains(c as u32)),
            }
    }

    /// Writes a typeset document as PDF, with its page boxes set for print.
    pub fn pdf(&self, typeset: &Typeset, job: &Job) -> Result<Vec<u8>, Error> {
        let failed = |message: String| Error::Template {
            template: job.layout.0.into(),
            message,
        };
        let options = PdfOptions {
            ident: Smart::Custom(job.ident.clone()),
            creator: Smart::Custom(Some(format!("Vigie {}", env!("CARGO_PKG_VERSION")))),
            timestamp: None,
            page_ranges: None,
            // PDF/X-4 is PDF 1.6.
            standards: PdfStandards::new(&[match self.intent {
                Some(_) => PdfStandard::V_1_6,
                None => PdfStandard::V_1_7,
            }])
            .map_err(|e| failed(e.message().to_string()))?,
            tagged: true,
            pretty: false,
        };
        let pdf = typst_pdf::pdf(&typeset.0, &options).map_err(|errors| {
            failed(
                errors
                    .iter()
                    .map(|e| e.message.as_str())
                    .collect::<Vec<_>>()
                    .join("; "),
            )
        })?;
        let mut document = lopdf::Document::load_mem(&pdf)
            .map_err(|e| failed(format!("cannot read back the PDF: {e}")))?;
        boxes::set_print_boxes(&mut document, job.bleed_mm).map_err(failed)?;
        if let Some(intent) = &self.intent {
            pdfx::make_pdfx(&mut document, intent)
                .map_err(|e| failed(format!("not PDF/X-4: {e}")))?;
        }
        let mut out = Vec::with_capacity(pdf.len() + 256);
        document
            .save_to(&mut out)
            .map_err(|e| failed(format!("cannot write the PDF: {e}")))?;
        Ok(out)
    }

    /// The first page of a typeset document as a PNG picture, `pixel_per_pt` pixels to the
    /// point: a screen's slide for a signage player that only takes pictures.
    pub fn png(&self, typeset: &Typeset, pixel_per_pt: f32) -> Result<Vec<u8>, Error> {
        let failed = |message: String| Error::Template {
            template: "leaflet/slide.typ".into(),
            message,
        };
        let page = typeset
            .0
            .pages()
            .first()
            .ok_or_else(|| failed("the layout made no page".into()))?;
        let options = typst_render::RenderOptions {
            pixel_per_pt: f64::from(pixel_per_pt).into(),
            render_bleed: false,
        };
        let pixmap = typst_render::render(page, &options);
        // A screen has no transparency: the pixels' alpha is dropped (the page is filled, so
        // the premultiplied colours are the colours).
        let rgb: Vec<u8> = pixmap
            .data()
            .chunks_exact(4)
            .flat_map(|p| [p[0], p[1], p[2]])
            .collect();
        let mut png = Vec::new();
        image::codecs::png::PngEncoder::new(&mut png)
            .write_image(
                &rgb,
                pixmap.width(),
                pixmap.height(),
                image::ExtendedColorType::Rgb8,
            )
            .map_err(|e| failed(e.to_string()))?;
        Ok(png)
    }

    /// Lays out `job`: its layout called with its data.
    pub fn compile(&self, job: &Job) -> Result<Typeset, Error> {
        let (file, function) = job.layout;
        if !self.layouts.contains_key(&format!("/{file}")) {
            return Err(Error::Template {
                template: format!("leaflet/{file}"),
                message: "the theme has no such layout".into(),
            });
        }
        let main = format!("#import \"/{file}\": {function}\n#{function}(json(\"/data.json\"))\n");
        let world = PrintWorld::new(self, main, &job.files);
        let Warned { output, .. } = typst::compile::<PagedDocument>(&world);
        // Memoised results of earlier documents are dropped as they age: without this a build
        // of a thousand leaflets keeps growing. Results still in use (a photo that several
        // leaflets print, the layouts) are kept.
        typst::comemo::evict(30);
        output
            .map(Typeset)
            .map_err(|errors| self.layout_error(&world, file, &errors))
    }

    /// A Typst error as the webmaster needs it: the layout file, line and column, Typst's
    /// message and hints.
    fn layout_error(&self, world: &PrintWorld, file: &str, errors: &[SourceDiagnostic]) -> Error {
        let diagnostics = errors
            .iter()
            .map(|error| {
                let located = error.span.id().and_then(|id| {
                    let layout = self.layout_by_id(id)?;
                    let range = typst::WorldExt::range(world, error.span)?;
                    let text = layout.source.as_ref()?.text();
                    Some(SourceFile::new(&layout.origin, text).error(range, error.message.as_str()))
                });
                let diagnostic = located.unwrap_or_else(|| {
                    let origin = self
                        .layouts
                        .get(&format!("/{file}"))
                        .map_or(file, |l| l.origin.as_str());
                    Diagnostic::in_file(origin, error.message.to_string())
                });
                let hints: Vec<&str> = error.hints.iter().map(|h| h.v.as_str()).collect();
                if hints.is_empty() {
                    diagnostic.hint(
                        "fix the leaflet layout, or remove the override to use the default theme's",
                    )
                } else {
                    diagnostic.hint(hints.join("; "))
                }
            })
            .collect();
        Error::Content(diagnostics)
    }

    fn layout_by_id(&self, id: FileId) -> Option<&Layout> {
        self.layouts.values().find(|l| l.id == Some(id))
    }

    fn layout_source(&self, id: FileId) -> Option<Source> {
        self.layout_by_id(id)?.source.clone()
    }

    fn layout_bytes(&self, id: FileId) -> Option<Bytes> {
        self.layout_by_id(id).map(|l| l.bytes.clone())
    }
}
