//! The workbench's screens, rendered on the server: the home (every capsule, filtered by
//! the query string, with the coming days and the mix, and every page), the capsule and page
//! forms, and the forms for a new capsule or page, which work without the script. The script (`assets/workbench.js`) adds what needs
//! it: checks while typing, previews, uploads, saves through the API.
//!
//! The interface speaks French, Dutch, German or English: `?ui=` (kept in a cookie), else the
//! site's first language, else English.

use std::collections::BTreeMap;
use std::sync::{Arc, LazyLock};

use serde_json::{json, Map, Value as Json};
use tera::Tera;
use tiny_http::Method;

use super::source::{Place, What};
use super::{api, source, Answer, Call, Workbench, EDIT};
use crate::content::capsule::Unsaved;
use crate::content::front_matter::Kind;
use crate::messages::{self, Lang, Message};
use crate::site::Site;

const STYLE: &str = include_str!("assets/workbench.css");
const SCRIPT: &str = include_str!("assets/workbench.js");
pub const INTERFACE_LANGUAGES: [&str; 4] = ["fr", "nl", "de", "en"];
const UI_COOKIE: &str = "vigie_ui";
/// The statuses the home shows, in the order a capsule goes through them.
const STATUSES: [&str; 5] = ["draft", "review", "scheduled", "published", "ended"];

/// The words of each interface language, by key: the catalogue's `ui-` messages (one
/// catalogue for everything Vigie says), named as the templates and the script know them.
static WORDS_BY_LANGUAGE: LazyLock<BTreeMap<&str, BTreeMap<String, String>>> =
    LazyLock::new(|| {
        INTERFACE_LANGUAGES
            .into_iter()
            .map(|ui| {
                let lang = Lang::from_code(ui).unwrap_or(Lang::En);
                let words = messages::every("ui-", lang)
                    .into_iter()
                    .map(|(key, word)| (key.replace('-', "_"), word))
                    .collect();
                (ui, words)
            })
            .collect()
    });

static TEMPLATES: LazyLock<Tera> = LazyLock::new(|| {
    let mut tera = Tera::default();
    tera.add_raw_templates([
        ("layout.html", include_str!("assets/layout.html")),
        ("home.html", include_str!("assets/home.html")),
        ("capsule.html", include_str!("assets/capsule.html")),
        ("message.html", include_str!("assets/message.html")),
        ("publish.html", include_str!("assets/publish.html")),
        ("library.html", include_str!("assets/library.html")),
        ("page.html", include_str!("assets/page.html")),
        ("body.html", include_str!("assets/body.html")),
    ])
    .expect("the workbench's templates are valid");
    tera
});

pub fn words(ui: &str) -> &'static BTreeMap<String, String> {
    &WORDS_BY_LANGUAGE[if INTERFACE_LANGUAGES.contains(&ui) {
        ui
    } else {
        "en"
    }]
}

/// The interface language of this request.
pub(super) fn interface(call: &Call, site: Option<&Site>) -> String {
    let wanted = call.param("ui").or_else(|| {
        call.header("Cookie")?.split(';').find_map(|c| {
            let (k, v) = c.trim().split_once('=')?;
            (k == UI_COOKIE).then(|| v.to_string())
        })
    });
    wanted
        .filter(|ui| INTERFACE_LANGUAGES.contains(&ui.as_str()))
        .or_else(|| {
            site.map(|s| s.config.default_language().to_string())
                .filter(|l| INTERFACE_LANGUAGES.contains(&l.as_str()))
        })
        .unwrap_or_else(|| "en".to_string())
}

pub(super) fn render(template: &str, ui: &str, mut context: tera::Context) -> Answer {
    context.insert("ui", ui);
    let w = words(ui);
    context.insert("w", w);
    let named = |prefix: &str, keys: &[&str]| -> BTreeMap<String, String> {
        keys.iter()
            .map(|k| (k.to_string(), w[&format!("{prefix}{k}")].clone()))
            .collect()
    };
    context.insert("kind_names", &named("kind_", &Kind::ALL.map(Kind::as_str)));
    context.insert("status_names", &named("status_", &STATUSES));
    let uis: Vec<(&str, &str)> = INTERFACE_LANGUAGES
        .iter()
        .map(|l| (*l, words(l)["language_name"].as_str()))
        .collect();
    context.insert("uis", &uis);
    context.insert("edit", EDIT);
    match TEMPLATES.render(template, &context) {
        Ok(page) => Answer::html(200, page).with(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' blob: data:; frame-src 'self' blob:; object-src 'self' blob:; \
             frame-ancestors 'self'; form-action 'self'; base-uri 'none'"
                .to_string(),
        ),
        Err(e) => {
            let mut why = e.to_string();
            let mut source = std::error::Error::source(&e);
            while let Some(s) = source {
                why.push_str(&format!(": {s}"));
                source = s.source();
            }
            Answer::error(500, Message::new("workbench-screen-failed").arg("error", why))
        }
    }
}

/// The page shown without the token.
pub fn locked(call: &Call) -> String {
    message(&interface(call, None), "workbench", "locked")
}

pub fn broken(call: &Call, error: &str) -> String {
    let ui = interface(call, None);
    let mut context = tera::Context::new();
    context.insert("heading", &words(&ui)["broken_site"]);
    context.insert("message", error);
    String::from_utf8(render("message.html", &ui, context).body).unwrap_or_default()
}

fn message(ui: &str, heading: &str, text: &str) -> String {
    let mut context = tera::Context::new();
    context.insert("heading", &words(ui)[heading]);
    context.insert("message", &words(ui)[text]);
    String::from_utf8(render("message.html", ui, context).body).unwrap_or_default()
}

pub fn route(wb: &Workbench, call: &Call, site: &Arc<Site>) -> Answer {
    let rest = call.path.strip_prefix(EDIT).unwrap_or("");
    let ui = interface(call, Some(site));
    let answer = match (&call.method, rest) {
        (Method::Get, "") => home(wb, call, site, &ui),
        (Method::Get, "workbench.css") => Answer::bytes("text/css; charset=utf-8", STYLE.into()),
        (Method::Get, "workbench.js") => {
            Answer::bytes("text/javascript; charset=utf-8", SCRIPT.into())
        }
        (Method::Post, "new") => {
            let form: BTreeMap<String, String> = url::form_urlencoded::parse(&call.body)
                .into_owned()
                .collect();
            let get = |k: &str| form.get(k).map(String::as_str).unwrap_or("");
            match api::new_capsule(
                wb,
                site,
                get("title").trim(),
                Kind::parse(get("kind")),
                get("lang"),
            ) {
                Ok(slug) => Answer::redirect(&format!("{EDIT}capsules/{slug}")),
                Err((status, why)) => refused(&ui, "new_capsule", status, &why),
            }
        }
        (_, path) if path == "publish" || path.starts_with("publish/") => {
            super::publish::route(wb, call, site, &ui, &path["publish".len()..])
        }
        (_, path) if path == "library" || path.starts_with("library/") => {
            super::library::route(wb, call, site, &ui, &path["library".len()..])
        }
        (Method::Post, "new-page") => {
            let form: BTreeMap<String, String> = url::form_urlencoded::parse(&call.body)
                .into_owned()
                .collect();
            let get = |k: &str| form.get(k).map(String::as_str).unwrap_or("");
            match api::new_page(wb, site, get("title").trim(), get("lang")) {
                Ok(slug) => Answer::redirect(&format!("{EDIT}pages/{slug}")),
                Err((status, why)) => refused(&ui, "new_page", status, &why),
            }
        }
        (Method::Get, path) => {
            if let Some(slug) = path.strip_prefix("capsules/") {
                capsule(wb, site, slug, &ui)
            } else if let Some(slug) = path.strip_prefix("pages/") {
                page(wb, site, slug, &ui)
            } else {
                Answer::error(404, Message::new("workbench-no-page"))
            }
        }
        _ => Answer::error(405, Message::new("workbench-wrong-method")),
    };
    match call
        .param("ui")
        .filter(|u| INTERFACE_LANGUAGES.contains(&u.as_str()))
    {
        Some(ui) => answer.with(
            "Set-Cookie",
            format!("{UI_COOKIE}={ui}; SameSite=Strict; Path=/__vigie/"),
        ),
        None => answer,
    }
}

/// A creation that was refused, with why, under the heading `heading`.
pub(super) fn refused(ui: &str, heading: &str, status: u16, why: &str) -> Answer {
    let mut context = tera::Context::new();
    context.insert("heading", &words(ui)[heading]);
    context.insert("message", why);
    let mut answer = render("message.html", ui, context);
    answer.status = status;
    answer
}

fn kinds(ui: &str) -> Vec<Json> {
    let w = words(ui);
    Kind::ALL
        .iter()
        .map(|k| {
            json!({
                "key": k.as_str(),
                "name": w[&format!("kind_{}", k.as_str())],
                "help": w[&format!("kind_{}_help", k.as_str())],
            })
        })
        .collect()
}

fn district_names(site: &Site, ui: &str) -> Vec<(String, String)> {
    let fallback = site.config.default_language();
    let lang = if site.languages().iter().any(|l| l == ui) {
        ui
    } else {
        fallback
    };
    site.config
        .districts
        .iter()
        .map(|(key, name)| (key.clone(), name.get(lang, fallback).to_string()))
        .collect()
}

fn home(wb: &Workbench, call: &Call, site: &Arc<Site>, ui: &str) -> Answer {
    let overview = api::overview(wb, site);
    let wanted = |name: &str| call.param(name).filter(|v| !v.is_empty());
    let (kind, status, lang, district) = (
        wanted("kind"),
        wanted("status"),
        wanted("lang"),
        wanted("district"),
    );
    let search = wanted("q").map(|q| q.to_lowercase());
    let rows: Vec<Json> = overview
        .rows
        .iter()
        .filter(|r| kind.as_deref().is_none_or(|k| r.kind.as_str() == k))
        .filter(|r| status.as_deref().is_none_or(|s| r.status == s))
        .filter(|r| lang.as_deref().is_none_or(|l| r.titles.contains_key(l)))
        .filter(|r| {
            district
                .as_deref()
                .is_none_or(|d| r.districts.iter().any(|x| x == d))
        })
        .filter(|r| {
            search
                .as_deref()
                .is_none_or(|q| r.titles.values().any(|t| t.to_lowercase().contains(q)))
        })
        .map(|r| {
            json!({
                "slug": r.slug,
                "kind": r.kind.as_str(),
                "status": r.status,
                "date": r.date,
                "titles": site.languages().iter().map(|l| (l, r.titles.get(l))).collect::<Vec<_>>(),
                "districts": r.districts,
                "findings": r.findings,
            })
        })
        .collect();
    let mut context = tera::Context::new();
    context.insert("site_title", &site.config.title);
    context.insert("rows", &rows);
    context.insert("total", &overview.rows.len());
    context.insert("languages", site.languages());
    context.insert("default_language", site.config.default_language());
    context.insert("kinds", &kinds(ui));
    context.insert("statuses", &STATUSES);
    context.insert("districts", &district_names(site, ui));
    context.insert(
        "filters",
        &json!({
            "kind": kind, "status": status, "lang": lang, "district": district,
            "q": call.param("q").unwrap_or_default(),
        }),
    );
    context.insert("calendar", &overview.report.calendar);
    context.insert("mix", &overview.report.mix.verdict);
    context.insert("broken", &overview.broken);
    let pages: Vec<Json> = overview
        .pages
        .iter()
        .map(|p| {
            json!({
                "slug": p.slug,
                "titles": site.languages().iter().map(|l| (l, p.titles.get(l))).collect::<Vec<_>>(),
            })
        })
        .collect();
    context.insert("pages", &pages);
    render("home.html", ui, context)
}

/// A front-matter object as `image.alt`-style keys to values, for the form's fields.
fn flat(prefix: &str, value: &Json, out: &mut Map<String, Json>) {
    match value.as_object() {
        Some(object) if !object.is_empty() || prefix.is_empty() => {
            for (k, v) in object {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flat(&key, v, out);
            }
        }
        _ => {
            out.insert(prefix.to_string(), value.clone());
        }
    }
}

/// Each of the site's languages as a column of the form: its fields as `image.alt`-style keys,
/// its body, whether it is written yet; and the fields found in any language, for those the
/// form shows once.
fn columns(site: &Site, languages: &Map<String, Json>) -> (Vec<Json>, Map<String, Json>) {
    let mut shared = Map::new();
    let columns = site
        .languages()
        .iter()
        .map(|lang| {
            let mut fields = Map::new();
            if let Some(fm) = languages.get(lang).and_then(|l| l.get("front_matter")) {
                flat("", fm, &mut fields);
            }
            for (k, v) in &fields {
                if !shared.contains_key(k) {
                    shared.insert(k.clone(), v.clone());
                }
            }
            let translation = languages.get(lang);
            json!({
                "lang": lang,
                "present": translation.is_some(),
                "unparsed": translation.and_then(|t| t.get("source")),
                "required": site.config.required_languages.iter().any(|r| r.get_ref() == lang),
                "fields": fields,
                "body": translation.and_then(|t| t.get("body")).and_then(Json::as_str).unwrap_or(""),
            })
        })
        .collect();
    (columns, shared)
}

/// What the body's toolbar can link to: every capsule and page but `own`.
fn link_targets(site: &Site, own: &str) -> Vec<Json> {
    site.capsules
        .iter()
        .filter(|c| format!("@/capsules/{}", c.slug) != own)
        .map(|c| {
            let title = c.translations.first().map_or("", |t| t.title.as_str());
            json!({ "target": format!("@/capsules/{}", c.slug), "title": title })
        })
        .chain(
            site.pages
                .iter()
                .filter(|p| p.lang == site.config.default_language())
                .filter(|p| format!("@/pages/{}", p.slug) != own)
                .map(|p| json!({ "target": format!("@/pages/{}", p.slug), "title": p.title })),
        )
        .collect()
}

/// What the script needs of the form, in its `data-json` attribute.
fn form_data(
    site: &Site,
    place: &Place,
    files: &Unsaved,
    languages: Map<String, Json>,
    ui: &str,
) -> String {
    json!({
        "what": place.what.folder(),
        "slug": place.slug,
        "version": source::version(files),
        "languages": languages,
        "site_languages": site.languages(),
        "default_language": site.config.default_language(),
        "words": words(ui),
        "shared_keys": SHARED_KEYS,
        "timezone": site.config.timezone.get_ref(),
    })
    .to_string()
}

fn page(wb: &Workbench, site: &Site, slug: &str, ui: &str) -> Answer {
    let Some(place) = wb.place(What::Page, slug) else {
        return Answer::html(404, message(ui, "pages", "no_pages"));
    };
    let files = match place.read() {
        Ok(files) => files,
        Err(e) => return Answer::error(500, api::unreadable(slug, &e)),
    };
    let languages = source::to_json(&place, &files, site.config.default_language());
    let (columns, _) = columns(site, &languages);
    let mut context = tera::Context::new();
    context.insert("site_title", &site.config.title);
    context.insert("slug", slug);
    context.insert("columns", &columns);
    context.insert("targets", &link_targets(site, &format!("@/pages/{slug}")));
    context.insert("data", &form_data(site, &place, &files, languages, ui));
    render("page.html", ui, context)
}

fn capsule(wb: &Workbench, site: &Site, slug: &str, ui: &str) -> Answer {
    let Some(place) = wb.place(What::Capsule, slug) else {
        return Answer::html(404, message(ui, "capsules", "no_capsules"));
    };
    let files = match place.read() {
        Ok(files) => files,
        Err(e) => return Answer::error(500, api::unreadable(slug, &e)),
    };
    let languages = source::to_json(&place, &files, site.config.default_language());
    let (columns, shared) = columns(site, &languages);
    let tags: std::collections::BTreeSet<&str> = site
        .capsules
        .iter()
        .flat_map(|c| c.tags.iter().map(String::as_str))
        .collect();
    let contacts: Vec<&String> = site.config.contacts.keys().collect();
    let mut context = tera::Context::new();
    context.insert("site_title", &site.config.title);
    context.insert("slug", slug);
    context.insert("state", &site.capsule(slug).map(api::status));
    // An adopted capsule says where it comes from, as its page will.
    let origin = site.capsule(slug).and_then(|c| c.origin.as_ref()).map(|o| {
        json!({
            "publisher": o.publisher,
            "url": o.url,
            "licence": crate::exchange::licence_label(&o.licence),
        })
    });
    context.insert("origin", &origin);
    context.insert("sharing", &site.config.exchange.share);
    context.insert("shared", &shared);
    context.insert("columns", &columns);
    context.insert("kinds", &kinds(ui));
    context.insert("districts", &district_names(site, ui));
    context.insert("tags", &tags);
    context.insert(
        "targets",
        &link_targets(site, &format!("@/capsules/{slug}")),
    );
    context.insert("contacts", &contacts);
    context.insert(
        "networks",
        &[
            "facebook",
            "instagram",
            "x",
            "bluesky",
            "mastodon",
            "linkedin",
            "youtube",
            "tiktok",
        ],
    );
    context.insert("data", &form_data(site, &place, &files, languages, ui));
    render("capsule.html", ui, context)
}

/// The fields that do not depend on language (PRODUCT.md): the form shows them once.
pub const SHARED_KEYS: [&str; 17] = [
    "kind",
    "date",
    "expires",
    "event.start",
    "event.end",
    "event.registration",
    "tags",
    "districts",
    "aliases",
    "draft",
    "privacy_reviewed",
    "share",
    "image.src",
    "image.focus",
    "video.src",
    "video.url",
    "video.poster",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// A word the templates or the script ask for and the catalogue lacks would stop a screen
    /// (Tera refuses it) or show "undefined".
    #[test]
    fn every_word_the_screens_use_is_in_the_catalogue() {
        let sources = [
            include_str!("assets/layout.html"),
            include_str!("assets/home.html"),
            include_str!("assets/capsule.html"),
            include_str!("assets/message.html"),
            include_str!("assets/publish.html"),
            include_str!("assets/library.html"),
            include_str!("assets/page.html"),
            include_str!("assets/body.html"),
            SCRIPT,
        ];
        let mut used = 0;
        for source in sources {
            for (at, _) in source.match_indices("w.") {
                let before = source[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                    continue;
                }
                let key: String = source[at + 2..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                used += 1;
                for ui in INTERFACE_LANGUAGES {
                    assert!(words(ui).contains_key(&key), "{ui}: w.{key}");
                }
            }
        }
        assert!(used > 100, "only {used} words found in the screens");
        assert_eq!(words("fr")["workbench"], "Atelier");
        assert_eq!(words("nl")["kind_alert"], "Waarschuwing");
    }

    #[test]
    fn the_templates_parse() {
        LazyLock::force(&TEMPLATES);
    }
}
