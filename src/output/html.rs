//! The website: every HTML page, rendered from the theme's Tera templates in parallel and
//! minified.
//!
//! Links are made here, per page, through `Urls::href`, so the same templates serve the web
//! site and the offline copy.

use rayon::prelude::*;
use serde_json::{json, Map, Value};
use tera::Context;

use super::{RenderContext, Renderer};
use crate::content::capsule::Status;
use crate::content::front_matter::Kind;
use crate::content::markdown::LinkTarget;
use crate::content::slug::slugify;
use crate::error::Result;
use crate::locale::{human_date, iso_datetime};
use crate::site::Site;
use crate::theme::template_error;

/// Capsules per list page: a phone screen or two.
const PER_PAGE: usize = 12;
/// Capsules under "latest" on the home page.
const HOME_LATEST: usize = 9;

pub struct Html;

/// One page to render.
struct Job {
    /// Site-relative: a folder (`fr/capsules/velo/`) or a file (`404.html`).
    path: String,
    template: &'static str,
    context: Context,
}

impl Renderer for Html {
    fn name(&self) -> &'static str {
        "html"
    }

    fn render(&self, ctx: &RenderContext) -> Result<usize> {
        let site = ctx.site;
        let mut jobs = vec![root_job(site), not_found_job(site)];
        for lang in site.languages() {
            let pages = Pages { site, lang };
            pages.collect(&mut jobs);
        }
        ctx.progress.inc_length(jobs.len() as u64);
        let minify = minify_config();
        jobs.par_iter().try_for_each(|job| {
            let html = site
                .theme
                .tera
                .render(job.template, &job.context)
                .map_err(|e| template_error(job.template, &e))?;
            let minified = minify_html::minify(html.as_bytes(), &minify);
            ctx.out.write(&job.path, &minified)?;
            ctx.progress.inc(1);
            Ok(())
        })?;
        Ok(jobs.len())
    }
}

fn minify_config() -> minify_html::Cfg {
    minify_html::Cfg {
        keep_html_and_head_opening_tags: true,
        minify_css: true,
        minify_js: true,
        ..minify_html::Cfg::new()
    }
}

/// The pages of one language.
struct Pages<'a> {
    site: &'a Site,
    lang: &'a str,
}

impl<'a> Pages<'a> {
    fn strings(&self) -> &'a Value {
        &self.site.theme.strings[self.lang]
    }

    fn string(&self, key: &str) -> &'a str {
        self.strings()[key].as_str().unwrap_or_default()
    }

    fn collect(&self, jobs: &mut Vec<Job>) {
        let site = self.site;
        let urls = &site.urls;
        let index = site.index(self.lang);
        jobs.push(self.home());
        jobs.extend(self.list(
            &index.listed,
            &|l, n| urls.capsules(l, n),
            self.string("all_capsules"),
            None,
            "capsules",
            &|_| true,
        ));
        for kind in Kind::ALL {
            let items = index.by_kind.get(&kind).map_or(&[][..], Vec::as_slice);
            let heading = self.string(&format!("kinds_{}", kind.as_str()));
            let intro = self.string(&format!("kind_intro_{}", kind.as_str()));
            jobs.extend(self.list(
                items,
                &|l, n| urls.kind(l, kind, n),
                heading,
                Some(intro),
                kind.as_str(),
                &|_| true,
            ));
        }
        let tag_terms: Vec<(String, String, usize)> = index
            .by_tag
            .iter()
            .map(|(slug, tag)| {
                (
                    slug.clone(),
                    site.config.tag_name(&tag.name, self.lang).to_string(),
                    tag.capsules.len(),
                )
            })
            .collect();
        jobs.push(self.terms(
            &urls.tags(self.lang),
            self.string("tags"),
            "tags",
            &tag_terms,
            &|l, s| urls.tag(l, s, 1),
        ));
        for (slug, tag) in &index.by_tag {
            let heading = self
                .string("tag_heading")
                .replace("{name}", site.config.tag_name(&tag.name, self.lang));
            let exists = |l: &str| site.index(l).by_tag.contains_key(slug);
            jobs.extend(self.list(
                &tag.capsules,
                &|l, n| urls.tag(l, slug, n),
                &heading,
                None,
                "tags",
                &exists,
            ));
        }
        let district_terms: Vec<(String, String, usize)> = site
            .config
            .districts
            .iter()
            .map(|(key, name)| {
                (
                    key.clone(),
                    name.get(self.lang, site.config.default_language())
                        .to_string(),
                    index.by_district.get(key).map_or(0, Vec::len),
                )
            })
            .collect();
        jobs.push(self.terms(
            &urls.districts(self.lang),
            self.string("districts"),
            "districts",
            &district_terms,
            &|l, k| urls.district(l, k, 1),
        ));
        for (key, name) in &site.config.districts {
            let items = index.by_district.get(key).map_or(&[][..], Vec::as_slice);
            let heading = self.string("district_heading").replace(
                "{name}",
                name.get(self.lang, site.config.default_language()),
            );
            jobs.extend(self.list(
                items,
                &|l, n| urls.district(l, key, n),
                &heading,
                None,
                "districts",
                &|_| true,
            ));
        }
        for &i in &index.built {
            jobs.push(self.capsule(i));
        }
        for page in site.pages.iter().filter(|p| p.lang == self.lang) {
            let path = urls.page(self.lang, &page.slug);
            let alternates = site
                .pages
                .iter()
                .filter(|p| p.slug == page.slug)
                .map(|p| (p.lang.clone(), urls.page(&p.lang, &p.slug)))
                .collect();
            let mut context = self.base(
                &path,
                &page.title,
                page.description.as_deref(),
                alternates,
                None,
            );
            context.insert("body", &page.body.to_html(&|t| self.link_target(&path, t)));
            jobs.push(Job {
                path,
                template: "page.html",
                context,
            });
        }
        let accessibility_slug = self.string("accessibility_slug");
        if !site
            .pages
            .iter()
            .any(|p| p.lang == self.lang && p.slug == accessibility_slug)
        {
            let path = urls.page(self.lang, accessibility_slug);
            let alternates = self.every_language(&|l| {
                urls.page(
                    l,
                    site.theme.strings[l]["accessibility_slug"]
                        .as_str()
                        .unwrap_or("accessibility"),
                )
            });
            let context = self.base(
                &path,
                self.string("accessibility_title"),
                None,
                alternates,
                None,
            );
            jobs.push(Job {
                path,
                template: "accessibility.html",
                context,
            });
        }
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
        let mut c = Context::new();
        c.insert("lang", lang);
        c.insert("t", self.strings());
        c.insert(
            "site",
            &json!({
                "title": site.config.title(lang),
                "publisher": site.config.publisher(lang),
                "description": site.config.description(lang),
                "logo": site.config.logo.as_ref().map(|l| href(static_path(l.get_ref()))),
                "favicon": site.root.join("static/favicon.ico").is_file().then(|| href("favicon.ico")),
            }),
        );
        c.insert(
            "page",
            &json!({ "title": title, "description": description, "canonical": urls.absolute(path), "path": path }),
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
        menu_items.push(json!({ "label": self.string("tags"), "href": href(&urls.tags(lang)), "current": menu == Some("tags") }));
        c.insert("menu", &menu_items);
        c.insert(
            "links",
            &json!({
                "home": href(&urls.home(lang)),
                "capsules": href(&urls.capsules(lang, 1)),
                "accessibility": href(&urls.page(lang, self.string("accessibility_slug"))),
            }),
        );
        c.insert("contact", &self.contact());
        let mut footer_pages: Vec<Value> = site
            .pages
            .iter()
            .filter(|p| p.lang == lang && p.slug != self.string("accessibility_slug"))
            .map(|p| json!({ "title": p.title, "href": href(&urls.page(lang, &p.slug)) }))
            .collect();
        if !site.config.districts.is_empty() {
            footer_pages.push(
                json!({ "title": self.string("districts"), "href": href(&urls.districts(lang)) }),
            );
        }
        c.insert("footer_pages", &footer_pages);
        c.insert("assets", &assets_from(site, path));
        c
    }

    fn contact(&self) -> Value {
        let config = &self.site.config;
        let Some(contact) = config.main_contact() else {
            return Value::Null;
        };
        let fallback = config.default_language();
        json!({
            "name": contact.name.get(self.lang, fallback),
            "phone": contact.phone,
            "tel": contact.phone.as_ref().map(|p| p.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect::<String>()),
            "email": contact.email,
            "address": contact.address.as_ref().map(|a| a.get(self.lang, fallback)),
            "hours": contact.hours.as_ref().map(|h| h.get(self.lang, fallback)),
        })
    }

    fn home(&self) -> Job {
        let site = self.site;
        let path = site.urls.home(self.lang);
        let index = site.index(self.lang);
        let alternates = self.every_language(&|l| site.urls.home(l));
        let mut c = self.base(
            &path,
            site.config.title(self.lang),
            site.config.description(self.lang),
            alternates,
            Some("home"),
        );
        let alerts: Vec<Value> = index
            .active_alerts
            .iter()
            .map(|&i| self.card(&path, i))
            .collect();
        let latest: Vec<Value> = index
            .listed
            .iter()
            .filter(|i| !index.active_alerts.contains(i))
            .take(HOME_LATEST)
            .map(|&i| self.card(&path, i))
            .collect();
        c.insert("alerts", &alerts);
        c.insert("latest", &latest);
        Job {
            path,
            template: "home.html",
            context: c,
        }
    }

    /// A paginated list; `path` gives the address of page `n` in a language, and `exists` says
    /// in which other languages the same list exists.
    fn list(
        &self,
        items: &[usize],
        path: &dyn Fn(&str, usize) -> String,
        heading: &str,
        intro: Option<&str>,
        menu: &str,
        exists: &dyn Fn(&str) -> bool,
    ) -> Vec<Job> {
        let total = items.len().div_ceil(PER_PAGE).max(1);
        (1..=total)
            .map(|n| {
                let page_path = path(self.lang, n);
                let alternates = if n == 1 {
                    self.site
                        .languages()
                        .iter()
                        .filter(|l| exists(l))
                        .map(|l| (l.clone(), path(l, 1)))
                        .collect()
                } else {
                    vec![(self.lang.to_string(), page_path.clone())]
                };
                let label = self
                    .string("page_of")
                    .replace("{n}", &n.to_string())
                    .replace("{total}", &total.to_string());
                let title = if n == 1 {
                    heading.to_string()
                } else {
                    format!("{heading} ({label})")
                };
                let mut c = self.base(&page_path, &title, intro, alternates, Some(menu));
                let cards: Vec<Value> = items
                    .iter()
                    .skip((n - 1) * PER_PAGE)
                    .take(PER_PAGE)
                    .map(|&i| self.card(&page_path, i))
                    .collect();
                c.insert("heading", heading);
                c.insert("intro", &intro);
                c.insert("items", &cards);
                let href = |k: usize| self.site.urls.href(&page_path, &path(self.lang, k));
                c.insert(
                    "pagination",
                    &json!({
                        "label": label,
                        "total": total,
                        "previous": (n > 1).then(|| href(n - 1)),
                        "next": (n < total).then(|| href(n + 1)),
                    }),
                );
                Job {
                    path: page_path,
                    template: "list.html",
                    context: c,
                }
            })
            .collect()
    }

    /// An index of tags or districts: (key, name, count).
    fn terms(
        &self,
        path: &str,
        heading: &str,
        menu: &str,
        terms: &[(String, String, usize)],
        link: &dyn Fn(&str, &str) -> String,
    ) -> Job {
        let alternates = self.every_language(&|l| {
            let mut p = path.to_string();
            p.replace_range(..self.lang.len(), l);
            p
        });
        let mut c = self.base(path, heading, None, alternates, Some(menu));
        let list: Vec<Value> = terms
            .iter()
            .map(|(key, name, count)| json!({ "name": name, "count": count, "href": self.site.urls.href(path, &link(self.lang, key)) }))
            .collect();
        c.insert("heading", heading);
        c.insert("terms", &list);
        Job {
            path: path.to_string(),
            template: "terms.html",
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
            "status": c.status,
            "image": c.image.as_ref().map(|img| json!({
                "href": site.urls.href(from, &site.urls.media(&c.slug, &img.src)),
                "alt": t.image_alt,
                "credit": t.image_credit,
            })),
        })
    }

    fn capsule(&self, i: usize) -> Job {
        let site = self.site;
        let capsule = &site.capsules[i];
        let urls = &site.urls;
        let lang = self.lang;
        let path = urls.capsule(lang, &capsule.slug);
        let Some(t) = capsule.translation(lang) else {
            return Job {
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
        let extra = json!({
            "body": t.body.to_html(&|target| self.link_target(&path, target)),
            "expires_human": capsule.expires.map(|e| human_date(e, &site.tz, self.strings())),
            "tags": capsule.tags.iter().filter(|tag| !slugify(tag).is_empty()).map(|tag| json!({ "name": site.config.tag_name(tag, lang), "href": href(&urls.tag(lang, &slugify(tag), 1)) })).collect::<Vec<_>>(),
            "districts": capsule.districts.iter().map(|d| json!({
                "name": site.config.districts.get(d).map_or(d.as_str(), |n| n.get(lang, fallback)),
                "href": href(&urls.district(lang, d, 1)),
            })).collect::<Vec<_>>(),
            "press": t.press.iter().map(|p| json!({
                "url": p.url,
                "outlet": p.outlet,
                "date_human": p.date.as_ref().and_then(|d| crate::content::front_matter::to_timestamp(d, &site.tz).ok()).map(|d| human_date(d, &site.tz, self.strings())),
            })).collect::<Vec<_>>(),
            "social": t.social.iter().filter(|s| s.url.starts_with("https://")).map(|s| json!({ "network": s.network, "url": s.url })).collect::<Vec<_>>(),
            "video": capsule.video.as_ref().map(|v| json!({
                "src": v.src.as_ref().map(|s| href(&urls.media(&capsule.slug, s))),
                "url": v.url,
                "poster": v.poster.as_ref().map(|s| href(&urls.media(&capsule.slug, s))),
                "captions": t.captions.as_ref().map(|s| href(&urls.media(&capsule.slug, s))),
            })),
        });
        if let (Value::Object(card), Value::Object(extra)) = (&mut card, extra) {
            card.extend(extra);
        }
        c.insert("c", &card);
        c.insert("og_alternates", &og_alternates);
        debug_assert!(capsule.status != Status::Scheduled);
        Job {
            path,
            template: "capsule.html",
            context: c,
        }
    }

    /// Where an `@/` link leads from `from`: the target in this language when it has one,
    /// else in the default language.
    fn link_target(&self, from: &str, target: &LinkTarget) -> String {
        let site = self.site;
        let urls = &site.urls;
        let default = site.config.default_language();
        let to = match target {
            LinkTarget::Capsule(slug) => {
                let lang = site
                    .capsules
                    .iter()
                    .find(|c| &c.slug == slug)
                    .and_then(|c| {
                        c.translation(self.lang)
                            .or_else(|| c.translation(default))
                            .or(c.translations.first())
                    })
                    .map_or(self.lang, |t| t.lang.as_str());
                urls.capsule(lang, slug)
            }
            LinkTarget::Page(slug) => {
                let in_lang = |l: &str| site.pages.iter().any(|p| &p.slug == slug && p.lang == l);
                let lang = [self.lang, default]
                    .into_iter()
                    .find(|l| in_lang(l))
                    .or_else(|| {
                        site.pages
                            .iter()
                            .find(|p| &p.slug == slug)
                            .map(|p| p.lang.as_str())
                    });
                urls.page(lang.unwrap_or(self.lang), slug)
            }
        };
        urls.href(from, &to)
    }
}

/// A file under the site's `static/` is published at the root.
fn static_path(path: &str) -> &str {
    path.strip_prefix("static/").unwrap_or(path)
}

/// The language chooser at `/`; a one-language site redirects to its home.
fn root_job(site: &Site) -> Job {
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
    c.insert("site", &json!({ "logo": site.config.logo.as_ref().map(|l| urls.href("", static_path(l.get_ref()))) }));
    c.insert("assets", &assets_from(site, ""));
    Job {
        path: String::new(),
        template: "root.html",
        context: c,
    }
}

/// One 404 page for all languages: it is served at any depth, so its links are root-relative.
fn not_found_job(site: &Site) -> Job {
    let urls = &site.urls;
    let mut c = Context::new();
    let languages: Vec<Value> = site
        .languages()
        .iter()
        .map(|l| {
            let s = &site.theme.strings[l];
            json!({
                "locale": s["locale"],
                "title": site.config.title(l),
                "not_found_title": s["not_found_title"],
                "not_found_text": s["not_found_text"],
                "back_home": s["back_home"],
                "href": urls.href("", &urls.home(l)),
            })
        })
        .collect();
    c.insert("languages", &languages);
    c.insert("assets", &assets_from(site, ""));
    Job {
        path: "404.html".to_string(),
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
