//! `site.toml`: every setting with its default, in one place.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::error::{closest, Diagnostic, SourceFile};
use crate::messages::Message;
use crate::toml_file;

pub const FILE_NAME: &str = "site.toml";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub title: String,
    pub base_url: Spanned<String>,
    /// The first language is the default one.
    #[serde(default = "default_languages")]
    pub languages: Spanned<Vec<String>>,
    #[serde(default)]
    pub required_languages: Vec<Spanned<String>>,
    #[serde(default = "default_timezone")]
    pub timezone: Spanned<String>,
    #[serde(default = "default_theme")]
    pub theme: Spanned<String>,
    /// Who publishes: shown in the footer, leaflets and feeds. Default: the title.
    pub publisher: Option<String>,
    pub description: Option<String>,
    /// Path of the logo, relative to the site root.
    pub logo: Option<Spanned<String>>,
    /// Per-language versions of the texts above.
    #[serde(default)]
    pub translations: BTreeMap<String, Translated>,
    #[serde(default)]
    pub contacts: BTreeMap<String, Contact>,
    #[serde(default)]
    pub districts: BTreeMap<String, Text>,
    /// Optional display names of tags (capsules name tags by key, in any language).
    #[serde(default)]
    pub tags: BTreeMap<String, Text>,
    #[serde(default)]
    pub share: Share,
    #[serde(default)]
    pub print: Print,
    #[serde(default)]
    pub feeds: Feeds,
    #[serde(default)]
    pub digest: Digest,
    #[serde(default)]
    pub mix: Mix,
    #[serde(default)]
    pub server: Server,
    #[serde(default)]
    pub screen: Screen,
    /// The page for the commune's magazine.
    #[serde(default)]
    pub bulletin: Bulletin,
    /// What this site offers other sites to adopt (`exchange.json`).
    #[serde(default)]
    pub exchange: Exchange,
    /// The sites whose capsules the webmaster follows and adopts from (`[[library]]`).
    #[serde(default, rename = "library")]
    pub libraries: Vec<Library>,
    /// Where `vigie publish` sends the site, by name; the first in the file is the default.
    #[serde(default)]
    pub publish: BTreeMap<String, Spanned<PublishTarget>>,
    /// Free data for themes.
    #[serde(default)]
    pub extra: toml::Table,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translated {
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub description: Option<String>,
}

/// A text given once for every language, or once per language.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Text {
    One(String),
    PerLanguage(BTreeMap<String, String>),
}

impl Text {
    /// The text in `lang`, else in `fallback` (the default language), else any.
    pub fn get<'a>(&'a self, lang: &str, fallback: &str) -> &'a str {
        match self {
            Text::One(s) => s,
            Text::PerLanguage(map) => map
                .get(lang)
                .or_else(|| map.get(fallback))
                .or_else(|| map.values().next())
                .map_or("", String::as_str),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: Text,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub address: Option<Text>,
    pub hours: Option<Text>,
    pub website: Option<String>,
}

impl Contact {
    /// The contact in `lang`, as templates and leaflet layouts read it; `tel` is the number to
    /// dial.
    pub fn localized(&self, lang: &str, fallback: &str) -> serde_json::Value {
        serde_json::json!({
            "name": self.name.get(lang, fallback),
            "phone": self.phone,
            "tel": self.phone.as_ref().map(|p| p.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>()),
            "email": self.email,
            "address": self.address.as_ref().map(|a| a.get(lang, fallback)),
            "hours": self.hours.as_ref().map(|h| h.get(lang, fallback)),
            "website": self.website,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Network {
    Facebook,
    Whatsapp,
    X,
    Bluesky,
    Linkedin,
    Telegram,
    Mastodon,
    Email,
    Sms,
}

impl Network {
    pub const ALL: [Network; 9] = [
        Network::Facebook,
        Network::Whatsapp,
        Network::X,
        Network::Bluesky,
        Network::Linkedin,
        Network::Telegram,
        Network::Mastodon,
        Network::Email,
        Network::Sms,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Network::Facebook => "facebook",
            Network::Whatsapp => "whatsapp",
            Network::X => "x",
            Network::Bluesky => "bluesky",
            Network::Linkedin => "linkedin",
            Network::Telegram => "telegram",
            Network::Mastodon => "mastodon",
            Network::Email => "email",
            Network::Sms => "sms",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Share {
    #[serde(default = "default_networks")]
    pub networks: Vec<Network>,
}

impl Default for Share {
    fn default() -> Self {
        Share {
            networks: default_networks(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum Paper {
    A4,
    A5,
    A6,
}

impl Paper {
    /// Width and height of the trimmed sheet, portrait, in millimetres (ISO 216).
    pub fn size_mm(self) -> (f64, f64) {
        match self {
            Paper::A4 => (210.0, 297.0),
            Paper::A5 => (148.0, 210.0),
            Paper::A6 => (105.0, 148.0),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::A5 => "A5",
            Paper::A6 => "A6",
        }
    }
}

/// A poster's sheet, for notice boards in the town hall, the pharmacy or the bakery.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum PosterPaper {
    A4,
    A3,
    A2,
}

impl PosterPaper {
    /// Width and height of the trimmed sheet, portrait, in millimetres (ISO 216).
    pub fn size_mm(self) -> (f64, f64) {
        match self {
            PosterPaper::A4 => (210.0, 297.0),
            PosterPaper::A3 => (297.0, 420.0),
            PosterPaper::A2 => (420.0, 594.0),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            PosterPaper::A4 => "A4",
            PosterPaper::A3 => "A3",
            PosterPaper::A2 => "A2",
        }
    }
}

/// What the print PDFs conform to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum PrintStandard {
    /// PDF/X-4 (ISO 15930-7), what print shops ask for.
    #[serde(rename = "pdf/x-4")]
    PdfX4,
    /// Plain PDF 1.7, without an output profile.
    #[serde(rename = "none")]
    None,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Print {
    #[serde(default = "default_paper")]
    pub paper: Paper,
    #[serde(default = "default_standard")]
    pub standard: PrintStandard,
    /// The print shop's CMYK output profile, a file of the site; else Vigie's FOGRA39 one.
    pub profile: Option<Spanned<String>>,
    /// The sheet of every capsule's poster.
    #[serde(default = "default_poster")]
    pub poster: PosterPaper,
    #[serde(default = "default_bleed")]
    pub bleed_mm: f64,
    #[serde(default = "default_true")]
    pub crop_marks: bool,
    /// Key of `[contacts]` printed on leaflets.
    pub contact: Option<Spanned<String>>,
}

impl Default for Print {
    fn default() -> Self {
        Print {
            paper: default_paper(),
            standard: default_standard(),
            profile: None,
            poster: default_poster(),
            bleed_mm: default_bleed(),
            crop_marks: true,
            contact: None,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Feeds {
    #[serde(default = "default_feed_limit")]
    pub limit: usize,
}

impl Default for Feeds {
    fn default() -> Self {
        Feeds {
            limit: default_feed_limit(),
        }
    }
}

/// What the build tells the web server (`.htaccess`, `_headers`, `_redirects`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Server {
    /// `false` leaves the three rule files out, for a host whose rules are kept elsewhere.
    #[serde(default = "default_true")]
    pub rules: bool,
}

impl Default for Server {
    fn default() -> Self {
        Server { rules: true }
    }
}

/// The e-mail digest.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Digest {
    /// How many of the latest capsules it holds.
    #[serde(default = "default_digest_limit")]
    pub limit: usize,
}

impl Default for Digest {
    fn default() -> Self {
        Digest {
            limit: default_digest_limit(),
        }
    }
}

/// The capsules a site offers other sites: `exchange.json`, see docs/exchange.md.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exchange {
    /// Whether the build writes `exchange.json`; a capsule opts out with `share = false`.
    #[serde(default)]
    pub share: bool,
    /// Under which licence adopting sites may reuse the capsules (an SPDX identifier).
    #[serde(default = "default_licence")]
    pub licence: Spanned<String>,
    /// Who to credit; default: the site's publisher.
    pub publisher: Option<String>,
}

impl Default for Exchange {
    fn default() -> Self {
        Exchange {
            share: false,
            licence: default_licence(),
            publisher: None,
        }
    }
}

fn default_licence() -> Spanned<String> {
    Spanned::new(0..0, "CC-BY-4.0".into())
}

/// A site whose offered capsules this site follows: the workbench's Library screen lists
/// them, and `vigie import site` takes its name for its address.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Library {
    /// How the webmaster calls it, e.g. "Zone de police Exemple".
    pub name: Spanned<String>,
    /// Its public address: its `exchange.json` is read there.
    pub url: Spanned<String>,
}

/// One place `vigie publish` sends the site to. Secrets never go here: a password comes from
/// the environment or the system's keyring.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublishTarget {
    /// `sftp://user@host:22/path`, `ftps://`, `ftp://`, `s3://bucket/prefix`, `file:///path`.
    pub url: Spanned<String>,
    /// SFTP: a private key file.
    pub identity: Option<String>,
    /// SFTP: the server's host key, instead of `known_hosts`.
    pub known_hosts: Option<String>,
    /// FTPS: the server's certificate (a PEM file), for a server whose certificate no
    /// authority signed.
    pub certificate: Option<String>,
    /// Publish the offline copy (as `build --offline`).
    #[serde(default)]
    pub offline: bool,
    /// S3: the storage's address and region.
    pub endpoint: Option<String>,
    pub region: Option<String>,
}

/// The schemes a publish target's address may have.
pub const PUBLISH_SCHEMES: [&str; 5] = ["sftp", "ftps", "ftp", "s3", "file"];

/// The target mix of kinds for `vigie check`, in percent of what is published.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Mix {
    pub tip: u32,
    pub alert: u32,
    pub news: u32,
    pub fun: u32,
}

impl Default for Mix {
    /// Mostly tips, something light each month, news now and then, alerts when something happens.
    fn default() -> Self {
        Mix {
            tip: 60,
            alert: 5,
            news: 20,
            fun: 15,
        }
    }
}

fn default_digest_limit() -> usize {
    8
}

/// The slideshow for the screens of waiting rooms (`<lang>/screen/`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Screen {
    /// How many capsules it shows, running alerts first.
    #[serde(default = "default_screen_capsules")]
    pub capsules: usize,
    /// How long each slide stays.
    #[serde(default = "default_screen_seconds")]
    pub seconds: u32,
}

impl Default for Screen {
    fn default() -> Self {
        Screen {
            capsules: default_screen_capsules(),
            seconds: default_screen_seconds(),
        }
    }
}

/// What a screen holds: a waiting room sees a loop of a few minutes, and slides beyond these
/// bounds are unread (too fast) or unseen (too long, too many).
pub const SCREEN_CAPSULES: std::ops::RangeInclusive<usize> = 1..=50;
pub const SCREEN_SECONDS: std::ops::RangeInclusive<u32> = 4..=120;

/// The page a municipal magazine prints: `<lang>/bulletin/`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bulletin {
    #[serde(default = "default_bulletin_paper")]
    pub paper: Paper,
    /// How many capsules it holds: the running alerts, then the latest tips.
    #[serde(default = "default_bulletin_capsules")]
    pub capsules: usize,
}

impl Default for Bulletin {
    fn default() -> Self {
        Bulletin {
            paper: default_bulletin_paper(),
            capsules: default_bulletin_capsules(),
        }
    }
}

/// A magazine's page holds a few capsules; beyond, their text would be too small to read.
pub const BULLETIN_CAPSULES: std::ops::RangeInclusive<usize> = 1..=6;

fn default_bulletin_paper() -> Paper {
    Paper::A4
}

fn default_bulletin_capsules() -> usize {
    4
}

fn default_screen_capsules() -> usize {
    12
}

fn default_screen_seconds() -> u32 {
    10
}

fn default_languages() -> Spanned<Vec<String>> {
    Spanned::new(0..0, vec!["fr".to_string()])
}
fn default_timezone() -> Spanned<String> {
    Spanned::new(0..0, "Europe/Brussels".to_string())
}
fn default_theme() -> Spanned<String> {
    Spanned::new(0..0, "default".to_string())
}
fn default_networks() -> Vec<Network> {
    use Network::*;
    vec![
        Facebook, Whatsapp, X, Bluesky, Linkedin, Telegram, Mastodon, Email, Sms,
    ]
}
fn default_paper() -> Paper {
    Paper::A5
}
fn default_standard() -> PrintStandard {
    PrintStandard::PdfX4
}
fn default_poster() -> PosterPaper {
    PosterPaper::A3
}
fn default_bleed() -> f64 {
    3.0
}
fn default_true() -> bool {
    true
}
fn default_feed_limit() -> usize {
    50
}

impl Config {
    /// Reads and validates `site.toml` in `root`.
    pub fn load(root: &Path) -> Result<(Config, SourceFile), Vec<Diagnostic>> {
        let path = root.join(FILE_NAME);
        let text = match std::fs::read(&path) {
            Ok(bytes) => String::from_utf8(bytes).map_err(|e| {
                vec![Diagnostic::said_in(
                    FILE_NAME,
                    Message::new("config-not-utf8")
                        .arg("file", FILE_NAME)
                        .arg("error", e),
                )]
            })?,
            Err(e) => {
                return Err(vec![Diagnostic::said_in(
                    FILE_NAME,
                    Message::new("config-unreadable")
                        .arg("file", FILE_NAME)
                        .arg("error", e),
                )])
            }
        };
        let file = SourceFile::new(FILE_NAME, crate::content::without_controls(text));
        let config: Config = toml_file::parse(&file, 0, file.text.len()).map_err(|d| vec![d])?;
        let errors = config.validate(root, &file);
        if errors.is_empty() {
            Ok((config, file))
        } else {
            Err(errors)
        }
    }

    fn validate(&self, root: &Path, file: &SourceFile) -> Vec<Diagnostic> {
        let mut errors = Vec::new();
        let base = self.base_url.get_ref();
        if let Err(problem) = check_base_url(base) {
            errors.push(file.said(self.base_url.span(), problem));
        }
        if self.title.trim().is_empty() {
            errors.push(file.said(
                find_key(&file.text, "title"),
                Message::new("site-title-empty"),
            ));
        }
        if let Some(logo) = &self.logo {
            if let Err(problem) = check_logo(root, logo.get_ref()) {
                errors.push(file.said(logo.span(), problem));
            }
        }
        let languages = self.languages.get_ref();
        if languages.is_empty() {
            errors.push(file.said(self.languages.span(), Message::new("languages-empty")));
        }
        for (i, lang) in languages.iter().enumerate() {
            let valid =
                (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase());
            if !valid {
                errors.push(file.said(
                    self.languages.span(),
                    Message::new("language-code-invalid").arg("lang", lang),
                ));
            } else if languages[..i].contains(lang) {
                errors.push(file.said(
                    self.languages.span(),
                    Message::new("language-twice").arg("lang", lang),
                ));
            }
        }
        for lang in &self.required_languages {
            if !languages.contains(lang.get_ref()) {
                errors.push(self.unknown_language(file, lang.get_ref(), lang.span()));
            }
        }
        for lang in self.translations.keys() {
            if !languages.contains(lang) {
                let span = find_key(&file.text, &format!("[translations.{lang}]"));
                errors.push(self.unknown_language(file, lang, span));
            }
        }
        if jiff::tz::TimeZone::get(self.timezone.get_ref()).is_err() {
            errors.push(file.said(
                self.timezone.span(),
                Message::new("timezone-unknown").arg("zone", self.timezone.get_ref()),
            ));
        }
        if let Some(contact) = &self.print.contact {
            if let Err(d) = self.check_contact(file, contact) {
                errors.push(d);
            }
        }
        if !(0.0..=10.0).contains(&self.print.bleed_mm) {
            let span = find_key(&file.text, "bleed_mm");
            errors.push(file.said(span, Message::new("bleed-out-of-range")));
        }
        let licence = self.exchange.licence.get_ref();
        // An SPDX identifier or expression: shown on adopting sites' pages, so no markup.
        let spdx = |c: char| c.is_ascii_alphanumeric() || "-.+ ()".contains(c);
        if licence.trim().is_empty() || licence.len() > 64 || !licence.chars().all(spdx) {
            errors.push(file.said(
                self.exchange.licence.span(),
                Message::new("licence-not-spdx"),
            ));
        }
        self.validate_libraries(file, &mut errors);
        let m = &self.mix;
        let shares = [m.tip, m.alert, m.news, m.fun];
        let total: u64 = shares.iter().map(|&n| u64::from(n)).sum();
        if total != 100 || shares.iter().any(|&n| n > 100) {
            errors.push(file.said(
                find_key(&file.text, "[mix]"),
                Message::new("mix-not-100").arg("total", total),
            ));
        }
        for (name, target) in &self.publish {
            let url = &target.get_ref().url;
            if let Err(problem) = check_publish_url(url.get_ref()) {
                // The line may hold a password: it is not shown.
                errors.push(
                    file.said(url.span(), problem.arg("name", name))
                        .without_excerpt(),
                );
            }
        }
        let screen = [
            (
                "capsules",
                SCREEN_CAPSULES.contains(&self.screen.capsules),
                format!("{}–{}", SCREEN_CAPSULES.start(), SCREEN_CAPSULES.end()),
            ),
            (
                "seconds",
                SCREEN_SECONDS.contains(&self.screen.seconds),
                format!("{}–{}", SCREEN_SECONDS.start(), SCREEN_SECONDS.end()),
            ),
        ];
        for (key, within, range) in screen {
            if !within {
                errors.push(
                    file.said(
                        find_table_key(&file.text, "screen", key),
                        Message::new("screen-out-of-range")
                            .arg("key", key)
                            .arg("range", range),
                    ),
                );
            }
        }
        if !BULLETIN_CAPSULES.contains(&self.bulletin.capsules) {
            errors.push(file.said(
                find_table_key(&file.text, "bulletin", "capsules"),
                Message::new("bulletin-out-of-range").arg(
                    "range",
                    format!("{}–{}", BULLETIN_CAPSULES.start(), BULLETIN_CAPSULES.end()),
                ),
            ));
        }
        for (table, limit) in [("feeds", self.feeds.limit), ("digest", self.digest.limit)] {
            if limit == 0 {
                errors.push(file.said(
                    find_table_key(&file.text, table, "limit"),
                    Message::new("limit-zero").arg("table", table),
                ));
            }
        }
        errors
    }

    fn validate_libraries(&self, file: &SourceFile, errors: &mut Vec<Diagnostic>) {
        for (i, library) in self.libraries.iter().enumerate() {
            let name = library.name.get_ref();
            // Shown on the workbench and in messages: one short line of text.
            if name.trim().is_empty() || name.chars().count() > 100 || name.contains('\n') {
                errors.push(file.said(library.name.span(), Message::new("library-name-invalid")));
            }
            if let Err(problem) = check_library_url(library.url.get_ref()) {
                errors.push(file.said(library.url.span(), problem.arg("name", name)));
            }
            let earlier = &self.libraries[..i];
            if earlier.iter().any(|l| l.name.get_ref() == name) {
                errors.push(file.said(
                    library.name.span(),
                    Message::new("library-twice").arg("name", name),
                ));
            } else if earlier.iter().any(|l| {
                l.url.get_ref().trim_end_matches('/') == library.url.get_ref().trim_end_matches('/')
            }) {
                errors.push(file.said(
                    library.url.span(),
                    Message::new("library-address-twice").arg("name", name),
                ));
            }
        }
    }

    /// The library called `name`, if any.
    pub fn library(&self, name: &str) -> Option<&Library> {
        self.libraries.iter().find(|l| l.name.get_ref() == name)
    }

    fn unknown_language(
        &self,
        file: &SourceFile,
        lang: &str,
        span: std::ops::Range<usize>,
    ) -> Diagnostic {
        file.said(
            span,
            Message::new("language-not-listed")
                .arg("lang", lang)
                .arg("languages", self.languages.get_ref().join(", ")),
        )
    }

    /// Checks that a contact key names a `[contacts]` entry.
    pub fn check_contact(
        &self,
        file: &SourceFile,
        key: &Spanned<String>,
    ) -> Result<(), Diagnostic> {
        if self.contacts.contains_key(key.get_ref()) {
            return Ok(());
        }
        let message = match closest(key.get_ref(), self.contacts.keys().map(String::as_str)) {
            Some(k) => Message::new("contact-unknown-close").arg("close", k),
            None => Message::new("contact-unknown"),
        };
        Err(file.said(key.span(), message.arg("key", key.get_ref())))
    }

    pub fn default_language(&self) -> &str {
        self.languages
            .get_ref()
            .first()
            .map_or("fr", String::as_str)
    }

    /// The site title in `lang`.
    pub fn title(&self, lang: &str) -> &str {
        self.translations
            .get(lang)
            .and_then(|t| t.title.as_deref())
            .unwrap_or(&self.title)
    }

    pub fn publisher(&self, lang: &str) -> &str {
        self.translations
            .get(lang)
            .and_then(|t| t.publisher.as_deref())
            .or(self.publisher.as_deref())
            .unwrap_or_else(|| self.title(lang))
    }

    pub fn description(&self, lang: &str) -> Option<&str> {
        self.translations
            .get(lang)
            .and_then(|t| t.description.as_deref())
            .or(self.description.as_deref())
    }

    /// A tag's display name in `lang`: from `[tags]`, else as written in the capsules.
    pub fn tag_name<'a>(&'a self, tag: &'a str, lang: &str) -> &'a str {
        self.tags
            .get(tag)
            .map_or(tag, |t| t.get(lang, self.default_language()))
    }

    /// The publish targets in the order of the file: the first is the default.
    pub fn publish_targets(&self) -> Vec<(&str, &PublishTarget)> {
        let mut targets: Vec<_> = self
            .publish
            .iter()
            .map(|(name, t)| (t.span().start, name.as_str(), t.get_ref()))
            .collect();
        targets.sort_by_key(|t| t.0);
        targets.into_iter().map(|(_, n, t)| (n, t)).collect()
    }

    /// The contact shown in the footer: the print contact, else the first one.
    pub fn main_contact(&self) -> Option<&Contact> {
        self.print
            .contact
            .as_ref()
            .and_then(|k| self.contacts.get(k.get_ref()))
            .or_else(|| self.contacts.values().next())
    }
}

/// What is wrong with a site's address, if anything (said as `base_url`'s error): it must be
/// a plain `http(s)://host/path` that links can be made from, with no user name, password,
/// query, fragment, blank or empty path segment (`//` would make every link protocol-relative).
pub fn check_base_url(text: &str) -> Result<(), Message> {
    let problem = |problem: &str| {
        Message::new("base-url-invalid")
            .arg("url", text)
            .arg("problem", problem)
    };
    if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(problem("blank"));
    }
    let url = url::Url::parse(text).map_err(|e| match e {
        url::ParseError::RelativeUrlWithoutBase => problem("relative"),
        e => problem("other").arg("detail", e),
    })?;
    if !matches!(url.scheme(), "https" | "http") {
        return Err(problem("relative"));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(problem("host"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(problem("user"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(problem("query"));
    }
    let path = url.path().trim_end_matches('/');
    if path.split('/').skip(1).any(str::is_empty) {
        return Err(problem("empty-folder"));
    }
    // The parser accepts `https:/x` and `https:x`; links are made from the text as written.
    if !text.starts_with(&format!("{}://", url.scheme())) {
        return Err(problem("relative"));
    }
    Ok(())
}

/// A publish target's address: a scheme Vigie knows, and no password in it. The message
/// wants the target's `name`.
fn check_publish_url(text: &str) -> Result<(), Message> {
    let url = url::Url::parse(text)
        .map_err(|e| Message::new("publish-url-not-address").arg("error", e))?;
    if !PUBLISH_SCHEMES.contains(&url.scheme()) {
        return Err(Message::new("publish-url-scheme")
            .arg("scheme", url.scheme())
            .arg(
                "schemes",
                PUBLISH_SCHEMES.map(|s| format!("{s}://")).join(", "),
            ));
    }
    if url.password().is_some() {
        return Err(Message::new("publish-url-password"));
    }
    Ok(())
}

/// A library is read over HTTPS (plain HTTP only on this computer, for a preview or a test),
/// from a public address: no password, no query. The message wants the library's `name`.
fn check_library_url(text: &str) -> Result<(), Message> {
    let problem = |problem: &str| {
        Message::new("library-url-invalid")
            .arg("url", text)
            .arg("problem", problem)
    };
    let url = url::Url::parse(text).map_err(|e| problem("not-address").arg("detail", e))?;
    let loopback = matches!(url.host(), Some(url::Host::Domain("localhost")))
        || matches!(url.host(), Some(url::Host::Ipv4(ip)) if ip.is_loopback())
        || matches!(url.host(), Some(url::Host::Ipv6(ip)) if ip.is_loopback());
    match url.scheme() {
        "https" => {}
        "http" if loopback => {}
        "http" => return Err(problem("http")),
        other => return Err(problem("scheme").arg("scheme", other)),
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(problem("user"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(problem("query"));
    }
    Ok(())
}

/// The logo must be a file of `static/`, where it is published from, and stay inside it.
fn check_logo(root: &Path, logo: &str) -> Result<(), Message> {
    let problem = |key: &'static str| Message::new(key).arg("logo", logo);
    let Some(rest) = logo.strip_prefix("static/") else {
        return Err(problem("logo-not-in-static"));
    };
    let path = Path::new(rest);
    if rest.is_empty()
        || rest.contains('\\')
        || path
            .components()
            .any(|c| !matches!(c, std::path::Component::Normal(_)))
    {
        return Err(problem("logo-not-static-file"));
    }
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if !["svg", "png", "jpg", "jpeg", "webp"].contains(&extension.as_str()) {
        return Err(problem("logo-format"));
    }
    // A symbolic link in static/ may lead anywhere on the disk: the real file must be inside.
    let static_dir = root.join("static");
    let inside = match (root.join(logo).canonicalize(), static_dir.canonicalize()) {
        (Ok(real), Ok(dir)) => real.starts_with(dir) && real.is_file(),
        _ => false,
    };
    if !inside {
        return Err(problem("logo-missing"));
    }
    Ok(())
}

/// Where a key first appears, for errors found after parsing; the start of the file otherwise.
fn find_key(text: &str, key: &str) -> std::ops::Range<usize> {
    text.find(key).map_or(0..0, |i| i..i + key.len())
}

/// Where `key` is first written after the `[table]` header.
fn find_table_key(text: &str, table: &str, key: &str) -> std::ops::Range<usize> {
    let start = text.find(&format!("[{table}]")).unwrap_or(0);
    let found = find_key(&text[start..], key);
    start + found.start..start + found.end
}
