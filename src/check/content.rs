//! Content that will read, share or print badly: weak alt text, long titles, summaries and
//! bodies, a missing picture or translation, alerts that last too long, photos too small to
//! print sharply, leaflets that fall back to their short text, links that lead nowhere or
//! not over https.

use std::ops::Range;
use std::path::PathBuf;

use pulldown_cmark::{Event, Tag};

use super::{Finding, Severity};
use crate::content::capsule::{Capsule, Translation};
use crate::content::front_matter::Kind;
use crate::error::Diagnostic;
use crate::messages::Message;
use crate::site::Site;

/// Past these, a title is cut in search results and share cards, and a summary in feeds.
pub const TITLE_MAX: usize = 70;
pub const SUMMARY_MAX: usize = 200;
/// Capsules are brief: about 80 words on social networks, a little more on the site.
pub const BODY_WORDS_MAX: usize = 120;
pub const ALERT_DAYS_MAX: i64 = 30;
pub const PRINT_DPI_MIN: f64 = 300.0;
/// A poster is read from a metre or more: large-format shops print photos from 150 dpi, so a
/// photo fit for an A5 leaflet (1,750 pixels) is fit for an A3 poster.
pub const POSTER_DPI_MIN: f64 = 150.0;

/// What a print PDF shows of a capsule's photo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece {
    Leaflet,
    Poster,
}

/// A photo printed below what print shops want, on one piece.
#[derive(Debug)]
pub struct LowResolution {
    pub piece: Piece,
    /// The sheet's name, "A5".
    pub paper: &'static str,
    pub dpi: f64,
    pub min: f64,
    /// The photo's width that would reach `min`.
    pub pixels: u32,
}

/// Where the capsule's raster photo prints below what shops want: across the leaflet (300
/// dpi) and across the poster (150 dpi). The leaflets page says it too.
pub fn low_resolutions(site: &Site, capsule: &Capsule) -> Vec<LowResolution> {
    let Some(picture) = capsule
        .image
        .as_ref()
        .filter(|p| p.format == crate::images::Format::Raster)
    else {
        return Vec::new();
    };
    let print = &site.config.print;
    [
        (
            Piece::Leaflet,
            print.paper.name(),
            print.paper.size_mm().0,
            PRINT_DPI_MIN,
        ),
        (
            Piece::Poster,
            print.poster.name(),
            print.poster.size_mm().0,
            POSTER_DPI_MIN,
        ),
    ]
    .into_iter()
    .filter_map(|(piece, paper, width_mm, min)| {
        let dpi = picture.dpi_at(width_mm);
        (dpi < min).then(|| LowResolution {
            piece,
            paper,
            dpi,
            min,
            pixels: (width_mm / 25.4 * min).ceil() as u32,
        })
    })
    .collect()
}
/// Alt texts that say nothing of the picture.
const EMPTY_ALTS: [&str; 10] = [
    "image",
    "photo",
    "picture",
    "afbeelding",
    "foto",
    "bild",
    "illustration",
    "img",
    "logo",
    "capsule",
];

pub fn findings(
    site: &Site,
    capsule: &Capsule,
    short_leaflets: &[(PathBuf, String)],
) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut add = |severity, rule, diagnostic: Diagnostic| {
        out.push(Finding {
            severity,
            rule,
            capsule: Some(capsule.rel_dir.clone()),
            diagnostic,
        })
    };
    let warn = Severity::Warning;
    for t in &capsule.translations {
        let file = &t.source;
        // A finding at the value of `key` in this translation's front matter.
        let at = |key: &str, message: Message| file.said(value_span(&file.text, key), message);
        if let Some(alt) = &t.image_alt {
            if is_weak_alt(alt, capsule) {
                add(
                    warn,
                    "content/alt-text",
                    at("alt", Message::new("content-alt-text").arg("alt", alt)),
                );
            }
        }
        let title = t.title.chars().count();
        if title > TITLE_MAX {
            add(
                warn,
                "content/title-length",
                at(
                    "title",
                    Message::new("content-title-length")
                        .arg("count", title)
                        .arg("max", TITLE_MAX),
                ),
            );
        }
        let summary = t.summary.chars().count();
        if summary > SUMMARY_MAX {
            add(
                warn,
                "content/summary-length",
                at(
                    "summary",
                    Message::new("content-summary-length")
                        .arg("count", summary)
                        .arg("max", SUMMARY_MAX),
                ),
            );
        }
        if t.body.first_words(BODY_WORDS_MAX + 1) > BODY_WORDS_MAX {
            add(
                warn,
                "content/body-length",
                file.said(
                    body_span(&file.text),
                    Message::new("content-body-length").arg("max", BODY_WORDS_MAX),
                ),
            );
        }
        if short_leaflets
            .iter()
            .any(|(dir, lang)| dir == &capsule.rel_dir && lang == &t.lang)
        {
            add(
                warn,
                "content/leaflet-short",
                Diagnostic::said_in(&file.path, Message::new("content-leaflet-short")),
            );
        }
        links(site, t, &mut add);
        for social in t.social.iter().filter(|s| s.url.is_none()) {
            add(
                warn,
                "content/social-url",
                at(
                    "network",
                    Message::new("content-social-url").arg("network", &social.network),
                ),
            );
        }
    }
    let first = capsule.translations.first().map(|t| &t.source);
    let in_first = |key: &str| -> Diagnostic {
        match first {
            Some(file) => file.error(value_span(&file.text, key), ""),
            None => Diagnostic::in_file(&capsule.rel_dir, ""),
        }
    };
    match &capsule.image {
        None => add(
            warn,
            "content/no-picture",
            Diagnostic::said_in(&capsule.rel_dir, Message::new("content-no-picture")),
        ),
        Some(_) => {
            for low in low_resolutions(site, capsule) {
                let (code, key) = match low.piece {
                    Piece::Leaflet => ("content/print-resolution", "content-print-resolution"),
                    Piece::Poster => ("content/poster-resolution", "content-poster-resolution"),
                };
                add(
                    warn,
                    code,
                    in_first("src").said(
                        Message::new(key)
                            .arg("dpi", format!("{:.0}", low.dpi))
                            .arg("paper", low.paper)
                            .arg("min", format!("{:.0}", low.min))
                            .arg("pixels", low.pixels),
                    ),
                );
            }
        }
    }
    if capsule.kind == Kind::Alert {
        if let Some(expires) = capsule.expires {
            let days = (expires.as_second() - capsule.date.as_second()) / 86_400;
            if days > ALERT_DAYS_MAX {
                add(
                    warn,
                    "content/alert-duration",
                    in_first("expires").said(
                        Message::new("content-alert-duration")
                            .arg("days", days)
                            .arg("max", ALERT_DAYS_MAX),
                    ),
                );
            }
        }
    }
    for lang in site.languages() {
        if capsule.translation(lang).is_none() {
            add(
                warn,
                "content/missing-translation",
                Diagnostic::said_in(
                    &capsule.rel_dir,
                    Message::new("content-missing-translation").arg("lang", lang),
                ),
            );
        }
    }
    out
}

fn is_weak_alt(alt: &str, capsule: &Capsule) -> bool {
    let alt = alt.trim().to_lowercase();
    let file = capsule
        .image
        .as_ref()
        .map(|p| p.src.to_lowercase())
        .unwrap_or_default();
    let stem = file.rsplit_once('.').map_or(file.as_str(), |(s, _)| s);
    alt.chars().count() < 5 || alt == file || alt == stem || EMPTY_ALTS.contains(&alt.as_str())
}

/// Links in the body: to the site itself but to no page of it, or to another site without
/// https.
fn links(site: &Site, t: &Translation, add: &mut impl FnMut(Severity, &'static str, Diagnostic)) {
    let base = site.config.base_url.get_ref().trim_end_matches('/');
    let file = &t.source;
    for event in t.body.events() {
        let Event::Start(Tag::Link { dest_url, .. }) = event else {
            continue;
        };
        let span = file
            .text
            .find(dest_url.as_ref())
            .map_or(0..0, |i| i..i + dest_url.len());
        if let Some(path) = dest_url.strip_prefix(base) {
            if !leads_somewhere(site, path) {
                add(
                    Severity::Warning,
                    "content/broken-link",
                    file.said(
                        span,
                        Message::new("content-broken-link").arg("url", dest_url),
                    ),
                );
            }
        } else if dest_url.starts_with("http://") {
            add(
                Severity::Warning,
                "content/insecure-link",
                file.said(
                    span,
                    Message::new("content-insecure-link").arg("url", dest_url),
                ),
            );
        }
    }
}

/// Whether a path of the site is one that a build writes (`/fr/capsules/x/`, a page, a list).
fn leads_somewhere(site: &Site, path: &str) -> bool {
    let parts: Vec<&str> = path
        .split(['#', '?'])
        .next()
        .unwrap_or_default()
        .split('/')
        .filter(|p| !p.is_empty())
        .collect();
    match parts.as_slice() {
        [] => true,
        [lang, rest @ ..] if site.languages().iter().any(|l| l == lang) => match rest {
            [] => true,
            ["capsules"] | ["capsules", "page", ..] => true,
            ["capsules", slug, ..] => site
                .capsules
                .iter()
                .any(|c| c.slug == *slug && c.translation(lang).is_some()),
            ["kinds" | "tags" | "districts" | "leaflets" | "digest" | "share", ..] => true,
            ["feed.xml" | "atom.xml" | "feed.json" | "booklet.pdf"] => true,
            [slug, ..] => site
                .pages
                .iter()
                .any(|p| p.slug == *slug && p.lang == *lang),
        },
        _ => false,
    }
}

/// Where `key = value` is written in a front matter, for a caret under the value; the start of
/// the file if it is not there (a default).
fn value_span(text: &str, key: &str) -> Range<usize> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if let Some(rest) = trimmed.strip_prefix(key) {
            if rest.trim_start().starts_with('=') {
                let value_start = offset + line.find('=').map_or(0, |i| i + 1);
                let value = line[value_start - offset..].trim();
                let start = value_start + line[value_start - offset..].find(value).unwrap_or(0);
                return start..start + value.len();
            }
        }
        if offset > 0 && trimmed.trim_end() == "+++" {
            break;
        }
        offset += line.len();
    }
    0..0
}

/// The first line of the body, after the front matter.
fn body_span(text: &str) -> Range<usize> {
    let after = text.match_indices("+++").nth(1).map_or(0, |(i, _)| i + 3);
    let start = after
        + text[after..]
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(0);
    start..text[start..].find('\n').map_or(text.len(), |i| start + i)
}
