//! A compact copy of a CMYK output profile, for the output intent every print PDF embeds.
//!
//! PDF/X-4 wants the profile inside each file. The profile Vigie ships weighs 1 MB (780 KB
//! deflated), which would make a 30 KB leaflet 27 times heavier for the residents who download
//! it. A RIP or a preflight reads the output intent to know the printing condition and to turn
//! ICC-tagged colours (an SVG logo, white text) into CMYK; for that, the same condition sampled
//! on smaller grids serves: Lab to CMYK on 17³ points instead of 33³, CMYK to Lab on 7⁴ instead
//! of 11⁴, one table per direction shared by the three rendering intents. Photos are
//! separated through the whole profile (`inks.rs`).
//!
//! The copy is written as an ICC version 2 profile with 16-bit tables (`lut16Type`), which
//! PDF 1.6 holds and every colour engine reads. lcms2 samples the whole profile; it cannot
//! write a table built from samples through its safe interface, so the few fixed structures of
//! the file are written here.

use lcms2::{ColorSpaceSignature, GlobalContext, Intent, PixelFormat, Profile, Transform};

/// Grid points per input channel: Lab to CMYK, CMYK to Lab.
const LAB_GRID: usize = 17;
const CMYK_GRID: usize = 7;

/// A colour outside what the press can print, by more than this ΔE*ab, is out of gamut.
const GAMUT_TOLERANCE: f64 = 3.0;

/// The profile `full` (a CMYK output profile) on smaller grids, named `description`.
pub fn compact(full: &[u8], description: &str, copyright: &str) -> Result<Vec<u8>, String> {
    let full = Profile::new_icc(full).map_err(|e| e.to_string())?;
    let lab =
        Profile::new_lab2_context(GlobalContext::new(), &D50_XY_Y).map_err(|e| e.to_string())?;
    let intent = Intent::RelativeColorimetric;
    let to_cmyk: Transform<[f64; 3], [f64; 4]> = Transform::new(
        &lab,
        PixelFormat::Lab_DBL,
        &full,
        PixelFormat::CMYK_DBL,
        intent,
    )
    .map_err(|e| e.to_string())?;
    let to_lab: Transform<[f64; 4], [f64; 3]> = Transform::new(
        &full,
        PixelFormat::CMYK_DBL,
        &lab,
        PixelFormat::Lab_DBL,
        intent,
    )
    .map_err(|e| e.to_string())?;

    // Lab to CMYK, and whether each Lab colour survives the trip through the press.
    let labs: Vec<[f64; 3]> = grid(3, LAB_GRID)
        .map(|node| {
            // Version 2 Lab encoding: L* 0..100 on 0..0xFF00, a* and b* -128..128 on 0..0xFFFF.
            let v = |x: f64| x * 65535.0;
            [
                v(node[0]) / 652.8,
                v(node[1]) / 256.0 - 128.0,
                v(node[2]) / 256.0 - 128.0,
            ]
        })
        .collect();
    let mut cmyks = vec![[0.0; 4]; labs.len()];
    to_cmyk.transform_pixels(&labs, &mut cmyks);
    let mut back = vec![[0.0; 3]; labs.len()];
    to_lab.transform_pixels(&cmyks, &mut back);
    // CMYK_DBL is in percent.
    let b2a: Vec<u16> = cmyks.iter().flatten().map(|&v| unit(v / 100.0)).collect();
    let gamut: Vec<u16> = labs
        .iter()
        .zip(&back)
        .map(|(a, b)| {
            if delta_e(a, b) > GAMUT_TOLERANCE {
                u16::MAX
            } else {
                0
            }
        })
        .collect();

    // CMYK to Lab.
    let inks: Vec<[f64; 4]> = grid(4, CMYK_GRID)
        .map(|node| {
            [
                node[0] * 100.0,
                node[1] * 100.0,
                node[2] * 100.0,
                node[3] * 100.0,
            ]
        })
        .collect();
    let mut printed = vec![[0.0; 3]; inks.len()];
    to_lab.transform_pixels(&inks, &mut printed);
    let a2b: Vec<u16> = printed
        .iter()
        .flat_map(|lab| {
            [
                unit(lab[0] * 652.8 / 65535.0),
                unit((lab[1] + 128.0) * 256.0 / 65535.0),
                unit((lab[2] + 128.0) * 256.0 / 65535.0),
            ]
        })
        .collect();

    let white = match full.read_tag(lcms2::TagSignature::MediaWhitePointTag) {
        lcms2::Tag::CIEXYZ(xyz) => [xyz.X, xyz.Y, xyz.Z],
        _ => D50,
    };
    let tags = [
        (*b"desc", text_description(description)),
        (*b"cprt", text(copyright)),
        (*b"wtpt", xyz(white)),
        (*b"A2B0", lut16(4, 3, CMYK_GRID, &a2b)),
        (*b"B2A0", lut16(3, 4, LAB_GRID, &b2a)),
        (*b"gamt", lut16(3, 1, LAB_GRID, &gamut)),
    ];
    // The other intents share the tables: (tag, the tag whose data it shares).
    let shared = [
        (*b"A2B1", *b"A2B0"),
        (*b"A2B2", *b"A2B0"),
        (*b"B2A1", *b"B2A0"),
        (*b"B2A2", *b"B2A0"),
    ];
    let icc = write(&tags, &shared);
    // Read back by the colour engine: a profile lcms cannot open is not embedded.
    let check = Profile::new_icc(&icc).map_err(|e| e.to_string())?;
    if check.color_space() != ColorSpaceSignature::CmykData {
        return Err("the compact profile is not CMYK".into());
    }
    Ok(icc)
}

/// The distance between two Lab colours (ΔE*ab, CIE 1976).
fn delta_e(a: &[f64; 3], b: &[f64; 3]) -> f64 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt()
}

const D50: [f64; 3] = [0.9642, 1.0, 0.8249];
const D50_XY_Y: lcms2::CIExyY = lcms2::CIExyY {
    x: 0.3457,
    y: 0.3585,
    Y: 1.0,
};

/// The nodes of a grid of `points` per channel over `channels` inputs, the first channel
/// varying slowest as ICC tables are laid out, each coordinate in 0..=1.
fn grid(channels: u32, points: usize) -> impl Iterator<Item = Vec<f64>> {
    let count = points.pow(channels);
    (0..count).map(move |n| {
        (0..channels)
            .rev()
            .map(|c| ((n / points.pow(c)) % points) as f64 / (points - 1) as f64)
            .collect()
    })
}

fn unit(v: f64) -> u16 {
    (v.clamp(0.0, 1.0) * 65535.0).round() as u16
}

fn s15fixed16(v: f64) -> [u8; 4] {
    ((v * 65536.0).round() as i32).to_be_bytes()
}

fn text(s: &str) -> Vec<u8> {
    let mut out = b"text\0\0\0\0".to_vec();
    out.extend(s.bytes().filter(u8::is_ascii));
    out.push(0);
    out
}

/// `textDescriptionType`: the ASCII description, and empty Unicode and ScriptCode ones.
fn text_description(s: &str) -> Vec<u8> {
    let ascii: Vec<u8> = s.bytes().filter(u8::is_ascii).collect();
    let mut out = b"desc\0\0\0\0".to_vec();
    out.extend((ascii.len() as u32 + 1).to_be_bytes());
    out.extend(ascii);
    out.push(0);
    out.extend([0; 8]);
    out.extend([0; 3]);
    out.extend([0; 67]);
    out
}

fn xyz(v: [f64; 3]) -> Vec<u8> {
    let mut out = b"XYZ \0\0\0\0".to_vec();
    v.iter().for_each(|&c| out.extend(s15fixed16(c)));
    out
}

/// `lut16Type`: identity matrix and curves around the table.
fn lut16(inputs: u8, outputs: u8, points: usize, table: &[u16]) -> Vec<u8> {
    let mut out = b"mft2\0\0\0\0".to_vec();
    out.extend([inputs, outputs, points as u8, 0]);
    for row in 0..3 {
        for column in 0..3 {
            out.extend(s15fixed16(if row == column { 1.0 } else { 0.0 }));
        }
    }
    // Two entries per curve: a straight line.
    out.extend(2u16.to_be_bytes());
    out.extend(2u16.to_be_bytes());
    let curves = |n: u8, out: &mut Vec<u8>| {
        for _ in 0..n {
            out.extend(0u16.to_be_bytes());
            out.extend(u16::MAX.to_be_bytes());
        }
    };
    curves(inputs, &mut out);
    table.iter().for_each(|v| out.extend(v.to_be_bytes()));
    curves(outputs, &mut out);
    out
}

/// The profile's bytes: header, tag table, then each tag's data on a four-byte boundary.
fn write(tags: &[([u8; 4], Vec<u8>)], shared: &[([u8; 4], [u8; 4])]) -> Vec<u8> {
    let count = tags.len() + shared.len();
    let mut data = Vec::new();
    let mut entries: Vec<([u8; 4], u32, u32)> = Vec::new();
    let start = 128 + 4 + 12 * count;
    for (signature, bytes) in tags {
        entries.push((*signature, (start + data.len()) as u32, bytes.len() as u32));
        data.extend(bytes);
        data.resize(data.len().next_multiple_of(4), 0);
    }
    for (signature, of) in shared {
        if let Some(&(_, offset, size)) = entries.iter().find(|(s, _, _)| s == of) {
            entries.push((*signature, offset, size));
        }
    }
    let mut icc = Vec::with_capacity(start + data.len());
    icc.extend(((start + data.len()) as u32).to_be_bytes());
    icc.extend([0; 4]); // no preferred colour engine
    icc.extend([2, 0x10, 0, 0]); // version 2.1
    icc.extend(b"prtrCMYKLab ");
    // A fixed date, so that every build writes the same bytes.
    for part in [2026u16, 1, 1, 0, 0, 0] {
        icc.extend(part.to_be_bytes());
    }
    icc.extend(b"acsp");
    icc.extend([0; 24]); // platform, flags, manufacturer, model, attributes
    icc.extend(0u32.to_be_bytes()); // perceptual
    D50.iter().for_each(|&c| icc.extend(s15fixed16(c)));
    icc.extend([0; 48]); // creator, profile id, reserved
    icc.extend((entries.len() as u32).to_be_bytes());
    for (signature, offset, size) in entries {
        icc.extend(signature);
        icc.extend(offset.to_be_bytes());
        icc.extend(size.to_be_bytes());
    }
    icc.extend(data);
    icc
}

#[cfg(test)]
mod tests {
    use super::*;

    const FULL: &[u8] = include_bytes!("profiles/ISOcoated_v2_300_bas.icc");

    fn transform(profile: &Profile) -> Transform<[u8; 3], [f64; 4]> {
        Transform::new(
            &Profile::new_srgb(),
            PixelFormat::RGB_8,
            profile,
            PixelFormat::CMYK_DBL,
            Intent::RelativeColorimetric,
        )
        .expect("sRGB to CMYK")
    }

    #[test]
    fn the_compact_profile_prints_colours_as_the_whole_one_does() {
        let compact =
            compact(FULL, "ISO Coated v2 300% (basICColor), compact", "zlib").expect("compact");
        assert!(compact.len() < 100_000, "{} bytes", compact.len());
        let small = Profile::new_icc(&compact).expect("lcms reads it");
        assert_eq!(
            small.device_class(),
            lcms2::ProfileClassSignature::OutputClass
        );
        assert_eq!(small.pcs(), ColorSpaceSignature::LabData);
        assert!((small.version() - 2.1).abs() < 1e-6);
        assert_eq!(
            small
                .info(lcms2::InfoType::Description, lcms2::Locale::none())
                .as_deref(),
            Some("ISO Coated v2 300% (basICColor), compact")
        );
        let whole = Profile::new_icc(FULL).expect("the whole profile");
        let colours: Vec<[u8; 3]> = (0..=255u8)
            .step_by(15)
            .flat_map(|r| {
                (0..=255u8)
                    .step_by(15)
                    .flat_map(move |g| (0..=255u8).step_by(15).map(move |b| [r, g, b]))
            })
            .collect();
        let mut by_whole = vec![[0.0; 4]; colours.len()];
        let mut by_compact = vec![[0.0; 4]; colours.len()];
        transform(&whole).transform_pixels(&colours, &mut by_whole);
        transform(&small).transform_pixels(&colours, &mut by_compact);
        // What matters is the colour on paper: both inkings printed, as the whole profile says.
        let lab = Profile::new_lab2_context(GlobalContext::new(), &D50_XY_Y).expect("Lab");
        let printed: Transform<[f64; 4], [f64; 3]> = Transform::new(
            &whole,
            PixelFormat::CMYK_DBL,
            &lab,
            PixelFormat::Lab_DBL,
            Intent::RelativeColorimetric,
        )
        .expect("CMYK to Lab");
        let mut lab_whole = vec![[0.0; 3]; colours.len()];
        let mut lab_compact = vec![[0.0; 3]; colours.len()];
        printed.transform_pixels(&by_whole, &mut lab_whole);
        printed.transform_pixels(&by_compact, &mut lab_compact);
        let distances: Vec<f64> = lab_whole
            .iter()
            .zip(&lab_compact)
            .map(|(a, b)| delta_e(a, b))
            .collect();
        let worst = distances.iter().cloned().fold(0.0, f64::max);
        let mean = distances.iter().sum::<f64>() / distances.len() as f64;
        let mut sorted = distances.clone();
        sorted.sort_by(f64::total_cmp);
        let p95 = sorted[sorted.len() * 95 / 100];
        // Measured: mean 0.61, 95 % within 1.91, the worst 6.3 on a deep blue far outside what
        // the press can print (sRGB 0, 15, 105), where the two tables clip it differently.
        assert!(mean < 1.0, "mean ΔE*ab {mean:.2}");
        assert!(p95 < 2.5, "95 % within ΔE*ab {p95:.2}");
        assert!(worst < 8.0, "worst ΔE*ab {worst:.2}");
        let ink: f64 = by_whole
            .iter()
            .zip(&by_compact)
            .flat_map(|(a, b)| a.iter().zip(b).map(|(x, y)| (x - y).abs()))
            .sum::<f64>()
            / (4 * colours.len()) as f64;
        assert!(ink < 1.0, "mean ink difference {ink:.2} %");
        // Black stays black, paper stays paper.
        let mut ends = [[0.0; 4]; 2];
        transform(&small).transform_pixels(&[[255, 255, 255], [0, 0, 0]], &mut ends);
        assert!(ends[0].iter().all(|&v| v < 0.5), "white: {:?}", ends[0]);
        assert!(
            ends[1].iter().sum::<f64>() <= 301.0,
            "black within 300 % ink: {:?}",
            ends[1]
        );
    }

    #[test]
    fn the_compact_profile_proofs_inks_as_the_whole_one_does() {
        let compact = compact(FULL, "compact", "zlib").expect("compact");
        let lab = Profile::new_lab2_context(GlobalContext::new(), &D50_XY_Y).expect("Lab");
        let proof = |profile: &Profile| -> Transform<[f64; 4], [f64; 3]> {
            Transform::new(
                profile,
                PixelFormat::CMYK_DBL,
                &lab,
                PixelFormat::Lab_DBL,
                Intent::RelativeColorimetric,
            )
            .expect("CMYK to Lab")
        };
        // Mostly between the table's points, where interpolation errs most.
        let inks: Vec<[f64; 4]> = grid(4, CMYK_GRID - 1)
            .map(|n| [n[0] * 100.0, n[1] * 100.0, n[2] * 100.0, n[3] * 100.0])
            .collect();
        let mut whole = vec![[0.0; 3]; inks.len()];
        let mut small = vec![[0.0; 3]; inks.len()];
        proof(&Profile::new_icc(FULL).expect("whole")).transform_pixels(&inks, &mut whole);
        proof(&Profile::new_icc(&compact).expect("compact")).transform_pixels(&inks, &mut small);
        let distances: Vec<f64> = whole
            .iter()
            .zip(&small)
            .map(|(a, b)| delta_e(a, b))
            .collect();
        let mean = distances.iter().sum::<f64>() / distances.len() as f64;
        let worst = distances.iter().cloned().fold(0.0, f64::max);
        // Measured: mean 0.29, worst 0.93.
        assert!(mean < 1.0, "mean ΔE*ab {mean:.2}");
        assert!(worst < 4.0, "worst ΔE*ab {worst:.2}");
    }

    #[test]
    fn the_compact_profile_is_the_same_bytes_every_time() {
        assert_eq!(compact(FULL, "a", "b"), compact(FULL, "a", "b"));
    }
}
