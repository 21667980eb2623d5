//! Pictures for the web and for sharing: responsive variants in JPEG and WebP, the 1200×630
//! `og.jpg` and the 1080×1080 square, each made once and then taken from the cache.

use rayon::prelude::*;

use super::{RenderContext, Renderer, Report};
use crate::content::capsule::Capsule;
use crate::error::{Diagnostic, Error, Result};
use crate::images::cache::Cache;
use crate::images::process::{self, Pixels};
use crate::images::{svg, Format, Picture, OG, SQUARE, WIDTHS};
use crate::messages::Message;
use crate::site::Site;

pub struct Images;

/// One file made from a picture.
#[derive(Debug, Clone, Copy)]
enum Output {
    Jpeg(u32),
    Webp(u32),
    /// A JPEG of exactly this size, cropped around the focus point.
    Crop(u32, u32),
    Svg,
}

impl Output {
    fn ext(self) -> &'static str {
        match self {
            Output::Jpeg(_) | Output::Crop(..) => "jpg",
            Output::Webp(_) => "webp",
            Output::Svg => "svg",
        }
    }
}

impl Renderer for Images {
    fn name(&self) -> &'static str {
        "output-images"
    }

    fn render(&self, ctx: &RenderContext) -> Result<Report> {
        let site = ctx.site;
        let cache = Cache::new(&site.root, "images");
        let capsules: Vec<&Capsule> = site
            .built_capsules()
            .filter(|c| c.image.is_some() || c.video.as_ref().is_some_and(|v| v.poster.is_some()))
            .filter(|c| ctx.wants(c))
            .collect();
        ctx.progress.inc_length(capsules.len() as u64);
        let files: usize = capsules
            .par_iter()
            .map(|capsule| {
                let n = picture_files(ctx, &cache, capsule);
                ctx.progress.inc(1);
                n
            })
            .sum::<Result<usize>>()?;
        if ctx.is_full() {
            cache
                .prune()
                .map_err(|e| Error::io(&site.root.join(".vigie-cache"), e))?;
        }
        let (made, reused) = cache.counts();
        Ok(Report {
            files,
            pages: 0,
            detail: Some(
                Message::new("build-pictures")
                    .count("made", made)
                    .count("reused", reused)
                    .text(),
            ),
        })
    }
}

/// Makes (or takes from the cache) every file of one capsule's picture and video poster, and
/// places them.
fn picture_files(ctx: &RenderContext, cache: &Cache, capsule: &Capsule) -> Result<usize> {
    let site = ctx.site;
    let mut files = 0;
    if let Some(picture) = &capsule.image {
        let per_language = |file: &str| -> Vec<String> {
            let urls = &site.urls;
            capsule
                .translations
                .iter()
                .map(|t| format!("{}{file}", urls.capsule(&t.lang, &capsule.slug)))
                .collect()
        };
        let mut outputs = web_outputs(site, capsule, picture);
        let mut og = per_language("og.jpg");
        og.extend(per_language("share/og.jpg"));
        outputs.push((Output::Crop(OG.0, OG.1), og));
        outputs.push((
            Output::Crop(SQUARE.0, SQUARE.1),
            per_language("share/square.jpg"),
        ));
        files += make_and_place(ctx, cache, capsule, picture, &outputs)?;
    }
    if let Some(poster) = capsule.video.as_ref().and_then(|v| v.poster.as_ref()) {
        files += make_and_place(
            ctx,
            cache,
            capsule,
            poster,
            &web_outputs(site, capsule, poster),
        )?;
    }
    Ok(files)
}

/// The files a page shows: every width in JPEG and WebP, or the sanitised SVG.
fn web_outputs(site: &Site, capsule: &Capsule, picture: &Picture) -> Vec<(Output, Vec<String>)> {
    let media = |name: String| vec![site.urls.media(&capsule.slug, &name)];
    match picture.format {
        Format::Raster => picture
            .widths()
            .into_iter()
            .flat_map(|w| {
                [
                    (Output::Jpeg(w), media(picture.variant_name(w, "jpg"))),
                    (Output::Webp(w), media(picture.variant_name(w, "webp"))),
                ]
            })
            .collect(),
        Format::Svg => vec![(Output::Svg, media(picture.svg_name()))],
    }
}

/// Takes each output from the cache, or decodes the picture once and makes the missing ones;
/// then places every file in the build.
fn make_and_place(
    ctx: &RenderContext,
    cache: &Cache,
    capsule: &Capsule,
    picture: &Picture,
    outputs: &[(Output, Vec<String>)],
) -> Result<usize> {
    let entries: Vec<_> = outputs
        .iter()
        .map(|(output, _)| {
            cache.entry(
                &format!("{}|{output:?}|{:?}", picture.hash, picture.focus),
                output.ext(),
            )
        })
        .collect();
    let missing: Vec<usize> = (0..outputs.len())
        .filter(|&i| !cache.has(&entries[i]))
        .collect();
    if !missing.is_empty() {
        let source = Source::read(ctx.site, capsule, picture)?;
        for &i in &missing {
            let bytes = source
                .make(outputs[i].0, picture.focus)
                .map_err(|m| picture_error(ctx.site, capsule, picture, m))?;
            cache
                .store(&entries[i], &bytes)
                .map_err(|e| Error::io(&entries[i], e))?;
        }
    }
    let mut files = 0;
    for ((_, paths), entry) in outputs.iter().zip(&entries) {
        for path in paths {
            ctx.out.link(path, entry)?;
            files += 1;
        }
    }
    Ok(files)
}

/// A picture's source, decoded once for all the outputs a build still needs.
enum Source {
    Raster(Pixels),
    Svg(String),
}

impl Source {
    fn read(site: &Site, capsule: &Capsule, picture: &Picture) -> Result<Source> {
        let bytes = std::fs::read(&picture.path).map_err(|e| Error::io(&picture.path, e))?;
        let decoded = match picture.format {
            Format::Raster => process::decode(&bytes)
                .and_then(working_size)
                .map(Source::Raster),
            Format::Svg => String::from_utf8(bytes)
                .map(Source::Svg)
                .map_err(|_| Message::new("svg-not-utf8")),
        };
        decoded.map_err(|m| picture_error(site, capsule, picture, m))
    }

    fn make(&self, output: Output, focus: (f64, f64)) -> Result<Vec<u8>, Message> {
        match (self, output) {
            (Source::Svg(text), Output::Svg) => svg::sanitize(text).map(String::into_bytes),
            (Source::Raster(pixels), Output::Jpeg(w)) => pixels.to_width(w)?.jpeg(),
            (Source::Raster(pixels), Output::Webp(w)) => Ok(pixels.to_width(w)?.webp()),
            (Source::Raster(pixels), Output::Crop(w, h)) => pixels.resize(w, h, focus)?.jpeg(),
            (Source::Svg(text), Output::Crop(w, h)) => {
                let (sw, sh) = svg::size(text)?;
                // Drawn large enough to cover the crop, then cropped like a photo.
                let cover =
                    (f64::from(w).max(f64::from(h) * f64::from(sw) / f64::from(sh))).ceil() as u32;
                svg::rasterize(text, cover)?.resize(w, h, focus)?.jpeg()
            }
            (_, output) => {
                Err(Message::new("picture-output-impossible").arg("output", format!("{output:?}")))
            }
        }
    }
}

/// The photo brought down once to the smallest size every output can be made from (the widest
/// variant, and crops that need no enlarging): a 12-megapixel photo is resized once, not ten
/// times.
fn working_size(pixels: Pixels) -> Result<Pixels, Message> {
    let (w, h) = (f64::from(pixels.width()), f64::from(pixels.height()));
    let widest = f64::from(WIDTHS[WIDTHS.len() - 1]) / w;
    let crop = |(cw, ch): (u32, u32)| (f64::from(cw) / w).max(f64::from(ch) / h);
    let scale = widest.max(crop(OG)).max(crop(SQUARE));
    if scale >= 1.0 {
        return Ok(pixels);
    }
    pixels.to_width((w * scale).ceil() as u32)
}

/// A picture that passed its header check but fails to decode (a truncated file, say).
fn picture_error(site: &Site, capsule: &Capsule, picture: &Picture, problem: Message) -> Error {
    let file = picture
        .path
        .strip_prefix(&site.root)
        .unwrap_or(&picture.path)
        .to_path_buf();
    Error::Content(vec![Diagnostic::said_in(
        file,
        Message::new("picture-broken")
            .arg("capsule", &capsule.slug)
            .arg("problem", problem),
    )])
}
