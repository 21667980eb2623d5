//! Numbers as they are said, for a text read aloud: a voice message is recorded by someone
//! reading a script, or by a speech synthesiser, and neither should have to guess how to say
//! "2026", "14:30", "1er" or "02 123 45 67". Belgian usage: septante and nonante in French;
//! in German and English the emergency numbers are said digit by digit ("eins eins zwei").

use std::sync::LazyLock;

use regex::{Captures, Regex};

/// Numbers in a text, by the shape that decides how they are said; the first that matches
/// wins: a time, a phone-like group (a leading zero), a number with thousands separators, a
/// decimal, an ordinal, a plain number. Percent and euro signs after a number are said too.
/// Digits are ASCII: another script's digits, which `\d` matched, could not be said and were
/// dropped.
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        (?P<from>\b[0-9]{1,2}\s?[:h]\s?[0-9]{2})\s?[–-]\s?(?P<to>[0-9]{1,2}\s?[:h]\s?[0-9]{2})\b(?:\s(?:Uhr|uur)\b)?
      | (?P<hour>\b[0-9]{1,2})\s?[:h]\s?(?P<minute>[0-9]{2})\b(?:\s(?:Uhr|uur)\b)?
      | \b(?P<hours>[0-9]{1,2})\s?h\b
      | (?P<phone>\b0[0-9]+(?:[\ ./][0-9]+)*)
      | (?P<grouped>\b[1-9][0-9]{0,2}(?:[\ \u{a0}\u{202f}.,][0-9]{3})+\b)(?P<gunit>\s?(?:%|€))?
      | (?P<whole>\b[0-9]+)[,.](?P<fraction>[0-9]+\b)(?P<dunit>\s?(?:%|€))?
      | (?P<ordinal>\b[0-9]+)(?P<suffix>er|re|ème|e|ste|de|st|nd|rd|th)\b
      | (?P<german>\b[0-9]{1,2})\.\s(?P<month>Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b
      | (?P<plain>\b[0-9]+)(?P<unit>\s?(?:%|€))?",
    )
    .expect("a constant, valid pattern")
});

/// The most a number said in words may be: beyond, it is said digit by digit.
const LARGEST: u64 = 999_999_999;

/// `text` with every number in words, as said in `lang` (`fr`, `nl`, `de`, else English).
pub fn spoken(text: &str, lang: &str) -> String {
    // Every shape above starts with a digit; most texts have none, and on those the pattern's
    // Unicode word boundaries made the regex crawl the whole text (a tenth of an unchanged
    // rebuild at 10,000 capsules, for the kit pages' voice scripts).
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return text.to_string();
    }
    let words = Words::of(lang);
    NUMBER
        .replace_all(text, |c: &Captures| words.say(c))
        .into_owned()
}

/// `n` in words in `lang`; numbers beyond the hundreds of millions digit by digit.
pub fn number(n: u64, lang: &str) -> String {
    Words::of(lang).number(n)
}

#[derive(Clone, Copy, PartialEq)]
enum Lang {
    Fr,
    Nl,
    De,
    En,
}

struct Words {
    lang: Lang,
}

impl Words {
    fn of(lang: &str) -> Words {
        let lang = match lang {
            "fr" => Lang::Fr,
            "nl" => Lang::Nl,
            "de" => Lang::De,
            _ => Lang::En,
        };
        Words { lang }
    }

    fn say(&self, c: &Captures) -> String {
        let n = |name: &str| c.name(name).map(|m| m.as_str());
        let value = |s: &str| s.parse::<u64>().ok();
        if let (Some((h1, m1)), Some((h2, m2))) =
            (n("from").and_then(clock), n("to").and_then(clock))
        {
            return format!(
                "{} {} {} {}",
                self.pick("de", "van", "von", "from"),
                self.time(h1, m1),
                self.pick("à", "tot", "bis", "to"),
                self.time(h2, m2)
            );
        }
        if let (Some(h), Some(m)) = (n("hour").and_then(value), n("minute").and_then(value)) {
            if h < 24 && m < 60 {
                return self.time(h, m);
            }
        }
        if let Some(h) = n("hours").and_then(value).filter(|&h| h < 24) {
            return self.time(h, 0);
        }
        if let Some(phone) = n("phone") {
            return self.digits(phone);
        }
        if let Some(grouped) = n("grouped") {
            return self.with_unit(self.grouped(grouped), n("gunit"));
        }
        if let (Some(whole), Some(fraction)) = (n("whole"), n("fraction")) {
            let said = format!(
                "{} {} {}",
                self.number_text(whole),
                self.pick("virgule", "komma", "Komma", "point"),
                self.number_text(fraction)
            );
            return self.with_unit(said, n("dunit"));
        }
        if let (Some(k), Some(suffix)) = (n("ordinal").and_then(value), n("suffix")) {
            if let Some(said) = self.ordinal(k, suffix) {
                return said;
            }
            // A suffix of another language ("3de" in French): said as a number.
            return format!("{} {suffix}", self.number(k));
        }
        if let (Some(day), Some(month)) = (n("german").and_then(value), n("month")) {
            return format!("{}en {month}", self.german_ordinal(day));
        }
        let plain = n("plain").unwrap_or_default();
        self.with_unit(self.number_text(plain), n("unit"))
    }

    /// Digits in groups of three: a thousands separator where the language writes one ("1 500",
    /// "10.000" in Dutch and German, "10,000" in English); else a decimal mark ("2,500" in
    /// French is two and a half), or numbers side by side.
    fn grouped(&self, text: &str) -> String {
        let thousands = |c: char| {
            matches!(c, ' ' | '\u{a0}' | '\u{202f}')
                || (c == '.' && matches!(self.lang, Lang::Nl | Lang::De))
                || (c == ',' && self.lang == Lang::En)
        };
        let marks: Vec<char> = text.chars().filter(|c| !c.is_ascii_digit()).collect();
        if marks.iter().all(|&c| thousands(c)) {
            let digits: String = text.chars().filter(char::is_ascii_digit).collect();
            return self.number_text(&digits);
        }
        let decimal = if self.lang == Lang::En { '.' } else { ',' };
        if let [mark] = marks[..] {
            if let Some((whole, fraction)) = text.split_once(mark).filter(|_| mark == decimal) {
                return format!(
                    "{} {} {}",
                    self.number_text(whole),
                    self.pick("virgule", "komma", "Komma", "point"),
                    self.number_text(fraction)
                );
            }
        }
        text.split(|c: char| !c.is_ascii_digit())
            .map(|group| self.number_text(group))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn pick(
        &self,
        fr: &'static str,
        nl: &'static str,
        de: &'static str,
        en: &'static str,
    ) -> &'static str {
        match self.lang {
            Lang::Fr => fr,
            Lang::Nl => nl,
            Lang::De => de,
            Lang::En => en,
        }
    }

    fn with_unit(&self, said: String, unit: Option<&str>) -> String {
        match unit.map(str::trim) {
            Some("%") => format!(
                "{said} {}",
                self.pick("pour cent", "procent", "Prozent", "percent")
            ),
            Some("€") => format!("{said} {}", self.pick("euros", "euro", "Euro", "euros")),
            _ => said,
        }
    }

    /// A number as written: the emergency numbers digit by digit where that is how they are
    /// said, a number too long for words digit by digit.
    fn number_text(&self, digits: &str) -> String {
        let emergency = matches!(digits, "112" | "101" | "100" | "110");
        if emergency && matches!(self.lang, Lang::De | Lang::En) {
            return self.digits(digits);
        }
        digits
            .parse()
            .ok()
            .filter(|&v| v <= LARGEST)
            .map_or_else(|| self.digits(digits), |v| self.number(v))
    }

    /// Each digit in words, groups kept apart by a pause: a phone number as it is dictated.
    fn digits(&self, text: &str) -> String {
        text.split(|c: char| !c.is_ascii_digit())
            .filter(|group| !group.is_empty())
            .map(|group| {
                group
                    .chars()
                    .filter_map(|d| d.to_digit(10))
                    .map(|d| self.unit(u64::from(d)))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn time(&self, h: u64, m: u64) -> String {
        let hours = self.number(h);
        let minutes = self.number(m);
        match (self.lang, m) {
            (Lang::Fr, 0) if h == 1 => "une heure".into(),
            (Lang::Fr, 0) => format!("{hours} heures"),
            (Lang::Fr, _) if h == 1 => format!("une heure {minutes}"),
            (Lang::Fr, _) => format!("{hours} heures {minutes}"),
            (Lang::Nl, 0) => format!("{hours} uur"),
            (Lang::Nl, _) => format!("{hours} uur {minutes}"),
            (Lang::De, 0) if h == 1 => "ein Uhr".into(),
            (Lang::De, 0) => format!("{hours} Uhr"),
            (Lang::De, _) if h == 1 => format!("ein Uhr {minutes}"),
            (Lang::De, _) => format!("{hours} Uhr {minutes}"),
            (Lang::En, 0) => format!("{hours} o'clock"),
            (Lang::En, m) if m < 10 => format!("{hours} oh {minutes}"),
            (Lang::En, _) => format!("{hours} {minutes}"),
        }
    }

    /// An ordinal with its written suffix, when the suffix is this language's.
    fn ordinal(&self, k: u64, suffix: &str) -> Option<String> {
        if k == 0 || k > LARGEST {
            return None;
        }
        let cardinal = self.number(k);
        match (self.lang, suffix) {
            (Lang::Fr, "er") if k == 1 => Some("premier".into()),
            (Lang::Fr, "re") if k == 1 => Some("première".into()),
            (Lang::Fr, "e" | "ème") => Some(french_ordinal(&cardinal)),
            (Lang::Nl, "ste" | "de" | "e") => Some(dutch_ordinal(k, &cardinal)),
            (Lang::En, "st" | "nd" | "rd" | "th") => Some(english_ordinal(&cardinal)),
            _ => None,
        }
    }

    /// A German day of the month, without its case ending ("zwölft", then "en").
    fn german_ordinal(&self, k: u64) -> String {
        match k {
            1 => "erst".into(),
            3 => "dritt".into(),
            7 => "siebt".into(),
            8 => "acht".into(),
            k if k < 20 => format!("{}t", Words { lang: Lang::De }.number(k)),
            k => format!("{}st", Words { lang: Lang::De }.number(k)),
        }
    }

    /// `n` in words.
    fn number(&self, n: u64) -> String {
        if n > LARGEST {
            return self.digits(&n.to_string());
        }
        if n == 1 && self.lang == Lang::Nl {
            return "één".into();
        }
        let millions = n / 1_000_000;
        let thousands = n / 1000 % 1000;
        let rest = n % 1000;
        let mut parts = Vec::new();
        if millions > 0 {
            parts.push(match (self.lang, millions) {
                (Lang::Fr, 1) => "un million".into(),
                (Lang::Fr, m) => format!("{} millions", self.below_thousand(m, false)),
                (Lang::Nl, m) => format!("{} miljoen", self.below_thousand(m, false)),
                (Lang::De, 1) => "eine Million".into(),
                (Lang::De, m) => format!("{} Millionen", self.below_thousand(m, false)),
                (Lang::En, m) => format!("{} million", self.below_thousand(m, false)),
            });
        }
        if thousands > 0 {
            parts.push(match (self.lang, thousands) {
                (Lang::Fr, 1) => "mille".into(),
                // "Deux cent mille": cents and vingts lose their s before mille.
                (Lang::Fr, t) => {
                    let said = self.below_thousand(t, false);
                    let said = match said.strip_suffix('s') {
                        Some(s) if s.ends_with("cent") || s.ends_with("vingt") => s.to_string(),
                        _ => said,
                    };
                    format!("{said} mille")
                }
                (Lang::Nl, 1) => "duizend".into(),
                (Lang::Nl, t) => format!("{}duizend", self.below_thousand(t, false)),
                (Lang::De, 1) => "eintausend".into(),
                (Lang::De, t) => format!("{}tausend", self.below_thousand(t, true)),
                (Lang::En, t) => format!("{} thousand", self.below_thousand(t, false)),
            });
        }
        if rest > 0 || parts.is_empty() {
            let said = self.below_thousand(rest, false);
            // "Two thousand and twenty-six": English says "and" before a last part under 100.
            if self.lang == Lang::En && !parts.is_empty() && rest < 100 {
                parts.push(format!("and {said}"));
            } else {
                parts.push(said);
            }
        }
        if self.lang == Lang::De {
            // German writes a number below a million as one word.
            let below_million = if millions > 0 {
                &parts[1..]
            } else {
                &parts[..]
            };
            let word = below_million.concat();
            return if millions > 0 && !word.is_empty() {
                format!("{} {word}", parts[0])
            } else if millions > 0 {
                parts[0].clone()
            } else {
                word
            };
        }
        parts.join(" ")
    }

    /// `n` below 1000; `in_compound` when more follows in the same German word ("ein" in
    /// "eintausend", not "eins").
    fn below_thousand(&self, n: u64, in_compound: bool) -> String {
        let hundreds = n / 100;
        let rest = n % 100;
        let tens = self.below_hundred(rest, in_compound);
        if hundreds == 0 {
            return tens;
        }
        let head = match (self.lang, hundreds) {
            (Lang::Fr, 1) => "cent".to_string(),
            // "Deux cents", but "deux cent trois".
            (Lang::Fr, h) if rest == 0 => format!("{} cents", self.unit(h)),
            (Lang::Fr, h) => format!("{} cent", self.unit(h)),
            (Lang::Nl, 1) => "honderd".into(),
            (Lang::Nl, h) => format!("{}honderd", self.unit(h)),
            (Lang::De, 1) => "einhundert".into(),
            (Lang::De, h) => format!("{}hundert", self.unit(h)),
            (Lang::En, h) => format!("{} hundred", self.unit(h)),
        };
        match (self.lang, rest) {
            (_, 0) => head,
            (Lang::Nl | Lang::De, _) => format!("{head}{tens}"),
            (Lang::En, _) => format!("{head} and {tens}"),
            (Lang::Fr, _) => format!("{head} {tens}"),
        }
    }

    fn below_hundred(&self, n: u64, in_compound: bool) -> String {
        if n < 20 {
            return match (self.lang, n) {
                (Lang::De, 1) if in_compound => "ein".into(),
                _ => self.unit(n),
            };
        }
        let (tens, units) = (n / 10, n % 10);
        let ten = self.ten(tens);
        if units == 0 {
            // "Quatre-vingts", but "quatre-vingt-un".
            return if self.lang == Lang::Fr && tens == 8 {
                "quatre-vingts".into()
            } else {
                ten.into()
            };
        }
        let unit = self.unit(units);
        match self.lang {
            Lang::Fr if units == 1 && tens != 8 => format!("{ten} et un"),
            Lang::Fr | Lang::En => format!("{ten}-{unit}"),
            // "Tweeëntwintig": a diaeresis where two vowels would run together.
            Lang::Nl if unit.ends_with('e') => format!("{unit}ën{ten}"),
            Lang::Nl => format!("{unit}en{ten}"),
            Lang::De if units == 1 => format!("einund{ten}"),
            Lang::De => format!("{unit}und{ten}"),
        }
    }

    fn unit(&self, n: u64) -> String {
        const FR: [&str; 20] = [
            "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
            "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit",
            "dix-neuf",
        ];
        const NL: [&str; 20] = [
            "nul",
            "een",
            "twee",
            "drie",
            "vier",
            "vijf",
            "zes",
            "zeven",
            "acht",
            "negen",
            "tien",
            "elf",
            "twaalf",
            "dertien",
            "veertien",
            "vijftien",
            "zestien",
            "zeventien",
            "achttien",
            "negentien",
        ];
        const DE: [&str; 20] = [
            "null",
            "eins",
            "zwei",
            "drei",
            "vier",
            "fünf",
            "sechs",
            "sieben",
            "acht",
            "neun",
            "zehn",
            "elf",
            "zwölf",
            "dreizehn",
            "vierzehn",
            "fünfzehn",
            "sechzehn",
            "siebzehn",
            "achtzehn",
            "neunzehn",
        ];
        const EN: [&str; 20] = [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ];
        let table = match self.lang {
            Lang::Fr => FR,
            Lang::Nl => NL,
            Lang::De => DE,
            Lang::En => EN,
        };
        table[(n % 20) as usize].to_string()
    }

    fn ten(&self, tens: u64) -> &'static str {
        const FR: [&str; 10] = [
            "",
            "dix",
            "vingt",
            "trente",
            "quarante",
            "cinquante",
            "soixante",
            "septante",
            "quatre-vingt",
            "nonante",
        ];
        const NL: [&str; 10] = [
            "", "tien", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig",
            "negentig",
        ];
        const DE: [&str; 10] = [
            "", "zehn", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig",
            "achtzig", "neunzig",
        ];
        const EN: [&str; 10] = [
            "", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        ];
        let table = match self.lang {
            Lang::Fr => FR,
            Lang::Nl => NL,
            Lang::De => DE,
            Lang::En => EN,
        };
        table[(tens % 10) as usize]
    }
}

/// A time of day written `14:30` or `14h30`, as hours and minutes.
fn clock(text: &str) -> Option<(u64, u64)> {
    let (h, m) = text.split_once([':', 'h'])?;
    let (h, m) = (h.trim().parse().ok()?, m.trim().parse().ok()?);
    (h < 24 && m < 60).then_some((h, m))
}

/// "Deuxième", "cinquième", "neuvième", "vingt et unième", "quatre-vingtième".
fn french_ordinal(cardinal: &str) -> String {
    let stem = if let Some(s) = cardinal.strip_suffix("cinq") {
        format!("{s}cinqu")
    } else if let Some(s) = cardinal.strip_suffix("neuf") {
        format!("{s}neuv")
    } else if cardinal.ends_with("cents") || cardinal.ends_with("vingts") {
        cardinal[..cardinal.len() - 1].to_string()
    } else {
        cardinal.strip_suffix('e').unwrap_or(cardinal).to_string()
    };
    format!("{stem}ième")
}

/// "Eerste", "tweede", "derde", "achtste", "twintigste", "honderdste".
fn dutch_ordinal(k: u64, cardinal: &str) -> String {
    let last = k % 100;
    let cardinal = if k == 1 { "een" } else { cardinal };
    match last {
        1 if k == 1 => "eerste".into(),
        1 => format!("{cardinal}ste"),
        3 => format!("{}derde", cardinal.trim_end_matches("drie")),
        8 => format!("{cardinal}ste"),
        0 | 20.. => format!("{cardinal}ste"),
        _ => format!("{cardinal}de"),
    }
}

/// "First", "second", "twenty-third", "twelfth", "fortieth".
fn english_ordinal(cardinal: &str) -> String {
    let split = cardinal.rfind([' ', '-']).map_or(0, |i| i + 1);
    let (head, last) = cardinal.split_at(split);
    let last = match last {
        "one" => "first".to_string(),
        "two" => "second".into(),
        "three" => "third".into(),
        "five" => "fifth".into(),
        "eight" => "eighth".into(),
        "nine" => "ninth".into(),
        "twelve" => "twelfth".into(),
        w if w.ends_with('y') => format!("{}ieth", &w[..w.len() - 1]),
        w => format!("{w}th"),
    };
    format!("{head}{last}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_without_digits_is_said_as_written_and_other_scripts_digits_are_kept() {
        let text = "Fermez à clé, même pour une courte absence : « toujours » !";
        assert_eq!(spoken(text, "fr"), text);
        // Another script's digits are not said in these languages: kept as written.
        assert_eq!(spoken("appelez le ١٠١", "fr"), "appelez le ١٠١");
        assert_eq!(spoken("appelez le 101", "fr"), "appelez le cent un");
    }

    #[test]
    fn numbers_in_each_language() {
        for (n, fr, nl, de, en) in [
            (0, "zéro", "nul", "null", "zero"),
            (1, "un", "één", "eins", "one"),
            (17, "dix-sept", "zeventien", "siebzehn", "seventeen"),
            (
                21,
                "vingt et un",
                "eenentwintig",
                "einundzwanzig",
                "twenty-one",
            ),
            (
                22,
                "vingt-deux",
                "tweeëntwintig",
                "zweiundzwanzig",
                "twenty-two",
            ),
            (
                71,
                "septante et un",
                "eenenzeventig",
                "einundsiebzig",
                "seventy-one",
            ),
            (80, "quatre-vingts", "tachtig", "achtzig", "eighty"),
            (
                81,
                "quatre-vingt-un",
                "eenentachtig",
                "einundachtzig",
                "eighty-one",
            ),
            (
                95,
                "nonante-cinq",
                "vijfennegentig",
                "fünfundneunzig",
                "ninety-five",
            ),
            (
                101,
                "cent un",
                "honderdeen",
                "einhunderteins",
                "one hundred and one",
            ),
            (
                200,
                "deux cents",
                "tweehonderd",
                "zweihundert",
                "two hundred",
            ),
            (
                230,
                "deux cent trente",
                "tweehonderddertig",
                "zweihundertdreißig",
                "two hundred and thirty",
            ),
            (1000, "mille", "duizend", "eintausend", "one thousand"),
            (
                2026,
                "deux mille vingt-six",
                "tweeduizend zesentwintig",
                "zweitausendsechsundzwanzig",
                "two thousand and twenty-six",
            ),
            (
                21_001,
                "vingt et un mille un",
                "eenentwintigduizend een",
                "einundzwanzigtausendeins",
                "twenty-one thousand and one",
            ),
            (
                2_000_000,
                "deux millions",
                "twee miljoen",
                "zwei Millionen",
                "two million",
            ),
            (
                2_003_101,
                "deux millions trois mille cent un",
                "twee miljoen drieduizend honderdeen",
                "zwei Millionen dreitausendeinhunderteins",
                "two million three thousand one hundred and one",
            ),
        ] {
            assert_eq!(number(n, "fr"), fr, "{n}");
            assert_eq!(number(n, "nl"), nl, "{n}");
            assert_eq!(number(n, "de"), de, "{n}");
            assert_eq!(number(n, "en"), en, "{n}");
        }
        assert_eq!(
            number(1_000_000_000, "fr"),
            "un zéro zéro zéro zéro zéro zéro zéro zéro zéro"
        );
    }

    #[test]
    fn numbers_in_a_text_as_they_are_said() {
        for (lang, text, said) in [
            (
                "fr",
                "Urgence : appelez le 112. Police : 101.",
                "Urgence : appelez le cent douze. Police : cent un.",
            ),
            (
                "de",
                "Notruf: 112. Polizei: 101.",
                "Notruf: eins eins zwei. Polizei: eins null eins.",
            ),
            (
                "fr",
                "Le 1er décembre de 14h30 à 17h",
                "Le premier décembre de quatorze heures trente à dix-sept heures",
            ),
            (
                "fr",
                "Le 12 décembre 2026, 10:00",
                "Le douze décembre deux mille vingt-six, dix heures",
            ),
            (
                "nl",
                "Op 3de verdieping om 20:15",
                "Op derde verdieping om twintig uur vijftien",
            ),
            (
                "de",
                "Am 12. Dezember um 9:05 Uhr",
                "Am zwölften Dezember um neun Uhr fünf",
            ),
            (
                "fr",
                "Le 3e étage, 200 000 vélos, 2,500 kg",
                "Le troisième étage, deux cent mille vélos, deux virgule cinq cents kg",
            ),
            (
                "en",
                "10,000 bikes, 2.5 km",
                "ten thousand bikes, two point five km",
            ),
            (
                "en",
                "On the 21st at 9:05",
                "On the twenty-first at nine oh five",
            ),
            (
                "fr",
                "Appelez le 02 123 45 67",
                "Appelez le zéro deux, un deux trois, quatre cinq, six sept",
            ),
            (
                "fr",
                "1 500 vélos, 30 % de moins, 2,5 €",
                "mille cinq cents vélos, trente pour cent de moins, deux virgule cinq euros",
            ),
            ("nl", "10.000 fietsen", "tienduizend fietsen"),
            (
                "fr",
                "12 décembre 2026, 10:00–13:00",
                "douze décembre deux mille vingt-six, de dix heures à treize heures",
            ),
            (
                "de",
                "12. Dezember, 9:30 - 12:00 Uhr",
                "zwölften Dezember, von neun Uhr dreißig bis zwölf Uhr",
            ),
            ("fr", "Sans chiffres.", "Sans chiffres."),
        ] {
            assert_eq!(spoken(text, lang), said, "{lang}: {text}");
        }
    }
}
