//! The Site: the one model every output reads. Loaded and validated once; what is published,
//! scheduled, a draft or ended is decided here, once, from a fixed `now`.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

use jiff::tz::TimeZone;
use jiff::Timestamp;

use crate::config::Config;
use crate::content::capsule::{self, Capsule, Status};
use crate::content::front_matter::Kind;
use crate::content::markdown::LinkTarget;
use crate::content::page::Page;
use crate::content::slug::slugify;
use crate::error::{Error, Result};
use crate::print::pdfx::OutputIntent;
use crate::theme::Theme;
use crate::urls::Urls;

/// How to load: what the command line says.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    pub root: PathBuf,
    pub now: Moment,
    /// Build drafts as if they were published (previews).
    pub drafts: bool,
    pub base_url: Option<String>,
    pub offline: bool,
    /// Typeset leaflets and booklets (`--no-leaflets` turns all PDF work off).
    pub leaflets: bool,
}

/// The build's "now", from `--now` or read once from the clock.
#[derive(Debug, Clone, Copy)]
pub enum Moment {
    At(Timestamp),
    /// A date alone: midnight in the site's time zone, known only once site.toml is read.
    Day(jiff::civil::Date),
}

impl Moment {
    /// A date (`2026-11-20`) or an RFC 3339 datetime (`2026-11-20T09:00:00+01:00`).
    pub fn parse(text: &str) -> Result<Moment> {
        if let Ok(ts) = text.parse::<Timestamp>() {
            return Ok(Moment::At(ts));
        }
        text.parse::<jiff::civil::Date>()
            .map(Moment::Day)
            .map_err(|_| {
                Error::Usage(
                    crate::messages::Message::new("now-invalid")
                        .arg("text", text)
                        .text(),
                )
            })
    }

    pub fn resolve(self, tz: &TimeZone) -> Result<Timestamp> {
        match self {
            Moment::At(ts) => Ok(ts),
            Moment::Day(date) => date
                .to_zoned_datetime(tz.clone())
                .map(|z| z.timestamp())
                .map_err(|e| Error::Usage(e.to_string())),
        }
    }
}

pub struct Site {
    pub root: PathBuf,
    pub config: Config,
    pub tz: TimeZone,
    pub now: Timestamp,
    pub drafts: bool,
    pub leaflets: bool,
    /// Every capsule, built or not, newest first.
    pub capsules: Vec<Capsule>,
    pub pages: Vec<Page>,
    pub theme: Theme,
    /// The printing condition of the print PDFs (PDF/X-4); none for plain PDF.
    pub intent: Option<Arc<OutputIntent>>,
    pub urls: Urls,
    /// Per language.
    pub indexes: BTreeMap<String, Index>,
    /// Slug to position in `capsules`: links are resolved per page, and a scan of 10,000
    /// capsules per link made the build quadratic.
    by_slug: HashMap<String, usize>,
    /// Each capsule's fingerprint, by position in `capsules`, worked out when first asked for.
    fingerprints: Vec<std::sync::OnceLock<blake3::Hash>>,
}

/// The capsules of one language, as positions in `Site::capsules`, newest first.
#[derive(Debug, Default, Clone)]
pub struct Index {
    /// Capsules with a page in this language.
    pub built: Vec<usize>,
    /// Capsules that lists, the home page and feeds show.
    pub listed: Vec<usize>,
    pub active_alerts: Vec<usize>,
    /// Events not over yet, the soonest first.
    pub events: Vec<usize>,
    pub by_kind: BTreeMap<Kind, Vec<usize>>,
    /// Tag slug to its name and capsules.
    pub by_tag: BTreeMap<String, Tag>,
    /// District key to capsules.
    pub by_district: BTreeMap<String, Vec<usize>>,
}

#[derive(Debug, Default, Clone)]
pub struct Tag {
    pub name: String,
    pub capsules: Vec<usize>,
}

impl Site {
    pub fn load(options: &LoadOptions) -> Result<Site> {
        match Site::load_all(options)? {
            (site, errors) if errors.is_empty() => Ok(site),
            (_, errors) => Err(Error::Content(errors)),
        }
    }

    /// The site with every capsule that loaded, and the content errors of those that did not;
    /// an error in `site.toml` or the theme still stops everything.
    pub fn load_all(options: &LoadOptions) -> Result<(Site, Vec<crate::Diagnostic>)> {
        let root = options.root.as_path();
        let (mut config, config_file) = Config::load(root).map_err(Error::Content)?;
        if let Some(base) = &options.base_url {
            if let Err(problem) = crate::config::check_base_url(base) {
                let flag = crate::messages::Message {
                    key: "base-url-flag-invalid",
                    ..problem
                };
                return Err(Error::Usage(flag.text()));
            }
            config.base_url = toml::Spanned::new(0..0, base.clone());
        }
        let tz =
            TimeZone::get(config.timezone.get_ref()).map_err(|e| Error::Usage(e.to_string()))?;
        let now = options.now.resolve(&tz)?;
        let theme = Theme::load(root, &config, &config_file)?;
        let intent = OutputIntent::for_site(root, &config.print, &config_file)
            .map_err(|d| Error::Content(vec![d]))?;
        let ctx = capsule::Context {
            root,
            config: &config,
            tz: &tz,
            now,
        };
        let (content, errors) = crate::content::load_all(&ctx, options.drafts);
        let urls = Urls::new(config.base_url.get_ref(), options.offline);
        let indexes = indexes(&config, &content.capsules, options.drafts);
        let by_slug = by_slug(&content.capsules);
        let fingerprints = fingerprints(&content.capsules);
        let site = Site {
            root: root.to_path_buf(),
            config,
            tz,
            now,
            drafts: options.drafts,
            leaflets: options.leaflets,
            capsules: content.capsules,
            pages: content.pages,
            theme,
            intent,
            urls,
            indexes,
            by_slug,
            fingerprints,
        };
        Ok((site, errors))
    }

    /// The same site with the capsule bundle in `dir` loaded again (edited, new or deleted):
    /// what the preview does on each save, instead of reading every bundle.
    pub fn with_capsule_reloaded(&self, dir: &std::path::Path) -> Result<Site> {
        self.with_capsule(dir, None)
    }

    /// The same site with the capsule in `dir` made of the workbench's `unsaved` texts (or of
    /// its files, for none): what a save would give, before anything is written.
    pub fn with_capsule(
        &self,
        dir: &std::path::Path,
        unsaved: Option<&crate::content::capsule::Unsaved>,
    ) -> Result<Site> {
        let content = crate::content::reload_capsule(
            &self.context(),
            &self.capsules,
            &self.pages,
            dir,
            unsaved,
            self.drafts,
        )
        .map_err(Error::Content)?;
        Ok(self.with_content(content))
    }

    /// The same site with the page `slug` made of the workbench's `unsaved` files.
    pub fn with_page(
        &self,
        slug: &str,
        unsaved: &crate::content::capsule::Unsaved,
    ) -> Result<Site> {
        let content = crate::content::reload_page(
            &self.context(),
            &self.capsules,
            &self.pages,
            slug,
            unsaved,
            self.drafts,
        )
        .map_err(Error::Content)?;
        Ok(self.with_content(content))
    }

    fn context(&self) -> capsule::Context<'_> {
        capsule::Context {
            root: &self.root,
            config: &self.config,
            tz: &self.tz,
            now: self.now,
        }
    }

    fn with_content(&self, content: crate::content::Content) -> Site {
        Site {
            root: self.root.clone(),
            config: self.config.clone(),
            tz: self.tz.clone(),
            now: self.now,
            drafts: self.drafts,
            leaflets: self.leaflets,
            indexes: indexes(&self.config, &content.capsules, self.drafts),
            by_slug: by_slug(&content.capsules),
            fingerprints: fingerprints(&content.capsules),
            capsules: content.capsules,
            pages: content.pages,
            theme: self.theme.clone(),
            intent: self.intent.clone(),
            urls: self.urls.clone(),
        }
    }

    pub fn languages(&self) -> &[String] {
        self.config.languages.get_ref()
    }

    pub fn in_language(&self, lang: &str) -> &Index {
        // Every language of the site has an index, built in `load`.
        static EMPTY: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
        self.indexes
            .get(lang)
            .unwrap_or_else(|| EMPTY.get_or_init(Index::default))
    }

    /// The fingerprint of `capsule` (`Capsule::fingerprint`), worked out once per build
    /// however many outputs key their files with it.
    pub fn fingerprint(&self, capsule: &Capsule) -> blake3::Hash {
        match self.by_slug.get(&capsule.slug) {
            Some(&i) if std::ptr::eq(&self.capsules[i], capsule) => {
                *self.fingerprints[i].get_or_init(|| capsule.fingerprint())
            }
            _ => capsule.fingerprint(),
        }
    }

    /// The capsule whose address is `slug`, built or not.
    pub fn capsule(&self, slug: &str) -> Option<&Capsule> {
        self.by_slug.get(slug).map(|&i| &self.capsules[i])
    }

    /// Where an `@/` link in a `lang` text leads: the target in that language when it has one,
    /// else in the default language, else in any.
    pub fn link_path(&self, lang: &str, target: &LinkTarget) -> String {
        let urls = &self.urls;
        let default = self.config.default_language();
        match target {
            LinkTarget::Capsule(slug) => {
                let lang = self
                    .capsule(slug)
                    .and_then(|c| {
                        c.translation(lang)
                            .or_else(|| c.translation(default))
                            .or(c.translations.first())
                    })
                    .map_or(lang, |t| t.lang.as_str());
                urls.capsule(lang, slug)
            }
            LinkTarget::Page(slug) => {
                let in_lang = |l: &str| self.pages.iter().any(|p| &p.slug == slug && p.lang == l);
                let found = [lang, default]
                    .into_iter()
                    .find(|l| in_lang(l))
                    .or_else(|| {
                        self.pages
                            .iter()
                            .find(|p| &p.slug == slug)
                            .map(|p| p.lang.as_str())
                    });
                urls.page(found.unwrap_or(lang), slug)
            }
        }
    }

    /// The last moment before `now` at which what the site shows changed by itself: a
    /// capsule's date reached, an alert's end passed (drafts aside). Outputs that say "as
    /// of" use it rather than `now`, so that a site rebuilt later with nothing changed is
    /// the same, byte for byte: what lets `vigie publish --due` send nothing then.
    pub fn last_change(&self) -> Timestamp {
        self.moments()
            .filter(|m| *m <= self.now)
            .max()
            .unwrap_or(self.now)
    }

    /// The next moment after `now` at which the site changes by itself, if any: when a
    /// scheduled publish should run.
    pub fn next_change(&self) -> Option<Timestamp> {
        self.moments().filter(|m| *m > self.now).min()
    }

    fn moments(&self) -> impl Iterator<Item = Timestamp> + '_ {
        self.capsules.iter().filter(|c| !c.draft).flat_map(|c| {
            let event_end = c.event.as_ref().map(|e| e.end);
            std::iter::once(c.date).chain(c.expires).chain(event_end)
        })
    }

    /// The capsules this build writes pages for, in any language.
    pub fn built_capsules(&self) -> impl Iterator<Item = &Capsule> {
        self.capsules.iter().filter(|c| c.is_built(self.drafts))
    }
}

fn indexes(config: &Config, capsules: &[Capsule], drafts: bool) -> BTreeMap<String, Index> {
    config
        .languages
        .get_ref()
        .iter()
        .map(|lang| (lang.clone(), Index::new(capsules, lang, drafts)))
        .collect()
}

fn fingerprints(capsules: &[Capsule]) -> Vec<std::sync::OnceLock<blake3::Hash>> {
    capsules
        .iter()
        .map(|_| std::sync::OnceLock::new())
        .collect()
}

fn by_slug(capsules: &[Capsule]) -> HashMap<String, usize> {
    capsules
        .iter()
        .enumerate()
        .map(|(i, c)| (c.slug.clone(), i))
        .collect()
}

impl Index {
    fn new(capsules: &[Capsule], lang: &str, drafts: bool) -> Index {
        let mut index = Index::default();
        for (i, c) in capsules.iter().enumerate() {
            if c.translation(lang).is_none() || !c.is_built(drafts) {
                continue;
            }
            index.built.push(i);
            if !c.is_listed(drafts) {
                continue;
            }
            index.listed.push(i);
            if c.kind == Kind::Alert && c.status != Status::Ended {
                index.active_alerts.push(i);
            }
            if c.event.is_some() {
                index.events.push(i);
            }
            index.by_kind.entry(c.kind).or_default().push(i);
            for tag in &c.tags {
                let slug = slugify(tag);
                if slug.is_empty() {
                    continue;
                }
                let entry = index.by_tag.entry(slug).or_insert_with(|| Tag {
                    name: tag.clone(),
                    capsules: Vec::new(),
                });
                if !entry.capsules.contains(&i) {
                    entry.capsules.push(i);
                }
            }
            for d in &c.districts {
                let list = index.by_district.entry(d.clone()).or_default();
                if !list.contains(&i) {
                    list.push(i);
                }
            }
        }
        index
            .events
            .sort_by_key(|&i| capsules[i].event.as_ref().map(|e| (e.start, e.end)));
        index
    }
}
