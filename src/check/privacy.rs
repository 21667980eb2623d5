//! Privacy slips in a capsule's text: licence plates, phone numbers, national register numbers,
//! IBANs, e-mail addresses, street addresses with a house number, titled names and first names
//! with an initial. The patterns are those of the research notes (section 5.4), tested there
//! on Belgian examples.
//!
//! The whole translation file is scanned, so that a slip is located at its line and column:
//! the front matter's text values (title, summary, alt text, credit, leaflet texts, SMS) and
//! the body, with web addresses blanked out first (a photo's file name or a press article's
//! address is not a slip).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// What a slip is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slip {
    Plate,
    Phone,
    RegisterNumber,
    Iban,
    Email,
    Address,
    TitledName,
    NameInitial,
}

impl Slip {
    pub fn rule(self) -> &'static str {
        match self {
            Slip::Plate => "privacy/plate",
            Slip::Phone => "privacy/phone",
            Slip::RegisterNumber => "privacy/register-number",
            Slip::Iban => "privacy/iban",
            Slip::Email => "privacy/email",
            Slip::Address => "privacy/address",
            Slip::TitledName => "privacy/titled-name",
            Slip::NameInitial => "privacy/name-initial",
        }
    }

    /// Slips that identify a person or a car beyond doubt: errors in an alert or a news item.
    pub fn is_grave(self) -> bool {
        matches!(self, Slip::Plate | Slip::RegisterNumber | Slip::Iban)
    }
}

/// One slip found: what, where in the scanned file (bytes), and the text.
#[derive(Debug, Clone)]
pub struct Found {
    pub slip: Slip,
    pub span: Range<usize>,
    pub text: String,
}

fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("a tested pattern")
}

/// Patterns of ASCII text use ASCII word boundaries (`(?-u:\b)`), which the regex crate's
/// fast engine handles on accented text; a Unicode `\b` sends it to a slower one.
static PATTERNS: LazyLock<Vec<(Slip, Regex)>> = LazyLock::new(|| {
    vec![
        // Case-sensitive with spaces: `(?i)` would read "2 ans 123" as a plate; in any case
        // with hyphens or dots, which prose does not put between letters and digits.
        (
            Slip::Plate,
            regex(
                r"(?-u:\b)(?:[1-9][-. ]?[A-Z]{3}[-. ]?[0-9]{3}|[A-Z]{3}[-. ]?[0-9]{3}|[0-9]{3}[-. ]?[A-Z]{3})(?-u:\b)",
            ),
        ),
        (
            Slip::Plate,
            regex(
                r"(?i)(?-u:\b)(?:[1-9][-.][A-Z]{3}[-.][0-9]{3}|[A-Z]{3}[-.][0-9]{3}|[0-9]{3}[-.][A-Z]{3})(?-u:\b)",
            ),
        ),
        (
            Slip::Phone,
            regex(r"(?:\+|(?-u:\b)00)32[ ./-]?(?:\(0\)[ ./-]?)?[1-9](?:[ ./-]?[0-9]){7,8}(?-u:\b)"),
        ),
        (
            Slip::Phone,
            regex(r"(?-u:\b)0[1-9](?:[ ./-]?[0-9]){7,8}(?-u:\b)"),
        ),
        (
            Slip::RegisterNumber,
            regex(r"(?-u:\b)[0-9]{2}[. ]?[0-9]{2}[. ]?[0-9]{2}[-. ]?[0-9]{3}[. ]?[0-9]{2}(?-u:\b)"),
        ),
        (
            Slip::Iban,
            regex(r"(?i)(?-u:\b)BE[0-9]{2}(?: ?[0-9]{4}){3}(?-u:\b)"),
        ),
        (
            Slip::Email,
            regex(r"(?i)(?-u:\b)[A-Z0-9._%+-]+@[A-Z0-9.-]+\.[A-Z]{2,}(?-u:\b)"),
        ),
        (
            Slip::Address,
            regex(
                r"(?i)(?-u:\b)(?:rue|avenue|av\.|chaussée|boulevard|bd|place|square|drève|allée|clos|impasse|quai|chemin)\s[^,;\n]{1,40}?\s[0-9]{1,4}[a-z]?(?-u:\b)",
            ),
        ),
        (
            Slip::Address,
            regex(
                r"(?i)\b\w+(?:straat|laan|steenweg|plein|lei|dreef|kaai|weg|straße|strasse|platz|gasse)\s[0-9]{1,4}[a-z]?\b",
            ),
        ),
        (
            Slip::TitledName,
            regex(
                r"\b(?:M\.|Mme|Mlle|Monsieur|Madame|Dhr\.|Mevr\.|Meneer|Mevrouw|Herr|Frau)\s+\p{Lu}\p{Ll}+",
            ),
        ),
        (
            Slip::NameInitial,
            regex(r"\b\p{Lu}\p{Ll}+\s\p{Lu}\.(?:\s|,)"),
        ),
    ]
});

/// Web addresses, blanked before scanning: digits in a link are not phone numbers.
static URL: LazyLock<Regex> = LazyLock::new(|| regex(r"(?i)(?-u:\b)(?:https?://|www\.)[^\s)>\]]+"));
/// Dates and times, blanked before looking for phone numbers (`04/11/2025 09:00` is not one),
/// and only then: a register number looks like a date.
static DATE_TIME: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?-u:\b)[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}(?-u:\b)|(?-u:\b)[0-9]{1,2}[:h][0-9]{2}(?-u:\b)",
    )
});

/// Front-matter keys whose values are text a reader sees.
const TEXT_KEYS: [&str; 9] = [
    "title", "summary", "alt", "credit", "headline", "short", "cta", "sms", "text",
];

/// The slips in a capsule's translation file.
pub fn scan(file: &str) -> Vec<Found> {
    scan_for(file, |_| true)
}

/// The slips of the kinds `wanted` says, in a capsule's translation file: a build looks for
/// the grave ones only. The text is read as a reader sees it ([`Seen`]), so that look-alike
/// characters, emphasis or an entity inside a plate do not hide it.
pub fn scan_for(file: &str, wanted: impl Fn(Slip) -> bool) -> Vec<Found> {
    let seen = Seen::new(&readable(file));
    let text = blank(&seen.text, &URL);
    let without_dates = if wanted(Slip::Phone) {
        blank(&text, &DATE_TIME)
    } else {
        String::new()
    };
    let mut found: Vec<Found> = Vec::new();
    for (slip, pattern) in PATTERNS.iter().filter(|(slip, _)| wanted(*slip)) {
        let haystack = if *slip == Slip::Phone {
            &without_dates
        } else {
            &text
        };
        for m in pattern.find_iter(haystack) {
            if *slip == Slip::RegisterNumber && !register_number_checks_out(m.as_str()) {
                continue;
            }
            let span = seen.origin(m.range());
            // Two patterns of one kind (plates) may find the same one.
            if found.iter().any(|f| f.slip == *slip && f.span == span) {
                continue;
            }
            found.push(Found {
                slip: *slip,
                text: file
                    .get(span.clone())
                    .unwrap_or_default()
                    .trim()
                    .to_string(),
                span,
            });
        }
    }
    // A register number also reads as a phone number: keep the graver reading only.
    let grave: Vec<Range<usize>> = found
        .iter()
        .filter(|f| f.slip != Slip::Phone)
        .map(|f| f.span.clone())
        .collect();
    found.retain(|f| {
        f.slip != Slip::Phone
            || !grave
                .iter()
                .any(|g| g.start < f.span.end && f.span.start < g.end)
    });
    found.sort_by_key(|f| f.span.start);
    found
}

/// A text as a reader sees it, with where each of its bytes comes from in the file: NFKC
/// (fullwidth digits, ligatures), every dash a hyphen, every space a space, zero-width
/// characters and soft hyphens gone, Cyrillic and Greek letters that look Latin made Latin,
/// Markdown emphasis and escapes gone, and character references (`&#45;`) read.
struct Seen {
    text: String,
    /// For each byte of `text`, the bytes of the file it was read from.
    origins: Vec<Range<u32>>,
}

impl Seen {
    fn new(file: &str) -> Seen {
        let mut seen = Seen {
            text: String::with_capacity(file.len()),
            origins: Vec::with_capacity(file.len()),
        };
        let mut rest = file.char_indices().peekable();
        while let Some((at, c)) = rest.next() {
            let (shown, end) = match c {
                '&' => match entity(&file[at..]) {
                    Some((decoded, len)) => {
                        while rest.peek().is_some_and(|(i, _)| *i < at + len) {
                            rest.next();
                        }
                        (decoded, at + len)
                    }
                    None => ('&', at + 1),
                },
                '*' | '_' | '~' | '`' => continue,
                '\\' if rest.peek().is_some_and(|(_, n)| n.is_ascii_punctuation()) => continue,
                c => (c, at + c.len_utf8()),
            };
            seen.push(shown, at..end);
        }
        seen
    }

    fn push(&mut self, c: char, origin: Range<usize>) {
        let origin = origin.start as u32..origin.end as u32;
        let put = |c: char, seen: &mut Seen| {
            let mut buffer = [0; 4];
            for _ in 0..c.encode_utf8(&mut buffer).len() {
                seen.origins.push(origin.clone());
            }
            seen.text.push(c);
        };
        if c.is_ascii() {
            return put(c, self);
        }
        match c {
            '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => {}
            '\u{2010}'..='\u{2015}'
            | '\u{2043}'
            | '\u{2212}'
            | '\u{fe58}'
            | '\u{fe63}'
            | '\u{ff0d}' => put('-', self),
            c if c.is_whitespace() => put(' ', self),
            c => match look_alike(c) {
                Some(latin) => put(latin, self),
                None => {
                    use unicode_normalization::UnicodeNormalization;
                    for n in std::iter::once(c).nfkc() {
                        put(n, self);
                    }
                }
            },
        }
    }

    /// The bytes of the file that the bytes `range` of the text were read from.
    fn origin(&self, range: Range<usize>) -> Range<usize> {
        let first = self.origins.get(range.start);
        let last = self.origins.get(range.end.saturating_sub(1));
        match (first, last) {
            (Some(f), Some(l)) => f.start as usize..l.end as usize,
            _ => range,
        }
    }
}

/// Cyrillic and Greek capitals and small letters drawn like Latin ones (Unicode's confusables
/// for the letters plates, IBANs and e-mail addresses use).
fn look_alike(c: char) -> Option<char> {
    const PAIRS: [(char, char); 34] = [
        ('А', 'A'),
        ('В', 'B'),
        ('Е', 'E'),
        ('К', 'K'),
        ('М', 'M'),
        ('Н', 'H'),
        ('О', 'O'),
        ('Р', 'P'),
        ('С', 'C'),
        ('Т', 'T'),
        ('У', 'Y'),
        ('Х', 'X'),
        ('І', 'I'),
        ('Ј', 'J'),
        ('Ѕ', 'S'),
        ('а', 'a'),
        ('е', 'e'),
        ('о', 'o'),
        ('р', 'p'),
        ('с', 'c'),
        ('у', 'y'),
        ('х', 'x'),
        ('і', 'i'),
        ('ј', 'j'),
        ('ѕ', 's'),
        ('Α', 'A'),
        ('Β', 'B'),
        ('Ε', 'E'),
        ('Ζ', 'Z'),
        ('Η', 'H'),
        ('Ι', 'I'),
        ('Κ', 'K'),
        ('Μ', 'M'),
        ('Ο', 'O'),
    ];
    PAIRS.iter().find(|(from, _)| *from == c).map(|(_, to)| *to)
}

/// A character reference at the start of `text` (`&#45;`, `&#x2011;`, `&nbsp;`, `&ndash;`…),
/// as the character it stands for and its length in bytes.
fn entity(text: &str) -> Option<(char, usize)> {
    let end = text.get(..12.min(text.len()))?.find(';')?;
    let name = &text[1..end];
    let c = if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse().ok()?,
        };
        char::from_u32(code)?
    } else {
        match name {
            "nbsp" | "ensp" | "emsp" | "thinsp" | "numsp" | "puncsp" => ' ',
            "shy" | "zwj" | "zwnj" | "NoBreak" => '\u{ad}',
            "ndash" | "mdash" | "minus" | "hyphen" | "dash" => '-',
            "period" => '.',
            "amp" => '&',
            "commat" => '@',
            _ => return None,
        }
    };
    Some((c, end + 1))
}

/// The file with everything but readable text blanked (same length, so offsets hold): the
/// front matter's non-text values.
fn readable(file: &str) -> String {
    let mut out = String::with_capacity(file.len());
    let mut in_front_matter = false;
    let mut fences = 0;
    for line in file.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed == "+++" && fences < 2 {
            fences += 1;
            in_front_matter = fences == 1;
            out.push_str(&spaces(line));
            continue;
        }
        let key = trimmed.split('=').next().unwrap_or_default().trim();
        if in_front_matter && !TEXT_KEYS.contains(&key) {
            out.push_str(&spaces(line));
        } else if in_front_matter {
            // Keep the value only, not the key.
            let at = line.find('=').map_or(0, |i| i + 1);
            out.push_str(&" ".repeat(at));
            out.push_str(&line[at..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

/// `line` as spaces, its line break kept.
fn spaces(line: &str) -> String {
    let body = line.trim_end_matches(['\n', '\r']);
    format!("{}{}", " ".repeat(body.len()), &line[body.len()..])
}

/// `text` with every match of `pattern` replaced by as many spaces as it has bytes.
fn blank(text: &str, pattern: &Regex) -> String {
    pattern
        .replace_all(text, |c: &regex::Captures| " ".repeat(c[0].len()))
        .into_owned()
}

/// A Belgian national register (or BIS) number's check digits: 97 minus the first nine digits
/// modulo 97, with 2 in front of them for people born from 2000.
pub fn register_number_checks_out(text: &str) -> bool {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let (Some(first), Some(check)) = (digits.get(..9), digits.get(9..)) else {
        return false;
    };
    let (Ok(n), Ok(check)) = (first.parse::<u64>(), check.parse::<u64>()) else {
        return false;
    };
    digits.len() == 11 && (97 - n % 97 == check || 97 - (2_000_000_000 + n) % 97 == check)
}

/// A phone number's digits in national form (`+32 2…` and `0032 (0)2…` as `02…`), to compare
/// a number found with the site's own.
pub fn phone_digits(text: &str) -> String {
    let digits: String = text
        .replace("(0)", "")
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    let international = text.trim_start().starts_with('+') || digits.starts_with("0032");
    let country = digits
        .strip_prefix("0032")
        .or_else(|| digits.strip_prefix("32"));
    match (international, country) {
        (true, Some(rest)) => format!("0{rest}"),
        _ => digits,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slips(text: &str) -> Vec<(Slip, String)> {
        scan(&format!("+++\ntitle = \"t\"\n+++\n{text}\n"))
            .into_iter()
            .map(|f| (f.slip, f.text))
            .collect()
    }

    #[test]
    fn plates_in_all_three_formats() {
        let found = slips("Vu 1-ABC-234, 2 XYZ 987, l'ancienne ABC-123 et 123-ABC.");
        let plates: Vec<_> = found
            .iter()
            .filter(|(s, _)| *s == Slip::Plate)
            .map(|(_, t)| t.as_str())
            .collect();
        assert_eq!(plates, ["1-ABC-234", "2 XYZ 987", "ABC-123", "123-ABC"]);
        assert!(slips("Il a 2 ans et 123 amis.").is_empty());
    }

    #[test]
    fn plates_written_to_look_otherwise_are_found() {
        let hidden = [
            "1\u{2011}ABC\u{2011}234",
            "1–ABC–234",
            "1-abc-234",
            "1-A\u{200b}BC-234",
            "1-\u{410}BC-234",
            "１-ABC-２３４",
            "1-*ABC*-234",
            "1&#45;ABC&#x2D;234",
            "1&ndash;ABC-234",
            "1-AB\u{ad}C-234",
        ];
        for plate in hidden {
            let file = format!("+++\ntitle = \"t\"\n+++\nVu {plate} hier.\n");
            let found = scan(&file);
            assert_eq!(found.len(), 1, "{plate}: {found:?}");
            assert_eq!(found[0].slip, Slip::Plate, "{plate}");
            assert_eq!(found[0].text, plate, "the text as typed");
        }
        assert!(slips("Il a 2 ans et 123 amis, 3 fois 100.").is_empty());
    }

    #[test]
    fn ibans_with_typographic_spaces_are_found() {
        for iban in [
            "BE68\u{a0}5390\u{a0}0754\u{a0}7034",
            "BE68\u{2009}5390\u{202f}0754 7034",
            "BE68 5390 0754 70\u{ad}34",
            "be68 5390 0754 7034",
        ] {
            let kinds: Vec<Slip> = slips(&format!("Versez sur {iban}."))
                .into_iter()
                .map(|(s, _)| s)
                .collect();
            assert_eq!(kinds, [Slip::Iban], "{iban:?}");
        }
    }

    #[test]
    fn phones_but_not_dates_or_times() {
        let found = slips("Appelez le 02/555.12.34, le 0470 12 34 56 ou le +32 470 12 34 56.");
        assert_eq!(
            found.iter().filter(|(s, _)| *s == Slip::Phone).count(),
            3,
            "{found:?}"
        );
        assert!(slips("Réunion le 04/11/2025 09:00 à 19h30, dossier 2025/1234.").is_empty());
        assert!(slips("Appelez le 101 ou le 112.").is_empty());
    }

    #[test]
    fn register_numbers_only_with_a_valid_checksum() {
        assert!(register_number_checks_out("85.07.30-033.28"));
        assert!(
            register_number_checks_out("05.40.12-123.28"),
            "BIS, born in 20xx"
        );
        assert!(!register_number_checks_out("85.07.30-033.29"));
        let found = slips("NN 85.07.30-033.28 et 85.07.30-033.29");
        assert_eq!(
            found,
            [(Slip::RegisterNumber, "85.07.30-033.28".to_string())]
        );
    }

    #[test]
    fn ibans_emails_addresses_and_names() {
        let kinds = |text| slips(text).into_iter().map(|(s, _)| s).collect::<Vec<_>>();
        assert_eq!(kinds("IBAN BE68 5390 0754 7034"), [Slip::Iban]);
        assert_eq!(kinds("Écrivez à jean.dupont@example.be"), [Slip::Email]);
        assert_eq!(
            kinds("Cambriolage rue de la Victoire 12, puis avenue Louise."),
            [Slip::Address]
        );
        assert_eq!(
            kinds("In de Kerkstraat 5 en de Hauptstraße 3a"),
            [Slip::Address, Slip::Address]
        );
        assert_eq!(
            kinds("M. Dupont et Mevrouw Peeters"),
            [Slip::TitledName, Slip::TitledName]
        );
        assert_eq!(kinds("Jean D., 34 ans"), [Slip::NameInitial]);
    }

    #[test]
    fn links_and_front_matter_values_that_are_not_text_are_left_alone() {
        let file = "+++\ntitle = \"Appelez le 0470 12 34 56\"\ndate = 2026-11-20\n[image]\nsrc = \"1-ABC-234.jpg\"\n[[press]]\nurl = \"https://x.be/0470123456\"\n+++\nVoir [l'article](https://x.be/2025/04/70/12-34-56).\n";
        let found = scan(file);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(&file[found[0].span.clone()], "0470 12 34 56");
    }

    #[test]
    fn phone_numbers_compare_in_national_form() {
        assert_eq!(phone_digits("+32 64 00 00 00"), "064000000");
        assert_eq!(phone_digits("0032 (0)64 00 00 00"), "064000000");
        assert_eq!(phone_digits("064/00.00.00"), "064000000");
    }
}
