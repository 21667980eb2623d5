//! `vigie import site`: capsules another site offers, adopted as draft bundles with their
//! translations, picture and credit (`[origin]`).
//!
//! Everything offered is checked before anything is written: a broken or hostile offer names
//! the capsule and the field and leaves `content/` as it was. Bundles are made in a staging
//! folder and moved into `content/capsules/` once every picked capsule is ready. Adopting
//! again never writes over a bundle: a capsule whose `[origin] url` is already on the site is
//! reported as adopted.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use rayon::prelude::*;

use super::source::Source;
use super::{Offered, Text};
use crate::config::Config;
use crate::content::front_matter::Kind;
use crate::content::slug::slugify;
use crate::error::{Diagnostic, Error, Result, SourceFile};
use crate::images::cache::Cache;
use crate::images::{process, svg};
use crate::import::{bundle_files, toml_string, unique_folder};
use crate::locale::iso_datetime;
use crate::messages::Message;

pub struct AdoptOptions {
    pub root: PathBuf,
    /// An address, an `exchange.json` file or a built site's folder.
    pub source: String,
    /// The offered capsules to adopt, by slug.
    pub pick: Vec<String>,
    /// Adopt every offered capsule (that the other filters let through).
    pub all: bool,
    pub kind: Option<Kind>,
    /// Leave out capsules dated before this day.
    pub since: Option<Date>,
    pub now: crate::site::Moment,
}

/// What an adoption did.
#[derive(Debug, Default)]
pub struct Adopted {
    /// The offering site's title.
    pub site: String,
    pub offered: usize,
    /// The new bundles' folder names.
    pub adopted: Vec<String>,
    /// Slugs already on this site (by their `[origin] url`).
    pub already: Vec<String>,
    /// Slugs with no translation in this site's languages.
    pub no_language: Vec<String>,
    pub pictures: usize,
    pub folder: PathBuf,
}

/// The longest texts taken: longer ones are a broken or hostile offer.
const TITLE_MAX: usize = 300;
const SUMMARY_MAX: usize = 2_000;
const BODY_MAX: usize = 200_000;
const FIELD_MAX: usize = 1_000;

pub fn adopt(options: &AdoptOptions) -> Result<Adopted> {
    let root = &options.root;
    let (config, _) = Config::load(root).map_err(Error::Content)?;
    let tz = TimeZone::get(config.timezone.get_ref()).map_err(|e| Error::Usage(e.to_string()))?;
    let now = options.now.resolve(&tz)?;
    // A library of site.toml is named rather than given by its address.
    let source = match config.library(&options.source) {
        Some(library) => Source::open(library.url.get_ref())?,
        None => Source::open(&options.source)?,
    };
    let offer = &source.offer;
    if !crate::content::capsule::is_web_address(&offer.site.url) {
        return Err(Error::Content(vec![Diagnostic::said_in(
            &source.label,
            Message::new("exchange-no-site-url"),
        )]));
    }
    let picked = picked(options, &source, &tz)?;
    let capsules = root.join("content").join("capsules");
    let known = adopted_urls(&capsules);
    let mut summary = Adopted {
        site: offer.site.title.clone(),
        offered: offer.capsules.len(),
        folder: capsules.clone(),
        ..Adopted::default()
    };
    let languages = config.languages.get_ref();
    // Every picked capsule checked and its picture read before anything is written.
    let mut checked = Vec::new();
    for capsule in picked {
        let texts: Vec<&Text> = capsule
            .translations
            .iter()
            .filter(|t| languages.contains(&t.lang))
            .collect();
        if texts.is_empty() {
            summary.no_language.push(capsule.slug.clone());
            continue;
        }
        let origin_url = &capsule.translations[0].url;
        if known.contains(origin_url) {
            summary.already.push(capsule.slug.clone());
            continue;
        }
        check(&source, capsule)?;
        checked.push((capsule, texts));
    }
    // Pictures are fetched and cleaned in parallel (an error stops the adoption, the first
    // one met is told); one made before (same address, same version) is taken from the cache.
    let cache = Cache::new(root, "adopted");
    let ready = checked
        .into_par_iter()
        .map(|(capsule, texts)| {
            let picture = match &capsule.picture {
                Some(p) => Some(picture(&source, capsule, p, &cache)?),
                None => None,
            };
            Ok((capsule, texts, picture))
        })
        .collect::<Result<Vec<_>>>()?;
    let staging = root.join("content").join(".vigie-import");
    let _ = std::fs::remove_dir_all(&staging);
    let written = (|| -> Result<Vec<String>> {
        let mut staged: Vec<String> = Vec::new();
        for (capsule, texts, picture) in &ready {
            let folder = unique_folder(&capsules, &staged, &capsule.slug);
            let dir = staging.join(&folder);
            std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
            let picture_name = match picture {
                Some((name, bytes)) => {
                    let file = dir.join(name);
                    std::fs::write(&file, bytes).map_err(|e| Error::io(&file, e))?;
                    Some(name.as_str())
                }
                None => None,
            };
            for (n, text) in texts.iter().enumerate() {
                let bundle = Bundle {
                    capsule,
                    text,
                    first: n == 0,
                    picture: picture_name,
                    source: &source,
                    now,
                    tz: &tz,
                    config: &config,
                };
                let file = dir.join(format!("index.{}.md", text.lang));
                std::fs::write(&file, bundle.markdown()).map_err(|e| Error::io(&file, e))?;
            }
            staged.push(folder);
        }
        std::fs::create_dir_all(&capsules).map_err(|e| Error::io(&capsules, e))?;
        for folder in &staged {
            let from = staging.join(folder);
            std::fs::rename(&from, capsules.join(folder)).map_err(|e| Error::io(&from, e))?;
        }
        Ok(staged)
    })();
    let _ = std::fs::remove_dir_all(&staging);
    summary.adopted = written?;
    summary.pictures = ready.iter().filter(|r| r.2.is_some()).count();
    Ok(summary)
}

/// The capsules the options pick, in the offer's order.
fn picked<'a>(
    options: &AdoptOptions,
    source: &'a Source,
    tz: &TimeZone,
) -> Result<Vec<&'a Offered>> {
    let offered = &source.offer.capsules;
    if options.pick.is_empty() && !options.all {
        let list: Vec<String> = offered
            .iter()
            .take(30)
            .map(|c| {
                let title = c.translations.first().map_or("", |t| t.title.as_str());
                format!(
                    "  {}  ({}) {}",
                    c.slug,
                    c.kind.as_str(),
                    one_line(title, 80)
                )
            })
            .collect();
        return Err(Error::Usage(format!(
            "{}\n{}{}",
            Message::new("import-site-list")
                .arg("source", &source.label)
                .count("count", offered.len())
                .text(),
            list.join("\n"),
            if offered.len() > 30 { "\n  …" } else { "" }
        )));
    }
    for slug in &options.pick {
        if !offered.iter().any(|c| &c.slug == slug) {
            return Err(Error::Usage(
                Message::new("import-site-no-such")
                    .arg("slug", slug)
                    .arg("source", &source.label)
                    .text(),
            ));
        }
    }
    Ok(offered
        .iter()
        .filter(|c| options.all || options.pick.contains(&c.slug))
        .filter(|c| options.kind.is_none_or(|k| k == c.kind))
        .filter(|c| {
            options.since.is_none_or(|since| {
                c.date
                    .parse::<Timestamp>()
                    .is_ok_and(|d| d.to_zoned_datetime(tz.clone()).date() >= since)
            })
        })
        .collect())
}

/// Refuses what no local capsule could hold: named by capsule and field.
fn check(source: &Source, capsule: &Offered) -> Result<()> {
    let wrong = |field: &str, what: Message| {
        Error::Content(vec![Diagnostic::said_in(
            &source.label,
            Message::new("exchange-capsule-field")
                .arg("slug", one_line(&capsule.slug, 80))
                .arg("field", field)
                .arg("problem", what),
        )])
    };
    if capsule.slug.is_empty() || slugify(&capsule.slug) != capsule.slug || capsule.slug.len() > 80
    {
        return Err(wrong("slug", Message::new("exchange-field-slug")));
    }
    if capsule.date.parse::<Timestamp>().is_err() {
        return Err(wrong("date", Message::new("exchange-field-instant")));
    }
    if let Some(expires) = &capsule.expires {
        if expires.parse::<Timestamp>().is_err() {
            return Err(wrong("expires", Message::new("exchange-field-instant")));
        }
    } else if capsule.kind == Kind::Alert {
        return Err(wrong("expires", Message::new("exchange-field-no-end")));
    }
    for (field, value, max) in [
        ("licence", &capsule.licence, 64),
        ("publisher", &capsule.publisher, FIELD_MAX),
        ("version", &capsule.version, 64),
    ] {
        if value.trim().is_empty() || value.chars().count() > max {
            return Err(wrong(
                field,
                Message::new("exchange-field-empty-or-long").arg("max", max),
            ));
        }
    }
    for (n, t) in capsule.translations.iter().enumerate() {
        let field = |name: &str| format!("translations[{n}].{name}");
        if !crate::content::capsule::is_web_address(&t.url) {
            return Err(wrong(&field("url"), Message::new("exchange-field-address")));
        }
        for (name, value, max, required) in [
            ("title", Some(&t.title), TITLE_MAX, true),
            ("summary", Some(&t.summary), SUMMARY_MAX, false),
            ("body", Some(&t.body), BODY_MAX, false),
            ("image_alt", t.image_alt.as_ref(), FIELD_MAX, false),
            ("image_credit", t.image_credit.as_ref(), FIELD_MAX, false),
            (
                "leaflet.headline",
                t.leaflet.headline.as_ref(),
                FIELD_MAX,
                false,
            ),
            (
                "leaflet.short",
                t.leaflet.short.as_ref(),
                SUMMARY_MAX,
                false,
            ),
            ("leaflet.cta", t.leaflet.cta.as_ref(), FIELD_MAX, false),
        ] {
            let Some(value) = value else { continue };
            if required && value.trim().is_empty() {
                return Err(wrong(&field(name), Message::new("exchange-field-empty")));
            }
            if value.chars().count() > max {
                return Err(wrong(
                    &field(name),
                    Message::new("exchange-field-long").arg("max", max),
                ));
            }
        }
    }
    Ok(())
}

/// The capsule's picture as a JPEG without metadata (`process::clean_jpeg`), or a drawing
/// cleaned as a build cleans one: its file name and bytes.
fn picture(
    source: &Source,
    capsule: &Offered,
    offered: &super::Picture,
    cache: &Cache,
) -> Result<(String, Vec<u8>)> {
    let refused = |problem: String| {
        Error::Content(vec![Diagnostic::said_in(
            &source.label,
            Message::new("exchange-picture-refused")
                .arg("slug", one_line(&capsule.slug, 80))
                .arg("problem", problem),
        )])
    };
    let drawing = offered.media_type == "image/svg+xml";
    let name = if drawing { "drawing.svg" } else { "photo.jpg" };
    // The version changes whenever the picture does: the address and the version name it.
    let entry = cache.entry(
        &format!("{}|{}|{}", offered.url, capsule.version, offered.media_type),
        if drawing { "svg" } else { "jpg" },
    );
    if cache.has(&entry) {
        if let Ok(bytes) = std::fs::read(&entry) {
            return Ok((name.into(), bytes));
        }
    }
    let bytes = source.picture(&offered.url).map_err(refused)?;
    let made = if drawing {
        let text = String::from_utf8(bytes)
            .map_err(|_| refused(Message::new("exchange-not-svg").text()))?;
        svg::sanitize(&text)
            .map_err(|m| refused(m.to_string()))?
            .into_bytes()
    } else {
        process::clean_jpeg(&bytes).map_err(|m| {
            refused(
                Message::new("exchange-not-picture")
                    .arg("problem", m)
                    .text(),
            )
        })?
    };
    // A cache that cannot be written only costs the next adoption some time.
    let _ = cache.store(&entry, &made);
    Ok((name.into(), made))
}

/// The `[origin] url` of every capsule already on the site.
fn adopted_urls(capsules: &Path) -> HashSet<String> {
    let mut urls = HashSet::new();
    for (path, text) in bundle_files(capsules) {
        let file = SourceFile::new(path, text);
        let Ok(split) = crate::content::front_matter::split(&file) else {
            continue;
        };
        let Ok(table) = file.text[split.front_matter.clone()].parse::<toml::Table>() else {
            continue;
        };
        if let Some(url) = table
            .get("origin")
            .and_then(|o| o.get("url"))
            .and_then(|u| u.as_str())
        {
            urls.insert(url.to_string());
        }
    }
    urls
}

/// One translation file of an adopted bundle.
struct Bundle<'a> {
    capsule: &'a Offered,
    text: &'a Text,
    /// The first file holds what does not depend on language.
    first: bool,
    picture: Option<&'a str>,
    source: &'a Source,
    now: Timestamp,
    tz: &'a TimeZone,
    config: &'a Config,
}

impl Bundle<'_> {
    fn markdown(&self) -> String {
        let (c, t) = (self.capsule, self.text);
        let mut fm = format!(
            "+++\ntitle = {}\n",
            toml_string(&one_line(&t.title, TITLE_MAX))
        );
        if !t.summary.trim().is_empty() {
            fm.push_str(&format!("summary = {}\n", toml_string(&t.summary)));
        }
        if self.first {
            fm.push_str(&format!("kind = \"{}\"\n", c.kind.as_str()));
            // Published here from the day it is adopted, not back-dated to its first site's.
            fm.push_str(&format!("date = {}\n", iso_datetime(self.now, self.tz)));
            if let Some(expires) = c.expires.as_ref().and_then(|e| e.parse::<Timestamp>().ok()) {
                fm.push_str(&format!("expires = {}\n", iso_datetime(expires, self.tz)));
            }
            // A tag that could have no page, and districts this site does not have, are left.
            let tags: Vec<&String> = c
                .tags
                .iter()
                .filter(|t| !slugify(t).is_empty() && t.chars().count() <= 40)
                .collect();
            if !tags.is_empty() {
                fm.push_str(&format!("tags = {}\n", toml_array(&tags)));
            }
            let districts: Vec<&String> = c
                .districts
                .iter()
                .filter(|d| self.config.districts.contains_key(*d))
                .collect();
            if !districts.is_empty() {
                fm.push_str(&format!("districts = {}\n", toml_array(&districts)));
            }
            // The comments speak to the webmaster, in the language of this run.
            let adopted = Message::new("import-site-draft-comment")
                .arg("site", one_line(&self.source.offer.site.title, 80))
                .text();
            fm.push_str(&format!("draft = true   # {}\n", one_line(&adopted, 200)));
            if matches!(c.kind, Kind::Alert | Kind::News) {
                let review = Message::new("import-site-review-comment").text();
                fm.push_str(&format!("privacy_reviewed = false   # {review}\n"));
            }
        }
        if let Some(src) = self.picture {
            fm.push_str("\n[image]\n");
            if self.first {
                fm.push_str(&format!("src = \"{src}\"\n"));
            }
            // A placeholder `vigie check` reports, so that someone describes the picture.
            let alt = t.image_alt.as_deref().unwrap_or("photo");
            fm.push_str(&format!(
                "alt = {}\n",
                toml_string(&one_line(alt, FIELD_MAX))
            ));
            if let Some(credit) = &t.image_credit {
                fm.push_str(&format!(
                    "credit = {}\n",
                    toml_string(&one_line(credit, FIELD_MAX))
                ));
            }
        }
        let leaflet = [
            ("headline", &t.leaflet.headline),
            ("short", &t.leaflet.short),
            ("cta", &t.leaflet.cta),
        ];
        if leaflet.iter().any(|(_, v)| v.is_some()) {
            fm.push_str("\n[leaflet]\n");
            for (key, value) in leaflet {
                if let Some(value) = value {
                    fm.push_str(&format!("{key} = {}\n", toml_string(value)));
                }
            }
        }
        if self.first {
            let offer = &self.source.offer;
            fm.push_str(&format!(
                "\n[origin]\nsite = {}\nurl = {}\nversion = {}\nlicence = {}\npublisher = {}\nadopted = {}\n",
                toml_string(&offer.site.url),
                toml_string(&c.translations[0].url),
                toml_string(&c.version),
                toml_string(&c.licence),
                toml_string(&one_line(&c.publisher, FIELD_MAX)),
                self.now.to_zoned_datetime(self.tz.clone()).date()
            ));
        }
        fm.push_str("+++\n");
        fm.push_str(t.body.trim());
        fm.push('\n');
        fm
    }
}

/// A text on one line, at most `max` characters: titles and names from elsewhere.
fn one_line(text: &str, max: usize) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(max)
        .collect()
}

fn toml_array(items: &[&String]) -> String {
    toml::Value::Array(
        items
            .iter()
            .map(|s| toml::Value::String((*s).clone()))
            .collect(),
    )
    .to_string()
}
