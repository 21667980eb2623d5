//! Decoding, orienting, resizing, cropping and encoding raster pictures.
//!
//! Every output is encoded from pixels alone, so no EXIF, GPS, XMP or comment block of the
//! source can reach the web.

use std::io::Cursor;

use fast_image_resize::images::{Image, ImageRef};
use fast_image_resize::{FilterType, PixelType, ResizeAlg, ResizeOptions, Resizer};
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageReader};

/// JPEG quality for web variants and share pictures.
const JPEG_QUALITY: u8 = 80;
/// WebP quality (lossy).
const WEBP_QUALITY: f32 = 75.0;

/// Decoded pixels, oriented as they are meant to be seen: RGB, or RGBA when the source has
/// transparency.
pub struct Pixels {
    width: u32,
    height: u32,
    alpha: bool,
    data: Vec<u8>,
}

/// Whether an EXIF orientation turns the picture a quarter.
pub fn swaps_sides(orientation: Orientation) -> bool {
    matches!(
        orientation,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    )
}

/// Decodes a JPEG (RGB, greyscale or CMYK), PNG or WebP within the decode limits, and applies
/// its EXIF orientation.
pub fn decode(bytes: &[u8]) -> Result<Pixels, String> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| format!("cannot read the picture: {e}"))?;
    reader.limits(super::limits());
    let mut decoder = reader
        .into_decoder()
        .map_err(|e| format!("cannot read the picture: {e}"))?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let mut image = DynamicImage::from_decoder(decoder)
        .map_err(|e| format!("cannot decode the picture: {e}"))?;
    image.apply_orientation(orientation);
    let (width, height) = (image.width(), image.height());
    Ok(if image.color().has_alpha() {
        Pixels {
            width,
            height,
            alpha: true,
            data: image.into_rgba8().into_raw(),
        }
    } else {
        Pixels {
            width,
            height,
            alpha: false,
            data: image.into_rgb8().into_raw(),
        }
    })
}

impl Pixels {
    pub fn from_rgba(width: u32, height: u32, data: Vec<u8>) -> Pixels {
        Pixels {
            width,
            height,
            alpha: true,
            data,
        }
    }

    pub fn width(&self) -> u32 {
        self.width
    }

    pub fn height(&self) -> u32 {
        self.height
    }

    /// Resized to `width` × `height`; when the proportions differ, cropped around `focus`
    /// (fractions of width and height) rather than distorted.
    pub fn resize(&self, width: u32, height: u32, focus: (f64, f64)) -> Result<Pixels, String> {
        let pixel_type = if self.alpha {
            PixelType::U8x4
        } else {
            PixelType::U8x3
        };
        let source = ImageRef::new(self.width, self.height, &self.data, pixel_type)
            .map_err(|e| format!("cannot resize the picture: {e}"))?;
        let mut target = Image::new(width, height, pixel_type);
        let options = ResizeOptions::new()
            .resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3))
            .fit_into_destination(Some(focus));
        Resizer::new()
            .resize(&source, &mut target, &options)
            .map_err(|e| format!("cannot resize the picture: {e}"))?;
        Ok(Pixels {
            width,
            height,
            alpha: self.alpha,
            data: target.into_vec(),
        })
    }

    /// RGB pixels, transparency laid on white (JPEG has none).
    fn rgb(&self) -> std::borrow::Cow<'_, [u8]> {
        if !self.alpha {
            return std::borrow::Cow::Borrowed(&self.data);
        }
        let mut rgb = Vec::with_capacity(self.data.len() / 4 * 3);
        for px in self.data.chunks_exact(4) {
            let a = u16::from(px[3]);
            for &c in &px[..3] {
                rgb.push(((u16::from(c) * a + 255 * (255 - a) + 127) / 255) as u8);
            }
        }
        std::borrow::Cow::Owned(rgb)
    }

    pub fn jpeg(&self) -> Result<Vec<u8>, String> {
        let (w, h) = dimensions_u16(self.width, self.height)?;
        let mut out = Vec::new();
        let mut encoder = jpeg_encoder::Encoder::new(&mut out, JPEG_QUALITY);
        encoder.set_optimized_huffman_tables(true);
        encoder.set_progressive(true);
        encoder
            .encode(&self.rgb(), w, h, jpeg_encoder::ColorType::Rgb)
            .map_err(|e| format!("cannot encode JPEG: {e}"))?;
        Ok(out)
    }

    pub fn webp(&self) -> Vec<u8> {
        let encoder = if self.alpha {
            webp::Encoder::from_rgba(&self.data, self.width, self.height)
        } else {
            webp::Encoder::from_rgb(&self.data, self.width, self.height)
        };
        encoder.encode(WEBP_QUALITY).to_vec()
    }
}

fn dimensions_u16(width: u32, height: u32) -> Result<(u16, u16), String> {
    match (u16::try_from(width), u16::try_from(height)) {
        (Ok(w), Ok(h)) => Ok((w, h)),
        _ => Err(format!("{width}×{height} is too large for JPEG")),
    }
}
