//! Pictures: what is known of a capsule's photo at load time (its size, orientation and content
//! hash, so pages can name and size every variant), and the work of making those variants.
//!
//! Loading reads only the header, so a broken or oversized file is a located content error
//! before any output is written; decoding and encoding happen in the images output, cached.

pub mod cache;
pub mod process;
pub mod svg;

use std::io::Cursor;
use std::path::{Path, PathBuf};

use image::{ImageDecoder, ImageReader};

use crate::messages::Message;

/// Widths of the web variants, capped at the photo's own width.
pub const WIDTHS: [u32; 4] = [480, 800, 1200, 1600];
/// The Open Graph picture.
pub const OG: (u32, u32) = (1200, 630);
/// The square picture for social networks.
pub const SQUARE: (u32, u32) = (1080, 1080);
/// No photo needs more: a declared size above this is an image bomb or a mistake.
pub const MAX_PIXELS: u64 = 100_000_000;
pub const MAX_SIDE: u32 = 30_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// JPEG, PNG or WebP: decoded, resized and re-encoded without metadata.
    Raster,
    /// Passed through once sanitised.
    Svg,
}

/// A capsule's picture, as the pages need to know it.
#[derive(Debug, Clone)]
pub struct Picture {
    /// File name inside the bundle.
    pub src: String,
    pub path: PathBuf,
    pub format: Format,
    /// Content hash of the file (hex), part of every output name and cache key.
    pub hash: String,
    /// As displayed: with the EXIF orientation applied.
    pub width: u32,
    pub height: u32,
    /// The point kept when cropping, as fractions of width and height.
    pub focus: (f64, f64),
}

impl Picture {
    /// Reads the file's header: format, size, orientation. The message says what is wrong.
    pub fn load(path: &Path, src: &str, focus: (f64, f64)) -> Result<Picture, Message> {
        let bytes =
            std::fs::read(path).map_err(|e| Message::new("picture-cannot-read").arg("error", e))?;
        let hash = blake3::hash(&bytes).to_hex().as_str()[..16].to_string();
        let is_svg = src.to_ascii_lowercase().ends_with(".svg");
        let (format, width, height) = if is_svg {
            let text = std::str::from_utf8(&bytes).map_err(|_| Message::new("svg-not-utf8"))?;
            let (w, h) = svg::size(text)?;
            (Format::Svg, w, h)
        } else {
            let (w, h) = raster_size(&bytes)?;
            (Format::Raster, w, h)
        };
        Ok(Picture {
            src: src.to_string(),
            path: path.to_path_buf(),
            format,
            hash,
            width,
            height,
            focus,
        })
    }

    /// The widths of the web variants: the standard ones below the photo's width, and the
    /// photo's width itself when it is smaller than the largest.
    pub fn widths(&self) -> Vec<u32> {
        let largest = self.width.min(WIDTHS[WIDTHS.len() - 1]);
        let mut widths: Vec<u32> = WIDTHS.iter().copied().filter(|&w| w < largest).collect();
        widths.push(largest);
        widths
    }

    /// The height of a variant `width` wide, keeping the proportions.
    pub fn height_at(&self, width: u32) -> u32 {
        proportional_height(self.width, self.height, width)
    }

    /// The file name of a web variant: the hash changes whenever the photo does.
    pub fn variant_name(&self, width: u32, ext: &str) -> String {
        format!("{}.{}-{width}.{ext}", self.stem(), &self.hash[..10])
    }

    /// The file name of a sanitised SVG.
    pub fn svg_name(&self) -> String {
        format!("{}.{}.svg", self.stem(), &self.hash[..10])
    }

    /// The largest file the site publishes of the picture, for others to take (feeds'
    /// enclosures, the exchange): its name, media type and width.
    pub fn largest(&self) -> (String, &'static str, u32) {
        match self.format {
            Format::Raster => {
                let width = self.widths().last().copied().unwrap_or(self.width);
                (self.variant_name(width, "jpg"), "image/jpeg", width)
            }
            Format::Svg => (self.svg_name(), "image/svg+xml", self.width),
        }
    }

    fn stem(&self) -> String {
        let name = Path::new(&self.src)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let slug = crate::content::slug::slugify(&name);
        if slug.is_empty() {
            "photo".to_string()
        } else {
            slug
        }
    }

    /// The resolution the photo has when printed `width_mm` wide, for print checks.
    pub fn dpi_at(&self, width_mm: f64) -> f64 {
        f64::from(self.width) / (width_mm / 25.4)
    }

    /// The pixel width to print `width_mm` wide at 300 dpi, never more than the photo has.
    pub fn print_width(&self, width_mm: f64) -> u32 {
        pixels_at_300_dpi(width_mm).min(self.width)
    }
}

/// The height a `width` × `height` picture has at `new_width` pixels wide, proportions kept.
pub fn proportional_height(width: u32, height: u32, new_width: u32) -> u32 {
    let rounded =
        (u64::from(new_width) * u64::from(height) + u64::from(width) / 2) / u64::from(width.max(1));
    rounded.clamp(1, u64::from(u32::MAX)) as u32
}

/// How many pixels print `width_mm` at 300 dpi, what print shops ask of photos.
pub fn pixels_at_300_dpi(width_mm: f64) -> u32 {
    (width_mm / 25.4 * 300.0).ceil() as u32
}

/// Decode limits: a file declaring more than this is refused before any pixel is read.
pub fn limits() -> image::Limits {
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(1024 * 1024 * 1024);
    limits
}

/// Whether a picture of `w`×`h` pixels may be used: the one place the build, the workbench's
/// uploads and drawings are measured against.
pub fn within_limits(w: u32, h: u32) -> Result<(), Message> {
    if w == 0 || h == 0 {
        return Err(Message::new("picture-empty"));
    }
    if w > MAX_SIDE || h > MAX_SIDE || u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(Message::new("picture-too-large")
            .arg("width", w)
            .arg("height", h)
            .arg("millions", MAX_PIXELS / 1_000_000)
            .arg("side", MAX_SIDE));
    }
    Ok(())
}

/// The displayed size of a raster picture, from its header only.
pub fn raster_size(bytes: &[u8]) -> Result<(u32, u32), Message> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| Message::new("picture-cannot-read").arg("error", e))?;
    let format = reader
        .format()
        .ok_or_else(|| Message::new("picture-unknown-format"))?;
    if format == image::ImageFormat::Jpeg && !has_end_marker(bytes) {
        return Err(Message::new("picture-jpeg-no-end"));
    }
    // Only the header is read here, so no limit is needed to read the declared size and
    // refuse it in plain words; decoding (in `process`) runs under `limits()`.
    reader.no_limits();
    let mut decoder = reader
        .into_decoder()
        .map_err(|e| Message::new("picture-cannot-read").arg("error", e))?;
    let (w, h) = decoder.dimensions();
    within_limits(w, h)?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    Ok(if process::swaps_sides(orientation) {
        (h, w)
    } else {
        (w, h)
    })
}

/// Whether a JPEG ends: its end-of-image marker is in the last bytes (cameras may append a
/// second, smaller image after the first, which ends with its own marker). Decoders fill a cut
/// file with grey rather than fail, so this is checked here.
fn has_end_marker(bytes: &[u8]) -> bool {
    let tail = &bytes[bytes.len().saturating_sub(64 * 1024)..];
    tail.windows(2).any(|w| w == [0xFF, 0xD9])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn picture(width: u32, height: u32) -> Picture {
        Picture {
            src: "Photo Été.JPG".into(),
            path: PathBuf::new(),
            format: Format::Raster,
            hash: "0123456789abcdef".into(),
            width,
            height,
            focus: (0.5, 0.5),
        }
    }

    #[test]
    fn widths_never_exceed_the_original() {
        assert_eq!(picture(4000, 3000).widths(), vec![480, 800, 1200, 1600]);
        assert_eq!(picture(1000, 700).widths(), vec![480, 800, 1000]);
        assert_eq!(picture(300, 200).widths(), vec![300]);
        assert_eq!(picture(800, 600).widths(), vec![480, 800]);
    }

    #[test]
    fn names_carry_the_hash_and_a_clean_stem() {
        let p = picture(4000, 3000);
        assert_eq!(p.variant_name(480, "webp"), "photo-ete.0123456789-480.webp");
        assert_eq!(p.height_at(480), 360);
    }

    #[test]
    fn print_resolution() {
        let p = picture(1748, 1240);
        assert!((p.dpi_at(148.0) - 300.0).abs() < 0.1, "{}", p.dpi_at(148.0));
        assert_eq!(p.print_width(148.0), 1748);
        assert_eq!(
            picture(1000, 800).print_width(148.0),
            1000,
            "never upscaled"
        );
    }
}
