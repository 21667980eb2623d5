//! The social kit: a capsule's post for every network, ready for the webmaster to paste on the
//! commune's own accounts. Each post ends with the capsule's address and stays within what its
//! network accepts, counted the way the network counts; where the whole text does not fit, the
//! summary, then the title, is shortened at a word.

use unicode_segmentation::UnicodeSegmentation;

use super::sms;
use crate::config::Network;

/// What X and Mastodon count any web address as, whatever its length.
const SHORT_LINK: usize = 23;

/// What a post is made from, in one language.
pub struct Source<'a> {
    pub title: &'a str,
    pub summary: &'a str,
    /// The body as plain text.
    pub body: &'a str,
    /// The capsule's address.
    pub url: &'a str,
    /// The webmaster's own SMS text, used instead of the title.
    pub sms: Option<&'a str>,
}

/// One network's post.
#[derive(Debug)]
pub struct Post {
    pub network: Network,
    /// The e-mail's subject line.
    pub subject: Option<String>,
    pub text: String,
    /// The text's length as its network counts it.
    pub length: usize,
    pub limit: Option<usize>,
    /// How many messages an SMS is sent as.
    pub segments: Option<usize>,
}

impl Post {
    pub fn fits(&self) -> bool {
        self.limit.is_none_or(|limit| self.length <= limit)
    }
}

/// The most a network takes, and how it counts.
pub fn limit(network: Network) -> Option<usize> {
    match network {
        Network::Facebook => Some(63_206),
        Network::Whatsapp => Some(65_536),
        Network::X => Some(280),
        Network::Bluesky => Some(300),
        Network::Linkedin => Some(3_000),
        Network::Telegram => Some(4_096),
        Network::Mastodon => Some(500),
        Network::Email => None,
        Network::Sms => Some(sms::SEGMENT),
    }
}

/// `text`'s length as `network` counts it: X weighs characters outside Latin and general
/// punctuation (CJK, emoji) double and every address as 23; Mastodon counts characters and
/// an address as 23; Bluesky counts graphemes, the address in full; SMS counts GSM-7 septets.
/// The address is always the end of a kit text, so it is the part counted as an address.
pub fn length(network: Network, text: &str, url: &str) -> usize {
    let (before, linked) = match text.strip_suffix(url) {
        Some(before) if !url.is_empty() => (before, true),
        _ => (text, false),
    };
    let short_link = if linked { SHORT_LINK } else { 0 };
    match network {
        Network::X => before.chars().map(x_weight).sum::<usize>() + short_link,
        Network::Mastodon => before.chars().count() + short_link,
        Network::Bluesky => text.graphemes(true).count(),
        Network::Sms => sms::septets(text),
        _ => text.chars().count(),
    }
}

/// twitter-text's weights: 1 for Latin, Greek, Cyrillic and the like and for general
/// punctuation, 2 for everything else. Counting each code point of an emoji sequence as 2
/// overcounts, which keeps the text on the safe side.
fn x_weight(c: char) -> usize {
    match u32::from(c) {
        0..=4351 | 8192..=8205 | 8208..=8223 | 8242..=8247 => 1,
        _ => 2,
    }
}

/// A post for each network, in the order of `Network::ALL`.
pub fn posts(source: &Source) -> Vec<Post> {
    Network::ALL
        .iter()
        .map(|&network| post(network, source))
        .collect()
}

fn post(network: Network, s: &Source) -> Post {
    let url = s.url;
    let limit = limit(network);
    let fits = |text: &String| limit.is_none_or(|l| length(network, text, url) <= l);
    let whole_or_brief = |whole: String| if fits(&whole) { whole } else { brief(s, &fits) };
    let (subject, text) = match network {
        Network::Facebook | Network::Linkedin | Network::Telegram => (
            None,
            whole_or_brief(format!("{}\n\n{}\n\n{url}", s.title, s.body)),
        ),
        Network::Whatsapp => {
            let bold = format!("*{}*", s.title);
            let text = if s.summary.is_empty() {
                format!("{bold}\n\n{url}")
            } else {
                format!("{bold}\n\n{}\n\n{url}", s.summary)
            };
            (None, whole_or_brief(text))
        }
        Network::X | Network::Bluesky | Network::Mastodon => (None, brief(s, &fits)),
        Network::Email => {
            let body = if s.body.is_empty() { s.summary } else { s.body };
            (Some(s.title.to_string()), format!("{body}\n\n{url}"))
        }
        Network::Sms => (None, sms_text(s)),
    };
    Post {
        network,
        subject,
        length: length(network, &text, url),
        limit,
        segments: (network == Network::Sms).then(|| sms::segments(sms::septets(&text))),
        text,
    }
}

/// The most a relay text holds: what a coordinator forwards by messaging app, SMS gateway or
/// mailing list without any of them cutting it.
pub const RELAY_LIMIT: usize = 500;

/// The text for neighbourhood information networks (PLP, BIN), whose coordinators relay it to
/// residents by WhatsApp, Signal, e-mail or SMS: plain (no bold, no hashtag), the title and
/// the whole text when it fits, else the summary shortened at a word, then `credit` (where it
/// comes from), the address and `emergency` (the numbers to call), in at most 500 characters.
pub fn relay(s: &Source, credit: &str, emergency: &str) -> String {
    let footer = format!("{credit}\n{}\n{emergency}", s.url);
    let fits = |text: &String| text.chars().count() <= RELAY_LIMIT;
    let with = |title: &str, text: &str| {
        if text.is_empty() {
            format!("{title}\n\n{footer}")
        } else {
            format!("{title}\n\n{text}\n\n{footer}")
        }
    };
    let first_fitting = [with(s.title, s.body), with(s.title, s.summary)]
        .into_iter()
        .find(|text| fits(text));
    first_fitting
        .or_else(|| longest_cut(s.summary, "…", &|summary| with(s.title, summary), &fits))
        .or_else(|| Some(with(s.title, "")).filter(|text| fits(text)))
        .or_else(|| longest_cut(s.title, "…", &|title| with(title, ""), &fits))
        .unwrap_or(footer)
}

/// Title, summary and address, in the first form that fits: whole; the summary shortened at a
/// word; the title alone; the title shortened; the address alone.
fn brief(s: &Source, fits: &dyn Fn(&String) -> bool) -> String {
    let url = s.url;
    if !s.summary.is_empty() {
        let whole = format!("{}\n\n{}\n\n{url}", s.title, s.summary);
        if fits(&whole) {
            return whole;
        }
        let with = |summary: &str| format!("{}\n\n{summary}\n\n{url}", s.title);
        if let Some(text) = longest_cut(s.summary, "…", &with, fits) {
            return text;
        }
    }
    let title_only = format!("{}\n\n{url}", s.title);
    if fits(&title_only) {
        return title_only;
    }
    longest_cut(s.title, "…", &|title| format!("{title}\n\n{url}"), fits)
        .unwrap_or_else(|| url.to_string())
}

/// The webmaster's SMS text as written (in GSM-7), or the title shortened until the message
/// fits in one SMS; the address always follows.
fn sms_text(s: &Source) -> String {
    let url = sms::to_gsm(s.url);
    if let Some(own) = s.sms {
        return format!("{} {url}", sms::to_gsm(own));
    }
    let title = sms::to_gsm(s.title);
    let fits = |text: &String| sms::septets(text) <= sms::SEGMENT;
    let whole = format!("{title} {url}");
    if fits(&whole) {
        return whole;
    }
    longest_cut(&title, "...", &|t| format!("{t} {url}"), &fits).unwrap_or(url)
}

/// `part` cut before one of its words and ended with `ellipsis`, as long as `make` of it still
/// fits. Fewer words always fit better, so the longest cut that fits is found by bisection.
pub(crate) fn longest_cut(
    part: &str,
    ellipsis: &str,
    make: &dyn Fn(&str) -> String,
    fits: &dyn Fn(&String) -> bool,
) -> Option<String> {
    let kept = |i: usize| {
        part[..i].trim_end_matches(|c: char| c.is_whitespace() || ",;:.-–—(".contains(c))
    };
    let cuts: Vec<usize> = part
        .char_indices()
        .filter(|&(i, c)| c.is_whitespace() && !kept(i).is_empty())
        .map(|(i, _)| i)
        .collect();
    let at = |i: usize| make(&format!("{}{ellipsis}", kept(i)));
    let fitting = cuts.partition_point(|&i| fits(&at(i)));
    fitting.checked_sub(1).map(|k| at(cuts[k]))
}

#[cfg(test)]
mod tests {
    use super::*;

    const URL: &str = "https://prevention.exemple.be/fr/capsules/cle-sous-le-paillasson/";

    fn source<'a>(title: &'a str, summary: &'a str, body: &'a str) -> Source<'a> {
        Source {
            title,
            summary,
            body,
            url: URL,
            sms: None,
        }
    }

    fn post_for(network: Network, s: &Source) -> Post {
        posts(s).into_iter().find(|p| p.network == network).unwrap()
    }

    #[test]
    fn x_counts_an_address_as_23_and_wide_characters_double() {
        assert_eq!(length(Network::X, &format!("Fermez\n\n{URL}"), URL), 8 + 23);
        assert_eq!(length(Network::X, "é🚲", URL), 1 + 2);
        assert_eq!(
            length(Network::Mastodon, &format!("é🚲 {URL}"), URL),
            3 + 23
        );
        assert_eq!(length(Network::Bluesky, "é👩‍👩‍👧 a", URL), 4);
    }

    #[test]
    fn a_long_summary_is_shortened_at_a_word_and_the_title_kept() {
        let summary = "Un cambrioleur essaie toujours le paillasson, le pot de fleurs et la boîte aux lettres en premier : confiez plutôt un double de vos clés à un voisin de confiance ou à un proche qui habite près de chez vous, et jamais sous une pierre.";
        let s = source(
            "La clé sous le paillasson ? C’est la première cachette",
            summary,
            "Corps.",
        );
        let x = post_for(Network::X, &s);
        assert!(x.fits(), "{} > 280", x.length);
        assert!(x.text.starts_with(
            "La clé sous le paillasson ? C’est la première cachette\n\nUn cambrioleur"
        ));
        assert!(x.text.ends_with(&format!("…\n\n{URL}")), "{}", x.text);
        let mastodon = post_for(Network::Mastodon, &s);
        assert!(
            mastodon.text.contains(summary),
            "the whole summary fits in 500"
        );
        let bluesky = post_for(Network::Bluesky, &s);
        assert!(bluesky.fits() && bluesky.text.contains("…"));
    }

    #[test]
    fn a_relay_text_too_long_is_shortened_at_a_word_and_keeps_its_ending() {
        let summary = "Un mot ".repeat(100);
        let s = source("Titre", &summary, &summary);
        let text = relay(&s, "Source : Commune", "Urgence : 112.");
        assert!(text.chars().count() <= RELAY_LIMIT, "{}", text.len());
        assert!(text.starts_with("Titre\n\nUn mot"), "{text}");
        assert!(
            text.ends_with(&format!("mot…\n\nSource : Commune\n{URL}\nUrgence : 112.")),
            "{text}"
        );
        // Even a title past the limit leaves room for the source, address and numbers.
        let title = "Titre ".repeat(120);
        let text = relay(
            &source(&title, "", ""),
            "Source : Commune",
            "Urgence : 112.",
        );
        assert!(text.chars().count() <= RELAY_LIMIT);
        assert!(text.ends_with("Urgence : 112."), "{text}");
    }

    #[test]
    fn facebook_and_email_carry_the_whole_body() {
        let s = source("Titre", "Résumé.", "Premier paragraphe.\n\n• un point");
        let facebook = post_for(Network::Facebook, &s);
        assert_eq!(
            facebook.text,
            format!("Titre\n\nPremier paragraphe.\n\n• un point\n\n{URL}")
        );
        let email = post_for(Network::Email, &s);
        assert_eq!(email.subject.as_deref(), Some("Titre"));
        assert_eq!(
            email.text,
            format!("Premier paragraphe.\n\n• un point\n\n{URL}")
        );
        let whatsapp = post_for(Network::Whatsapp, &s);
        assert_eq!(whatsapp.text, format!("*Titre*\n\nRésumé.\n\n{URL}"));
    }

    #[test]
    fn sms_fits_one_segment_in_gsm_7() {
        let s = source(
            "N’oubliez pas : fermez portes et fenêtres, même pour une courte absence, surtout en hiver quand il fait noir tôt",
            "",
            "",
        );
        let sms = post_for(Network::Sms, &s);
        assert_eq!(sms.segments, Some(1));
        assert!(sms.length <= 160, "{}", sms.length);
        assert!(
            sms.text
                .starts_with("N'oubliez pas : fermez portes et fenetres"),
            "{}",
            sms.text
        );
        assert!(sms.text.ends_with(&format!("... {URL}")), "{}", sms.text);
        assert!(sms.text.chars().all(sms::is_gsm));
    }

    #[test]
    fn the_webmasters_own_sms_is_kept_and_its_segments_counted() {
        let mut s = source("Titre", "", "");
        let own = "Cambriolages rue de la Gare ce week-end. Fermez tout et signalez ce qui vous semble suspect au 101. Infos et conseils de la zone de police sur le site de la commune";
        s.sms = Some(own);
        let sms = post_for(Network::Sms, &s);
        assert_eq!(sms.text, format!("{own} {URL}"));
        assert_eq!(sms.segments, Some(2));
        assert!(!sms.fits());
    }
}
