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

/// A picture from elsewhere (an export, another site) as a JPEG made from its pixels alone:
/// no EXIF, GPS or upload address survives; its declared size checked first, as a build
/// checks it.
pub fn clean_jpeg(bytes: &[u8]) -> Result<Vec<u8>, String> {
    super::raster_size(bytes)
        .and_then(|_| decode(bytes))
        .and_then(|p| p.jpeg())
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

    /// The pixels with an alpha channel, for drawing on.
    pub fn to_rgba(&self) -> image::RgbaImage {
        let rgba = if self.alpha {
            self.data.clone()
        } else {
            self.data
                .chunks_exact(3)
                .flat_map(|p| [p[0], p[1], p[2], 255])
                .collect()
        };
        image::RgbaImage::from_raw(self.width, self.height, rgba)
            .expect("a picture's buffer holds its pixels")
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

    /// Resized to `width` pixels wide, proportions kept.
    pub fn to_width(&self, width: u32) -> Result<Pixels, String> {
        self.resize(
            width,
            super::proportional_height(self.width, self.height, width),
            (0.5, 0.5),
        )
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

/// The picture for a leaflet printed `width_mm` wide: at most 300 dpi at that size, never
/// enlarged. A CMYK JPEG (already prepared for print) keeps its image data and colour profile
/// unchanged; only its EXIF, XMP and comment segments are dropped.
pub fn print_version(bytes: &[u8], width_mm: f64) -> Result<Vec<u8>, String> {
    if is_cmyk_jpeg(bytes) {
        return strip_jpeg_metadata(bytes);
    }
    let pixels = decode(bytes)?;
    let target = super::pixels_at_300_dpi(width_mm).min(pixels.width);
    let printed = if target < pixels.width {
        pixels.to_width(target)?
    } else {
        pixels
    };
    printed.jpeg()
}

/// Whether the file is a JPEG whose frame has four components (CMYK or YCCK).
fn is_cmyk_jpeg(bytes: &[u8]) -> bool {
    let Ok(segments) = jpeg_segments(bytes) else {
        return false;
    };
    segments.iter().any(|&(marker, ref range)| {
        // Start-of-frame markers, but not DHT (C4), JPG (C8) or DAC (CC).
        let frame = (0xC0..=0xCF).contains(&marker) && !matches!(marker, 0xC4 | 0xC8 | 0xCC);
        frame && bytes.get(range.start + 9) == Some(&4)
    })
}

/// The JPEG without its APP1 (EXIF, XMP), APP13 (IPTC) and comment segments; every other byte,
/// the compressed image above all, is kept as it is.
pub fn strip_jpeg_metadata(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = vec![0xFF, 0xD8];
    for (marker, range) in jpeg_segments(bytes)? {
        if !matches!(marker, 0xE1 | 0xED | 0xFE) {
            out.extend_from_slice(&bytes[range]);
        }
    }
    Ok(out)
}

/// The segments of a JPEG after its start marker, as (marker, byte range); the last one runs
/// from the start of scan to the end of the file.
fn jpeg_segments(bytes: &[u8]) -> Result<Vec<(u8, std::ops::Range<usize>)>, String> {
    let cut = || "the JPEG file is cut short".to_string();
    if bytes.get(..2) != Some(&[0xFF, 0xD8][..]) {
        return Err("not a JPEG file".into());
    }
    let mut segments = Vec::new();
    let mut pos = 2;
    loop {
        while bytes.get(pos) == Some(&0xFF) && bytes.get(pos + 1) == Some(&0xFF) {
            pos += 1;
        }
        let marker = *bytes.get(pos + 1).ok_or_else(cut)?;
        if bytes[pos] != 0xFF {
            return Err("the JPEG file is damaged".into());
        }
        if marker == 0xDA {
            segments.push((marker, pos..bytes.len()));
            return Ok(segments);
        }
        let high = *bytes.get(pos + 2).ok_or_else(cut)?;
        let low = *bytes.get(pos + 3).ok_or_else(cut)?;
        let end = pos + 2 + usize::from(u16::from_be_bytes([high, low]));
        if end > bytes.len() {
            return Err(cut());
        }
        segments.push((marker, pos..end));
        pos = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jpeg(color: jpeg_encoder::ColorType, channels: usize, width: u16, exif: bool) -> Vec<u8> {
        let data: Vec<u8> = (0..usize::from(width) * 40 * channels)
            .map(|i| (i * 7 % 251) as u8)
            .collect();
        let mut out = Vec::new();
        let mut encoder = jpeg_encoder::Encoder::new(&mut out, 90);
        if exif {
            encoder
                .add_app_segment(1, b"Exif\0\0GPS position here".to_vec())
                .unwrap();
        }
        encoder.encode(&data, width, 40, color).unwrap();
        out
    }

    #[test]
    fn cmyk_keeps_its_image_data_and_loses_its_metadata() {
        let source = jpeg(jpeg_encoder::ColorType::Cmyk, 4, 64, true);
        let printed = print_version(&source, 100.0).unwrap();
        assert!(!printed.windows(4).any(|w| w == b"Exif"));
        let scan = |b: &[u8]| {
            b.windows(2)
                .position(|w| w == [0xFF, 0xDA])
                .map(|i| b[i..].to_vec())
        };
        assert_eq!(
            scan(&printed),
            scan(&source),
            "the compressed image is untouched"
        );
        assert!(printed.len() < source.len());
    }

    #[test]
    fn rgb_is_brought_to_300_dpi_and_never_enlarged() {
        let wide = jpeg(jpeg_encoder::ColorType::Rgb, 3, 4000, false);
        let printed = print_version(&wide, 100.0).unwrap();
        assert_eq!(image::load_from_memory(&printed).unwrap().width(), 1182);
        let small = jpeg(jpeg_encoder::ColorType::Rgb, 3, 600, false);
        let printed = print_version(&small, 100.0).unwrap();
        assert_eq!(image::load_from_memory(&printed).unwrap().width(), 600);
    }

    #[test]
    fn a_damaged_jpeg_is_an_error_not_a_panic() {
        let source = jpeg(jpeg_encoder::ColorType::Rgb, 3, 64, true);
        for end in [0, 1, 2, 3, 5, 9, 30] {
            assert!(
                strip_jpeg_metadata(&source[..end.min(source.len())]).is_err(),
                "{end}"
            );
        }
    }
}
