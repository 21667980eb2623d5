//! The TOML front matter between `+++` lines, as written by the webmaster.
//!
//! Everything is optional here so that a translation may leave language-independent fields to
//! another one; required fields are checked when the translations are merged into a capsule.

use std::ops::Range;

use jiff::tz::TimeZone;
use jiff::Timestamp;
use serde::Deserialize;
use toml::value::{Datetime, Offset};
use toml::Spanned;

use crate::error::{Diagnostic, SourceFile};
use crate::messages::Message;

/// Where the parts of a content file are.
pub struct Split {
    pub front_matter: Range<usize>,
    pub body_offset: usize,
}

/// Finds the front matter: a first line `+++`, the TOML, a line `+++`.
pub fn split(file: &SourceFile) -> Result<Split, Diagnostic> {
    let text = &file.text;
    let start = if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    let mut lines = line_spans(text, start);
    let opening = lines
        .next()
        .filter(|r| text[r.clone()].trim_end() == "+++")
        .ok_or_else(|| file.said(start..start, Message::new("front-matter-missing")))?;
    for line in lines {
        if text[line.clone()].trim_end() == "+++" {
            let body_offset = text[line.end..]
                .find('\n')
                .map_or(text.len(), |i| line.end + i + 1);
            return Ok(Split {
                front_matter: opening.end + 1..line.start,
                body_offset,
            });
        }
    }
    Err(file.said(opening, Message::new("front-matter-unclosed")))
}

/// The byte ranges of the lines of `text` from `start`, without their line feeds.
fn line_spans(text: &str, start: usize) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut pos = start;
    std::iter::from_fn(move || {
        if pos >= text.len() {
            return None;
        }
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = pos..end;
        pos = end + 1;
        Some(line)
    })
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, serde::Serialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Tip,
    Alert,
    News,
    Fun,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Tip, Kind::Alert, Kind::News, Kind::Fun];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Tip => "tip",
            Kind::Alert => "alert",
            Kind::News => "news",
            Kind::Fun => "fun",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CapsuleFrontMatter {
    pub title: Option<Spanned<String>>,
    pub kind: Option<Spanned<Kind>>,
    pub date: Option<Spanned<Datetime>>,
    pub expires: Option<Spanned<Datetime>>,
    pub summary: Option<String>,
    pub tags: Option<Spanned<Vec<String>>>,
    pub districts: Option<Spanned<Vec<Spanned<String>>>>,
    /// Earlier addresses of the capsule (folder names it had): each gets a redirect page.
    pub aliases: Option<Spanned<Vec<Spanned<String>>>>,
    pub draft: Option<Spanned<bool>>,
    pub privacy_reviewed: Option<Spanned<bool>>,
    /// `false` keeps the capsule out of `exchange.json` when the site shares its capsules.
    pub share: Option<Spanned<bool>>,
    /// Where an adopted capsule comes from (`vigie import site`).
    pub origin: Option<Spanned<Origin>>,
    #[serde(default)]
    pub allow: Vec<String>,
    pub image: Option<Spanned<ImageFrontMatter>>,
    pub video: Option<Spanned<VideoFrontMatter>>,
    #[serde(default)]
    pub press: Vec<Press>,
    #[serde(default)]
    pub social: Vec<Social>,
    pub leaflet: Option<Leaflet>,
    pub sms: Option<String>,
    pub event: Option<Spanned<EventFrontMatter>>,
    #[serde(default)]
    pub extra: toml::Table,
}

/// An information evening, a bike-engraving day: when (the same in every translation), where
/// (in each language, or once for all) and how to register.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventFrontMatter {
    pub start: Option<Spanned<Datetime>>,
    pub end: Option<Spanned<Datetime>>,
    pub place: Option<Spanned<String>>,
    pub address: Option<String>,
    /// A web address or a phone number.
    pub registration: Option<Spanned<String>>,
}

/// The site an adopted capsule comes from, credited on its page, leaflet and feed entry.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Origin {
    /// The offering site's address: where `vigie check` reads its offer again.
    pub site: String,
    /// The capsule's address there.
    pub url: String,
    /// Its version when adopted: `vigie check` compares it with the offer's.
    pub version: String,
    pub licence: String,
    pub publisher: String,
    pub adopted: Datetime,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImageFrontMatter {
    pub src: Option<Spanned<String>>,
    pub alt: Option<Spanned<String>>,
    pub credit: Option<String>,
    pub focus: Option<Spanned<[f64; 2]>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VideoFrontMatter {
    pub src: Option<Spanned<String>>,
    pub url: Option<Spanned<String>>,
    pub poster: Option<Spanned<String>>,
    pub captions: Option<Spanned<String>>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Press {
    pub url: Spanned<String>,
    pub outlet: String,
    pub date: Option<Spanned<Datetime>>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Social {
    pub network: String,
    /// The post's address; an import from an export, which has none, leaves it out until the
    /// webmaster pastes it (`vigie check` reminds them).
    pub url: Option<Spanned<String>>,
}

/// Per-language overrides for the printed leaflet.
#[derive(Debug, Clone, Default, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Leaflet {
    pub headline: Option<String>,
    pub short: Option<String>,
    pub cta: Option<String>,
    pub contact: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageFrontMatter {
    pub title: Option<Spanned<String>>,
    pub description: Option<String>,
    #[serde(default)]
    pub extra: toml::Table,
}

/// Years a capsule, an alert's end or a press article can have: anything else is a typo
/// (`1026-12-01`), and before 1892 Belgian clocks were not even on a whole-minute offset.
pub const PLAUSIBLE_YEARS: std::ops::RangeInclusive<u16> = 1900..=2199;

/// A front-matter date as an instant: a date alone is midnight in the site's time zone, and so
/// is a datetime without offset read in that zone.
pub fn to_timestamp(value: &Datetime, tz: &TimeZone) -> Result<Timestamp, String> {
    let date = value.date.ok_or("a time without a date")?;
    if !PLAUSIBLE_YEARS.contains(&date.year) {
        return Err(format!(
            "the year {} is not plausible (Vigie accepts {} to {})",
            date.year,
            PLAUSIBLE_YEARS.start(),
            PLAUSIBLE_YEARS.end()
        ));
    }
    let time = value.time.unwrap_or(toml::value::Time {
        hour: 0,
        minute: 0,
        second: Some(0),
        nanosecond: None,
    });
    // The fallible constructors: TOML accepts a leap second (`:60`), which jiff's `date()` and
    // `at()` would panic on.
    let day = jiff::civil::Date::new(date.year as i16, date.month as i8, date.day as i8)
        .map_err(|e| e.to_string())?;
    let clock = jiff::civil::Time::new(
        time.hour as i8,
        time.minute as i8,
        time.second.unwrap_or(0) as i8,
        time.nanosecond.unwrap_or(0) as i32,
    )
    .map_err(|e| e.to_string())?;
    let civil = day.to_datetime(clock);
    let result = match value.offset {
        None => civil.to_zoned_datetime(tz.clone()).map(|z| z.timestamp()),
        Some(Offset::Z) => civil
            .to_zoned_datetime(TimeZone::UTC)
            .map(|z| z.timestamp()),
        Some(Offset::Custom { minutes }) => jiff::tz::Offset::from_seconds(i32::from(minutes) * 60)
            .and_then(|o| civil.to_zoned_datetime(TimeZone::fixed(o)))
            .map(|z| z.timestamp()),
    };
    result.map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_body() {
        let file = SourceFile::new("a.md", "\u{feff}+++\ntitle = \"x\"\n+++\nBody\n");
        let s = split(&file).unwrap();
        assert_eq!(&file.text[s.front_matter.clone()], "title = \"x\"\n");
        assert_eq!(&file.text[s.body_offset..], "Body\n");
    }

    #[test]
    fn unclosed_front_matter_points_at_the_opening_line() {
        let file = SourceFile::new("a.md", "+++\ntitle = \"x\"\n");
        let d = split(&file).err().unwrap();
        assert_eq!(
            (d.line, d.message.as_str()),
            (1, "the front matter is never closed")
        );
    }

    #[test]
    fn a_leap_second_is_an_error_not_a_panic() {
        let tz = TimeZone::get("Europe/Brussels").unwrap();
        if let Ok(d) = "2026-12-31T23:59:60Z".parse::<Datetime>() {
            assert!(to_timestamp(&d, &tz).is_err());
        }
    }

    #[test]
    fn implausible_years_are_errors() {
        let tz = TimeZone::get("Europe/Brussels").unwrap();
        let d: Datetime = "1026-12-01".parse().unwrap();
        assert_eq!(
            to_timestamp(&d, &tz).unwrap_err(),
            "the year 1026 is not plausible (Vigie accepts 1900 to 2199)"
        );
        let d: Datetime = "9999-12-31".parse().unwrap();
        assert!(to_timestamp(&d, &tz).is_err());
    }

    #[test]
    fn a_date_is_midnight_in_the_site_time_zone() {
        let tz = TimeZone::get("Europe/Brussels").unwrap();
        let d: Datetime = "2026-11-20".parse().unwrap();
        assert_eq!(
            to_timestamp(&d, &tz).unwrap().to_string(),
            "2026-11-19T23:00:00Z"
        );
        let d: Datetime = "2026-07-01T10:00:00+02:00".parse().unwrap();
        assert_eq!(
            to_timestamp(&d, &tz).unwrap().to_string(),
            "2026-07-01T08:00:00Z"
        );
    }
}
