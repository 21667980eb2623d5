//! The website: every HTML page, rendered from the theme's Tera templates in parallel.
//!
//! Pages are written as the templates make them, not minified: minify-html took half of the
//! build's CPU for 4 % of the bytes (3 % once compressed), so the default theme's templates are
//! written compact instead.
//!
//! Links are made here, per page, through `Urls::href`, so the same templates serve the web
//! site and the offline copy.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use rayon::prelude::*;
use serde_json::{json, Map, Value};
use tera::Context;

use super::{bulletin, leaflets, posters, OutputDir, RenderContext, Renderer, Report, Touched};
use crate::config::Network;
use crate::content::capsule::{Capsule, Translation};
use crate::content::front_matter::Kind;
use crate::content::markdown::LinkTarget;
use crate::content::slug::slugify;
use crate::error::Result;
use crate::images::{Format, Picture, OG};
use crate::locale::{human_date, human_span, iso_datetime};
use crate::share;
use crate::share::kit::Post;
use crate::site::Site;
use crate::theme::template_error;

/// Capsules per list page: a phone screen or two.
const PER_PAGE: usize = 12;
/// Capsules under "latest" on the home page.
const HOME_LATEST: usize = 9;

/// Every page but the lists of leaflets.
pub struct Html;

/// The lists of leaflets, made after the booklets whose sizes they give.
pub struct LeafletLists;

/// One page to render. Cheap to hold: its template context is made only when the page is
/// rendered, inside the parallel loop, and dropped right after.
#[derive(Clone, Copy)]
enum Job<'a> {
    Root,
    /// The site's 404 page: in every language at the root, in one under its home.
    NotFound(Option<&'a str>),
    Home(&'a str),
    List {
        lang: &'a str,
        list: List<'a>,
        page: usize,
    },
    Terms {
        lang: &'a str,
        districts: bool,
    },
    Capsule {
        lang: &'a str,
        index: usize,
    },
    Page(usize),
    Accessibility(&'a str),
    /// The list of leaflets and the booklet, for print shops and partners.
    Leaflets(&'a str),
    /// The page for the municipal magazine, which links its PDF.
    Bulletin(&'a str),
    /// The page that sends a capsule to the visitor's own Mastodon server.
    Mastodon(&'a str),
    /// A capsule's social kit, for the webmaster.
    Kit {
        lang: &'a str,
        index: usize,
    },
    /// A page at an address a capsule had before, sending on to where it is now, so that
    /// printed QR codes and old links keep working.
    Alias {
        lang: &'a str,
        index: usize,
        alias: &'a str,
        /// The old address of the capsule's share page rather than of the capsule's page.
        share: bool,
    },
}

/// The lists of capsules a language has.
#[derive(Clone, Copy)]
enum List<'a> {
    All,
    Kind(Kind),
    /// By tag slug.
    Tag(&'a str),
    /// By district key.
    District(&'a str),
    /// Events not over yet, the soonest first.
    Events,
}

/// What rendering a job needs: the page's address, its template and its data.
struct Rendered {
    path: String,
    template: &'static str,
    context: Context,
}

impl Renderer for Html {
    fn name(&self) -> &'static str {
        "output-html"
    }

    fn render(&self, ctx: &RenderContext) -> Result<Report> {
        render_pages(ctx, HashSet::new(), |job| {
            !matches!(job, Job::Leaflets(_) | Job::Bulletin(_))
        })
    }
}

impl Renderer for LeafletLists {
    fn name(&self) -> &'static str {
        "output-leaflet-lists"
    }

    fn render(&self, ctx: &RenderContext) -> Result<Report> {
        let site = ctx.site;
        let shortened = site
            .languages()
            .iter()
            .flat_map(|lang| {
                let short = leaflets::short_texts_of(site, lang);
                site.in_language(lang)
                    .listed
                    .iter()
                    .filter(move |&&i| short.contains(&site.capsules[i].slug))
                    .map(move |&i| (lang.clone(), i))
            })
            .collect();
        render_pages(ctx, shortened, |job| {
            matches!(job, Job::Leaflets(_) | Job::Bulletin(_))
        })
    }
}

/// Renders the pages of the site that are `wanted`; `shortened` as `Shared` has it.
fn render_pages(
    ctx: &RenderContext,
    shortened: HashSet<(String, usize)>,
    wanted: impl Fn(&Job) -> bool,
) -> Result<Report> {
    let site = ctx.site;
    let mut jobs = jobs(site);
    jobs.retain(|job| wanted(job));
    if let Some(touched) = ctx.touched {
        jobs.retain(|job| is_touched(site, touched, job));
    }
    ctx.progress.inc_length(jobs.len() as u64);
    let shared = Shared::new(site, ctx.out, shortened);
    let policy = super::server::page_policy(site);
    let sources =
        (site.theme.pages_key.as_ref()).map(|pages_key| SourceKeys::new(site, pages_key, policy));
    let rendered = |job: Job| {
        let mut rendered = render(site, &shared, job);
        if let Some(policy) = policy {
            rendered.context.insert("policy", policy);
        }
        rendered
    };
    let html = |template: &str, context: &Context| {
        site.theme
            .tera
            .render(template, context)
            .map_err(|e| template_error(template, &e))
    };
    jobs.par_iter().try_for_each(|job| {
        if let Some((path, key)) = sources.as_ref().and_then(|s| s.key(site, &shared, *job)) {
            if ctx.out.has_page(&path, &key) {
                // Debug builds, and so every test, check that a page kept by its source key
                // is what rendering it gives: a page reading something its key does not
                // cover fails there rather than going stale on a webmaster's site.
                if cfg!(debug_assertions) {
                    let Rendered {
                        template, context, ..
                    } = rendered(*job);
                    let kept = ctx.out.read(&path);
                    assert!(
                        kept.as_deref() == Some(html(template, &context)?.as_bytes()),
                        "{path} was kept from its source key but renders otherwise"
                    );
                }
            } else {
                let Rendered {
                    path: rendered_path,
                    template,
                    context,
                } = rendered(*job);
                debug_assert_eq!(path, rendered_path);
                ctx.out
                    .write_page(&path, &key, html(template, &context)?.as_bytes())?;
            }
            ctx.progress.inc(1);
            return Ok(());
        }
        let Rendered {
            path,
            template,
            context,
        } = rendered(*job);
        // A page whose template and data are those an earlier build rendered into this folder
        // is left as it is: hashing its data costs a fraction of rendering and comparing it.
        let html = |context: &Context| html(template, context);
        let Some(pages_key) = &site.theme.pages_key else {
            ctx.out.write(&path, html(&context)?.as_bytes())?;
            ctx.progress.inc(1);
            return Ok(());
        };
        let data = context.into_json();
        let mut key = blake3::Hasher::new();
        key.update(pages_key.as_bytes());
        key.update(template.as_bytes());
        key.update(b"\0");
        serde_json::to_writer(&mut key, &data).map_err(|e| crate::Error::Template {
            template: template.into(),
            message: e.to_string(),
        })?;
        let key = key.finalize().to_hex();
        if !ctx.out.has_page(&path, &key) {
            let context = Context::from_value(data).map_err(|e| template_error(template, &e))?;
            ctx.out
                .write_page(&path, &key, html(&context)?.as_bytes())?;
        }
        ctx.progress.inc(1);
        Ok(())
    })?;
    Ok(Report::pages(jobs.len()))
}

/// Keys for a capsule's own pages (its page, social kit and aliases), the lists and the home
/// pages, made from what they read (the capsules they show, as loaded, and what they read of
/// the rest of the site) rather than from their data: building the data (the body as HTML,
/// nine posts fitted to their networks, a card for each capsule listed) to hash it was most of
/// an unchanged rebuild of 10,000 capsules. The other pages keep the hash of their data.
struct SourceKeys {
    /// What a capsule's pages read beyond their capsule: the templates, the configuration, the
    /// theme's strings and assets, the addresses, the indexes and pages (menus, tag links), the
    /// languages each capsule has (where `@/` links lead).
    site: blake3::Hash,
}

impl SourceKeys {
    fn new(site: &Site, pages_key: &str, policy: Option<&str>) -> SourceKeys {
        use std::fmt::Write;
        let mut text = String::new();
        let _ = write!(
            text,
            "{pages_key}\0{policy:?}\0{:?}\0{:?}\0{:?}\0{:?}\0{} {}\0{:?}\0{:?}\0",
            site.config,
            site.theme.strings,
            site.urls,
            site.tz,
            site.drafts,
            site.leaflets,
            site.indexes,
            site.pages,
        );
        for asset in &site.theme.assets {
            let _ = write!(text, "{} {}\0", asset.name, asset.file);
        }
        for capsule in &site.capsules {
            let _ = write!(text, "{}", capsule.slug);
            for t in &capsule.translations {
                let _ = write!(text, " {}", t.lang);
            }
            text.push('\0');
        }
        SourceKeys {
            site: blake3::hash(text.as_bytes()),
        }
    }

    /// The path and key of `job` if it is one of a capsule's own pages, a list or a home page.
    fn key(&self, site: &Site, shared: &Shared, job: Job) -> Option<(String, String)> {
        let (lang, shown, path, what) = match job {
            Job::Capsule { lang, index } => {
                let slug = &site.capsules[index].slug;
                // The sizes its links to the leaflet and poster give.
                let sizes = site.leaflets.then(|| {
                    (
                        shared.out_size(&leaflets::leaflet_path(site, lang, slug)),
                        shared.out_size(&posters::poster_path(site, lang, slug)),
                    )
                });
                let what = format!("capsule {sizes:?}");
                (lang, vec![index], site.urls.capsule(lang, slug), what)
            }
            Job::Kit { lang, index } => {
                let path = kit_folder(site, lang, &site.capsules[index].slug);
                (lang, vec![index], path, "kit".to_string())
            }
            Job::Alias {
                lang,
                index,
                alias,
                share,
            } => {
                let path = alias_path(site, lang, alias, share);
                (lang, vec![index], path, format!("alias {share}"))
            }
            Job::List { lang, list, page } => {
                let shown = page_of(list.items(site, lang), page).to_vec();
                (lang, shown, list.path(site, lang, page), "list".to_string())
            }
            Job::Home(lang) => {
                let (mut shown, latest) = home_capsules(site, lang);
                // Where the alerts end: an alert moved into the latest is another page.
                let what = format!("home {}", shown.len());
                shown.extend(latest);
                (lang, shown, site.urls.home(lang), what)
            }
            _ => return None,
        };
        let mut key = blake3::Hasher::new();
        key.update(self.site.as_bytes());
        key.update(lang.as_bytes());
        key.update(b"\0");
        key.update(what.as_bytes());
        key.update(b"\0");
        key.update(path.as_bytes());
        for i in shown {
            key.update(site.fingerprint(&site.capsules[i]).as_bytes());
        }
        Some((path, key.finalize().to_hex().to_string()))
    }
}

/// Every page of the site.
fn jobs(site: &Site) -> Vec<Job<'_>> {
    let mut jobs = vec![Job::Root, Job::NotFound(None)];
    for lang in site.languages() {
        let lang = lang.as_str();
        let index = site.in_language(lang);
        jobs.push(Job::Home(lang));
        jobs.push(Job::NotFound(Some(lang)));
        let mut lists = vec![List::All, List::Events];
        lists.extend(Kind::ALL.map(List::Kind));
        lists.extend(index.by_tag.keys().map(|slug| List::Tag(slug)));
        lists.extend(site.config.districts.keys().map(|key| List::District(key)));
        for list in lists {
            let pages = list.items(site, lang).len().div_ceil(PER_PAGE).max(1);
            jobs.extend((1..=pages).map(|page| Job::List { lang, list, page }));
        }
        jobs.push(Job::Terms {
            lang,
            districts: false,
        });
        jobs.push(Job::Terms {
            lang,
            districts: true,
        });
        for &index in &index.built {
            jobs.push(Job::Capsule { lang, index });
            jobs.push(Job::Kit { lang, index });
            for alias in &site.capsules[index].aliases {
                for share in [false, true] {
                    jobs.push(Job::Alias {
                        lang,
                        index,
                        alias: alias.get_ref(),
                        share,
                    });
                }
            }
        }
        if site.leaflets {
            jobs.push(Job::Leaflets(lang));
            if !bulletin::bulletin_capsules(site, lang).is_empty() {
                jobs.push(Job::Bulletin(lang));
            }
        }
        if site.config.share.networks.contains(&Network::Mastodon) {
            jobs.push(Job::Mastodon(lang));
        }
        let statement = statement_slug(site, lang);
        if !site
            .pages
            .iter()
            .any(|p| p.lang == lang && p.slug == statement)
        {
            jobs.push(Job::Accessibility(lang));
        }
    }
    jobs.extend((0..site.pages.len()).map(Job::Page));
    jobs
}

/// Whether a preview rebuild after one capsule changed redoes `job`: that capsule's pages, the
/// list pages whose capsules changed, and the pages that sum up the language.
fn is_touched(site: &Site, touched: &Touched, job: &Job) -> bool {
    match *job {
        Job::Capsule { index, .. } | Job::Kit { index, .. } | Job::Alias { index, .. } => {
            site.capsules[index].slug == touched.slug
        }
        // A page of the same slug: the workbench's preview of a page's unsaved text.
        Job::Page(index) => site.pages[index].slug == touched.slug,
        Job::List { lang, list, page } => touched.list_pages.contains(&list.path(site, lang, page)),
        Job::Home(_) | Job::Terms { .. } | Job::Leaflets(_) => true,
        // A preview makes no bulletin PDF: its page waits for a build.
        Job::Root
        | Job::NotFound(_)
        | Job::Accessibility(_)
        | Job::Mastodon(_)
        | Job::Bulletin(_) => false,
    }
}

/// The list pages that differ between `old` and `new`, the same site before and after the
/// capsule `slug` changed: a page whose capsules changed, or that shows the capsule; every
/// page of a list whose number of pages changed.
pub fn changed_list_pages(old: &Site, new: &Site, slug: &str) -> HashSet<String> {
    let mut changed = HashSet::new();
    for lang in new.languages() {
        let lang = lang.as_str();
        let mut lists = vec![List::All, List::Events];
        lists.extend(Kind::ALL.map(List::Kind));
        let tags: BTreeSet<&String> = old
            .in_language(lang)
            .by_tag
            .keys()
            .chain(new.in_language(lang).by_tag.keys())
            .collect();
        lists.extend(tags.into_iter().map(|t| List::Tag(t)));
        lists.extend(new.config.districts.keys().map(|d| List::District(d)));
        for list in lists {
            let slugs = |site: &Site| -> Vec<String> {
                list.items(site, lang)
                    .iter()
                    .map(|&i| site.capsules[i].slug.clone())
                    .collect()
            };
            let (before, after) = (slugs(old), slugs(new));
            let pages = |items: &[String]| items.len().div_ceil(PER_PAGE).max(1);
            let every_page = pages(&before) != pages(&after);
            let chunk = |items: &[String], page: usize| -> Vec<String> {
                items
                    .iter()
                    .skip((page - 1) * PER_PAGE)
                    .take(PER_PAGE)
                    .cloned()
                    .collect()
            };
            for page in 1..=pages(&after) {
                let now = chunk(&after, page);
                if every_page || now != chunk(&before, page) || now.iter().any(|s| s == slug) {
                    changed.insert(list.path(new, lang, page));
                }
            }
        }
    }
    changed
}

fn render(site: &Site, shared: &Shared, job: Job) -> Rendered {
    let pages = |lang| Pages { site, lang, shared };
    match job {
        Job::Root => root(site),
        Job::NotFound(lang) => not_found(site, lang),
        Job::Home(lang) => pages(lang).home(),
        Job::List { lang, list, page } => pages(lang).list(list, page),
        Job::Terms { lang, districts } => pages(lang).terms(districts),
        Job::Capsule { lang, index } => pages(lang).capsule(index),
        Job::Page(index) => pages(&site.pages[index].lang).page(index),
        Job::Accessibility(lang) => pages(lang).accessibility(),
        Job::Leaflets(lang) => pages(lang).leaflets(),
        Job::Bulletin(lang) => pages(lang).bulletin(),
        Job::Mastodon(lang) => pages(lang).mastodon(),
        Job::Kit { lang, index } => pages(lang).kit(index),
        Job::Alias {
            lang,
            index,
            alias,
            share,
        } => redirect(site, lang, index, alias, share),
    }
}

/// The page at an alias of a capsule: a redirect to its page (or, for `share`, to its share
/// page), which is its canonical address.
fn redirect(site: &Site, lang: &str, index: usize, alias: &str, share: bool) -> Rendered {
    let urls = &site.urls;
    let capsule = &site.capsules[index];
    let path = alias_path(site, lang, alias, share);
    let to = match share {
        false => urls.capsule(lang, &capsule.slug),
        true => kit_folder(site, lang, &capsule.slug),
    };
    let mut c = Context::new();
    c.insert("locale", &site.theme.strings[lang]["locale"]);
    c.insert(
        "title",
        &capsule.translation(lang).map(|t| t.title.as_str()),
    );
    c.insert("href", &urls.href(&path, &to));
    c.insert("canonical", &urls.absolute(&to));
    Rendered {
        path,
        template: "redirect.html",
        context: c,
    }
}

/// Where the redirect from a capsule's `alias` (or, for `share`, from its share page) stands.
fn alias_path(site: &Site, lang: &str, alias: &str, share: bool) -> String {
    match share {
        false => site.urls.capsule(lang, alias),
        true => kit_folder(site, lang, alias),
    }
}

/// What templates need to show a picture: its sizes and, for photos, the `srcset` of each
/// format; `src` is a middle-sized JPEG for browsers without `srcset`.
fn picture_json(site: &Site, from: &str, slug: &str, picture: &Picture) -> Value {
    let href = |name: &str| site.urls.href(from, &site.urls.media(slug, name));
    match picture.format {
        Format::Svg => {
            json!({ "src": href(&picture.svg_name()), "width": picture.width, "height": picture.height })
        }
        Format::Raster => {
            let widths = picture.widths();
            let srcset = |ext: &str| {
                widths
                    .iter()
                    .map(|&w| format!("{} {w}w", href(&picture.variant_name(w, ext))))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let largest = widths.last().copied().unwrap_or(picture.width);
            let fallback = widths
                .iter()
                .copied()
                .find(|&w| w >= 800)
                .unwrap_or(largest);
            json!({
                "src": href(&picture.variant_name(fallback, "jpg")),
                "jpg_srcset": srcset("jpg"),
                "webp_srcset": srcset("webp"),
                "width": largest,
                "height": picture.height_at(largest),
            })
        }
    }
}

/// The social kit's folder of a capsule in `lang`: its page and pictures.
fn kit_folder(site: &Site, lang: &str, slug: &str) -> String {
    format!("{}share/", site.urls.capsule(lang, slug))
}

/// What the social kit holds for one translation, its links made absolute.
pub struct KitTexts {
    pub posts: Vec<Post>,
    /// The text neighbourhood networks relay.
    pub relay: String,
    /// The script of a voice message.
    pub voice: share::voice::Script,
}

/// The kit's texts for one translation, made from one plain-text rendering of the body.
pub fn kit_texts(site: &Site, capsule: &Capsule, t: &Translation) -> KitTexts {
    let urls = &site.urls;
    let url = urls.absolute(&urls.capsule(&t.lang, &capsule.slug));
    let body = t
        .body
        .to_plain(&|target| urls.absolute(&site.link_path(&t.lang, target)));
    let source = share::kit::Source {
        title: &t.title,
        summary: &t.summary,
        body: &body,
        url: &url,
        sms: t.sms.as_deref(),
    };
    let strings = &site.theme.strings[&t.lang];
    let publisher = site.config.publisher(&t.lang);
    let string = |key: &str| strings[key].as_str().unwrap_or_default();
    let credit = string("relay_source").replace("{publisher}", publisher);
    let emergency = string("emergency");
    let relay = share::kit::relay(&source, &credit, emergency);
    let voice = share::voice::script(&share::voice::Parts {
        lang: &t.lang,
        intro: &string("voice_intro").replace("{publisher}", publisher),
        title: &t.title,
        event: capsule.event.as_ref().map(|e| {
            let when = crate::locale::human_span(e.start, e.end, &site.tz, strings);
            match &t.venue {
                Some(venue) => format!("{when}, {}", venue.place),
                None => when,
            }
        }),
        summary: &t.summary,
        more: string("voice_more"),
        emergency,
    });
    KitTexts {
        posts: share::kit::posts(&source),
        relay,
        voice,
    }
}

/// The Mastodon share page of `lang`.
fn mastodon_path(site: &Site, lang: &str) -> String {
    format!("{}share/mastodon/", site.urls.home(lang))
}

/// The address of the accessibility statement in `lang` (a site page of that name replaces the
/// theme's own statement).
fn statement_slug<'a>(site: &'a Site, lang: &str) -> &'a str {
    site.theme.strings[lang]["accessibility_slug"]
        .as_str()
        .unwrap_or("accessibility")
}

/// The capsules of page `n` (from 1) of a list.
fn page_of(items: &[usize], n: usize) -> &[usize] {
    let start = ((n - 1) * PER_PAGE).min(items.len());
    &items[start..(start + PER_PAGE).min(items.len())]
}

/// The capsules a language's home page shows: its active alerts, then the latest others.
fn home_capsules(site: &Site, lang: &str) -> (Vec<usize>, Vec<usize>) {
    let index = site.in_language(lang);
    let latest = index
        .listed
        .iter()
        .filter(|i| !index.active_alerts.contains(i))
        .take(HOME_LATEST)
        .copied()
        .collect();
    (index.active_alerts.clone(), latest)
}

/// The part of every page's data that depends only on its language, made once per build.
struct Shared<'a> {
    contexts: BTreeMap<String, Context>,
    /// The output so far, for the sizes of the PDFs pages link to.
    out: &'a OutputDir,
    /// The leaflets that print their short text, as (language, capsule index), for the
    /// leaflets page; empty for the other pages.
    shortened: HashSet<(String, usize)>,
}

impl<'a> Shared<'a> {
    fn new(site: &Site, out: &'a OutputDir, shortened: HashSet<(String, usize)>) -> Shared<'a> {
        let fallback = site.config.default_language();
        let contexts = site
            .languages()
            .iter()
            .map(|lang| {
                let mut c = Context::new();
                c.insert("lang", lang);
                c.insert("t", &site.theme.strings[lang]);
                c.insert("contact", &contact(site, lang, fallback));
                c.insert("feeds", &feed_links(site, lang));
                (lang.clone(), c)
            })
            .collect();
        Shared {
            contexts,
            out,
            shortened,
        }
    }

    /// The size of a file an earlier output wrote; none if there is no such file.
    fn out_size(&self, path: &str) -> Option<u64> {
        Some(self.out.file_size(path)).filter(|&n| n > 0)
    }
}

/// Feed autodiscovery: the page's own language first, in every format, then the other
/// languages' RSS.
fn feed_links(site: &Site, lang: &str) -> Vec<Value> {
    let urls = &site.urls;
    let link = |l: &str, file: &str, kind: &str, format: &str| {
        let locale = &site.theme.strings[l]["locale"];
        json!({
            "type": kind,
            "title": format!("{} ({format})", site.config.title(l)),
            "href": urls.absolute(&format!("{}{file}", urls.home(l))),
            "hreflang": locale,
        })
    };
    let mut links = vec![
        link(lang, "feed.xml", "application/rss+xml", "RSS"),
        link(lang, "atom.xml", "application/atom+xml", "Atom"),
        link(lang, "feed.json", "application/feed+json", "JSON Feed"),
        link(lang, "calendar.ics", "text/calendar", "iCalendar"),
    ];
    links.extend(
        site.languages()
            .iter()
            .filter(|l| *l != lang)
            .map(|l| link(l, "feed.xml", "application/rss+xml", "RSS")),
    );
    links
}

fn contact(site: &Site, lang: &str, fallback: &str) -> Value {
    site.config
        .main_contact()
        .map_or(Value::Null, |c| c.localized(lang, fallback))
}

impl<'a> List<'a> {
    fn items(self, site: &'a Site, lang: &str) -> &'a [usize] {
        let index = site.in_language(lang);
        match self {
            List::All => &index.listed,
            List::Kind(kind) => index.by_kind.get(&kind).map_or(&[], Vec::as_slice),
            List::Tag(slug) => index
                .by_tag
                .get(slug)
                .map_or(&[], |t| t.capsules.as_slice()),
            List::District(key) => index.by_district.get(key).map_or(&[], Vec::as_slice),
            List::Events => &index.events,
        }
    }

    fn path(self, site: &Site, lang: &str, page: usize) -> String {
        let urls = &site.urls;
        match self {
            List::All => urls.capsules(lang, page),
            List::Kind(kind) => urls.kind(lang, kind, page),
            List::Tag(slug) => urls.tag(lang, slug, page),
            List::District(key) => urls.district(lang, key, page),
            List::Events => urls.events(lang, page),
        }
    }

    /// Whether the same list exists in `lang`, for the language switcher and hreflang.
    fn exists_in(self, site: &Site, lang: &str) -> bool {
        match self {
            List::Tag(slug) => site.in_language(lang).by_tag.contains_key(slug),
            _ => true,
        }
    }

    /// Which menu entry the list belongs to.
    fn menu(self) -> &'static str {
        match self {
            List::All => "capsules",
            List::Kind(kind) => kind.as_str(),
            List::Tag(_) => "tags",
            List::District(_) => "districts",
            List::Events => "events",
        }
    }
}

/// The pages of one language.
#[derive(Clone, Copy)]
struct Pages<'a> {
    site: &'a Site,
    lang: &'a str,
    shared: &'a Shared<'a>,
}

impl<'a> Pages<'a> {
    fn strings(&self) -> &'a Value {
        &self.site.theme.strings[self.lang]
    }

    fn string(&self, key: &str) -> &'a str {
        self.strings()[key].as_str().unwrap_or_default()
    }

    /// The same page in every language: (language, path).
    fn every_language(&self, path: &dyn Fn(&str) -> String) -> Vec<(String, String)> {
        self.site
            .languages()
            .iter()
            .map(|l| (l.clone(), path(l)))
            .collect()
    }

    /// What every page's template gets: site, page, links, menu, languages, footer.
    fn base(
        &self,
        path: &str,
        title: &str,
        description: Option<&str>,
        alternates: Vec<(String, String)>,
        menu: Option<&str>,
    ) -> Context {
        let site = self.site;
        let urls = &site.urls;
        let lang = self.lang;
        let href = |to: &str| urls.href(path, to);
        let mut c = self.shared.contexts.get(lang).cloned().unwrap_or_default();
        c.insert(
            "site",
            &json!({
                "title": site.config.title(lang),
                "publisher": site.config.publisher(lang),
                "description": site.config.description(lang),
                "logo": site.config.logo.as_ref().map(|l| href(static_path(l.get_ref()))),
                "favicon": href("favicon.ico"),
            }),
        );
        c.insert(
            "page",
            // Search engines show the description under the title: a page without its own
            // gets the site's, so that no page goes without one.
            &json!({
                "title": title,
                "description": description.or(site.config.description(lang)),
                "canonical": urls.absolute(path),
                "path": path,
            }),
        );
        let alternate_list: Vec<Value> = alternates
            .iter()
            .map(|(l, p)| json!({ "lang": l, "locale": site.theme.strings[l]["locale"], "absolute": urls.absolute(p) }))
            .collect();
        c.insert("alternates", &alternate_list);
        let languages: Vec<Value> = site
            .languages()
            .iter()
            .map(|l| {
                let target = alternates
                    .iter()
                    .find(|(al, _)| al == l)
                    .map_or_else(|| urls.home(l), |(_, p)| p.clone());
                json!({
                    "code": l,
                    "name": site.theme.strings[l]["language_name"],
                    "locale": site.theme.strings[l]["locale"],
                    "current": l == lang,
                    "href": href(&target),
                })
            })
            .collect();
        c.insert("languages", &languages);
        let mut menu_items = vec![
            json!({ "label": self.string("home"), "href": href(&urls.home(lang)), "current": menu == Some("home") }),
        ];
        for kind in Kind::ALL {
            menu_items.push(json!({
                "label": self.string(&format!("kinds_{}", kind.as_str())),
                "href": href(&urls.kind(lang, kind, 1)),
                "current": menu == Some(kind.as_str()),
            }));
        }
        // Events have their entry while some are coming.
        if !site.in_language(lang).events.is_empty() {
            menu_items.push(json!({ "label": self.string("events_menu"), "href": href(&urls.events(lang, 1)), "current": menu == Some("events") }));
        }
        menu_items.push(json!({ "label": self.string("tags"), "href": href(&urls.tags(lang)), "current": menu == Some("tags") }));
        c.insert("menu", &menu_items);
        c.insert(
            "links",
            &json!({
                "home": href(&urls.home(lang)),
                "capsules": href(&urls.capsules(lang, 1)),
                "events": href(&urls.events(lang, 1)),
                "calendar": href(&crate::output::calendar::feed_path(lang)),
                "accessibility": href(&urls.page(lang, statement_slug(site, lang))),
            }),
        );
        let mut footer_pages: Vec<Value> = site
            .pages
            .iter()
            .filter(|p| p.lang == lang && p.slug != statement_slug(site, lang))
            .map(|p| json!({ "title": p.title, "href": href(&urls.page(lang, &p.slug)) }))
            .collect();
        if site.leaflets {
            footer_pages.push(json!({
                "title": self.string("leaflets_title"),
                "href": href(&format!("{}leaflets/", urls.home(lang))),
            }));
        }
        if !site.config.districts.is_empty() {
            footer_pages.push(
                json!({ "title": self.string("districts"), "href": href(&urls.districts(lang)) }),
            );
        }
        c.insert("footer_pages", &footer_pages);
        c.insert("assets", &assets_from(site, path));
        c
    }

    fn home(&self) -> Rendered {
        let site = self.site;
        let path = site.urls.home(self.lang);
        let alternates = self.every_language(&|l| site.urls.home(l));
        let mut c = self.base(
            &path,
            site.config.title(self.lang),
            site.config.description(self.lang),
            alternates,
            Some("home"),
        );
        let (alerts, latest) = home_capsules(site, self.lang);
        let cards = |shown: Vec<usize>| -> Vec<Value> {
            shown.into_iter().map(|i| self.card(&path, i)).collect()
        };
        c.insert("alerts", &cards(alerts));
        c.insert("latest", &cards(latest));
        Rendered {
            path,
            template: "home.html",
            context: c,
        }
    }

    /// Page `n` of a list.
    fn list(&self, list: List, n: usize) -> Rendered {
        let site = self.site;
        let lang = self.lang;
        let fallback = site.config.default_language();
        let (heading, intro) = match list {
            List::All => (self.string("all_capsules").to_string(), None),
            List::Kind(kind) => (
                self.string(&format!("kinds_{}", kind.as_str())).to_string(),
                Some(self.string(&format!("kind_intro_{}", kind.as_str()))),
            ),
            List::Tag(slug) => {
                let name = site
                    .in_language(lang)
                    .by_tag
                    .get(slug)
                    .map_or(slug, |t| t.name.as_str());
                (
                    self.string("tag_heading")
                        .replace("{name}", site.config.tag_name(name, lang)),
                    None,
                )
            }
            List::District(key) => {
                let name = site
                    .config
                    .districts
                    .get(key)
                    .map_or(key, |d| d.get(lang, fallback));
                (
                    self.string("district_heading").replace("{name}", name),
                    None,
                )
            }
            List::Events => (
                self.string("events_title").to_string(),
                Some(self.string("events_intro")),
            ),
        };
        let items = list.items(site, lang);
        let total = items.len().div_ceil(PER_PAGE).max(1);
        let path = list.path(site, lang, n);
        let alternates = if n == 1 {
            site.languages()
                .iter()
                .filter(|l| list.exists_in(site, l))
                .map(|l| (l.clone(), list.path(site, l, 1)))
                .collect()
        } else {
            vec![(lang.to_string(), path.clone())]
        };
        let label = self
            .string("page_of")
            .replace("{n}", &n.to_string())
            .replace("{total}", &total.to_string());
        let title = if n == 1 {
            heading.clone()
        } else {
            format!("{heading} ({label})")
        };
        let mut c = self.base(&path, &title, intro, alternates, Some(list.menu()));
        let cards: Vec<Value> = page_of(items, n)
            .iter()
            .map(|&i| self.card(&path, i))
            .collect();
        c.insert("heading", &heading);
        c.insert("intro", &intro);
        c.insert("is_events", &matches!(list, List::Events));
        c.insert("items", &cards);
        let href = |k: usize| site.urls.href(&path, &list.path(site, lang, k));
        c.insert(
            "pagination",
            &json!({
                "label": label,
                "total": total,
                "previous": (n > 1).then(|| href(n - 1)),
                "next": (n < total).then(|| href(n + 1)),
            }),
        );
        Rendered {
            path,
            template: "list.html",
            context: c,
        }
    }

    /// The index of tags, or of districts, with how many capsules each holds.
    fn terms(&self, districts: bool) -> Rendered {
        let site = self.site;
        let urls = &site.urls;
        let lang = self.lang;
        let index = site.in_language(lang);
        let (path, heading, menu) = if districts {
            (urls.districts(lang), self.string("districts"), "districts")
        } else {
            (urls.tags(lang), self.string("tags"), "tags")
        };
        let terms: Vec<Value> = if districts {
            site.config
                .districts
                .iter()
                .map(|(key, name)| {
                    json!({
                        "name": name.get(lang, site.config.default_language()),
                        "count": index.by_district.get(key).map_or(0, Vec::len),
                        "href": urls.href(&path, &urls.district(lang, key, 1)),
                    })
                })
                .collect()
        } else {
            index
                .by_tag
                .iter()
                .map(|(slug, tag)| {
                    json!({
                        "name": site.config.tag_name(&tag.name, lang),
                        "count": tag.capsules.len(),
                        "href": urls.href(&path, &urls.tag(lang, slug, 1)),
                    })
                })
                .collect()
        };
        let alternates = self.every_language(&|l| {
            if districts {
                urls.districts(l)
            } else {
                urls.tags(l)
            }
        });
        let mut c = self.base(&path, heading, None, alternates, Some(menu));
        c.insert("heading", heading);
        c.insert("terms", &terms);
        Rendered {
            path,
            template: "terms.html",
            context: c,
        }
    }

    fn page(&self, i: usize) -> Rendered {
        let site = self.site;
        let urls = &site.urls;
        let page = &site.pages[i];
        let path = urls.page(self.lang, &page.slug);
        let alternates = site
            .pages
            .iter()
            .filter(|p| p.slug == page.slug)
            .map(|p| (p.lang.clone(), urls.page(&p.lang, &p.slug)))
            .collect();
        let mut c = self.base(
            &path,
            &page.title,
            page.description.as_deref(),
            alternates,
            None,
        );
        c.insert("body", &page.body.to_html(&|t| self.link_target(&path, t)));
        Rendered {
            path,
            template: "page.html",
            context: c,
        }
    }

    fn accessibility(&self) -> Rendered {
        let site = self.site;
        let urls = &site.urls;
        let path = urls.page(self.lang, statement_slug(site, self.lang));
        let alternates = self.every_language(&|l| urls.page(l, statement_slug(site, l)));
        let c = self.base(
            &path,
            self.string("accessibility_title"),
            None,
            alternates,
            None,
        );
        Rendered {
            path,
            template: "accessibility.html",
            context: c,
        }
    }

    /// What a list shows of a capsule.
    fn card(&self, from: &str, i: usize) -> Value {
        let site = self.site;
        let c = &site.capsules[i];
        let Some(t) = c.translation(self.lang) else {
            return Value::Null;
        };
        json!({
            "title": t.title,
            "href": site.urls.href(from, &site.urls.capsule(self.lang, &c.slug)),
            "kind": c.kind.as_str(),
            "kind_label": self.string(&format!("kind_{}", c.kind.as_str())),
            "date_iso": iso_datetime(c.date, &site.tz),
            "date_human": human_date(c.date, &site.tz, self.strings()),
            "summary": t.summary,
            "event_when": c.event.as_ref().map(|e| human_span(e.start, e.end, &site.tz, self.strings())),
            "event_iso": c.event.as_ref().map(|e| iso_datetime(e.start, &site.tz)),
            "status": c.status,
            "image": c.image.as_ref().map(|picture| {
                let mut p = picture_json(site, from, &c.slug, picture);
                p["alt"] = json!(t.image_alt);
                p["credit"] = json!(t.image_credit);
                p
            }),
        })
    }

    fn capsule(&self, i: usize) -> Rendered {
        let site = self.site;
        let capsule = &site.capsules[i];
        let urls = &site.urls;
        let lang = self.lang;
        let path = urls.capsule(lang, &capsule.slug);
        let Some(t) = capsule.translation(lang) else {
            return Rendered {
                path,
                template: "capsule.html",
                context: Context::new(),
            };
        };
        let alternates: Vec<(String, String)> = capsule
            .translations
            .iter()
            .map(|tr| (tr.lang.clone(), urls.capsule(&tr.lang, &capsule.slug)))
            .collect();
        let og_alternates: Vec<&Value> = capsule
            .translations
            .iter()
            .filter(|tr| tr.lang != lang)
            .map(|tr| &site.theme.strings[&tr.lang]["og_locale"])
            .collect();
        let mut c = self.base(
            &path,
            &t.title,
            Some(&t.summary),
            alternates,
            Some(capsule.kind.as_str()),
        );
        let href = |to: &str| urls.href(&path, to);
        let mut card = self.card(&path, i);
        let fallback = site.config.default_language();
        let index = site.in_language(lang);
        let extra = json!({
            "body": t.body.to_html(&|target| self.link_target(&path, target)),
            "expires_human": capsule.expires.map(|e| human_date(e, &site.tz, self.strings())),
            "event": capsule.event.as_ref().map(|e| json!({
                "when": human_span(e.start, e.end, &site.tz, self.strings()),
                "start_iso": iso_datetime(e.start, &site.tz),
                "place": t.venue.as_ref().map(|v| &v.place),
                "address": t.venue.as_ref().and_then(|v| v.address.as_ref()),
                "registration": e.registration.as_ref().map(|r| json!({
                    "text": r,
                    "href": if r.starts_with("http") { r.clone() } else { format!("tel:{}", r.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>()) },
                })),
                "ics": href(&crate::output::calendar::event_path(site, lang, &capsule.slug)),
            })),
            // A tag that only ended alerts carry has no page: its chip is then plain text, never
            // a link that leads nowhere (every district has a page, empty or not).
            "tags": capsule.tags.iter().filter(|tag| !slugify(tag).is_empty()).map(|tag| json!({
                "name": site.config.tag_name(tag, lang),
                "href": index.by_tag.contains_key(&slugify(tag)).then(|| href(&urls.tag(lang, &slugify(tag), 1))),
            })).collect::<Vec<_>>(),
            "districts": capsule.districts.iter().map(|d| json!({
                "name": site.config.districts.get(d).map_or(d.as_str(), |n| n.get(lang, fallback)),
                "href": href(&urls.district(lang, d, 1)),
            })).collect::<Vec<_>>(),
            "press": t.press.iter().map(|p| json!({
                "url": p.url,
                "outlet": p.outlet,
                "date_human": p.date.as_ref().and_then(|d| crate::content::front_matter::to_timestamp(d.get_ref(), &site.tz).ok()).map(|d| human_date(d, &site.tz, self.strings())),
            })).collect::<Vec<_>>(),
            "social": t.social.iter().filter_map(|s| Some(json!({ "network": s.network, "url": s.url.as_ref()? }))).collect::<Vec<_>>(),
            "origin": capsule.origin.as_ref().map(|o| json!({
                "url": o.url,
                "publisher": o.publisher,
                "site": o.site,
                "licence": crate::exchange::licence_label(&o.licence),
            })),
            "video": capsule.video.as_ref().map(|v| json!({
                "src": v.src.as_ref().map(|s| href(&urls.media_file(&capsule.slug, s))),
                "url": v.url,
                "poster": v.poster.as_ref().map(|p| picture_json(site, &path, &capsule.slug, p)),
                "captions": t.captions.as_ref().map(|s| href(&urls.media_file(&capsule.slug, s))),
            })),
        });
        if let (Value::Object(card), Value::Object(extra)) = (&mut card, extra) {
            card.extend(extra);
        }
        c.insert("c", &card);
        c.insert("og_alternates", &og_alternates);
        let og_image = capsule.image.as_ref().map(|_| {
            json!({
                "url": urls.absolute(&format!("{path}og.jpg")),
                "width": OG.0,
                "height": OG.1,
                "alt": t.image_alt,
            })
        });
        c.insert("og_image", &og_image);
        let url = urls.absolute(&path);
        let mastodon_page = href(&mastodon_path(site, lang));
        let links = share::links(
            &site.config.share.networks,
            &share::Shared {
                url: &url,
                title: &t.title,
                summary: &t.summary,
                mastodon_page: &mastodon_page,
            },
        );
        let links: Vec<Value> = links
            .iter()
            .map(|link| {
                let label = self.string(&format!("share_{}", link.network.as_str()));
                json!({ "href": link.href, "label": label, "network": link.network })
            })
            .collect();
        let kit = href(&kit_folder(site, lang, &capsule.slug));
        c.insert(
            "share",
            &json!({ "links": links, "url": url, "title": t.title, "kit": kit }),
        );
        c.insert(
            "leaflet",
            &self.leaflet_link(&path, &leaflets::leaflet_path(site, lang, &capsule.slug)),
        );
        c.insert(
            "poster",
            &self.poster_link(&path, &posters::poster_path(site, lang, &capsule.slug)),
        );
        Rendered {
            path,
            template: "capsule.html",
            context: c,
        }
    }

    /// A link to a leaflet or booklet the leaflets output wrote.
    fn leaflet_link(&self, from: &str, pdf: &str) -> Value {
        self.pdf_link(from, pdf, self.site.config.print.paper.name())
    }

    fn poster_link(&self, from: &str, pdf: &str) -> Value {
        self.pdf_link(from, pdf, self.site.config.print.poster.name())
    }

    /// A link to a PDF printed on `paper`, with its paper size and weight; none when the
    /// build made no PDF (`--no-leaflets`).
    fn pdf_link(&self, from: &str, pdf: &str, paper: &str) -> Value {
        let site = self.site;
        if !site.leaflets {
            return Value::Null;
        }
        // A preview typesets a leaflet when it is asked for: until then it has no size.
        let details = match self.shared.out_size(pdf) {
            Some(bytes) => {
                let size = if bytes >= 1024 * 1024 {
                    let mb = format!("{:.1}", bytes as f64 / (1024.0 * 1024.0))
                        .replace('.', self.string("decimal_sep"));
                    format!("{mb} {}", self.string("unit_mb"))
                } else {
                    format!("{} {}", bytes.div_ceil(1024), self.string("unit_kb"))
                };
                self.string("pdf_details")
                    .replace("{paper}", paper)
                    .replace("{size}", &size)
            }
            None => self
                .string("pdf_details")
                .replace("{paper}", paper)
                .replace(", {size}", ""),
        };
        json!({ "href": site.urls.href(from, pdf), "details": details })
    }

    /// A capsule's social kit: each post in a field to copy, with its length against its
    /// network's limit, and the two pictures with their alt text.
    fn kit(&self, i: usize) -> Rendered {
        let site = self.site;
        let capsule = &site.capsules[i];
        let lang = self.lang;
        let urls = &site.urls;
        let path = kit_folder(site, lang, &capsule.slug);
        let Some(t) = capsule.translation(lang) else {
            return Rendered {
                path,
                template: "kit.html",
                context: Context::new(),
            };
        };
        let alternates = capsule
            .translations
            .iter()
            .map(|tr| (tr.lang.clone(), kit_folder(site, &tr.lang, &capsule.slug)))
            .collect();
        let mut c = self.base(&path, &t.title, Some(&t.summary), alternates, None);
        let href = |to: &str| urls.href(&path, to);
        let KitTexts {
            posts,
            relay,
            voice,
        } = kit_texts(site, capsule, t);
        let posts: Vec<Value> = posts
            .iter()
            .map(|p| {
                let count = match (p.network, p.limit) {
                    (_, None) => "",
                    (Network::Sms, _) => self.string("kit_count_sms"),
                    (Network::X | Network::Mastodon, _) => self.string("kit_count_link"),
                    _ => self.string("kit_count"),
                };
                let count = count
                    .replace("{length}", &p.length.to_string())
                    .replace("{limit}", &p.limit.unwrap_or_default().to_string())
                    .replace("{segments}", &p.segments.unwrap_or_default().to_string());
                let lines: usize = p.text.lines().map(|l| 1 + l.chars().count() / 60).sum();
                json!({
                    "network": p.network,
                    "label": self.string(&format!("share_{}", p.network.as_str())),
                    "subject": p.subject,
                    "text": p.text,
                    "rows": lines.clamp(3, 14),
                    "count": count,
                    "fits": p.fits(),
                })
            })
            .collect();
        let relay_length = relay.chars().count();
        let relay_count = self
            .string("kit_count")
            .replace("{length}", &relay_length.to_string())
            .replace("{limit}", &share::kit::RELAY_LIMIT.to_string());
        let pictures = capsule.image.as_ref().map(|_| {
            json!({
                "wide": href(&format!("{path}og.jpg")),
                "square": href(&format!("{path}square.jpg")),
                "alt": t.image_alt,
            })
        });
        c.insert(
            "kit",
            &json!({
                "capsule": href(&urls.capsule(lang, &capsule.slug)),
                "posts": posts,
                "relay": {
                    "rows": relay.lines().map(|l| 1 + l.chars().count() / 60).sum::<usize>().clamp(3, 14),
                    "text": relay,
                    "count": relay_count,
                },
                "voice": {
                    "rows": voice.text.lines().map(|l| 1 + l.chars().count() / 60).sum::<usize>().clamp(3, 14),
                    "text": voice.text,
                    "count": self.string("kit_voice_count").replace("{seconds}", &voice.seconds.to_string()),
                },
                "pictures": pictures,
            }),
        );
        Rendered {
            path,
            template: "kit.html",
            context: c,
        }
    }

    /// The Mastodon share page: a form for the visitor's server, which the site's script
    /// remembers and sends the text to.
    fn mastodon(&self) -> Rendered {
        let site = self.site;
        let path = mastodon_path(site, self.lang);
        let alternates = self.every_language(&|l| mastodon_path(site, l));
        let c = self.base(&path, self.string("mastodon_title"), None, alternates, None);
        Rendered {
            path,
            template: "mastodon.html",
            context: c,
        }
    }

    /// Every current leaflet of the language and its booklet.
    fn leaflets(&self) -> Rendered {
        let site = self.site;
        let lang = self.lang;
        let path = format!("{}leaflets/", site.urls.home(lang));
        let alternates = self.every_language(&|l| format!("{}leaflets/", site.urls.home(l)));
        let title = self.string("leaflets_title");
        let mut c = self.base(&path, title, None, alternates, None);
        let items: Vec<Value> = site
            .in_language(lang)
            .listed
            .iter()
            .map(|&i| {
                let mut card = self.card(&path, i);
                let slug = &site.capsules[i].slug;
                card["leaflet"] =
                    self.leaflet_link(&path, &leaflets::leaflet_path(site, lang, slug));
                card["poster"] = self.poster_link(&path, &posters::poster_path(site, lang, slug));
                card["print_notes"] = json!(self.print_notes(i));
                card
            })
            .collect();
        c.insert("items", &items);
        let standard = match &site.intent {
            Some(intent) => self
                .string("print_standard_x4")
                .replace("{profile}", &intent.description)
                .replace("{bleed}", &site.config.print.bleed_mm.to_string()),
            None => self.string("print_standard_none").to_string(),
        };
        c.insert("standard", &standard);
        let booklet = (!leaflets::booklet_tips(site, lang).is_empty())
            .then(|| self.leaflet_link(&path, &leaflets::booklet_path(site, lang)));
        c.insert("booklet", &booklet);
        let magazine = !bulletin::bulletin_capsules(site, lang).is_empty();
        let magazine = magazine.then(|| {
            site.urls
                .href(&path, &bulletin::bulletin_folder(site, lang))
        });
        c.insert("bulletin", &magazine);
        c.insert(
            "intro",
            &self
                .string("leaflets_intro")
                .replace("{paper}", site.config.print.paper.name()),
        );
        Rendered {
            path,
            template: "leaflets.html",
            context: c,
        }
    }

    /// What keeps the leaflet or poster of the capsule `index` from being ready for print, as
    /// `vigie check` says it: a photo below the resolution shops want, a text too long for the
    /// leaflet.
    fn print_notes(&self, index: usize) -> Vec<String> {
        use crate::check::content::{low_resolutions, Piece};
        let short = self
            .shared
            .shortened
            .contains(&(self.lang.to_string(), index))
            .then(|| self.string("print_short").to_string());
        low_resolutions(self.site, &self.site.capsules[index])
            .into_iter()
            .map(|low| {
                let key = match low.piece {
                    Piece::Leaflet => "print_low_leaflet",
                    Piece::Poster => "print_low_poster",
                };
                self.string(key)
                    .replace("{dpi}", &format!("{:.0}", low.dpi))
                    .replace("{paper}", low.paper)
                    .replace("{min}", &format!("{:.0}", low.min))
            })
            .chain(short)
            .collect()
    }

    /// The page for the municipal magazine: its PDF and what it holds.
    fn bulletin(&self) -> Rendered {
        let site = self.site;
        let lang = self.lang;
        let path = bulletin::bulletin_folder(site, lang);
        let alternates = self.every_language(&|l| bulletin::bulletin_folder(site, l));
        let mut c = self.base(&path, self.string("bulletin_title"), None, alternates, None);
        let items: Vec<Value> = bulletin::bulletin_capsules(site, lang)
            .into_iter()
            .map(|i| self.card(&path, i))
            .collect();
        c.insert("items", &items);
        let paper = site.config.bulletin.paper.name();
        c.insert(
            "pdf",
            &self.pdf_link(&path, &bulletin::bulletin_path(site, lang), paper),
        );
        let zip = site.leaflets.then(|| {
            site.urls
                .href(&path, &bulletin::bulletin_zip_path(site, lang))
        });
        c.insert("zip", &zip);
        c.insert(
            "intro",
            &self.string("bulletin_intro").replace("{paper}", paper),
        );
        Rendered {
            path,
            template: "bulletin.html",
            context: c,
        }
    }

    /// Where an `@/` link leads from `from`.
    fn link_target(&self, from: &str, target: &LinkTarget) -> String {
        let site = self.site;
        site.urls.href(from, &site.link_path(self.lang, target))
    }
}

/// A file under the site's `static/` is published at the root.
fn static_path(path: &str) -> &str {
    path.strip_prefix("static/").unwrap_or(path)
}

/// The language chooser at `/`; a one-language site redirects to its home.
fn root(site: &Site) -> Rendered {
    let urls = &site.urls;
    let mut c = Context::new();
    let languages: Vec<Value> = site
        .languages()
        .iter()
        .map(|l| {
            let s = &site.theme.strings[l];
            json!({
                "code": l,
                "locale": s["locale"],
                "name": s["language_name"],
                "title": site.config.title(l),
                "href": urls.href("", &urls.home(l)),
                "absolute": urls.absolute(&urls.home(l)),
            })
        })
        .collect();
    c.insert("languages", &languages);
    c.insert("canonical", &urls.absolute(""));
    c.insert(
        "redirect",
        &(site.languages().len() == 1)
            .then(|| urls.href("", &urls.home(site.config.default_language()))),
    );
    c.insert(
        "site",
        &json!({
            "logo": site.config.logo.as_ref().map(|l| urls.href("", static_path(l.get_ref()))),
            "favicon": urls.href("", "favicon.ico"),
            "description": site.config.description(site.config.default_language()),
        }),
    );
    c.insert("assets", &assets_from(site, ""));
    Rendered {
        path: String::new(),
        template: "root.html",
        context: c,
    }
}

/// The 404 page: at the root in all languages, and under each home in its language alone, for
/// the servers that can tell a visitor's language from the address they asked for. It is
/// served at any depth, so its links are root-relative (relative in an offline copy, where
/// nothing serves it).
fn not_found(site: &Site, lang: Option<&str>) -> Rendered {
    let urls = &site.urls;
    let from = lang.map(|l| urls.home(l)).unwrap_or_default();
    let mut c = Context::new();
    let languages: Vec<Value> = site
        .languages()
        .iter()
        .filter(|l| lang.is_none_or(|lang| lang == l.as_str()))
        .map(|l| {
            let s = &site.theme.strings[l];
            json!({
                "locale": s["locale"],
                "title": site.config.title(l),
                "not_found_title": s["not_found_title"],
                "not_found_text": s["not_found_text"],
                "back_home": s["back_home"],
                "href": urls.href(&from, &urls.home(l)),
            })
        })
        .collect();
    c.insert("languages", &languages);
    c.insert("assets", &assets_from(site, &from));
    c.insert("favicon", &urls.href(&from, "favicon.ico"));
    Rendered {
        path: format!("{from}404.html"),
        template: "404.html",
        context: c,
    }
}

fn assets_from(site: &Site, from: &str) -> Map<String, Value> {
    site.theme
        .assets
        .iter()
        .map(|a| {
            (
                a.name.clone(),
                Value::String(site.urls.href(from, &site.urls.asset(&a.file))),
            )
        })
        .collect()
}
