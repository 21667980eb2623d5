//! Posters: `<lang>/capsules/<slug>/poster.pdf` for every capsule page, for the notice boards
//! of the town hall, the pharmacy or the bakery, where residents who read no website pass.
//! A sheet of `[print] poster` (A4, A3 or A2) with the headline read from two metres, the
//! photo, one sentence, the contact, a large QR code with the address under it, the logo and
//! the publisher; print-ready like the leaflets (bleed, crop marks, the same boxes), typeset
//! by Typst from the theme's `leaflet/poster.typ` and cached by a hash of its data.

use serde_json::json;

use super::leaflets::{
    capsule_pages, on_own_threads, page_data, qr_data, remembered_key, save_sources,
    without_scheme, Print,
};
use super::{screen, RenderContext, Renderer, Report};
use crate::content::capsule::Capsule;
use crate::error::{Error, Result};
use crate::images::cache::Cache;
use crate::print::text::Typography;
use crate::print::{Job, Typesetter};
use crate::site::Site;

pub struct Posters;

/// The most a poster's sentence holds, in characters: read in passing, from two metres.
const SENTENCE_LIMIT: usize = 140;

/// The type sizes a poster tries, largest first (`capsule.fit` in the layout's data).
const FITS: [&str; 3] = ["large", "compact", "small"];

/// A poster's file, beside its capsule page.
pub fn poster_path(site: &Site, lang: &str, slug: &str) -> String {
    format!("{}poster.pdf", site.urls.capsule(lang, slug))
}

impl Renderer for Posters {
    fn name(&self) -> &'static str {
        "output-posters"
    }

    fn render(&self, ctx: &RenderContext) -> Result<Report> {
        let site = ctx.site;
        if !site.leaflets {
            return Ok(Report::files(0));
        }
        let typesetter = Typesetter::new(&site.theme, site.intent.clone())?;
        let print = Print::new(site, &typesetter)?;
        // Their own cache, photos included: the leaflets prune theirs while posters are made.
        let cache = Cache::new(&site.root, "posters");
        let jobs = capsule_pages(ctx);
        ctx.progress.inc_length(jobs.len() as u64);
        on_own_threads(jobs.len(), |k| {
            let (lang, i) = jobs[k];
            let made = poster(ctx, &print, &typesetter, &cache, lang, &site.capsules[i]);
            ctx.progress.inc(1);
            made
        })
        .into_iter()
        .collect::<Result<Vec<()>>>()?;
        save_sources(site, &cache, ctx.is_full())?;
        if ctx.is_full() {
            cache
                .prune()
                .map_err(|e| Error::io(&site.root.join(".vigie-cache"), e))?;
        }
        Ok(Report::files(jobs.len()))
    }
}

/// Typesets (or takes from the cache) the poster of `capsule` in `lang` and places it at the
/// capsule's address and every address it had.
fn poster(
    ctx: &RenderContext,
    print: &Print,
    typesetter: &Typesetter,
    cache: &Cache,
    lang: &str,
    capsule: &Capsule,
) -> Result<()> {
    let site = print.site;
    let Some(t) = capsule.translation(lang) else {
        return Ok(());
    };
    let paper = site.config.print.poster;
    let source = print.source_entry(cache, "poster", lang, capsule);
    if let Some(key) = remembered_key(cache, &source) {
        let entry = poster_entry(cache, &key);
        if cache.has(&entry) {
            // Named, so that the cache keeps it.
            print.photo_across(cache, capsule, paper.size_mm().0);
            return place(ctx, lang, capsule, &entry);
        }
    }
    let can_show = |c| typesetter.can_show(c);
    let typography = Typography {
        lang,
        can_show: &can_show,
    };
    let url = site.urls.absolute(&site.urls.capsule(lang, &capsule.slug));
    let mut data = print.capsule_data(&typography, capsule, t, "/photo");
    data["text"] = json!(typography.apply(&screen::short_text(t, 1, SENTENCE_LIMIT)));
    let mut document = json!({
        "lang": lang,
        "page": page_data(&site.config.print, paper.name(), paper.size_mm()),
        "site": print.site_data(lang),
        "strings": print.strings[lang],
        "capsule": data,
        "contact": print.contact(t, lang),
        "url": url,
        "url_text": without_scheme(&url),
    });
    let photo = print.photo_across(cache, capsule, paper.size_mm().0);
    let mut key = blake3::Hasher::new();
    key.update(print.key.as_bytes());
    key.update(document.to_string().as_bytes());
    if let Some(photo) = &photo {
        key.update(photo.key.as_bytes());
    }
    let key = key.finalize().to_hex();
    cache.remember(&source, &key);
    let entry = poster_entry(cache, &key);
    if !cache.has(&entry) {
        print
            .typeset
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        // The QR code only now: the address is in the key already.
        document["qr"] = qr_data(&url)?;
        let mut files = print.common_files();
        if let Some(photo) = &photo {
            files.push((photo.name.clone(), photo.bytes(cache)?));
        }
        files.push(("/data.json".into(), Vec::new()));
        let data = files.len() - 1;
        let mut job = Job {
            layout: ("poster.typ", "poster"),
            files,
            ident: format!("poster {url}"),
            bleed_mm: print.bleed_mm,
        };
        // The largest type that keeps the poster on one sheet: a long headline (a German
        // compound, a second line) steps down.
        let mut pages = 0;
        let mut fitting = None;
        for fit in FITS {
            document["capsule"]["fit"] = json!(fit);
            job.files[data].1 = document.to_string().into_bytes();
            let typeset = typesetter.compile(&job)?;
            pages = typeset.pages();
            if pages == 1 {
                fitting = Some(typeset);
                break;
            }
        }
        let Some(typeset) = fitting else {
            return Err(Error::Template {
                template: "leaflet/poster.typ".into(),
                message: format!(
                    "the poster of {} in {lang} takes {pages} pages even in its smallest type: \
                     shorten its headline ([leaflet] headline) or its short text",
                    capsule.slug
                ),
            });
        };
        let pdf = typesetter.pdf(&typeset, &job)?;
        cache
            .store(&entry, &pdf)
            .map_err(|e| Error::io(&entry, e))?;
    }
    place(ctx, lang, capsule, &entry)
}

/// The poster typeset from the data of `key`.
fn poster_entry(cache: &Cache, key: &str) -> std::path::PathBuf {
    cache.entry(&format!("poster|{key}"), "pdf")
}

/// Places the poster `entry` at the capsule's address and every address it had.
fn place(
    ctx: &RenderContext,
    lang: &str,
    capsule: &Capsule,
    entry: &std::path::Path,
) -> Result<()> {
    let old = capsule.aliases.iter().map(|a| a.get_ref());
    for slug in std::iter::once(&capsule.slug).chain(old) {
        ctx.out.link(&poster_path(ctx.site, lang, slug), entry)?;
    }
    Ok(())
}
