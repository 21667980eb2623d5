//! QR codes as data for the layouts: the runs of dark modules, which a layout draws as
//! rectangles in pure process black. A QR picture would be printed in rich black or grey,
//! which blurs on the press; rectangles in `cmyk(0%, 0%, 0%, 100%)` land on the black plate.

use qrcode::{Color, EcLevel, QrCode};
use serde::Serialize;

/// The quiet zone the QR standard asks for, in modules.
const QUIET: usize = 4;

#[derive(Debug, Serialize)]
pub struct Qr {
    /// Modules across, quiet zone included.
    pub size: usize,
    /// `[x, y, length, height]` of the dark modules as rectangles, in modules from the top left:
    /// horizontal runs, merged with the same run on the rows below.
    pub runs: Vec<[usize; 4]>,
}

/// The QR code of `url`, with medium error correction (readable with 15 % of it scuffed).
pub fn encode(url: &str) -> Result<Qr, String> {
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M)
        .map_err(|e| format!("cannot make a QR code of {url}: {e}"))?;
    let width = code.width();
    let colors = code.to_colors();
    let mut runs: Vec<[usize; 4]> = Vec::new();
    // Runs still growing downwards, by (x, length).
    let mut open: std::collections::HashMap<(usize, usize), usize> = Default::default();
    for (y, row) in colors.chunks(width).enumerate() {
        let mut still_open = std::collections::HashMap::new();
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let start = x;
                while x < width && row[x] == Color::Dark {
                    x += 1;
                }
                let run = (start, x - start);
                let index = match open.get(&run) {
                    Some(&i) => {
                        runs[i][3] += 1;
                        i
                    }
                    None => {
                        runs.push([start + QUIET, y + QUIET, x - start, 1]);
                        runs.len() - 1
                    }
                };
                still_open.insert(run, index);
            } else {
                x += 1;
            }
        }
        open = still_open;
    }
    Ok(Qr {
        size: width + 2 * QUIET,
        runs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rectangles_cover_exactly_the_dark_modules() {
        let qr = encode("https://prevention.exemple.be/fr/").unwrap();
        let code = QrCode::with_error_correction_level(
            "https://prevention.exemple.be/fr/".as_bytes(),
            EcLevel::M,
        )
        .unwrap();
        let colors = code.to_colors();
        let dark = colors.iter().filter(|c| **c == Color::Dark).count();
        assert_eq!(qr.runs.iter().map(|r| r[2] * r[3]).sum::<usize>(), dark);
        for &[x, y, n, h] in &qr.runs {
            for row in y - QUIET..y - QUIET + h {
                for col in x - QUIET..x - QUIET + n {
                    assert_eq!(colors[row * code.width() + col], Color::Dark);
                }
            }
        }
        assert_eq!(qr.size, code.width() + 8);
        assert!(qr
            .runs
            .iter()
            .all(|r| r[0] >= QUIET && r[0] + r[2] <= qr.size - QUIET));
    }
}
