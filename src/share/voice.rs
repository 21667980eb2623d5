//! The script of a voice message for neighbourhood networks, whose coordinators phone or send
//! recorded messages to residents without a smartphone: about thirty seconds read calmly,
//! with no web address to spell out and every number written as it is said.

use std::sync::LazyLock;

use regex::Regex;

use super::said::spoken;

/// About thirty seconds at a calm reading pace.
pub const WORDS: usize = 75;
/// A calm pace, slower than a newsreader's: the listener cannot read it again.
pub const WORDS_PER_MINUTE: usize = 150;

/// What a script is made of, in the capsule's language.
pub struct Parts<'a> {
    pub lang: &'a str,
    /// Who speaks: "Un message de la Ville d’Exemple."
    pub intro: &'a str,
    pub title: &'a str,
    /// An event's when and where: "12 décembre 2026, 10:00–13:00, Place de la Gare".
    pub event: Option<String>,
    pub summary: &'a str,
    /// Where to learn more, without an address: "Plus d’informations sur notre site."
    pub more: &'a str,
    /// The numbers to call.
    pub emergency: &'a str,
}

/// The script, and about how many seconds it takes to read.
pub struct Script {
    pub text: String,
    pub seconds: usize,
}

/// The intro, the title, as many whole sentences of the summary as keep it within about
/// thirty seconds (or the first one cut at a word), where to learn more and the numbers to
/// call, each number in words.
pub fn script(parts: &Parts) -> Script {
    let said = |text: &str| spoken(&readable(text), parts.lang);
    let sentence = |text: String| {
        let text = text.trim();
        match text.chars().last() {
            Some('.' | '!' | '?' | '…') | None => text.to_string(),
            Some(_) => format!("{text}."),
        }
    };
    let mut head = format!(
        "{}\n\n{}",
        said(parts.intro),
        said(&sentence(readable(parts.title)))
    );
    if let Some(event) = &parts.event {
        // "12 décembre…" said as a sentence of its own, so with a capital.
        let said = said(&sentence(readable(event)));
        let mut chars = said.chars();
        let capital: String = chars
            .next()
            .into_iter()
            .flat_map(char::to_uppercase)
            .collect();
        head = format!("{head} {capital}{}", chars.as_str());
    }
    let tail = format!("{} {}", said(parts.more), said(parts.emergency));
    let make = |summary: &str| {
        if summary.is_empty() {
            format!("{head}\n\n{tail}")
        } else {
            format!("{head}\n\n{summary}\n\n{tail}")
        }
    };
    let words = |text: &String| text.split_whitespace().count();
    let summary = said(parts.summary);
    let sentences = sentences(&summary);
    let fitting = (0..=sentences.len())
        .rev()
        .map(|n| make(sentences[..n].join(" ").trim()))
        .find(|text| words(text) <= WORDS);
    let text = match fitting {
        // Not even the first sentence fits, and a script with no content says nothing: the
        // first sentence cut at a word, ended as a sentence.
        Some(text) if text == make("") && !sentences.is_empty() => {
            let room = WORDS.saturating_sub(words(&text)).max(8);
            let cut: Vec<&str> = sentences[0].split_whitespace().take(room).collect();
            let cut = cut.join(" ");
            make(&sentence(
                cut.trim_end_matches([',', ';', ':', '-', '–']).to_string(),
            ))
        }
        Some(text) => text,
        None => make(""),
    };
    let seconds = (words(&text) * 60).div_ceil(WORDS_PER_MINUTE);
    Script { text, seconds }
}

/// The sentences of a text, each with its closing mark.
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        current.push(c);
        let ends = ".!?…".contains(c) && chars.peek().is_none_or(|n| n.is_whitespace());
        if ends {
            out.push(current.trim().to_string());
            current.clear();
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_string());
    }
    out
}

/// What a reader cannot say: web addresses (nobody can note one down from a voice message),
/// pictographs and the marks that join them.
static UNSAYABLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:https?://|www\.)\S+|[\p{So}\p{Sk}\u{FE0E}\u{FE0F}\u{200D}]")
        .expect("a constant, valid pattern")
});

static SPACES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r" {2,}").expect("a constant, valid pattern"));

/// The text as it can be read out, its spacing otherwise kept (no-break spaces included).
fn readable(text: &str) -> String {
    let text = UNSAYABLE.replace_all(text, "");
    SPACES.replace_all(text.trim(), " ").into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts<'a>(title: &'a str, summary: &'a str) -> Parts<'a> {
        Parts {
            lang: "fr",
            intro: "Un message de la Ville d’Exemple.",
            title,
            event: None,
            summary,
            more: "Plus d’informations sur notre site internet.",
            emergency: "Urgence : appelez le 112. Police : 101.",
        }
    }

    #[test]
    fn a_short_capsule_is_read_whole_with_its_numbers_in_words() {
        let s = script(&parts(
            "Gravure de vélos 🚲 le 12 décembre",
            "Venez de 10h à 13h. Voir https://exemple.be/velos pour tout savoir.",
        ));
        assert_eq!(
            s.text,
            "Un message de la Ville d’Exemple.\n\nGravure de vélos le douze décembre.\n\n\
             Venez de dix heures à treize heures. Voir pour tout savoir.\n\n\
             Plus d’informations sur notre site internet. Urgence : appelez le cent douze. \
             Police : cent un."
        );
        assert!(!s.text.chars().any(|c| c.is_ascii_digit()));
        assert!((10..=30).contains(&s.seconds), "{}", s.seconds);
    }

    #[test]
    fn a_long_summary_keeps_whole_sentences_within_thirty_seconds() {
        let sentence =
            "Une porte tirée s’ouvre en quelques secondes, même avec une serrure neuve et solide.";
        let summary = [sentence; 8].join(" ");
        let s = script(&parts("Fermez à clé", &summary));
        assert!(s.text.split_whitespace().count() <= WORDS, "{}", s.text);
        assert!(
            s.text.contains(&format!("{sentence} {sentence}")),
            "{}",
            s.text
        );
        assert!(s.seconds <= 30, "{}", s.seconds);
        // One endless sentence: cut at a word and ended as a sentence.
        let endless = format!("{} fin", "mot ".repeat(200));
        let s = script(&parts("Titre", &endless));
        assert!(s.text.split_whitespace().count() <= WORDS + 8, "{}", s.text);
        assert!(s.text.contains("mot mot."), "{}", s.text);
    }
}
