//! `vigie import facebook`: a Page's posts brought home as capsule bundles, so that residents
//! who are not on Facebook read them on the commune's site and in print.
//!
//! Each post becomes a bundle with its text as Markdown, its date, its photos cleaned
//! (`process::clean_jpeg`: nothing of their metadata survives), its links as `[[press]]` and a `[[social]]` entry for
//! Facebook. Bundles are drafts unless `--publish`. The post's stable id is kept under
//! `[extra] facebook_post`: importing again skips it, so nothing is duplicated and no bundle
//! the webmaster has edited is ever written over. All bundles are made in a staging folder
//! and moved into `content/capsules/` only once every post has been read.

pub mod facebook;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use regex::Regex;

use crate::config::Config;
use crate::content::front_matter::Kind;
use crate::content::slug::slugify;
use crate::error::{Diagnostic, Error, Result};
use crate::images::process;
use crate::locale::iso_datetime;
use crate::messages::{Lang, Message};

pub struct ImportOptions {
    pub root: PathBuf,
    pub export: PathBuf,
    /// The language of the posts (default: the site's first).
    pub lang: Option<String>,
    /// Posts before this day are left out.
    pub since: Option<Date>,
    pub kind: Kind,
    /// Publish at once instead of writing drafts.
    pub publish: bool,
}

/// What an import did.
#[derive(Debug, Default)]
pub struct Summary {
    pub found: usize,
    pub imported: usize,
    pub already_imported: usize,
    pub before_since: usize,
    pub empty: usize,
    /// Posts dated outside the years a capsule can have (a broken export).
    pub bad_date: usize,
    pub photos: usize,
    /// Videos and other media left out.
    pub other_media: usize,
    pub folder: PathBuf,
}

impl Summary {
    pub fn skipped(&self) -> usize {
        self.already_imported + self.before_since + self.empty + self.bad_date
    }
}

/// The longest title: longer ones are cut in search results and share cards.
const TITLE_MAX: usize = 70;
/// The largest photo read from an export: Facebook's own are a few hundred kilobytes.
const MAX_PHOTO_BYTES: u64 = 50_000_000;
/// The key under `[extra]` that records which post a bundle came from.
const ID_KEY: &str = "facebook_post";

pub fn facebook(options: &ImportOptions) -> Result<Summary> {
    let root = &options.root;
    let (config, _) = Config::load(root).map_err(Error::Content)?;
    let lang = options
        .lang
        .clone()
        .unwrap_or_else(|| config.default_language().to_string());
    if !config.languages.get_ref().contains(&lang) {
        return Err(Error::Usage(
            Message::new("lang-not-in-site")
                .arg("lang", lang)
                .arg("languages", config.languages.get_ref().join(", "))
                .text(),
        ));
    }
    let tz = TimeZone::get(config.timezone.get_ref()).map_err(|e| Error::Usage(e.to_string()))?;
    let mut export = facebook::Export::open(&options.export)?;
    let posts = export.posts()?;
    let capsules = root.join("content").join("capsules");
    let mut known = imported_ids(&capsules);
    let mut summary = Summary {
        found: posts.len(),
        folder: capsules.clone(),
        ..Summary::default()
    };
    let staging = root.join("content").join(".vigie-import");
    let _ = std::fs::remove_dir_all(&staging);
    let mut staged: Vec<String> = Vec::new();
    let result = (|| -> Result<()> {
        for post in &posts {
            let id = post_id(post);
            let Some(date) = plausible_date(post.timestamp, &tz) else {
                summary.bad_date += 1;
                continue;
            };
            let day = date.to_zoned_datetime(tz.clone()).date();
            if known.contains(&id) {
                summary.already_imported += 1;
                continue;
            }
            if options.since.is_some_and(|since| day < since) {
                summary.before_since += 1;
                continue;
            }
            if post.text.is_empty() && post.photos.is_empty() && post.links.is_empty() {
                summary.empty += 1;
                continue;
            }
            let title = title(post, day, &lang);
            let folder = unique_folder(&capsules, &staged, &format!("{day}-{}", slugify(&title)));
            let dir = staging.join(&folder);
            std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
            let mut photos = Vec::new();
            for (n, photo) in post.photos.iter().enumerate() {
                let bytes = export.read(&photo.uri, MAX_PHOTO_BYTES).ok_or_else(|| {
                    Error::Content(vec![Diagnostic::said_in(
                        options.export.join(&post.file),
                        Message::new("import-photo-missing")
                            .arg("index", post.index)
                            .arg("photo", &photo.uri),
                    )])
                })?;
                let jpeg = process::clean_jpeg(&bytes).map_err(|m| {
                    Error::Content(vec![Diagnostic::said_in(
                        options.export.join(&photo.uri),
                        Message::new("import-photo-unusable")
                            .arg("index", post.index)
                            .arg("problem", m),
                    )])
                })?;
                let name = if n == 0 {
                    "photo.jpg".to_string()
                } else {
                    format!("photo-{}.jpg", n + 1)
                };
                let file = dir.join(&name);
                std::fs::write(&file, jpeg).map_err(|e| Error::io(&file, e))?;
                photos.push(name);
            }
            let text = front_matter(post, date, &title, &id, &photos, options, &tz)
                + &markdown(&post.text);
            let file = dir.join(format!("index.{lang}.md"));
            std::fs::write(&file, text).map_err(|e| Error::io(&file, e))?;
            summary.photos += photos.len();
            summary.other_media += post.other_media;
            summary.imported += 1;
            known.insert(id);
            staged.push(folder);
        }
        std::fs::create_dir_all(&capsules).map_err(|e| Error::io(&capsules, e))?;
        for folder in &staged {
            let from = staging.join(folder);
            std::fs::rename(&from, capsules.join(folder)).map_err(|e| Error::io(&from, e))?;
        }
        Ok(())
    })();
    let _ = std::fs::remove_dir_all(&staging);
    result.map(|()| summary)
}

/// A post's stable id: its time and text, and its first photo's name.
fn post_id(post: &facebook::Post) -> String {
    let mut hasher = blake3::Hasher::new();
    hasher.update(post.timestamp.to_string().as_bytes());
    hasher.update(post.text.as_bytes());
    if let Some(photo) = post.photos.first() {
        hasher.update(photo.uri.as_bytes());
    }
    hasher.finalize().to_hex()[..16].to_string()
}

/// The ids of the posts already imported, from every bundle's `[extra] facebook_post`.
fn imported_ids(capsules: &Path) -> HashSet<String> {
    let mut ids = HashSet::new();
    for (_, text) in bundle_files(capsules) {
        for line in text.lines() {
            let Some(rest) = line.trim().strip_prefix(ID_KEY) else {
                continue;
            };
            if let Some(id) = rest
                .trim()
                .strip_prefix('=')
                .map(|v| v.trim().trim_matches('"'))
            {
                ids.insert(id.to_string());
            }
        }
    }
    ids
}

/// Every translation file of every bundle in `capsules`, with its text: where imports look
/// for what they brought before.
pub(crate) fn bundle_files(capsules: &Path) -> impl Iterator<Item = (PathBuf, String)> {
    walkdir::WalkDir::new(capsules)
        .max_depth(2)
        .into_iter()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .filter_map(|e| {
            let text = std::fs::read_to_string(e.path()).ok()?;
            Some((e.into_path(), text))
        })
}

/// A folder name not used yet in `content/capsules/` or by this import.
pub(crate) fn unique_folder(capsules: &Path, staged: &[String], wanted: &str) -> String {
    let base: String = wanted
        .chars()
        .take(60)
        .collect::<String>()
        .trim_end_matches('-')
        .to_string();
    let taken = |name: &str| capsules.join(name).exists() || staged.iter().any(|s| s == name);
    let mut name = base.clone();
    let mut n = 2;
    while taken(&name) {
        name = format!("{base}-{n}");
        n += 1;
    }
    name
}

/// The title: the post's first sentence, cut at a word to 70 characters; a post of a photo
/// alone is named by its day, in the language of the capsule made.
fn title(post: &facebook::Post, day: Date, lang: &str) -> String {
    let text = if post.text.is_empty() {
        post.photos
            .iter()
            .find_map(|p| p.description.clone())
            .or_else(|| post.links.iter().find_map(|(_, name)| name.clone()))
            .unwrap_or_else(|| {
                Message::new("import-post-of")
                    .arg("day", day)
                    .text_in(Lang::from_code(lang).unwrap_or(Lang::En))
            })
    } else {
        post.text.clone()
    };
    let line = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default()
        .trim();
    let end = line
        .char_indices()
        .find(|&(i, c)| matches!(c, '.' | '!' | '?') && line[i + c.len_utf8()..].starts_with(' '))
        .map_or(
            line.len(),
            |(i, c)| if c == '.' { i } else { i + c.len_utf8() },
        );
    let sentence = line[..end].trim();
    if sentence.chars().count() <= TITLE_MAX {
        return sentence.to_string();
    }
    let mut cut = String::new();
    for word in sentence.split_whitespace() {
        if cut.chars().count() + word.chars().count() + 2 > TITLE_MAX {
            break;
        }
        if !cut.is_empty() {
            cut.push(' ');
        }
        cut.push_str(word);
    }
    format!("{}…", cut.trim_end_matches([',', ';', ':']))
}

/// A TOML string, escaped.
pub(crate) fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// A post's time, if it lies in the years a capsule can have (with two weeks to spare for an
/// alert's end): a build would refuse the capsule otherwise.
fn plausible_date(timestamp: i64, tz: &TimeZone) -> Option<Timestamp> {
    let date = Timestamp::from_second(timestamp).ok()?;
    let year = |ts: Timestamp| ts.to_zoned_datetime(tz.clone()).year();
    let end = date.checked_add(ALERT_DAYS).ok()?;
    let years = crate::content::front_matter::PLAUSIBLE_YEARS;
    let plausible = |y: i16| u16::try_from(y).is_ok_and(|y| years.contains(&y));
    (plausible(year(date)) && plausible(year(end))).then_some(date)
}

/// How long an imported alert runs.
const ALERT_DAYS: jiff::SignedDuration = jiff::SignedDuration::from_hours(14 * 24);

fn front_matter(
    post: &facebook::Post,
    date: Timestamp,
    title: &str,
    id: &str,
    photos: &[String],
    options: &ImportOptions,
    tz: &TimeZone,
) -> String {
    let mut fm = format!(
        "+++\ntitle = {}\nkind = \"{}\"\ndate = {}\n",
        toml_string(title),
        options.kind.as_str(),
        iso_datetime(date, tz)
    );
    if !options.publish {
        fm.push_str("draft = true   # imported from Facebook: reread, run vigie check, then remove this line\n");
    }
    if options.kind == Kind::Alert {
        // `plausible_date` made sure that the end is a date too.
        let expires = date.checked_add(ALERT_DAYS).unwrap_or(date);
        fm.push_str(&format!("expires = {}\n", iso_datetime(expires, tz)));
    }
    if matches!(options.kind, Kind::Alert | Kind::News) {
        fm.push_str("privacy_reviewed = false   # true once reread for names, plates, addresses, phone numbers\n");
    }
    if let Some(first) = photos.first() {
        let alt = post
            .photos
            .first()
            .and_then(|p| p.description.clone())
            .filter(|d| d.trim() != post.text.trim() && !d.trim().is_empty())
            // A placeholder `vigie check` reports, so that someone describes the photo.
            .unwrap_or_else(|| "photo".to_string());
        fm.push_str(&format!(
            "\n[image]\nsrc = \"{first}\"\nalt = {}\n",
            toml_string(&alt)
        ));
    }
    // A build keeps only web addresses as press links; a `javascript:` one is left out.
    let web_links = post
        .links
        .iter()
        .filter(|(url, _)| crate::content::capsule::is_web_address(url));
    for (url, name) in web_links {
        let outlet = name.clone().unwrap_or_else(|| host(url));
        fm.push_str(&format!(
            "\n[[press]]\nurl = {}\noutlet = {}\n",
            toml_string(url),
            toml_string(&outlet)
        ));
    }
    fm.push_str("\n[[social]]\nnetwork = \"facebook\"   # the export has no link to the post: paste it as url = \"https://…\"\n");
    fm.push_str(&format!("\n[extra]\n{ID_KEY} = \"{id}\"\n+++\n"));
    fm
}

fn host(url: &str) -> String {
    url.split("://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or(url)
        .trim_start_matches("www.")
        .to_string()
}

/// Web addresses in a post: up to the first blank or angle bracket, parentheses kept when they
/// pair up (`…/Bruxelles_(ville)`), punctuation that ends a sentence left out.
static URL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"https?://(?:[^\s<>()]|\([^\s<>()]*\))*(?:[^\s<>.,;:!?()\]]|\([^\s<>()]*\))")
        .expect("a tested pattern")
});

/// The post's text as Markdown: each line its own paragraph, as Facebook shows it; everything
/// Markdown would read as formatting escaped (emphasis, a list, a heading, a rule, a quote,
/// an indented block, an entity); web addresses as links.
fn markdown(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let mut escaped = String::new();
        let mut last = 0;
        for m in URL.find_iter(line) {
            escaped.push_str(&escape(&line[last..m.start()]));
            escaped.push_str(&format!("<{}>", m.as_str()));
            last = m.end();
        }
        escaped.push_str(&escape(&line[last..]));
        out.push_str(&escape_line_start(&escaped));
        out.push_str("\n\n");
    }
    out
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '~' | '&' | '|' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A line that Markdown would start a block with (`- `, `+ `, `1. `, `2) `, `---`, `===`) gets
/// its first mark escaped.
fn escape_line_start(line: &str) -> String {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let at = match line.as_bytes().get(digits) {
        Some(b'.' | b')') if digits > 0 => digits,
        Some(b'-' | b'+' | b'=') if digits == 0 => 0,
        _ => return line.to_string(),
    };
    format!("{}\\{}", &line[..at], &line[at..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(text: &str) -> facebook::Post {
        facebook::Post {
            file: "p.json".into(),
            index: 1,
            timestamp: 1_762_243_195,
            text: text.into(),
            photos: Vec::new(),
            links: Vec::new(),
            other_media: 0,
        }
    }

    #[test]
    fn the_title_is_the_first_sentence_within_70_characters() {
        let day = Date::constant(2025, 11, 4);
        assert_eq!(
            title(&post("Fermez à clé. Toujours."), day, "fr"),
            "Fermez à clé"
        );
        assert_eq!(
            title(&post("Vous partez ? Fermez tout."), day, "fr"),
            "Vous partez ?"
        );
        let long = title(&post("Capsule prévention n°12 : la clé sous le paillasson, c'est la première cachette vérifiée par les cambrioleurs"), day, "fr");
        assert!(long.chars().count() <= 70 && long.ends_with('…'), "{long}");
        assert_eq!(title(&post(""), day, "fr"), "Publication du 2025-11-04");
        assert_eq!(title(&post(""), day, "nl"), "Bericht van 2025-11-04");
    }

    #[test]
    fn the_text_is_markdown_with_links_kept_and_formatting_escaped() {
        assert_eq!(
            markdown("#prévention *important*\nLire https://x.be/a_b?c=1.\n"),
            "\\#prévention \\*important\\*\n\nLire <https://x.be/a_b?c=1>.\n\n"
        );
    }

    #[test]
    fn every_markdown_block_mark_is_escaped_and_reads_back_as_typed() {
        let typed = "- pas une liste\n1. pas une liste\n2) non plus\n---\n===\n    pas du code\n~~barré~~ &lt; a | b\n> pas une citation\n+ plus";
        let body = markdown(typed);
        let file = crate::error::SourceFile::new("t.md", body.clone());
        let plain = crate::content::markdown::parse(&file, 0)
            .markdown
            .to_plain(&|_| String::new());
        let expected: Vec<&str> = typed.lines().map(str::trim).collect();
        assert_eq!(plain.split("\n\n").collect::<Vec<_>>(), expected, "{body}");
    }

    #[test]
    fn addresses_keep_their_closing_parenthesis_when_it_pairs_up() {
        assert_eq!(
            markdown("Voir https://fr.wikipedia.org/wiki/Bruxelles_(ville) (ou pas)."),
            "Voir <https://fr.wikipedia.org/wiki/Bruxelles_(ville)> (ou pas).\n\n"
        );
        assert_eq!(markdown("(https://x.be/a)"), "(<https://x.be/a>)\n\n");
    }
}
