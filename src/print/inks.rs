//! Photos separated into the four inks of the press, through the output profile of the PDF/X
//! files, so that what the shop prints is what the profile says, not its RIP's guess.
//!
//! The photo's own profile is honoured (a phone's Display P3, say); without one, or with one
//! that is not RGB, the photo is taken as sRGB, as on the web. Perceptual rendering with black
//! point compensation keeps the shadows' detail; then no pixel carries more than
//! [`INK_LIMIT`] of ink, whatever the shop's profile allows.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use lcms2::{
    ColorSpaceSignature, DisallowCache, Flags, GlobalContext, Intent, PixelFormat, Profile,
    Transform,
};

/// The most ink laid on paper, cyan + magenta + yellow + black, in percent: what coated paper
/// on an offset press takes (FOGRA39), and what shops ask for.
pub const INK_LIMIT: u32 = 300;

/// The limit pixels are separated to: JPEG compression moves each ink by a few percent, so
/// the separation keeps that much below [`INK_LIMIT`] for the printed photo to stay within it.
const SEPARATION_LIMIT: u32 = INK_LIMIT - 10;

type Separation = Transform<[u8; 3], [u8; 4], GlobalContext, DisallowCache>;

/// Separations made so far, by the hashes of their source and output profiles.
type Separations = Mutex<HashMap<(blake3::Hash, blake3::Hash), Arc<Separation>>>;

/// `rgb` pixels (three bytes each, in the colours of `source`) as CMYK pixels for the press
/// `output` describes, four bytes each, 0 for no ink.
pub fn separate(rgb: &[u8], source: Option<&[u8]>, output: &[u8]) -> Result<Vec<u8>, String> {
    let separation = separation(source, output)?;
    let pixels: Vec<[u8; 3]> = rgb.chunks_exact(3).map(|p| [p[0], p[1], p[2]]).collect();
    let mut inks = vec![[0u8; 4]; pixels.len()];
    separation.transform_pixels(&pixels, &mut inks);
    Ok(inks.into_iter().flat_map(limit_ink).collect())
}

/// One pixel within [`SEPARATION_LIMIT`]: black kept, cyan, magenta and yellow lessened in
/// proportion, as an ink-limiting device link does.
fn limit_ink([c, m, y, k]: [u8; 4]) -> [u8; 4] {
    let limit = SEPARATION_LIMIT * 255 / 100;
    let colour = u32::from(c) + u32::from(m) + u32::from(y);
    if colour + u32::from(k) <= limit || colour == 0 {
        return [c, m, y, k];
    }
    let room = limit.saturating_sub(u32::from(k));
    // Rounded down, so that the sum never passes the limit.
    let scale = |v: u8| (u32::from(v) * room / colour) as u8;
    [scale(c), scale(m), scale(y), k]
}

/// The transform from `source` (sRGB for none) to `output`, made once per pair and run: it
/// samples the whole output profile, which costs tens of milliseconds.
fn separation(source: Option<&[u8]>, output: &[u8]) -> Result<Arc<Separation>, String> {
    static MADE: OnceLock<Separations> = OnceLock::new();
    let source = source
        .and_then(|icc| Profile::new_icc(icc).ok().map(|p| (icc, p)))
        .filter(|(_, p)| p.color_space() == ColorSpaceSignature::RgbData);
    let key = (
        blake3::hash(source.as_ref().map_or(b"sRGB".as_slice(), |(icc, _)| icc)),
        blake3::hash(output),
    );
    let made = MADE.get_or_init(Default::default);
    if let Some(found) = made.lock().map_err(|e| e.to_string())?.get(&key) {
        return Ok(found.clone());
    }
    let input = source.map_or_else(Profile::new_srgb, |(_, p)| p);
    let press = Profile::new_icc(output).map_err(|e| e.to_string())?;
    let transform: Separation = Transform::new_flags_context(
        GlobalContext::new(),
        &input,
        PixelFormat::RGB_8,
        &press,
        PixelFormat::CMYK_8,
        Intent::Perceptual,
        Flags::NO_CACHE | Flags::BLACKPOINT_COMPENSATION,
    )
    .map_err(|e| e.to_string())?;
    let transform = Arc::new(transform);
    made.lock()
        .map_err(|e| e.to_string())?
        .insert(key, transform.clone());
    Ok(transform)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PRESS: &[u8] = include_bytes!("profiles/ISOcoated_v2_300_bas.icc");

    fn ink(pixel: [u8; 3]) -> [u8; 4] {
        let inks = separate(&pixel, None, PRESS).expect("separated");
        [inks[0], inks[1], inks[2], inks[3]]
    }

    #[test]
    fn paper_stays_blank_black_is_mostly_black_and_colours_keep_their_inks() {
        assert_eq!(ink([255, 255, 255]), [0, 0, 0, 0]);
        let black = ink([0, 0, 0]);
        assert!(black[3] > 230, "{black:?}");
        let red = ink([220, 30, 30]);
        assert!(red[1] > 200 && red[2] > 180 && red[0] < 40, "{red:?}");
        let blue = ink([20, 60, 200]);
        assert!(blue[0] > 200 && blue[2] < 40, "{blue:?}");
    }

    #[test]
    fn no_pixel_carries_more_than_the_ink_limit() {
        let all: Vec<u8> = (0..=255u8)
            .step_by(17)
            .flat_map(|r| {
                (0..=255u8)
                    .step_by(17)
                    .flat_map(move |g| (0..=255u8).step_by(17).flat_map(move |b| [r, g, b]))
            })
            .collect();
        let inks = separate(&all, None, PRESS).expect("separated");
        let limit = SEPARATION_LIMIT * 255 / 100;
        for pixel in inks.chunks_exact(4) {
            let total: u32 = pixel.iter().map(|&v| u32::from(v)).sum();
            assert!(total <= limit, "{pixel:?}: {total}");
        }
        assert_eq!(limit_ink([255, 255, 255, 255]), [161, 161, 161, 255]);
        assert_eq!(limit_ink([200, 200, 200, 200]), [179, 179, 179, 200]);
        assert_eq!(limit_ink([100, 100, 100, 100]), [100, 100, 100, 100]);
    }

    #[test]
    fn a_photos_own_rgb_profile_is_used_and_another_is_ignored() {
        // A profile that swaps nothing but is not sRGB: wider primaries move the inks.
        let wide = Profile::new_rgb(
            &lcms2::CIExyY {
                x: 0.3127,
                y: 0.3290,
                Y: 1.0,
            },
            &lcms2::CIExyYTRIPLE {
                Red: lcms2::CIExyY {
                    x: 0.708,
                    y: 0.292,
                    Y: 1.0,
                },
                Green: lcms2::CIExyY {
                    x: 0.170,
                    y: 0.797,
                    Y: 1.0,
                },
                Blue: lcms2::CIExyY {
                    x: 0.131,
                    y: 0.046,
                    Y: 1.0,
                },
            },
            &[
                &lcms2::ToneCurve::new(2.2),
                &lcms2::ToneCurve::new(2.2),
                &lcms2::ToneCurve::new(2.2),
            ],
        )
        .and_then(|p| p.icc())
        .expect("a wide profile");
        let green = [40, 200, 60];
        let as_srgb = separate(&green, None, PRESS).expect("sRGB");
        let as_wide = separate(&green, Some(&wide), PRESS).expect("wide");
        assert_ne!(as_srgb, as_wide);
        let not_rgb = Profile::ink_limiting(ColorSpaceSignature::CmykData, 300.0)
            .and_then(|p| p.icc())
            .expect("a CMYK link");
        assert_eq!(
            separate(&green, Some(&not_rgb), PRESS).expect("taken as sRGB"),
            as_srgb
        );
        assert_eq!(
            separate(&green, Some(b"junk"), PRESS).expect("taken as sRGB"),
            as_srgb
        );
    }
}
