//! The screen's slides as pictures, for signage players that take nothing else:
//! `<lang>/screen/slides/01.png` … (1920×1080) and `<lang>/screen/portrait/slides/01.png` …
//! (1080×1920), and each set in one `slides.zip` beside them.
//!
//! Typst draws them from the theme's `leaflet/slide.typ`, the leaflets' engine, with the same
//! capsules in the same order and the same short text as the HTML show. Each picture is cached
//! by a hash of its data, so a rebuild draws only the slides that changed.

use std::path::PathBuf;

use serde_json::json;

use super::leaflets::{on_own_threads, qr_data, without_scheme, Print};
use super::screen;
use super::{RenderContext, Renderer, Report};
use crate::content::capsule::{Capsule, Translation};
use crate::error::{Error, Result};
use crate::images::cache::Cache;
use crate::print::text::Typography;
use crate::print::{Job, Typesetter};

pub struct Slides;

/// A shape of screen: its folder under `<lang>/screen/`, its name for the layout, and its page
/// in points, drawn at `PIXELS_PER_POINT`.
struct Shape {
    folder: &'static str,
    name: &'static str,
    points: (u32, u32),
}

const SHAPES: [Shape; 2] = [
    Shape {
        folder: "",
        name: "landscape",
        points: (960, 540),
    },
    Shape {
        folder: "portrait/",
        name: "portrait",
        points: (540, 960),
    },
];

const PIXELS_PER_POINT: f32 = 2.0;

/// One picture to draw: slide `number` of `count` of a language's show in one shape; a show
/// without capsules has one slide, the site's title.
struct Slide<'s> {
    lang: &'s str,
    shape: &'s Shape,
    number: usize,
    count: usize,
    capsule: Option<(&'s Capsule, &'s Translation)>,
}

impl Renderer for Slides {
    fn name(&self) -> &'static str {
        "output-slides"
    }

    fn render(&self, ctx: &RenderContext) -> Result<Report> {
        let site = ctx.site;
        // Drawn with the leaflets, by the same engine; a preview waits for a build.
        if !site.leaflets || !ctx.is_full() {
            return Ok(Report::files(0));
        }
        let typesetter = Typesetter::new(&site.theme, None)?;
        let print = Print::new(site, &typesetter)?;
        // The leaflets' cache holds the photos made for print.
        let photos = Cache::new(&site.root, "print");
        let cache = Cache::new(&site.root, "slides");
        let mut slides = Vec::new();
        for lang in site.languages() {
            let shown: Vec<_> = screen::shown(site, lang)
                .into_iter()
                .filter_map(|c| Some((c, c.translation(lang)?)))
                .collect();
            for shape in &SHAPES {
                let count = shown.len().max(1);
                let capsules = shown.iter().copied().map(Some);
                let capsules: Vec<_> = if shown.is_empty() {
                    vec![None]
                } else {
                    capsules.collect()
                };
                slides.extend(capsules.into_iter().enumerate().map(|(k, capsule)| Slide {
                    lang,
                    shape,
                    number: k + 1,
                    count,
                    capsule,
                }));
            }
        }
        ctx.progress.inc_length(slides.len() as u64);
        let entries: Vec<PathBuf> = on_own_threads(slides.len(), |k| {
            let entry = draw(&print, &typesetter, &photos, &cache, &slides[k]);
            ctx.progress.inc(1);
            entry
        })
        .into_iter()
        .collect::<Result<_>>()?;
        let mut files = 0;
        let mut start = 0;
        while start < slides.len() {
            let count = slides[start].count;
            let set = &entries[start..start + count];
            let folder = format!(
                "{}screen/{}",
                site.urls.home(slides[start].lang),
                slides[start].shape.folder
            );
            for (k, entry) in set.iter().enumerate() {
                ctx.out
                    .link(&format!("{folder}slides/{:02}.png", k + 1), entry)?;
            }
            ctx.out
                .link(&format!("{folder}slides.zip"), &zip(&cache, set)?)?;
            files += count + 1;
            start += count;
        }
        cache
            .prune()
            .map_err(|e| Error::io(&site.root.join(".vigie-cache"), e))?;
        Ok(Report::files(files))
    }
}

/// Draws `slide` (or finds it in the cache) and gives its cache entry.
fn draw(
    print: &Print,
    typesetter: &Typesetter,
    photos: &Cache,
    cache: &Cache,
    slide: &Slide,
) -> Result<PathBuf> {
    let site = print.site;
    let lang = slide.lang;
    let can_show = |c| typesetter.can_show(c);
    let typography = Typography {
        lang,
        can_show: &can_show,
    };
    let (width, height) = slide.shape.points;
    let mut document = json!({
        "lang": lang,
        "shape": slide.shape.name,
        "page": { "width": width, "height": height },
        "number": slide.number,
        "count": slide.count,
        "site": print.site_data(lang),
        "strings": print.strings[lang],
        "capsule": null,
    });
    let mut key = blake3::Hasher::new();
    key.update(print.key.as_bytes());
    let mut url = None;
    let mut photo = None;
    if let Some((capsule, t)) = slide.capsule {
        let address = site.urls.absolute(&site.urls.capsule(lang, &capsule.slug));
        let mut data = print.capsule_data(&typography, capsule, t, "/photo");
        data["text"] = json!(typography.apply(&screen::text(t)));
        document["capsule"] = data;
        document["url_text"] = json!(without_scheme(&address));
        url = Some(address);
        photo = print.photo(photos, capsule);
    }
    key.update(document.to_string().as_bytes());
    if let Some(photo) = &photo {
        key.update(photo.key.as_bytes());
    }
    let entry = cache.entry(&format!("slide|{}", key.finalize().to_hex()), "png");
    if cache.has(&entry) {
        return Ok(entry);
    }
    // The QR code only now: its address is in the key already.
    if let Some(url) = &url {
        document["qr"] = qr_data(url)?;
    }
    let mut files = print.common_files();
    if let Some(photo) = &photo {
        files.push((photo.name.clone(), photo.bytes(photos)?));
    }
    files.push(("/data.json".into(), document.to_string().into_bytes()));
    let job = Job {
        layout: ("slide.typ", "slide"),
        files,
        ident: url.unwrap_or_default(),
        bleed_mm: 0.0,
    };
    let png = typesetter.png(&typesetter.compile(&job)?, PIXELS_PER_POINT)?;
    cache
        .store(&entry, &png)
        .map_err(|e| Error::io(&entry, e))?;
    Ok(entry)
}

/// The zip of a set of slides (`01.png` …), from the cache when the same pictures were zipped
/// before. The pictures are stored as they are: PNG does not compress further.
fn zip(cache: &Cache, set: &[PathBuf]) -> Result<PathBuf> {
    let names: Vec<String> = set
        .iter()
        .filter_map(|e| Some(e.file_name()?.to_string_lossy().into_owned()))
        .collect();
    let entry = cache.entry(&format!("zip|{}", names.join("|")), "zip");
    if cache.has(&entry) {
        return Ok(entry);
    }
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    // A fixed date, so that the same slides give the same bytes.
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .last_modified_time(zip::DateTime::default());
    let failed = |e: zip::result::ZipError| Error::io(&entry, std::io::Error::other(e));
    for (k, path) in set.iter().enumerate() {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        zip.start_file(format!("{:02}.png", k + 1), options)
            .map_err(failed)?;
        std::io::Write::write_all(&mut zip, &bytes).map_err(|e| Error::io(&entry, e))?;
    }
    let bytes = zip.finish().map_err(failed)?.into_inner();
    cache
        .store(&entry, &bytes)
        .map_err(|e| Error::io(&entry, e))?;
    Ok(entry)
}
