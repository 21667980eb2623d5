//! Print: a one-page PDF leaflet for every capsule page, and a booklet of every current tip per
//! language, typeset by Typst from the theme's layouts (`leaflet/leaflet.typ`,
//! `leaflet/booklet.typ`).
//!
//! Each document is cached by a hash of everything it depends on (its data, the layouts, the
//! fonts, the photo and the logo), so a rebuild typesets only what changed; that hash is found
//! from the document's sources (`Print::source_entry`), so an unchanged document's data is not
//! even made. The data each layout receives is described in `docs/leaflets.md`.

use std::collections::{BTreeSet, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::{json, Value};

use super::{RenderContext, Renderer, Report};
use crate::content::capsule::{Capsule, Translation};
use crate::content::front_matter::Kind;
use crate::error::{Diagnostic, Error, Result};
use crate::images::cache::Cache;
use crate::images::{process, svg, Format, Picture};
use crate::locale::human_date;
use crate::messages::Message;
use crate::print::text::Typography;
use crate::print::{qr, Job, Typesetter};
use crate::site::Site;

pub struct Leaflets;

/// The booklets, made beside the pages: they wait for no page, and only the lists of leaflets
/// wait for them.
pub struct Booklets;

/// Crop marks stand this far from the trim, or further when the bleed is wider: print marks
/// must never reach the bleed.
const MARK_OFFSET_MM: f64 = 3.0;
const MARK_LENGTH_MM: f64 = 5.0;
/// Room left beyond the marks' outer end.
const MARK_MARGIN_MM: f64 = 2.0;

/// A leaflet's file, beside its capsule page.
pub fn leaflet_path(site: &Site, lang: &str, slug: &str) -> String {
    format!("{}leaflet.pdf", site.urls.capsule(lang, slug))
}

/// Places a leaflet at its capsule's address and at every address the capsule had (its
/// `aliases`): a QR code printed or a link shared before a rename keeps giving the leaflet.
fn place_leaflet(
    ctx: &RenderContext,
    site: &Site,
    lang: &str,
    capsule: &Capsule,
    pdf: &std::path::Path,
) -> Result<()> {
    let old = capsule.aliases.iter().map(|a| a.get_ref());
    for slug in std::iter::once(&capsule.slug).chain(old) {
        ctx.out.link(&leaflet_path(site, lang, slug), pdf)?;
    }
    Ok(())
}

/// A language's booklet.
pub fn booklet_path(site: &Site, lang: &str) -> String {
    format!("{}booklet.pdf", site.urls.home(lang))
}

/// The capsules a language's booklet holds: every current tip, newest first.
pub fn booklet_tips<'a>(site: &'a Site, lang: &str) -> &'a [usize] {
    site.in_language(lang)
        .by_kind
        .get(&Kind::Tip)
        .map_or(&[], Vec::as_slice)
}

/// Runs `job(0..n)` on one thread per core, outside rayon's pool, and returns the results in
/// order. Typst parallelises inside a document with rayon; were the leaflets rayon jobs too, a
/// thread waiting inside one leaflet would steal and start another, and another, holding them
/// all in memory and on its stack at once.
pub(super) fn on_own_threads<T: Send>(n: usize, job: impl Fn(usize) -> T + Sync) -> Vec<T> {
    let next = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism()
        .map_or(2, |t| t.get())
        .min(n.max(1));
    let mut results: Vec<(usize, T)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let k = next.fetch_add(1, Ordering::Relaxed);
                        if k >= n {
                            break done;
                        }
                        done.push((k, job(k)));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| {
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    results.sort_by_key(|(k, _)| *k);
    results.into_iter().map(|(_, r)| r).collect()
}

/// How much of a capsule's text a leaflet holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fit {
    /// The whole body, in large type: a short tip reads from across the room.
    Large,
    /// The whole body, in normal type.
    Body,
    /// `leaflet.short`, else the summary, in large type: the body did not fit on one page.
    Short,
    /// The short text in normal type with a smaller photo: the last resort before an error.
    Compact,
}

impl Fit {
    const ALL: [Fit; 4] = [Fit::Large, Fit::Body, Fit::Short, Fit::Compact];

    fn name(self) -> &'static str {
        match self {
            Fit::Large => "large",
            Fit::Body => "body",
            Fit::Short => "short",
            Fit::Compact => "compact",
        }
    }

    fn is_short(self) -> bool {
        matches!(self, Fit::Short | Fit::Compact)
    }
}

impl Renderer for Leaflets {
    fn name(&self) -> &'static str {
        "output-leaflets"
    }

    fn render(&self, ctx: &RenderContext) -> Result<Report> {
        let site = ctx.site;
        if !site.leaflets {
            return Ok(Report::files(0));
        }
        let typesetter = Typesetter::new(&site.theme, site.intent.clone())?;
        let cache = Cache::new(&site.root, "print");
        let print = Print::new(site, &typesetter)?;
        let done = leaflets(ctx, &print, &cache)?;
        record_short_texts(ctx, &cache, &done)?;
        save_sources(site, &cache, ctx.is_full())?;
        let (jobs, fits): (Vec<(&str, usize)>, Vec<Fit>) = done.into_iter().unzip();
        if ctx.is_full() {
            cache
                .prune()
                .map_err(|e| Error::io(&site.root.join(".vigie-cache"), e))?;
        }
        let typeset = print.typeset.load(Ordering::Relaxed);
        let shortened = fits.iter().filter(|f| f.is_short()).count();
        let detail = Message::new("build-leaflets")
            .count("leaflets", jobs.len())
            .count("typeset", typeset)
            .count("reused", jobs.len() - typeset)
            .count("shortened", shortened)
            .text();
        Ok(Report {
            pages: 0,
            files: jobs.len(),
            detail: Some(detail),
        })
    }
}

impl Renderer for Booklets {
    fn name(&self) -> &'static str {
        "output-booklets"
    }

    fn render(&self, ctx: &RenderContext) -> Result<Report> {
        let site = ctx.site;
        // A preview typesets only the leaflets of the capsule edited; booklets wait for a build.
        if !site.leaflets || !ctx.is_full() {
            return Ok(Report::files(0));
        }
        let typesetter = Typesetter::new(&site.theme, site.intent.clone())?;
        let print = Print::new(site, &typesetter)?;
        // The leaflets' cache gives the print photos and which text each leaflet printed; the
        // booklets have their own, so that each output prunes what it alone uses.
        let leaflets = Cache::new(&site.root, "print");
        let cache = Cache::new(&site.root, "booklets");
        let mut booklets = 0;
        for lang in site.languages() {
            let tips = booklet_tips(site, lang);
            if tips.is_empty() {
                continue;
            }
            // The booklet prints each tip's text as its leaflet does.
            let fit_of = |i: usize| print.cached_fit(&leaflets, lang, &site.capsules[i]);
            print.booklet(ctx, &cache, &leaflets, lang, tips, &fit_of)?;
            booklets += 1;
        }
        save_sources(site, &cache, true)?;
        cache
            .prune()
            .map_err(|e| Error::io(&site.root.join(".vigie-cache"), e))?;
        let typeset = print.typeset.load(Ordering::Relaxed);
        let detail = Message::new("build-booklets")
            .count("booklets", booklets)
            .count("typeset", typeset)
            .count("reused", booklets - typeset)
            .text();
        Ok(Report {
            pages: 0,
            files: booklets,
            detail: (booklets > 0).then_some(detail),
        })
    }
}

/// Typesets (or takes from the cache) the leaflet of every capsule page the build wants, on
/// threads of their own; gives each (language, capsule index) with the text it printed.
fn leaflets<'s>(
    ctx: &RenderContext<'s>,
    print: &Print,
    cache: &Cache,
) -> Result<Vec<((&'s str, usize), Fit)>> {
    let site = ctx.site;
    let jobs = capsule_pages(ctx);
    ctx.progress.inc_length(jobs.len() as u64);
    let fits: Vec<Fit> = on_own_threads(jobs.len(), |k| {
        let (lang, i) = jobs[k];
        let fit = print.leaflet(ctx, cache, lang, &site.capsules[i]);
        ctx.progress.inc(1);
        fit
    })
    .into_iter()
    .collect::<Result<_>>()?;
    Ok(jobs.into_iter().zip(fits).collect())
}

/// Every capsule page this build makes, as (language, capsule index): one leaflet, one poster
/// each.
pub(super) fn capsule_pages<'s>(ctx: &RenderContext<'s>) -> Vec<(&'s str, usize)> {
    let site = ctx.site;
    site.languages()
        .iter()
        .flat_map(|lang| {
            site.in_language(lang)
                .built
                .iter()
                .filter(|&&i| ctx.wants(&site.capsules[i]))
                .map(move |&i| (lang.as_str(), i))
        })
        .collect()
}

/// The leaflets that print their short text because the body does not fit, as (capsule
/// folder, language), for `vigie check`; the leaflets are written into `ctx.out`.
pub fn short_texts(ctx: &RenderContext) -> Result<Vec<(std::path::PathBuf, String)>> {
    let site = ctx.site;
    let typesetter = Typesetter::new(&site.theme, site.intent.clone())?;
    let print = Print::new(site, &typesetter)?;
    let cache = Cache::new(&site.root, "print");
    let done = leaflets(ctx, &print, &cache)?;
    save_sources(site, &cache, ctx.is_full())?;
    Ok(done
        .into_iter()
        .filter(|(_, fit)| fit.is_short())
        .map(|((lang, i), _)| (site.capsules[i].rel_dir.clone(), lang.to_string()))
        .collect())
}

/// The capsules whose leaflet printed its short text, per language, as a list of slugs kept in
/// the print cache: the leaflets page, made after the leaflets, says which ones fell back,
/// without working out every leaflet's key again (a twentieth of an unchanged rebuild at
/// 10,000 capsules). A preview, which typesets one capsule, updates its line alone.
fn record_short_texts(
    ctx: &RenderContext,
    cache: &Cache,
    done: &[((&str, usize), Fit)],
) -> Result<()> {
    let site = ctx.site;
    for lang in site.languages() {
        let entry = short_texts_entry(cache, lang);
        let earlier = std::fs::read_to_string(&entry).unwrap_or_default();
        let mut short: BTreeSet<&str> = match ctx.touched {
            Some(_) => earlier.lines().collect(),
            None => BTreeSet::new(),
        };
        for &((_, i), fit) in done.iter().filter(|((l, _), _)| *l == lang.as_str()) {
            let slug = site.capsules[i].slug.as_str();
            if fit.is_short() {
                short.insert(slug);
            } else {
                short.remove(slug);
            }
        }
        let text: String = short.iter().map(|slug| format!("{slug}\n")).collect();
        if text != earlier {
            cache
                .store(&entry, text.as_bytes())
                .map_err(|e| Error::io(&entry, e))?;
        }
    }
    Ok(())
}

/// Writes what the sources of the documents gave, for the next build (`Cache::save_sources`).
pub(super) fn save_sources(site: &Site, cache: &Cache, full: bool) -> Result<()> {
    cache
        .save_sources(full)
        .map_err(|e| Error::io(&site.root.join(".vigie-cache"), e))
}

/// The print cache's entry that lists the capsules whose leaflet in `lang` fell back.
fn short_texts_entry(cache: &Cache, lang: &str) -> std::path::PathBuf {
    cache.entry(&format!("short texts|{lang}"), "txt")
}

/// The slugs of the capsules whose leaflet in `lang` printed its short text, as the last
/// leaflets made recorded them.
pub(super) fn short_texts_of(site: &Site, lang: &str) -> HashSet<String> {
    let entry = short_texts_entry(&Cache::new(&site.root, "print"), lang);
    std::fs::read_to_string(entry)
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect()
}

/// What every document of a build shares (the screen's slides too).
pub(super) struct Print<'a> {
    pub(super) site: &'a Site,
    typesetter: &'a Typesetter,
    /// The page geometry every layout gets.
    page: Value,
    pub(super) bleed_mm: f64,
    /// The logo, ready for Typst, as (virtual path, bytes).
    logo: Option<(String, Vec<u8>)>,
    /// The theme's interface strings per language, with print typography.
    pub(super) strings: std::collections::BTreeMap<String, Value>,
    /// A hash of the logo and print settings, part of every cache key.
    pub(super) key: String,
    /// Per language, a hash of what all its leaflets share (the site's data and the strings),
    /// part of their keys: hashed once, where serialising it for each leaflet was a tenth of
    /// an unchanged rebuild.
    pub(super) shared: std::collections::BTreeMap<String, String>,
    /// A hash of the whole configuration, time zone and addresses, part of the source keys
    /// (`source_entry`).
    settings: String,
    pub(super) typeset: AtomicUsize,
}

impl<'a> Print<'a> {
    pub(super) fn new(site: &'a Site, typesetter: &'a Typesetter) -> Result<Print<'a>> {
        let print = &site.config.print;
        let bleed = print.bleed_mm;
        let page = page_data(print, print.paper.name(), print.paper.size_mm());
        let logo = site.config.logo.as_ref().map(|logo| {
            let path = site.root.join(logo.get_ref());
            let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
            let ext = path
                .extension()
                .map(|e| e.to_string_lossy().to_ascii_lowercase())
                .unwrap_or_default();
            let bytes = if ext == "svg" {
                let text = String::from_utf8_lossy(&bytes);
                svg::sanitize(&text)
                    .map(String::into_bytes)
                    .map_err(|m| Error::Content(vec![Diagnostic::said_in(logo.get_ref(), m)]))?
            } else {
                bytes
            };
            Ok((format!("/logo.{ext}"), bytes))
        });
        let logo = logo.transpose()?;
        let mut key = blake3::Hasher::new();
        key.update(typesetter.fingerprint.as_bytes());
        key.update(page.to_string().as_bytes());
        if let Some((name, bytes)) = &logo {
            key.update(name.as_bytes());
            key.update(bytes);
        }
        let can_show = |c| typesetter.can_show(c);
        let strings = site
            .theme
            .strings
            .iter()
            .map(|(lang, strings)| {
                let typography = Typography {
                    lang,
                    can_show: &can_show,
                };
                (lang.clone(), typography.apply_all(strings))
            })
            .collect();
        let mut print = Print {
            site,
            typesetter,
            page,
            strings,
            bleed_mm: bleed,
            logo,
            key: key.finalize().to_hex().to_string(),
            shared: Default::default(),
            settings: {
                let settings = format!("{:?}\0{:?}\0{:?}", site.config, site.tz, site.urls);
                blake3::hash(settings.as_bytes()).to_hex().to_string()
            },
            typeset: AtomicUsize::new(0),
        };
        print.shared = site
            .languages()
            .iter()
            .map(|lang| {
                let mut hash = blake3::Hasher::new();
                hash.update(lang.as_bytes());
                hash.update(print.site_data(lang).to_string().as_bytes());
                hash.update(print.strings[lang].to_string().as_bytes());
                (lang.clone(), hash.finalize().to_hex().to_string())
            })
            .collect();
        Ok(print)
    }

    /// Typesets (or takes from the cache) the leaflet of `capsule` in `lang`, and says how much
    /// of its text it holds.
    fn leaflet(
        &self,
        ctx: &RenderContext,
        cache: &Cache,
        lang: &str,
        capsule: &Capsule,
    ) -> Result<Fit> {
        let site = self.site;
        let Some(t) = capsule.translation(lang) else {
            return Ok(Fit::Body);
        };
        let source = self.source_entry(cache, "leaflet", lang, capsule);
        if let Some((key, fit)) = remembered_leaflet(cache, &source) {
            let pdf = leaflet_entry(cache, &key);
            if cache.has(&pdf) {
                // Named, so that the cache keeps them.
                fit_entry(cache, &key, fit);
                self.photo(cache, capsule);
                place_leaflet(ctx, site, lang, capsule, &pdf)?;
                return Ok(fit);
            }
        }
        let (key, fit) = self.typeset_leaflet(ctx, cache, lang, capsule, t)?;
        cache.remember(&source, &format!("{key} {}", fit.name()));
        Ok(fit)
    }

    /// Makes the data of the leaflet of `capsule` in `lang` and places the leaflet typeset from
    /// it, typesetting it unless the cache holds it; gives its key and how much of its text it
    /// holds.
    fn typeset_leaflet(
        &self,
        ctx: &RenderContext,
        cache: &Cache,
        lang: &str,
        capsule: &Capsule,
        t: &Translation,
    ) -> Result<(String, Fit)> {
        let site = self.site;
        let can_show = |c| self.typesetter.can_show(c);
        let typography = Typography {
            lang,
            can_show: &can_show,
        };
        let Draft {
            capsule: data,
            contact,
            body,
            short,
            url,
            photo,
            key,
        } = self.draft(cache, &typography, lang, capsule, t);
        let pdf_entry = leaflet_entry(cache, &key);
        if let Some(fit) = cached_leaflet(cache, &key) {
            place_leaflet(ctx, site, lang, capsule, &pdf_entry)?;
            return Ok((key, fit));
        }
        // Which text the leaflet holds, kept beside it.
        let fit_entries = Fit::ALL.map(|fit| fit_entry(cache, &key, fit));
        self.typeset.fetch_add(1, Ordering::Relaxed);
        let mut document = json!({
            "lang": lang,
            "page": self.page,
            "site": self.site_data(lang),
            "strings": self.strings[lang],
            "capsule": data,
            "contact": contact,
            "url": url,
            "url_text": without_scheme(&url),
        });
        // Made only now: the address is in the key already, and encoding a QR code for every
        // leaflet was a quarter of an unchanged rebuild.
        document["qr"] = qr_data(&url)?;
        let mut files = self.common_files();
        if let Some(photo) = &photo {
            files.push((photo.name.clone(), photo.bytes(cache)?));
        }
        files.push(("/data.json".into(), Vec::new()));
        let data = files.len() - 1;
        let mut job = Job {
            layout: ("leaflet.typ", "leaflet"),
            files,
            ident: url,
            bleed_mm: self.bleed_mm,
        };
        // Large type holds about 80 words on A5 beside the photo: a longer body is not tried
        // in it, which saves a layout for most leaflets.
        let (width, _) = site.config.print.paper.size_mm();
        let large_words = (80.0 * (width / 148.0).powi(2)) as usize;
        let words = t.body.first_words(large_words + 1);
        for (k, fit) in Fit::ALL.into_iter().enumerate() {
            if fit == Fit::Large && words > large_words {
                continue;
            }
            document["capsule"]["body"] = if fit.is_short() { &short } else { &body }.clone();
            document["capsule"]["fit"] = json!(fit.name());
            job.files[data].1 = document.to_string().into_bytes();
            let typeset = self.typesetter.compile(&job)?;
            if typeset.pages() == 1 {
                let pdf = self.typesetter.pdf(&typeset, &job)?;
                cache
                    .store(&pdf_entry, &pdf)
                    .map_err(|e| Error::io(&pdf_entry, e))?;
                cache
                    .store(&fit_entries[k], b"")
                    .map_err(|e| Error::io(&fit_entries[k], e))?;
                place_leaflet(ctx, site, lang, capsule, &pdf_entry)?;
                return Ok((key, fit));
            }
        }
        Err(Error::Content(vec![Diagnostic::said_in(
            &t.source.path,
            Message::new("leaflet-too-long")
                .arg("capsule", &capsule.slug)
                .arg("paper", site.config.print.paper.name()),
        )]))
    }

    /// A leaflet's own data (without what every leaflet of its language shares, its text or its
    /// QR code), and its cache key.
    fn draft(
        &self,
        cache: &Cache,
        typography: &Typography,
        lang: &str,
        capsule: &Capsule,
        t: &Translation,
    ) -> Draft<'a> {
        let site = self.site;
        let body = typography.blocks(&t.body);
        let short = typography.paragraph(t.leaflet.short.as_deref().unwrap_or(&t.summary));
        let url = site.urls.absolute(&site.urls.capsule(lang, &capsule.slug));
        let data = self.capsule_data(typography, capsule, t, "/photo");
        let contact = self.contact(t, lang);
        let photo = self.photo(cache, capsule);
        let mut key = blake3::Hasher::new();
        key.update(self.key.as_bytes());
        key.update(self.shared[lang].as_bytes());
        key.update(data.to_string().as_bytes());
        key.update(contact.to_string().as_bytes());
        key.update(url.as_bytes());
        key.update(body.to_string().as_bytes());
        key.update(short.to_string().as_bytes());
        if let Some(photo) = &photo {
            key.update(photo.key.as_bytes());
        }
        Draft {
            capsule: data,
            contact,
            body,
            short,
            url,
            photo,
            key: key.finalize().to_hex().to_string(),
        }
    }

    /// Which text the leaflet of `capsule` in `lang` printed, as its cache entry says (the
    /// leaflets are made before the booklets); the body if it has none.
    fn cached_fit(&self, cache: &Cache, lang: &str, capsule: &Capsule) -> Fit {
        let Some(t) = capsule.translation(lang) else {
            return Fit::Body;
        };
        let source = self.source_entry(cache, "leaflet", lang, capsule);
        if let Some((_, fit)) = remembered_leaflet(cache, &source) {
            return fit;
        }
        let can_show = |c| self.typesetter.can_show(c);
        let typography = Typography {
            lang,
            can_show: &can_show,
        };
        let key = self.draft(cache, &typography, lang, capsule, t).key;
        Fit::ALL
            .into_iter()
            .find(|fit| fit_entry(cache, &key, *fit).is_file())
            .unwrap_or(Fit::Body)
    }

    /// The name under which the print cache remembers the key of the `what` ("leaflet",
    /// "poster") of `capsule` in `lang` (the hash of its data, which names the PDF): a hash of
    /// what that data is made of, what every document shares, the site's settings and the
    /// capsule as loaded.
    /// An unchanged document is then found without making its data, an eighth of an unchanged
    /// rebuild at 10,000 capsules; a change that leaves the data as it was (a district added,
    /// another publishing target) costs the data once, not typesetting again.
    pub(super) fn source_entry(
        &self,
        cache: &Cache,
        what: &str,
        lang: &str,
        capsule: &Capsule,
    ) -> String {
        let mut key = blake3::Hasher::new();
        key.update(self.key.as_bytes());
        key.update(self.shared[lang].as_bytes());
        key.update(self.settings.as_bytes());
        key.update(self.site.fingerprint(capsule).as_bytes());
        let key = key.finalize().to_hex();
        cache.source(&format!("{what} source|{lang}|{key}"))
    }

    /// The booklet of `lang`: a cover, every current tip, a contact back page, with blank pages
    /// so that its page count is a multiple of 4 (sheets folded in two).
    fn booklet(
        &self,
        ctx: &RenderContext,
        cache: &Cache,
        leaflets: &Cache,
        lang: &str,
        tips: &[usize],
        fit_of: &dyn Fn(usize) -> Fit,
    ) -> Result<()> {
        let site = self.site;
        let path = booklet_path(site, lang);
        // As for a leaflet, the key of the booklet's data is found from its sources: the tips,
        // each with the text its leaflet printed, in order.
        let mut source = blake3::Hasher::new();
        source.update(self.key.as_bytes());
        source.update(self.shared[lang].as_bytes());
        source.update(self.settings.as_bytes());
        for &i in tips {
            source.update(site.fingerprint(&site.capsules[i]).as_bytes());
            source.update(fit_of(i).name().as_bytes());
        }
        let source = source.finalize().to_hex();
        let source = cache.source(&format!("booklet source|{lang}|{source}"));
        if let Some(key) = remembered_key(cache, &source) {
            let entry = cache.entry(&format!("booklet|{key}"), "pdf");
            if cache.has(&entry) {
                return ctx.out.link(&path, &entry);
            }
        }
        let can_show = |c| self.typesetter.can_show(c);
        let typography = Typography {
            lang,
            can_show: &can_show,
        };
        let mut files = self.common_files();
        let mut key = blake3::Hasher::new();
        key.update(self.key.as_bytes());
        let mut capsules = Vec::new();
        // By content: a photo several tips share is read and decoded once.
        let mut photos = std::collections::BTreeMap::new();
        for &i in tips {
            let capsule = &site.capsules[i];
            let Some(t) = capsule.translation(lang) else {
                continue;
            };
            let stem = capsule
                .image
                .as_ref()
                .map_or(String::new(), |p| format!("/photos/{}", p.hash));
            let mut data = self.capsule_data(&typography, capsule, t, &stem);
            data["body"] = if fit_of(i).is_short() {
                typography.paragraph(t.leaflet.short.as_deref().unwrap_or(&t.summary))
            } else {
                typography.blocks(&t.body)
            };
            let url = site.urls.absolute(&site.urls.capsule(lang, &capsule.slug));
            data["url"] = json!(url);
            data["url_text"] = json!(without_scheme(&url));
            if let Some(photo) = self.photo(leaflets, capsule) {
                key.update(photo.key.as_bytes());
                let name = format!("{stem}.{}", print_extension(&photo.picture));
                photos.insert(name, photo);
            }
            capsules.push(data);
        }
        let home = site.urls.absolute(&site.urls.home(lang));
        // The edition is the newest tip's date, so an unchanged booklet keeps its bytes.
        let newest = tips.iter().map(|&i| site.capsules[i].date).max();
        let edition = newest.map(|d| human_date(d, &site.tz, &site.theme.strings[lang]));
        let edition_date = newest.map(|d| date_data(d, &site.tz));
        let mut document = json!({
            "lang": lang,
            "page": self.page,
            "site": self.site_data(lang),
            "strings": self.strings[lang],
            "capsules": capsules,
            "contact": site.config.main_contact().map(|c| c.localized(lang, site.config.default_language())),
            "url": home,
            "url_text": without_scheme(&home),
            "edition": edition,
            "edition_date": edition_date,
            "blank_pages": 0,
        });
        key.update(document.to_string().as_bytes());
        let key = key.finalize().to_hex();
        cache.remember(&source, &key);
        let entry = cache.entry(&format!("booklet|{key}"), "pdf");
        if !cache.has(&entry) {
            self.typeset.fetch_add(1, Ordering::Relaxed);
            // QR codes only now, as for a leaflet: their addresses are in the key.
            document["qr"] = qr_data(&home)?;
            if let Some(capsules) = document["capsules"].as_array_mut() {
                for data in capsules {
                    let url = data["url"].as_str().unwrap_or_default().to_string();
                    data["qr"] = qr_data(&url)?;
                }
            }
            for (name, photo) in &photos {
                files.push((name.clone(), photo.bytes(leaflets)?));
            }
            files.push(("/data.json".into(), document.to_string().into_bytes()));
            let data = files.len() - 1;
            let mut job = Job {
                layout: ("booklet.typ", "booklet"),
                files,
                ident: path.clone(),
                bleed_mm: self.bleed_mm,
            };
            // The default layout adds the blank pages a folded booklet needs itself; a theme's
            // own that does not is typeset again with `blank_pages` set.
            let mut typeset = self.typesetter.compile(&job)?;
            let missing = (4 - typeset.pages() % 4) % 4;
            if missing > 0 {
                document["blank_pages"] = json!(missing);
                job.files[data].1 = document.to_string().into_bytes();
                typeset = self.typesetter.compile(&job)?;
            }
            let pdf = self.typesetter.pdf(&typeset, &job)?;
            cache
                .store(&entry, &pdf)
                .map_err(|e| Error::io(&entry, e))?;
        }
        ctx.out.link(&path, &entry)
    }

    /// The capsule as layouts read it, without its text; its photo at `photo` (without the
    /// extension).
    pub(super) fn capsule_data(
        &self,
        typography: &Typography,
        capsule: &Capsule,
        t: &Translation,
        photo: &str,
    ) -> Value {
        let site = self.site;
        let strings = &self.strings[&t.lang];
        let photo = capsule.image.as_ref().map(|picture| {
            json!({
                "path": format!("{photo}.{}", print_extension(picture)),
                "alt": t.image_alt.as_deref().map(|a| typography.apply(a)).unwrap_or_default(),
                "credit": t.image_credit.as_deref().map(|c| typography.apply(c)),
                "focus": [picture.focus.0, picture.focus.1],
                "ratio": f64::from(picture.width) / f64::from(picture.height.max(1)),
            })
        });
        let headline = t.leaflet.headline.as_deref().unwrap_or(&t.title);
        json!({
            "slug": capsule.slug,
            "kind": capsule.kind.as_str(),
            "kind_label": strings[format!("kind_{}", capsule.kind.as_str())],
            "title": typography.apply(&t.title),
            "headline": typography.apply(headline),
            "summary": typography.apply(&t.summary),
            "cta": t.leaflet.cta.as_deref().map(|c| typography.apply(c)),
            // The credit an adopted capsule owes its first site, in the leaflet's language.
            "origin": capsule.origin.as_ref().map(|o| typography.apply(&format!(
                "{} {} ({})",
                strings["adapted_from"].as_str().unwrap_or_default(),
                o.publisher,
                crate::exchange::licence_label(&o.licence)
            ))),
            "tags": capsule.tags.iter().map(|tag| site.config.tag_name(tag, &t.lang)).collect::<Vec<_>>(),
            "date": date_data(capsule.date, &site.tz),
            "date_text": human_date(capsule.date, &site.tz, strings),
            "photo": photo,
            // When and where, printed large: what a leaflet on a notice board is read for.
            "event": capsule.event.as_ref().map(|e| json!({
                "when": typography.apply(&crate::locale::human_span(e.start, e.end, &site.tz, strings)),
                "place": t.venue.as_ref().map(|v| typography.apply(&v.place)),
                "address": t.venue.as_ref().and_then(|v| v.address.as_deref()).map(|a| typography.apply(a)),
                "registration": e.registration.as_deref().map(|r| typography.apply(r)),
            })),
        })
    }

    pub(super) fn site_data(&self, lang: &str) -> Value {
        let config = &self.site.config;
        json!({
            "title": config.title(lang),
            "publisher": config.publisher(lang),
            "logo": self.logo.as_ref().map(|(name, _)| name),
        })
    }

    /// The contact a capsule's leaflet prints: its own, else the print contact, else the
    /// site's first.
    pub(super) fn contact(&self, t: &Translation, lang: &str) -> Value {
        let config = &self.site.config;
        t.leaflet
            .contact
            .as_ref()
            .and_then(|key| config.contacts.get(key.get_ref()))
            .or_else(|| config.main_contact())
            .map_or(Value::Null, |c| {
                c.localized(lang, config.default_language())
            })
    }

    pub(super) fn common_files(&self) -> Vec<(String, Vec<u8>)> {
        self.logo.iter().cloned().collect()
    }

    /// The capsule's photo made for the leaflet, known by its cache entry.
    pub(super) fn photo(&self, cache: &Cache, capsule: &Capsule) -> Option<PrintPhoto<'a>> {
        self.photo_across(cache, capsule, self.site.config.print.paper.size_mm().0)
    }

    /// The capsule's photo made for print across a sheet `width_mm` wide.
    pub(super) fn photo_across(
        &self,
        cache: &Cache,
        capsule: &Capsule,
        width_mm: f64,
    ) -> Option<PrintPhoto<'a>> {
        let picture = capsule.image.as_ref()?;
        // Separated into CMYK for PDF/X, through the profile: another profile, another photo.
        let inks = self
            .site
            .intent
            .as_ref()
            .map_or("RGB", |i| i.fingerprint.as_str());
        let what = format!("{}|print|{width_mm}|{inks}", picture.hash);
        // Named even when the leaflet itself comes from the cache, so the photo is not pruned.
        let entry = cache.entry(&what, print_extension(picture));
        Some(PrintPhoto {
            site: self.site,
            capsule_slug: capsule.slug.clone(),
            picture: picture.clone(),
            name: format!("/photo.{}", print_extension(picture)),
            key: what,
            entry,
            width_mm,
        })
    }
}

/// A day for a layout's `set document(date: …)`: a print PDF's creation and modification date,
/// which PDF/X requires, taken from the content so that a rebuild gives the same bytes.
pub(super) fn date_data(date: jiff::Timestamp, tz: &jiff::tz::TimeZone) -> Value {
    let date = date.to_zoned_datetime(tz.clone()).date();
    json!({ "year": date.year(), "month": date.month(), "day": date.day() })
}

/// The page geometry a layout gets for a sheet of `paper`: trim size, bleed, and the room
/// kept beyond the bleed for crop marks (`slug`).
pub(super) fn page_data(
    print: &crate::config::Print,
    paper: &str,
    (width, height): (f64, f64),
) -> Value {
    let bleed = print.bleed_mm;
    let marks = print.crop_marks.then(|| {
        let offset = MARK_OFFSET_MM.max(bleed);
        json!({ "offset": offset, "length": MARK_LENGTH_MM })
    });
    // Beyond the bleed, the sheet grows to carry the marks.
    let slug = if print.crop_marks {
        MARK_OFFSET_MM.max(bleed) + MARK_LENGTH_MM + MARK_MARGIN_MM - bleed
    } else {
        0.0
    };
    json!({
        "paper": paper,
        "width": width,
        "height": height,
        "bleed": bleed,
        "slug": slug,
        "marks": marks,
    })
}

/// A leaflet's data before its text is chosen (`Print::draft`).
struct Draft<'a> {
    capsule: Value,
    contact: Value,
    body: Value,
    short: Value,
    url: String,
    photo: Option<PrintPhoto<'a>>,
    key: String,
}

/// A photo as a leaflet prints it: at most 300 dpi across the sheet, without metadata; an SVG
/// sanitised. Made once, then taken from the cache.
pub(super) struct PrintPhoto<'a> {
    site: &'a Site,
    capsule_slug: String,
    pub(super) picture: Picture,
    pub(super) name: String,
    pub(super) key: String,
    entry: std::path::PathBuf,
    width_mm: f64,
}

impl PrintPhoto<'_> {
    pub(super) fn bytes(&self, cache: &Cache) -> Result<Vec<u8>> {
        if self.entry.is_file() {
            return std::fs::read(&self.entry).map_err(|e| Error::io(&self.entry, e));
        }
        let source =
            std::fs::read(&self.picture.path).map_err(|e| Error::io(&self.picture.path, e))?;
        let made = match self.picture.format {
            Format::Raster => process::print_version(
                &source,
                self.width_mm,
                self.site.intent.as_ref().map(|i| i.icc.as_slice()),
            ),
            Format::Svg => svg::sanitize(&String::from_utf8_lossy(&source)).map(String::into_bytes),
        };
        let bytes = made.map_err(|message| {
            let file = self
                .picture
                .path
                .strip_prefix(&self.site.root)
                .unwrap_or(&self.picture.path);
            Error::Content(vec![Diagnostic::said_in(
                file,
                Message::new("picture-broken")
                    .arg("capsule", &self.capsule_slug)
                    .arg("problem", message),
            )])
        })?;
        cache
            .store(&self.entry, &bytes)
            .map_err(|e| Error::io(&self.entry, e))?;
        Ok(bytes)
    }
}

/// The key the cache remembers for `source`; none if it has none, or not a key.
pub(super) fn remembered_key(cache: &Cache, source: &str) -> Option<String> {
    cache.remembered(source).filter(|key| is_key(key))
}

/// The key and text of the leaflet the cache remembers for `source`, as "key fit".
fn remembered_leaflet(cache: &Cache, source: &str) -> Option<(String, Fit)> {
    let value = cache.remembered(source)?;
    let (key, name) = value.split_once(' ')?;
    let fit = Fit::ALL.into_iter().find(|fit| fit.name() == name)?;
    is_key(key).then(|| (key.to_string(), fit))
}

/// Whether `text` is a key as blake3 writes one: 64 hexadecimal digits.
fn is_key(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The leaflet typeset from the data of `key`.
fn leaflet_entry(cache: &Cache, key: &str) -> std::path::PathBuf {
    cache.entry(&format!("leaflet|{key}"), "pdf")
}

/// The empty file that says the leaflet of `key` holds its text as `fit` has it.
fn fit_entry(cache: &Cache, key: &str, fit: Fit) -> std::path::PathBuf {
    cache.entry(&format!("leaflet|{key}|{}", fit.name()), "fit")
}

/// Which text the cached leaflet of `key` holds; none if it is not in the cache. Every text's
/// entry is named, so that the cache keeps the one there is.
fn cached_leaflet(cache: &Cache, key: &str) -> Option<Fit> {
    let fits = Fit::ALL.map(|fit| fit_entry(cache, key, fit));
    if !cache.has(&leaflet_entry(cache, key)) {
        return None;
    }
    fits.iter().position(|e| e.is_file()).map(|k| Fit::ALL[k])
}

pub(super) fn print_extension(picture: &Picture) -> &'static str {
    match picture.format {
        Format::Raster => "jpg",
        Format::Svg => "svg",
    }
}

pub(super) fn qr_data(url: &str) -> Result<Value> {
    let code = qr::encode(url).map_err(Error::Usage)?;
    Ok(serde_json::to_value(code).unwrap_or_default())
}

/// An address as printed under a QR code: without `https://`, which nobody types.
pub(super) fn without_scheme(url: &str) -> &str {
    url.trim_start_matches("https://")
        .trim_start_matches("http://")
}
