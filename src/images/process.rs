//! Decoding, orienting, resizing, cropping and encoding raster pictures.
//!
//! Every output is encoded from pixels alone, so no EXIF, GPS, XMP or comment block of the
//! source can reach the web.

use std::io::Cursor;

use fast_image_resize::images::{Image, ImageRef};
use fast_image_resize::{FilterType, PixelType, ResizeAlg, ResizeOptions, Resizer};
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageReader};

use crate::messages::Message;

/// JPEG quality for web variants and share pictures.
const JPEG_QUALITY: u8 = 80;
/// JPEG quality of photos separated for print: higher than the web's, as compression moves
/// the inks and the sum of the four must stay within the press's limit.
const PRINT_JPEG_QUALITY: u8 = 90;
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

/// A picture from elsewhere (an export, another site) as a JPEG without metadata: no EXIF,
/// GPS or upload address survives. Its declared size is checked first and the whole picture
/// decoded, as a build does, so that what is not a sound picture is refused. A JPEG that needs
/// no turning keeps its compressed image as it is, its metadata segments dropped: no second
/// loss of quality, and twice as fast as encoding again; anything else is encoded from its
/// pixels.
pub fn clean_jpeg(bytes: &[u8]) -> Result<Vec<u8>, Message> {
    super::raster_size(bytes)?;
    let (pixels, upright_jpeg) = decode_as_found(bytes)?;
    if upright_jpeg {
        strip_jpeg_metadata(bytes)
    } else {
        pixels.jpeg()
    }
}

/// Decodes a JPEG (RGB, greyscale or CMYK), PNG or WebP within the decode limits, and applies
/// its EXIF orientation.
pub fn decode(bytes: &[u8]) -> Result<Pixels, Message> {
    decode_as_found(bytes).map(|(pixels, _)| pixels)
}

/// The decoded pixels, and whether the file is a JPEG shown as it is stored (no EXIF
/// orientation turns it).
fn decode_as_found(bytes: &[u8]) -> Result<(Pixels, bool), Message> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| Message::new("picture-cannot-read").arg("error", e))?;
    let jpeg = reader.format() == Some(image::ImageFormat::Jpeg);
    reader.limits(super::limits());
    let mut decoder = reader
        .into_decoder()
        .map_err(|e| Message::new("picture-cannot-read").arg("error", e))?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    // The JPEG decoder panics on some files (jpeg-encoder's plain CMYK, for one): such a
    // picture is refused by name; the build does not die.
    let decoded = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        DynamicImage::from_decoder(decoder)
    }))
    .map_err(|_| Message::new("picture-cannot-decode").arg("error", "the JPEG decoder failed"))?;
    let mut image = decoded.map_err(|e| Message::new("picture-cannot-decode").arg("error", e))?;
    image.apply_orientation(orientation);
    let (width, height) = (image.width(), image.height());
    let pixels = if image.color().has_alpha() {
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
    };
    Ok((pixels, jpeg && orientation == Orientation::NoTransforms))
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
    pub fn resize(&self, width: u32, height: u32, focus: (f64, f64)) -> Result<Pixels, Message> {
        let pixel_type = if self.alpha {
            PixelType::U8x4
        } else {
            PixelType::U8x3
        };
        let source = ImageRef::new(self.width, self.height, &self.data, pixel_type)
            .map_err(|e| Message::new("picture-cannot-resize").arg("error", e))?;
        let mut target = Image::new(width, height, pixel_type);
        let options = ResizeOptions::new()
            .resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3))
            .fit_into_destination(Some(focus));
        Resizer::new()
            .resize(&source, &mut target, &options)
            .map_err(|e| Message::new("picture-cannot-resize").arg("error", e))?;
        Ok(Pixels {
            width,
            height,
            alpha: self.alpha,
            data: target.into_vec(),
        })
    }

    /// Resized to `width` pixels wide, proportions kept.
    pub fn to_width(&self, width: u32) -> Result<Pixels, Message> {
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

    pub fn jpeg(&self) -> Result<Vec<u8>, Message> {
        let (w, h) = dimensions_u16(self.width, self.height)?;
        let mut out = Vec::new();
        let mut encoder = jpeg_encoder::Encoder::new(&mut out, JPEG_QUALITY);
        encoder.set_optimized_huffman_tables(true);
        encoder.set_progressive(true);
        encoder
            .encode(&self.rgb(), w, h, jpeg_encoder::ColorType::Rgb)
            .map_err(|e| Message::new("picture-cannot-encode").arg("error", e))?;
        Ok(out)
    }

    /// As a CMYK JPEG for the press `press` (an ICC output profile) describes, the pixels being
    /// in the colours of `source` (sRGB for none).
    pub fn cmyk_jpeg(&self, source: Option<&[u8]>, press: &[u8]) -> Result<Vec<u8>, Message> {
        let (w, h) = dimensions_u16(self.width, self.height)?;
        let inks = crate::print::inks::separate(&self.rgb(), source, press)
            .map_err(|e| Message::new("picture-cannot-encode").arg("error", e))?;
        let mut out = Vec::new();
        let mut encoder = jpeg_encoder::Encoder::new(&mut out, PRINT_JPEG_QUALITY);
        // Colour at half resolution, as at the web's quality (the encoder keeps it whole from
        // quality 90): a third of the size, and Typst decodes every photo it places.
        encoder.set_sampling_factor(jpeg_encoder::SamplingFactor::F_2_2);
        encoder.set_optimized_huffman_tables(true);
        encoder
            // As YCCK: smaller, and the JPEG decoder Typst uses panics on this encoder's plain
            // CMYK.
            .encode(&inks, w, h, jpeg_encoder::ColorType::CmykAsYcck)
            .map_err(|e| Message::new("picture-cannot-encode").arg("error", e))?;
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

fn dimensions_u16(width: u32, height: u32) -> Result<(u16, u16), Message> {
    match (u16::try_from(width), u16::try_from(height)) {
        (Ok(w), Ok(h)) => Ok((w, h)),
        _ => Err(Message::new("picture-too-large-for-jpeg")
            .arg("width", width)
            .arg("height", height)),
    }
}

/// The picture for a leaflet printed `width_mm` wide: at most 300 dpi at that size, never
/// enlarged, separated into CMYK through the output profile `press` when there is one (PDF/X).
/// A CMYK JPEG (already prepared for print) keeps its image data and colour profile
/// unchanged; only its EXIF, XMP and comment segments are dropped.
pub fn print_version(
    bytes: &[u8],
    width_mm: f64,
    press: Option<&[u8]>,
) -> Result<Vec<u8>, Message> {
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
    match press {
        Some(press) => printed.cmyk_jpeg(embedded_profile(bytes).as_deref(), press),
        None => printed.jpeg(),
    }
}

/// The colour profile a picture carries, if any (a phone's Display P3, say).
fn embedded_profile(bytes: &[u8]) -> Option<Vec<u8>> {
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .ok()?;
    let mut decoder = reader.into_decoder().ok()?;
    decoder.icc_profile().ok().flatten()
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

/// The JPEG without its metadata: every application segment (EXIF, XMP, IPTC, JFIF and its
/// thumbnail, maker notes, a phone's extra pictures) but the colour profile (APP2
/// `ICC_PROFILE`) and Adobe's colour transform (APP14 `Adobe`), every comment, and whatever
/// follows the end of the picture. The frame, tables and scans,
/// the compressed image above all, are kept as they are.
pub fn strip_jpeg_metadata(bytes: &[u8]) -> Result<Vec<u8>, Message> {
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(&[0xFF, 0xD8]);
    for (marker, range) in jpeg_segments(bytes)? {
        // An application segment is known by the name its data starts with (after the
        // marker and length): APP2 also carries a phone's extra pictures (MPF).
        let named = |name: &[u8]| {
            bytes
                .get(range.start + 4..range.end)
                .is_some_and(|data| data.starts_with(name))
        };
        let keep = match marker {
            0xE2 => named(b"ICC_PROFILE\0"),
            0xEE => named(b"Adobe"),
            0xE0..=0xEF | 0xFE => false,
            _ => true,
        };
        if keep {
            out.extend_from_slice(&bytes[range]);
        }
    }
    out.extend_from_slice(&[0xFF, 0xD9]);
    Ok(out)
}

/// The segments of a JPEG between its start and end markers, as (marker, byte range); a scan
/// runs from its start-of-scan marker to the next marker that is not a restart, its
/// compressed data included. A file cut short in a scan ends there, as decoders read it.
fn jpeg_segments(bytes: &[u8]) -> Result<Vec<(u8, std::ops::Range<usize>)>, Message> {
    let cut = || Message::new("picture-jpeg-cut");
    if bytes.get(..2) != Some(&[0xFF, 0xD8][..]) {
        return Err(Message::new("picture-not-jpeg"));
    }
    let mut segments = Vec::new();
    let mut pos = 2;
    loop {
        while bytes.get(pos) == Some(&0xFF) && bytes.get(pos + 1) == Some(&0xFF) {
            pos += 1;
        }
        let marker = *bytes.get(pos + 1).ok_or_else(cut)?;
        if bytes[pos] != 0xFF {
            return Err(Message::new("picture-jpeg-damaged"));
        }
        if marker == 0xD9 {
            return Ok(segments);
        }
        let high = *bytes.get(pos + 2).ok_or_else(cut)?;
        let low = *bytes.get(pos + 3).ok_or_else(cut)?;
        let mut end = pos + 2 + usize::from(u16::from_be_bytes([high, low]));
        if end > bytes.len() {
            return Err(cut());
        }
        if marker == 0xDA {
            end = scan_end(bytes, end);
        }
        segments.push((marker, pos..end));
        if end == bytes.len() {
            return Ok(segments);
        }
        pos = end;
    }
}

/// Where the compressed data starting at `from` ends: at the first marker that is neither a
/// stuffed 0xFF (FF 00), a restart (FF D0–D7) nor a fill byte; else at the end of the file.
fn scan_end(bytes: &[u8], mut from: usize) -> usize {
    while let Some(offset) = bytes[from..].iter().position(|&b| b == 0xFF) {
        let at = from + offset;
        match bytes.get(at + 1) {
            Some(0x00 | 0xD0..=0xD7 | 0xFF) => from = at + 1,
            Some(_) => return at,
            None => break,
        }
    }
    bytes.len()
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
        let printed = print_version(&source, 100.0, None).unwrap();
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
        let printed = print_version(&wide, 100.0, None).unwrap();
        assert_eq!(image::load_from_memory(&printed).unwrap().width(), 1182);
        let small = jpeg(jpeg_encoder::ColorType::Rgb, 3, 600, false);
        let printed = print_version(&small, 100.0, None).unwrap();
        assert_eq!(image::load_from_memory(&printed).unwrap().width(), 600);
    }

    /// A progressive JPEG carrying metadata everywhere it can: EXIF, a phone's multi-picture
    /// index (APP2 `MPF`) and a comment before the frame, a comment between two scans, and a
    /// ZIP-like tail after its end.
    fn laden_progressive_jpeg() -> Vec<u8> {
        let data: Vec<u8> = (0..64 * 48 * 3).map(|i| (i * 13 % 251) as u8).collect();
        let mut plain = Vec::new();
        let mut encoder = jpeg_encoder::Encoder::new(&mut plain, 85);
        encoder.set_progressive(true);
        encoder
            .add_app_segment(1, b"Exif\0\0GPS position here".to_vec())
            .unwrap();
        encoder
            .add_app_segment(2, b"MPF\0II*\0 depth map index".to_vec())
            .unwrap();
        encoder
            .encode(&data, 64, 48, jpeg_encoder::ColorType::Rgb)
            .unwrap();
        let scans: Vec<usize> = plain
            .windows(2)
            .enumerate()
            .filter(|(_, w)| *w == [0xFF, 0xDA])
            .map(|(i, _)| i)
            .collect();
        assert!(scans.len() > 2, "progressive: several scans");
        let comment = |text: &[u8]| {
            let mut c = vec![0xFF, 0xFE, 0, (text.len() + 2) as u8];
            c.extend_from_slice(text);
            c
        };
        let mut laden = plain[..2].to_vec();
        laden.extend(comment(b"Shot by Jean at 12 rue Haute"));
        laden.extend_from_slice(&plain[2..scans[1]]);
        laden.extend(comment(b"between scans"));
        laden.extend_from_slice(&plain[scans[1]..]);
        laden.extend_from_slice(b"PK\x03\x04 a hidden archive");
        laden
    }

    #[test]
    fn an_upright_jpeg_keeps_its_compressed_image_and_loses_all_metadata() {
        let laden = laden_progressive_jpeg();
        let clean = clean_jpeg(&laden).unwrap();
        for hidden in [&b"Exif"[..], b"MPF", b"rue Haute", b"between scans", b"PK"] {
            assert!(
                !clean.windows(hidden.len()).any(|w| w == hidden),
                "{}",
                String::from_utf8_lossy(hidden)
            );
        }
        assert!(clean.ends_with(&[0xFF, 0xD9]));
        let pixels = |b: &[u8]| image::load_from_memory(b).unwrap().into_rgb8().into_raw();
        assert_eq!(pixels(&clean), pixels(&laden), "not encoded again: no loss");
    }

    #[test]
    fn a_jpeg_turned_by_its_exif_is_encoded_upright() {
        // EXIF in big-endian TIFF form with one entry: Orientation (0x0112) = 6, a quarter turn.
        let mut exif = b"Exif\0\0MM\0\x2a\0\0\0\x08\0\x01".to_vec();
        exif.extend_from_slice(&[0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0]);
        let data = vec![128u8; 64 * 40 * 3];
        let mut turned = Vec::new();
        let mut encoder = jpeg_encoder::Encoder::new(&mut turned, 85);
        encoder.add_app_segment(1, exif).unwrap();
        encoder
            .encode(&data, 64, 40, jpeg_encoder::ColorType::Rgb)
            .unwrap();
        let clean = clean_jpeg(&turned).unwrap();
        assert!(!clean.windows(4).any(|w| w == b"Exif"));
        let shown = image::load_from_memory(&clean).unwrap();
        assert_eq!((shown.width(), shown.height()), (40, 64));
    }

    #[test]
    fn what_is_not_a_sound_picture_is_refused() {
        let laden = laden_progressive_jpeg();
        for bad in [
            &b"<svg onload=alert(1)>"[..],
            b"\xFF\xD8\xFF\xFE\x00",
            &laden[..400],
        ] {
            assert!(clean_jpeg(bad).is_err(), "{}", String::from_utf8_lossy(bad));
        }
    }

    #[test]
    fn a_jpeg_the_decoder_chokes_on_is_an_error_not_a_panic() {
        let cmyk = jpeg(jpeg_encoder::ColorType::Cmyk, 4, 64, false);
        let outcome = std::panic::catch_unwind(|| decode(&cmyk).map(|p| p.width()));
        assert!(outcome.is_ok(), "the decoder's panic went through");
    }

    #[test]
    fn a_separated_photo_is_a_cmyk_jpeg_at_300_dpi() {
        let press = include_bytes!("../print/profiles/ISOcoated_v2_300_bas.icc");
        let rgb = jpeg(jpeg_encoder::ColorType::Rgb, 3, 4000, false);
        let printed = print_version(&rgb, 100.0, Some(press)).unwrap();
        assert!(is_cmyk_jpeg(&printed));
        let read = image::load_from_memory(&printed).expect("every decoder reads it");
        assert_eq!(read.width(), 1182);
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
        // Segments whose declared length is shorter than their own length field.
        for length in [0u8, 1, 2] {
            let short = [
                0xFF, 0xD8, 0xFF, 0xE2, 0, length, 0xFF, 0xEE, 0, length, 0xFF, 0xD9,
            ];
            let _ = strip_jpeg_metadata(&short);
        }
    }
}
