//! Capsules: one bundle folder, one Markdown file per language, merged into one model.

use std::ops::Range;
use std::path::{Component, Path, PathBuf};

use jiff::tz::TimeZone;
use jiff::Timestamp;
use toml::value::Datetime;
use toml::Spanned;

use crate::config::Config;
use crate::content::front_matter::{
    self, CapsuleFrontMatter, EventFrontMatter, Kind, Leaflet, Origin, Press, Social,
};
use crate::content::markdown::{self, InternalLink, Markdown};
use crate::content::read_source;
use crate::content::slug::slugify;
use crate::error::{closest, Diagnostic, SourceFile};
use crate::images::Picture;
use crate::messages::Message;
use crate::toml_file;

/// Where a capsule stands at the build's `now`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Published,
    /// An alert past its `expires`: its page stays, lists and feeds drop it.
    Ended,
    /// Dated in the future: not built yet.
    Scheduled,
    Draft,
}

#[derive(Debug, Clone)]
pub struct Capsule {
    pub slug: String,
    /// The bundle folder on disk.
    pub dir: PathBuf,
    /// The bundle folder relative to the site root, for messages.
    pub rel_dir: PathBuf,
    pub kind: Kind,
    pub date: Timestamp,
    pub expires: Option<Timestamp>,
    pub tags: Vec<String>,
    pub districts: Vec<String>,
    /// Earlier slugs, which keep working as redirects to this capsule.
    pub aliases: Vec<Spanned<String>>,
    pub draft: bool,
    pub privacy_reviewed: bool,
    /// Offered to other sites when the site shares (`[exchange]`); `share = false` opts out.
    pub share: bool,
    /// Where an adopted capsule comes from.
    pub origin: Option<Origin>,
    pub image: Option<Picture>,
    pub video: Option<Video>,
    pub event: Option<Event>,
    pub status: Status,
    /// In the order of the site's languages.
    pub translations: Vec<Translation>,
}

#[derive(Debug, Clone)]
pub struct Video {
    pub src: Option<String>,
    pub url: Option<String>,
    pub poster: Option<Picture>,
}

/// When an event capsule's event happens, the same in every language.
#[derive(Debug, Clone)]
pub struct Event {
    pub start: Timestamp,
    pub end: Timestamp,
    /// A web address or a phone number.
    pub registration: Option<String>,
}

/// Where an event happens, in one language.
#[derive(Debug, Clone)]
pub struct Venue {
    pub place: String,
    pub address: Option<String>,
}

/// A capsule's text in one language.
#[derive(Debug, Clone)]
pub struct Translation {
    pub lang: String,
    pub source: SourceFile,
    pub title: String,
    pub summary: String,
    pub body: Markdown,
    /// Where the Markdown body starts in `source`: the text other sites adopt.
    pub body_offset: usize,
    pub links: Vec<InternalLink>,
    pub image_alt: Option<String>,
    pub image_credit: Option<String>,
    pub captions: Option<String>,
    pub press: Vec<Press>,
    pub social: Vec<Social>,
    pub leaflet: Leaflet,
    pub allow: Vec<String>,
    /// The webmaster's own text for the kit's SMS, instead of the title.
    pub sms: Option<String>,
    /// Where the capsule's event happens, when it has one.
    pub venue: Option<Venue>,
}

impl Capsule {
    pub fn translation(&self, lang: &str) -> Option<&Translation> {
        self.translations.iter().find(|t| t.lang == lang)
    }

    /// Whether the site's `exchange.json` offers it: shared, and published now (a draft, a
    /// scheduled capsule or an ended alert is not for other sites to adopt).
    pub fn is_offered(&self) -> bool {
        self.share && self.status == Status::Published
    }

    /// Whether the build writes this capsule's pages: a preview (`drafts`) shows drafts and
    /// scheduled capsules too, marked as not published.
    pub fn is_built(&self, drafts: bool) -> bool {
        match self.status {
            Status::Published | Status::Ended => true,
            Status::Draft | Status::Scheduled => drafts,
        }
    }

    /// Whether lists, the home page and feeds show it.
    pub fn is_listed(&self, drafts: bool) -> bool {
        self.is_built(drafts) && self.status != Status::Ended
    }

    /// A hash of everything the capsule holds as loaded: its texts and front matter in every
    /// language, its pictures' hashes and sizes, its status at the build's `now`. What is made
    /// from the capsule alone is the same while this is. Every field is named below, so a field
    /// added later does not compile until it is placed here. The small fields go in by their
    /// `Debug` form; the translation files go in as bytes, and the body parsed from each is left
    /// out (it is `markdown::parse` of that text from `body_offset`): writing those through
    /// `Debug` was a tenth of an unchanged rebuild of 10,000 capsules.
    pub fn fingerprint(&self) -> blake3::Hash {
        use std::fmt::Write;
        let Capsule {
            slug,
            dir,
            rel_dir,
            kind,
            date,
            expires,
            tags,
            districts,
            aliases,
            draft,
            privacy_reviewed,
            share,
            origin,
            image,
            video,
            event,
            status,
            translations,
        } = self;
        let mut hasher = blake3::Hasher::new();
        let mut small = String::new();
        let _ = write!(
            small,
            "{:?}",
            (
                (slug, dir, rel_dir, kind, date, expires),
                (tags, districts, aliases, draft, privacy_reviewed, share),
                (origin, image, video, event, status),
            )
        );
        for translation in translations {
            let Translation {
                lang,
                source: SourceFile { path, text },
                title,
                summary,
                body: _,
                body_offset,
                links,
                image_alt,
                image_credit,
                captions,
                press,
                social,
                leaflet,
                allow,
                sms,
                venue,
            } = translation;
            hasher.update(&(text.len() as u64).to_le_bytes());
            hasher.update(text.as_bytes());
            let _ = write!(
                small,
                "{:?}",
                (
                    (lang, path, title, summary, body_offset, links),
                    (image_alt, image_credit, captions, press, social, leaflet),
                    (allow, sms, venue),
                )
            );
        }
        hasher.update(&(small.len() as u64).to_le_bytes());
        hasher.update(small.as_bytes());
        hasher.finalize()
    }
}

/// What the loader needs to know about the site.
pub struct Context<'a> {
    pub root: &'a Path,
    pub config: &'a Config,
    pub tz: &'a TimeZone,
    pub now: Timestamp,
}

/// One translation file, read and parsed, before the translations are merged.
struct Draft {
    lang: String,
    file: SourceFile,
    fm: CapsuleFrontMatter,
    parsed: markdown::Parsed,
    body_offset: usize,
}

/// A value given in one translation, with where it was given.
struct Given<'a, T> {
    value: T,
    file: &'a SourceFile,
    span: Range<usize>,
}

/// Tags longer than this would make file names too long for some disks, and are not tags.
pub const MAX_TAG_CHARS: usize = 40;

/// The text of a bundle's `index[.lang].md` files as the workbench holds them, unsaved, by
/// file name: checked and previewed as if they were on disk, beside the bundle's own media.
pub type Unsaved = std::collections::BTreeMap<String, String>;

/// Loads the bundle in `dir` (named `folder`) with the slug `slug`; its translations are the
/// files on disk, or `unsaved` when given.
pub fn load(
    ctx: &Context,
    dir: &Path,
    slug: String,
    unsaved: Option<&Unsaved>,
) -> Result<Capsule, Vec<Diagnostic>> {
    let rel_dir = dir.strip_prefix(ctx.root).unwrap_or(dir).to_path_buf();
    let mut errors = Vec::new();
    let drafts = read_translations(ctx, dir, &rel_dir, unsaved, &mut errors);
    if drafts.is_empty() && errors.is_empty() {
        errors.push(Diagnostic::said_in(
            &rel_dir,
            Message::new("capsule-no-index").arg("lang", ctx.config.default_language()),
        ));
    }
    if drafts.is_empty() {
        return Err(errors);
    }
    let first = &drafts[0].file;
    let config = ctx.config;

    for required in &config.required_languages {
        if !drafts.iter().any(|d| &d.lang == required.get_ref()) {
            errors.push(Diagnostic::said_in(
                &rel_dir,
                Message::new("capsule-missing-translation").arg("lang", required.get_ref()),
            ));
        }
    }

    let kind = agree(
        "kind",
        &drafts,
        |fm| fm.kind.as_ref().map(|s| (*s.get_ref(), s.span())),
        &mut errors,
    );
    let date = agree(
        "date",
        &drafts,
        |fm| fm.date.as_ref().map(|s| (*s.get_ref(), s.span())),
        &mut errors,
    );
    let expires = agree(
        "expires",
        &drafts,
        |fm| fm.expires.as_ref().map(|s| (*s.get_ref(), s.span())),
        &mut errors,
    );
    let tags = agree(
        "tags",
        &drafts,
        |fm| fm.tags.as_ref().map(|s| (s.get_ref().clone(), s.span())),
        &mut errors,
    );
    let districts = agree(
        "districts",
        &drafts,
        |fm| {
            fm.districts
                .as_ref()
                .map(|s| (s.get_ref().clone(), s.span()))
        },
        &mut errors,
    );
    let aliases = agree(
        "aliases",
        &drafts,
        |fm| fm.aliases.as_ref().map(|s| (s.get_ref().clone(), s.span())),
        &mut errors,
    );
    let draft = agree(
        "draft",
        &drafts,
        |fm| fm.draft.as_ref().map(|s| (*s.get_ref(), s.span())),
        &mut errors,
    );
    let reviewed = agree(
        "privacy_reviewed",
        &drafts,
        |fm| {
            fm.privacy_reviewed
                .as_ref()
                .map(|s| (*s.get_ref(), s.span()))
        },
        &mut errors,
    );
    let share = agree(
        "share",
        &drafts,
        |fm| fm.share.as_ref().map(|s| (*s.get_ref(), s.span())),
        &mut errors,
    )
    .is_none_or(|s| s.value);
    let origin = agree(
        "origin",
        &drafts,
        |fm| fm.origin.as_ref().map(|o| (o.get_ref().clone(), o.span())),
        &mut errors,
    );
    if let Some(o) = &origin {
        for (key, value) in [("site", &o.value.site), ("url", &o.value.url)] {
            if !is_web_address(value) {
                errors.push(o.file.said(
                    o.span.clone(),
                    Message::new("origin-not-web-address").arg("key", key),
                ));
            }
        }
    }
    let origin = origin.map(|o| o.value);
    let image_src = agree(
        "image.src",
        &drafts,
        |fm| image_field(fm, |i| i.src.as_ref()),
        &mut errors,
    );
    let focus = agree(
        "image.focus",
        &drafts,
        |fm| {
            fm.image
                .as_ref()
                .and_then(|i| i.get_ref().focus.as_ref())
                .map(|f| (*f.get_ref(), f.span()))
        },
        &mut errors,
    );
    let video_src = agree(
        "video.src",
        &drafts,
        |fm| video_field(fm, |v| v.src.as_ref()),
        &mut errors,
    );
    let video_url = agree(
        "video.url",
        &drafts,
        |fm| video_field(fm, |v| v.url.as_ref()),
        &mut errors,
    );
    let poster = agree(
        "video.poster",
        &drafts,
        |fm| video_field(fm, |v| v.poster.as_ref()),
        &mut errors,
    );

    let event = load_event(ctx, &drafts, &mut errors);
    let venues = venues(&drafts, event.is_some(), &mut errors);

    let Some(kind) = kind else {
        errors.push(first.said(0..3, Message::new("capsule-no-kind")));
        return Err(errors);
    };
    let Some(date) = date else {
        errors.push(first.said(0..3, Message::new("capsule-no-date")));
        return Err(errors);
    };
    let date_value = to_timestamp(ctx, &date, &mut errors);
    let expires_value = expires
        .as_ref()
        .and_then(|e| to_timestamp(ctx, e, &mut errors));
    if kind.value == Kind::Alert && expires.is_none() {
        errors.push(
            kind.file
                .said(kind.span.clone(), Message::new("alert-without-end")),
        );
    }
    if let (Some(d), Some(e), Some(given)) = (date_value, expires_value, &expires) {
        if e <= d {
            errors.push(
                given
                    .file
                    .said(given.span.clone(), Message::new("expires-before-date")),
            );
        }
    }
    let draft = draft.is_some_and(|d| d.value);
    let privacy_reviewed = reviewed.as_ref().is_some_and(|r| r.value);
    if matches!(kind.value, Kind::Alert | Kind::News) && !draft && !privacy_reviewed {
        let (file, span) = match &reviewed {
            Some(r) => (r.file, r.span.clone()),
            None => (kind.file, kind.span.clone()),
        };
        errors.push(file.said(
            span,
            Message::new("privacy-not-reviewed").arg("kind", kind.value.as_str()),
        ));
    }
    if let Some(ts) = &tags {
        for tag in &ts.value {
            let problem = if slugify(tag).is_empty() {
                Some(Message::new("tag-no-letter").arg("tag", tag))
            } else if tag.chars().count() > MAX_TAG_CHARS {
                Some(
                    Message::new("tag-too-long")
                        .arg("start", tag.chars().take(20).collect::<String>())
                        .arg("max", MAX_TAG_CHARS),
                )
            } else {
                None
            };
            if let Some(message) = problem {
                errors.push(ts.file.said(ts.span.clone(), message));
            }
        }
    }
    if let Some(ds) = &districts {
        for d in &ds.value {
            if !config.districts.contains_key(d.get_ref()) {
                let message =
                    match closest(d.get_ref(), config.districts.keys().map(String::as_str)) {
                        Some(k) => Message::new("unknown-district-close").arg("close", k),
                        None => Message::new("unknown-district"),
                    };
                errors.push(ds.file.said(d.span(), message.arg("district", d.get_ref())));
            }
        }
    }

    let (x, y) = focus
        .as_ref()
        .map_or((0.5, 0.5), |f| (f.value[0], f.value[1]));
    if !(0.0..=1.0).contains(&x) || !(0.0..=1.0).contains(&y) {
        if let Some(f) = &focus {
            errors.push(
                f.file
                    .said(f.span.clone(), Message::new("focus-out-of-range")),
            );
        }
    }
    let focus = (x.clamp(0.0, 1.0), y.clamp(0.0, 1.0));
    let image = load_picture(dir, &rel_dir, image_src.as_ref(), focus, &mut errors);
    if image.is_none() && image_src.is_none() && drafts.iter().any(|d| d.fm.image.is_some()) {
        let d = drafts
            .iter()
            .find(|d| d.fm.image.is_some())
            .map(|d| (&d.file, d.fm.image.as_ref().map(|i| i.span())));
        if let Some((file, Some(span))) = d {
            errors.push(file.said(span, Message::new("image-no-src")));
        }
    }
    let video = check_video(
        dir,
        &rel_dir,
        &drafts,
        video_src.as_ref(),
        video_url.as_ref(),
        poster.as_ref(),
        &mut errors,
    );

    let kind = kind.value;
    let tags = tags.map(|t| t.value).unwrap_or_default();
    let alias_file = aliases.as_ref().map(|a| a.file);
    let aliases: Vec<Spanned<String>> = aliases.map(|a| a.value).unwrap_or_default();
    for alias in &aliases {
        if slugify(alias.get_ref()) != *alias.get_ref() {
            if let Some(file) = &alias_file {
                errors.push(
                    file.said(
                        alias.span(),
                        Message::new("alias-not-address")
                            .arg("alias", alias.get_ref())
                            .arg("example", slugify(alias.get_ref())),
                    ),
                );
            }
        }
    }
    let districts: Vec<String> = districts
        .map(|d| d.value.into_iter().map(Spanned::into_inner).collect())
        .unwrap_or_default();
    let mut translations = Vec::with_capacity(drafts.len());
    for (d, venue) in drafts.into_iter().zip(venues) {
        let t = translation(
            ctx,
            d,
            image.is_some(),
            video.as_ref(),
            dir,
            &rel_dir,
            &mut errors,
        );
        translations.push(t.map(|t| Translation { venue, ..t }));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let (Some(date), true) = (date_value, translations.iter().all(Option::is_some)) else {
        return Err(errors);
    };
    let status = if draft {
        Status::Draft
    } else if date > ctx.now {
        Status::Scheduled
    } else if expires_value.is_some_and(|e| e <= ctx.now)
        || event.as_ref().is_some_and(|e| e.end <= ctx.now)
    {
        // An event that is over leaves lists and calendars as an ended alert does.
        Status::Ended
    } else {
        Status::Published
    };
    Ok(Capsule {
        slug,
        dir: dir.to_path_buf(),
        rel_dir,
        kind,
        date,
        expires: expires_value,
        tags,
        districts,
        aliases,
        draft,
        privacy_reviewed,
        share,
        origin,
        image,
        video,
        event,
        status,
        translations: translations.into_iter().flatten().collect(),
    })
}

/// The names of the bundle's files.
fn file_names(dir: &Path, rel_dir: &Path, errors: &mut Vec<Diagnostic>) -> Vec<String> {
    match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect(),
        Err(e) => {
            errors.push(Diagnostic::said_in(
                rel_dir,
                Message::new("folder-unreadable").arg("error", e),
            ));
            Vec::new()
        }
    }
}

/// Reads every `index[.lang].md` of the bundle (or of `unsaved`), in the order of the site's
/// languages.
fn read_translations(
    ctx: &Context,
    dir: &Path,
    rel_dir: &Path,
    unsaved: Option<&Unsaved>,
    errors: &mut Vec<Diagnostic>,
) -> Vec<Draft> {
    let languages = ctx.config.languages.get_ref();
    let names = match unsaved {
        Some(texts) => texts.keys().cloned().collect(),
        None => file_names(dir, rel_dir, errors),
    };
    let mut files: Vec<(usize, String, String)> = Vec::new();
    for name in names {
        let Some(middle) = name
            .strip_prefix("index")
            .and_then(|n| n.strip_suffix(".md"))
        else {
            continue;
        };
        let lang = match middle.strip_prefix('.') {
            None if middle.is_empty() => ctx.config.default_language().to_string(),
            Some(lang) => lang.to_string(),
            None => continue,
        };
        match languages.iter().position(|l| *l == lang) {
            Some(i) if files.iter().any(|f| f.0 == i) => errors.push(Diagnostic::said_in(
                rel_dir.join(&name),
                Message::new("capsule-second-translation").arg("lang", &lang),
            )),
            Some(i) => files.push((i, lang, name)),
            None => errors.push(Diagnostic::said_in(
                rel_dir.join(&name),
                Message::new("capsule-unknown-language")
                    .arg("lang", &lang)
                    .arg("languages", languages.join(", ")),
            )),
        }
    }
    files.sort();
    let mut drafts = Vec::new();
    for (_, lang, name) in files {
        let read = match unsaved.and_then(|texts| texts.get(&name)) {
            Some(text) => Ok(SourceFile::new(
                rel_dir.join(&name),
                crate::content::without_controls(text.clone()),
            )),
            None => read_source(ctx.root, &dir.join(&name)),
        };
        let file = match read {
            Ok(f) => f,
            Err(d) => {
                errors.push(d);
                continue;
            }
        };
        let split = match front_matter::split(&file) {
            Ok(s) => s,
            Err(d) => {
                errors.push(d);
                continue;
            }
        };
        let fm = match toml_file::parse::<CapsuleFrontMatter>(
            &file,
            split.front_matter.start,
            split.front_matter.len(),
        ) {
            Ok(fm) => fm,
            Err(d) => {
                errors.push(d);
                continue;
            }
        };
        let parsed = markdown::parse(&file, split.body_offset);
        drafts.push(Draft {
            lang,
            file,
            fm,
            parsed,
            body_offset: split.body_offset,
        });
    }
    drafts
}

/// A language-independent field: given once, or the same wherever it is repeated.
fn agree<'a, T: PartialEq>(
    name: &str,
    drafts: &'a [Draft],
    field: impl Fn(&'a CapsuleFrontMatter) -> Option<(T, Range<usize>)>,
    errors: &mut Vec<Diagnostic>,
) -> Option<Given<'a, T>> {
    let mut first: Option<Given<'a, T>> = None;
    for d in drafts {
        let Some((value, span)) = field(&d.fm) else {
            continue;
        };
        match &first {
            None => {
                first = Some(Given {
                    value,
                    file: &d.file,
                    span,
                })
            }
            Some(f) if f.value != value => {
                let theirs = f.file.text.get(f.span.clone()).unwrap_or_default();
                let name_there = f
                    .file
                    .path
                    .file_name()
                    .map(|n| n.to_string_lossy())
                    .unwrap_or_default();
                errors.push(
                    d.file.said(
                        span,
                        Message::new("translations-differ")
                            .arg("name", name)
                            .arg("file", name_there)
                            .arg("theirs", theirs),
                    ),
                );
            }
            Some(_) => {}
        }
    }
    first
}

fn image_field<'a>(
    fm: &'a CapsuleFrontMatter,
    f: impl Fn(&'a front_matter::ImageFrontMatter) -> Option<&'a Spanned<String>>,
) -> Option<(String, Range<usize>)> {
    fm.image
        .as_ref()
        .and_then(|i| f(i.get_ref()))
        .map(|s| (s.get_ref().clone(), s.span()))
}

fn video_field<'a>(
    fm: &'a CapsuleFrontMatter,
    f: impl Fn(&'a front_matter::VideoFrontMatter) -> Option<&'a Spanned<String>>,
) -> Option<(String, Range<usize>)> {
    fm.video
        .as_ref()
        .and_then(|v| f(v.get_ref()))
        .map(|s| (s.get_ref().clone(), s.span()))
}

fn to_timestamp(
    ctx: &Context,
    given: &Given<toml::value::Datetime>,
    errors: &mut Vec<Diagnostic>,
) -> Option<Timestamp> {
    match front_matter::to_timestamp(&given.value, ctx.tz) {
        Ok(t) => Some(t),
        Err(e) => {
            errors.push(given.file.said(
                given.span.clone(),
                Message::new("date-unusable").arg("detail", e),
            ));
            None
        }
    }
}

/// The `[event]` of a bundle's translations: its start and end, agreed between them, and how to
/// register.
fn load_event(ctx: &Context, drafts: &[Draft], errors: &mut Vec<Diagnostic>) -> Option<Event> {
    let (file, table) = drafts
        .iter()
        .find_map(|d| d.fm.event.as_ref().map(|e| (&d.file, e.span())))?;
    let field = |get: fn(&EventFrontMatter) -> Option<&Spanned<Datetime>>| {
        move |fm: &CapsuleFrontMatter| {
            fm.event
                .as_ref()
                .and_then(|e| get(e.get_ref()))
                .map(|d| (*d.get_ref(), d.span()))
        }
    };
    let start = agree("event.start", drafts, field(|e| e.start.as_ref()), errors);
    let end = agree("event.end", drafts, field(|e| e.end.as_ref()), errors);
    let registration = agree(
        "event.registration",
        drafts,
        |fm| {
            fm.event
                .as_ref()
                .and_then(|e| e.get_ref().registration.as_ref())
                .map(|r| (r.get_ref().trim().to_string(), r.span()))
        },
        errors,
    );
    if let Some(r) = &registration {
        // Written into calendars and pages: a line break or a space there is never meant.
        let web = is_web_address(&r.value)
            && url::Url::parse(&r.value).is_ok()
            && !r.value.chars().any(|c| c.is_whitespace() || c.is_control());
        if !web && !is_phone_number(&r.value) {
            errors.push(r.file.said(
                r.span.clone(),
                Message::new("event-registration-unusable").arg("value", &r.value),
            ));
        }
    }
    for (given, key) in [(&start, "start"), (&end, "end")] {
        if given.is_none() {
            errors.push(file.said(
                table.clone(),
                Message::new("event-without-time").arg("key", key),
            ));
        }
    }
    let start_value = start.as_ref().and_then(|s| to_timestamp(ctx, s, errors));
    let end_value = end.as_ref().and_then(|e| to_timestamp(ctx, e, errors));
    let (Some(start_value), Some(end_value), Some(end)) = (start_value, end_value, &end) else {
        return None;
    };
    if end_value <= start_value {
        errors.push(
            end.file
                .said(end.span.clone(), Message::new("event-end-before-start")),
        );
        return None;
    }
    Some(Event {
        start: start_value,
        end: end_value,
        registration: registration.map(|r| r.value),
    })
}

/// Where the event happens in each translation: its own place and address, else those given
/// once for all in another translation (a square's name often needs no translating).
fn venues(drafts: &[Draft], has_event: bool, errors: &mut Vec<Diagnostic>) -> Vec<Option<Venue>> {
    let events = || drafts.iter().filter_map(|d| d.fm.event.as_ref());
    let place_of = |e: &EventFrontMatter| {
        e.place
            .as_ref()
            .map(|p| p.get_ref().trim().to_string())
            .filter(|p| !p.is_empty())
    };
    let address_of = |e: &EventFrontMatter| {
        e.address
            .as_ref()
            .map(|a| a.trim().to_string())
            .filter(|a| !a.is_empty())
    };
    let any_place = events().find_map(|e| place_of(e.get_ref()));
    let any_address = events().find_map(|e| address_of(e.get_ref()));
    drafts
        .iter()
        .map(|d| {
            if !has_event {
                return None;
            }
            let own = d.fm.event.as_ref().map(Spanned::get_ref);
            let place = own.and_then(place_of).or_else(|| any_place.clone());
            let Some(place) = place else {
                let span = d.fm.event.as_ref().map_or(0..3, Spanned::span);
                errors.push(d.file.said(span, Message::new("event-without-place")));
                return None;
            };
            Some(Venue {
                place,
                address: own.and_then(address_of).or_else(|| any_address.clone()),
            })
        })
        .collect()
}

/// A telephone number as people write it (`0800 12 345`, `+32 2 555 12 12`, `02/555.12.12`).
fn is_phone_number(value: &str) -> bool {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    (6..=20).contains(&digits)
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || " +./()-".contains(c))
}

/// A media file named in front matter: inside the bundle, and present.
fn resolve_media(
    dir: &Path,
    rel_dir: &Path,
    given: Option<&Given<String>>,
    errors: &mut Vec<Diagnostic>,
) -> Option<String> {
    let given = given?;
    match media_path(dir, rel_dir, &given.value) {
        Ok(p) => Some(p),
        Err(message) => {
            errors.push(given.file.said(given.span.clone(), message));
            None
        }
    }
}

/// Checks a bundle-relative path; returns it normalised with `/` separators.
pub fn media_path(dir: &Path, rel_dir: &Path, value: &str) -> Result<String, Message> {
    let path = Path::new(value);
    let leaves = value.is_empty()
        || value.starts_with('/')
        || value.starts_with('\\')
        || value.contains(':')
        || path
            .components()
            .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir));
    if leaves {
        return Err(Message::new("media-outside").arg("file", value));
    }
    let full = dir.join(path);
    let inside = match (full.canonicalize(), dir.canonicalize()) {
        (Ok(f), Ok(d)) => f.starts_with(d) && f.is_file(),
        _ => false,
    };
    if !inside {
        let names: Vec<String> = std::fs::read_dir(dir)
            .map(|e| {
                e.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        let message = match closest(value, names.iter().map(String::as_str)) {
            Some(n) => Message::new("media-missing-close").arg("close", n),
            None => Message::new("media-missing"),
        };
        return Err(message.arg("file", value).arg("folder", rel_dir.display()));
    }
    let normal: Vec<String> = path
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    Ok(normal.join("/"))
}

fn check_video(
    dir: &Path,
    rel_dir: &Path,
    drafts: &[Draft],
    src: Option<&Given<String>>,
    url: Option<&Given<String>>,
    poster: Option<&Given<String>>,
    errors: &mut Vec<Diagnostic>,
) -> Option<Video> {
    let table = drafts
        .iter()
        .find_map(|d| d.fm.video.as_ref().map(|v| (&d.file, v.span())));
    let (file, span) = table?;
    if src.is_some() == url.is_some() {
        errors.push(file.said(span, Message::new("video-src-or-url")));
        return None;
    }
    if let Some(u) = url {
        if !is_web_address(&u.value) {
            errors.push(u.file.said(
                u.span.clone(),
                Message::new("not-web-address").arg("url", &u.value),
            ));
        }
    }
    Some(Video {
        src: resolve_media(dir, rel_dir, src, errors),
        url: url.map(|u| u.value.clone()),
        poster: load_picture(dir, rel_dir, poster, (0.5, 0.5), errors),
    })
}

/// Links that leave the site must be plain web addresses: no `javascript:`, no relative path.
pub fn is_web_address(value: &str) -> bool {
    (value.starts_with("https://") || value.starts_with("http://"))
        && value.len() > "https://".len()
}

/// A picture named in front matter: inside the bundle, present, and readable.
fn load_picture(
    dir: &Path,
    rel_dir: &Path,
    given: Option<&Given<String>>,
    focus: (f64, f64),
    errors: &mut Vec<Diagnostic>,
) -> Option<Picture> {
    let src = resolve_media(dir, rel_dir, given, errors)?;
    match Picture::load(&dir.join(&src), &src, focus) {
        Ok(picture) => Some(picture),
        Err(message) => {
            if let Some(given) = given {
                errors.push(
                    given.file.said(
                        given.span.clone(),
                        Message::new("picture-unreadable")
                            .arg("file", &src)
                            .arg("problem", message),
                    ),
                );
            }
            None
        }
    }
}

/// The per-language part of one translation file.
fn translation(
    ctx: &Context,
    d: Draft,
    has_image: bool,
    video: Option<&Video>,
    dir: &Path,
    rel_dir: &Path,
    errors: &mut Vec<Diagnostic>,
) -> Option<Translation> {
    let Draft {
        lang,
        file,
        fm,
        parsed,
        body_offset,
    } = d;
    errors.extend(parsed.errors);
    let title = match fm.title {
        Some(t) if !t.get_ref().trim().is_empty() => t.into_inner().trim().to_string(),
        Some(t) => {
            errors.push(file.said(t.span(), Message::new("capsule-empty-title")));
            return None;
        }
        None => {
            errors.push(file.said(0..3, Message::new("capsule-no-title")));
            return None;
        }
    };
    let image = fm.image.map(Spanned::into_inner);
    let image_alt = image
        .as_ref()
        .and_then(|i| i.alt.as_ref())
        .map(|a| a.get_ref().trim().to_string());
    if has_image && image_alt.as_deref().is_none_or(str::is_empty) {
        let span = image
            .as_ref()
            .and_then(|i| i.alt.as_ref())
            .map_or(0..3, |a| a.span());
        errors.push(file.said(span, Message::new("image-no-alt")));
    }
    let video_fm = fm.video.map(Spanned::into_inner);
    let captions = video_fm.as_ref().and_then(|v| v.captions.as_ref());
    let captions = match captions {
        Some(c) => match media_path(dir, rel_dir, c.get_ref()) {
            Ok(p) => Some(p),
            Err(message) => {
                errors.push(file.said(c.span(), message));
                None
            }
        },
        None => None,
    };
    if video.is_some_and(|v| v.src.is_some()) && captions.is_none() && errors.is_empty() {
        errors.push(file.said(0..3, Message::new("video-no-captions")));
    }
    let links = fm
        .press
        .iter()
        .map(|p| &p.url)
        .chain(fm.social.iter().filter_map(|s| s.url.as_ref()));
    for url in links {
        if !is_web_address(url.get_ref()) {
            errors.push(file.said(
                url.span(),
                Message::new("not-web-address").arg("url", url.get_ref()),
            ));
        }
    }
    for date in fm.press.iter().filter_map(|p| p.date.as_ref()) {
        if let Err(e) = front_matter::to_timestamp(date.get_ref(), ctx.tz) {
            errors.push(file.said(
                date.span(),
                Message::new("press-date-unusable").arg("detail", e),
            ));
        }
    }
    let leaflet = fm.leaflet.unwrap_or_default();
    if let Some(contact) = &leaflet.contact {
        if let Err(d) = ctx.config.check_contact(&file, contact) {
            errors.push(d);
        }
    }
    let summary = fm
        .summary
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty());
    let summary = summary.unwrap_or_else(|| parsed.markdown.first_paragraph());
    Some(Translation {
        lang,
        source: file,
        title,
        summary,
        body: parsed.markdown,
        body_offset,
        links: parsed.links,
        image_alt,
        image_credit: image.and_then(|i| i.credit),
        captions,
        press: fm.press,
        social: fm.social,
        leaflet,
        allow: fm.allow,
        sms: fm
            .sms
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty()),
        venue: None,
    })
}
