//! The site's icon, `favicon.ico` at the output's root: browsers ask for it on every site
//! whether a page links it or not, and a missing one is an error in every visitor's console.
//!
//! A `static/favicon.ico` of the site wins (the files output copies it); otherwise the icon is
//! drawn from the site's logo, centred on white, or from the theme's own when there is none.

use image::codecs::ico::{IcoEncoder, IcoFrame};
use image::{imageops, ExtendedColorType, Rgba, RgbaImage};

use super::{RenderContext, Renderer, Report};
use crate::error::{Diagnostic, Error, Result};
use crate::images::{process, svg};
use crate::messages::Message;
use crate::site::Site;

/// The sizes browsers and the desktop pick from: tabs, high-density tabs, shortcuts.
const SIZES: [u32; 3] = [16, 32, 48];
/// The theme's icon, for a site without a logo.
const THEME_ICON: &str = include_str!("../../themes/default/icon.svg");

pub struct Favicon;

impl Renderer for Favicon {
    fn name(&self) -> &'static str {
        "output-favicon"
    }

    fn render(&self, ctx: &RenderContext) -> Result<Report> {
        let site = ctx.site;
        if !ctx.is_full() || has_own(site) {
            return Ok(Report::files(0));
        }
        ctx.out.write("favicon.ico", &icon(site)?)?;
        Ok(Report::files(1))
    }
}

/// Whether the site brings its own `favicon.ico`.
fn has_own(site: &Site) -> bool {
    site.root.join("static/favicon.ico").is_file()
}

/// The ICO file: one PNG frame per size.
fn icon(site: &Site) -> Result<Vec<u8>> {
    let square = match &site.config.logo {
        Some(logo) => {
            let path = site.root.join(logo.get_ref());
            let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
            let drawn = if logo.get_ref().to_ascii_lowercase().ends_with(".svg") {
                String::from_utf8(bytes)
                    .map_err(|_| Message::new("svg-not-utf8"))
                    .and_then(|text| svg::sanitize(&text))
                    .and_then(|clean| square_from_svg(&clean))
            } else {
                process::decode(&bytes).map(|p| square_from(p.to_rgba()))
            };
            drawn.map_err(|m| {
                Error::Content(vec![Diagnostic::said_in(
                    logo.get_ref(),
                    Message::new("favicon-from-logo").arg("problem", m),
                )])
            })?
        }
        None => square_from_svg(THEME_ICON).map_err(|m| Error::Usage(m.text()))?,
    };
    let frames = SIZES
        .iter()
        .map(|&side| {
            let small = imageops::resize(&square, side, side, imageops::FilterType::Lanczos3);
            IcoFrame::as_png(small.as_raw(), side, side, ExtendedColorType::Rgba8)
        })
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(unwritable)?;
    let mut ico = Vec::new();
    IcoEncoder::new(&mut ico)
        .encode_images(&frames)
        .map_err(unwritable)?;
    Ok(ico)
}

fn unwritable(e: impl std::fmt::Display) -> Error {
    Error::Usage(Message::new("favicon-unwritable").arg("error", e).text())
}

/// A drawing rendered large enough for the largest size, then made square.
fn square_from_svg(svg: &str) -> std::result::Result<RgbaImage, Message> {
    let (w, h) = svg::size(svg)?;
    let largest = SIZES[SIZES.len() - 1] * 4;
    // The longer side fills the square, so a wide logo is rendered by its width.
    let width = if w >= h {
        largest
    } else {
        (largest * w / h).max(1)
    };
    Ok(square_from(svg::rasterize(svg, width)?.to_rgba()))
}

/// The picture centred on a white square as wide as its longer side.
fn square_from(picture: RgbaImage) -> RgbaImage {
    let side = picture.width().max(picture.height());
    let mut square = RgbaImage::from_pixel(side, side, Rgba([255, 255, 255, 255]));
    let x = (side - picture.width()) / 2;
    let y = (side - picture.height()) / 2;
    imageops::overlay(&mut square, &picture, i64::from(x), i64::from(y));
    square
}
