//! SMS in GSM-7, the alphabet every phone reads in 160-character segments. One character
//! outside it (a typographic apostrophe, `ê`, an emoji) switches the whole message to UCS-2 and
//! its 70-character segments, so kit texts are brought into GSM-7 before they are counted.

/// The GSM 03.38 default alphabet, less the escape code (line feed and carriage return
/// included).
const BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/// The extension table: each costs two septets (escape, then the character).
const EXTENSION: &str = "^{}\\[~]|€";

/// Septets in one SMS; above it, each part of a long message holds 153 (7 go to the header).
pub const SEGMENT: usize = 160;
const PART: usize = 153;

pub fn is_gsm(c: char) -> bool {
    BASIC.contains(c) || EXTENSION.contains(c)
}

/// `text` in GSM-7: typographic punctuation straightened (’ to ', « » and “ ” to ", … to ...,
/// dashes to -, no-break spaces to spaces), letters outside the alphabet without their accent
/// (ê to e, œ to oe), and what remains outside it (emoji, symbols) left out.
pub fn to_gsm(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // French guillemets hold a space inside; straight quotes do not.
    let mut after_opening = false;
    for c in text.chars() {
        if after_opening && c.is_whitespace() {
            continue;
        }
        after_opening = false;
        match c {
            c if is_gsm(c) => out.push(c),
            '«' | '“' | '„' => {
                out.push('"');
                after_opening = true;
            }
            '»' | '”' | '″' => {
                out.truncate(out.trim_end().len());
                out.push('"');
            }
            '’' | '‘' | '‚' | '‛' | '′' | '`' | '´' => out.push('\''),
            '–' | '—' | '‐' | '‑' | '‒' | '−' => out.push('-'),
            '…' => out.push_str("..."),
            c if c.is_whitespace() => out.push(' '),
            c if c.is_alphanumeric() => {
                let folded = deunicode::deunicode_char(c).unwrap_or_default();
                out.extend(folded.chars().filter(|&f| is_gsm(f)));
            }
            _ => {}
        }
    }
    let mut collapsed = String::with_capacity(out.len());
    for word in out.split(' ').filter(|w| !w.is_empty()) {
        if !collapsed.is_empty() {
            collapsed.push(' ');
        }
        collapsed.push_str(word);
    }
    collapsed
}

/// The septets a GSM-7 text takes.
pub fn septets(text: &str) -> usize {
    text.chars()
        .map(|c| if EXTENSION.contains(c) { 2 } else { 1 })
        .sum()
}

/// How many SMS a GSM-7 text of `septets` is sent as.
pub fn segments(septets: usize) -> usize {
    if septets <= SEGMENT {
        1
    } else {
        septets.div_ceil(PART)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_alphabet_is_gsm_03_38() {
        assert_eq!(BASIC.chars().count(), 127);
        for c in "éèùìòàÇäöüß€[".chars() {
            assert!(is_gsm(c), "{c}");
        }
        for c in "êâîôûçëïœ«»’🚲".chars() {
            assert!(!is_gsm(c), "{c}");
        }
    }

    #[test]
    fn typography_and_accents_are_brought_into_gsm() {
        assert_eq!(
            to_gsm("L’équipe ferme « portes et fenêtres » – même à Noël… 🔑"),
            "L'équipe ferme \"portes et fenetres\" - meme à Noel..."
        );
        assert_eq!(to_gsm("Œuvre\u{a0}: ça\u{202f}!"), "OEuvre : ca !");
        assert!(to_gsm("ideeën, Straße, 100 €").chars().all(is_gsm));
    }

    #[test]
    fn segments_are_counted() {
        assert_eq!(septets("a€b"), 4);
        assert_eq!(segments(160), 1);
        assert_eq!(segments(161), 2);
        assert_eq!(segments(306), 2);
        assert_eq!(segments(307), 3);
    }
}
