//! The workbench's JSON API (`docs/workbench.md`): capsules listed, read, saved and created,
//! media uploaded, unsaved text checked and previewed. Unsaved text is loaded as the bundle's
//! translations beside its own media ([`Site::with_capsule`]), so that it is checked and
//! typeset exactly as a build would, with nothing written.

use crate::messages::Message;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use serde_json::{json, Map, Value as Json};
use tiny_http::Method;

use super::source::{Place, What};
use super::{media, save, source, Answer, Call, Workbench};
use crate::check::{self, Finding};
use crate::content::capsule::{Capsule, Status, Unsaved};
use crate::content::front_matter::Kind;
use crate::content::slug::slugify;
use crate::error::Error;
use crate::output::{self, OutputDir, RenderContext, Renderer, Touched};
use crate::site::Site;

pub fn route(wb: &Workbench, call: &Call, site: &Arc<Site>, rest: &str) -> Answer {
    let parts: Vec<&str> = rest.split('/').filter(|p| !p.is_empty()).collect();
    let what = match parts.first() {
        Some(&"pages") => What::Page,
        _ => What::Capsule,
    };
    let place = |slug: &str| wb.place(what, slug).ok_or_else(|| not_found(what, slug));
    let answer = match (&call.method, parts.as_slice()) {
        (Method::Get, ["capsules"]) => Ok(list(wb, site)),
        (Method::Post, ["capsules"]) => Ok(create(wb, call, site)),
        (Method::Get, ["pages"]) => Ok(list_pages(wb, site)),
        (Method::Post, ["pages"]) => Ok(create_page(wb, call, site)),
        (Method::Get, ["capsules" | "pages", slug]) => place(slug).map(|p| read(site, &p)),
        (Method::Put, ["capsules" | "pages", slug]) => {
            place(slug).map(|p| update(wb, call, site, &p))
        }
        (Method::Post, ["capsules", slug, "media"]) => {
            place(slug).map(|p| media::upload(call, &p.dir))
        }
        (Method::Get, ["capsules", slug, "media", name]) => {
            place(slug).map(|p| media::show(&p.dir, name))
        }
        (Method::Post, ["capsules" | "pages", slug, "undo"]) => place(slug).map(|p| undo(wb, &p)),
        (Method::Post, ["check"]) => check_unsaved(wb, call, site),
        (Method::Post, ["preview", "pages", slug, lang, what]) => wb
            .place(What::Page, slug)
            .ok_or_else(|| not_found(What::Page, slug))
            .map(|p| preview(call, site, &p, lang, what)),
        (Method::Post, ["preview", slug, lang, what]) => wb
            .place(What::Capsule, slug)
            .ok_or_else(|| not_found(What::Capsule, slug))
            .map(|p| preview(call, site, &p, lang, what)),
        _ => Ok(Answer::error(404, Message::new("workbench-no-address"))),
    };
    answer.unwrap_or_else(|refused| refused)
}

/// The request's body as JSON, or its refusal in the user's language.
fn json_body(call: &Call) -> Result<Json, Answer> {
    serde_json::from_slice(&call.body)
        .map_err(|e| Answer::error(400, Message::new("workbench-not-json").arg("error", e)))
}

/// The files of a capsule or page could not be read (removed meanwhile, or not readable).
pub(super) fn unreadable(slug: &str, e: &std::io::Error) -> Message {
    Message::new("workbench-unreadable-files")
        .arg("slug", slug)
        .arg("error", e)
}

fn not_found(what: What, slug: &str) -> Answer {
    Answer::error(
        404,
        match what {
            What::Capsule => Message::new("workbench-no-capsule"),
            What::Page => Message::new("workbench-no-such-page"),
        }
        .arg("slug", slug),
    )
}

fn undo(wb: &Workbench, place: &Place) -> Answer {
    let _one = wb.saving.lock().unwrap_or_else(|e| e.into_inner());
    match save::undo(wb.root(), place) {
        Ok(Ok(files)) => Answer::json(200, &json!({ "version": source::version(&files) })),
        Ok(Err(save::Refused::Nothing)) => {
            Answer::error(409, Message::new("workbench-no-earlier-save"))
        }
        Ok(Err(save::Refused::ChangedSince(version))) => Answer::json(
            409,
            &json!({
                "error": "the files were changed since the last save (by hand, or in another window): undo would lose that change, so nothing was undone; reload them to see what they hold",
                "version": version,
            }),
        ),
        Err(e) => Answer::error(500, e.to_string()),
    }
}

/// One capsule as the home lists it.
pub struct Row {
    pub slug: String,
    pub kind: Kind,
    pub status: &'static str,
    /// The date as the site's calendar gives it (`2026-11-20`).
    pub date: String,
    pub titles: BTreeMap<String, String>,
    pub districts: Vec<String>,
    pub findings: usize,
}

/// One page as the home lists it: its title in each language it is written in.
pub struct PageRow {
    pub slug: String,
    pub titles: BTreeMap<String, String>,
}

/// The home's data, worked out once per build of the preview.
pub struct Overview {
    pub rows: Vec<Row>,
    pub pages: Vec<PageRow>,
    /// Capsule folders and page files that do not load (`capsules/<folder>`,
    /// `pages/<file>`), with their first error.
    pub broken: Vec<(String, String)>,
    pub report: check::Report,
}

/// The status the home shows: an alert or a news item not yet reread is "review".
pub fn status(capsule: &Capsule) -> &'static str {
    let reviewable = matches!(capsule.kind, Kind::Alert | Kind::News);
    match capsule.status {
        Status::Draft if reviewable && !capsule.privacy_reviewed => "review",
        Status::Draft => "draft",
        Status::Scheduled => "scheduled",
        Status::Published => "published",
        Status::Ended => "ended",
    }
}

pub fn overview(wb: &Workbench, site: &Arc<Site>) -> Arc<Overview> {
    let key = Arc::as_ptr(site) as usize;
    let mut cached = wb.overview.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((k, o)) = cached.as_ref() {
        if *k == key {
            return Arc::clone(o);
        }
    }
    let report = check::check(site, &[]);
    let mut counts: BTreeMap<&Path, usize> = BTreeMap::new();
    for f in &report.findings {
        if let Some(folder) = &f.capsule {
            *counts.entry(folder.as_path()).or_default() += 1;
        }
    }
    let rows = site
        .capsules
        .iter()
        .map(|c| Row {
            slug: c.slug.clone(),
            kind: c.kind,
            status: status(c),
            date: c.date.to_zoned_datetime(site.tz.clone()).date().to_string(),
            titles: c
                .translations
                .iter()
                .map(|t| (t.lang.clone(), t.title.clone()))
                .collect(),
            districts: c.districts.clone(),
            findings: counts.get(c.rel_dir.as_path()).copied().unwrap_or(0),
        })
        .collect();
    let mut pages: Vec<PageRow> = Vec::new();
    for p in &site.pages {
        match pages.iter_mut().find(|r| r.slug == p.slug) {
            Some(row) => {
                row.titles.insert(p.lang.clone(), p.title.clone());
            }
            None => pages.push(PageRow {
                slug: p.slug.clone(),
                titles: BTreeMap::from([(p.lang.clone(), p.title.clone())]),
            }),
        }
    }
    let overview = Arc::new(Overview {
        rows,
        pages,
        broken: wb.broken(site),
        report,
    });
    *cached = Some((key, Arc::clone(&overview)));
    overview
}

/// The capsule folders and page files with a content error, each with its first message.
pub fn broken_bundles(errors: &[crate::Diagnostic]) -> Vec<(String, String)> {
    let mut broken: Vec<(String, String)> = Vec::new();
    for e in errors {
        let Ok(rest) = e.file.strip_prefix("content") else {
            continue;
        };
        let mut parts = rest.components().map(|c| c.as_os_str().to_string_lossy());
        let (Some(what), Some(name)) = (parts.next(), parts.next()) else {
            continue;
        };
        if what != "capsules" && what != "pages" {
            continue;
        }
        let folder = format!("{what}/{name}");
        if !broken.iter().any(|(f, _)| *f == folder) {
            broken.push((folder, e.message.clone()));
        }
    }
    broken
}

fn list(wb: &Workbench, site: &Arc<Site>) -> Answer {
    let overview = overview(wb, site);
    let capsules: Vec<Json> = overview
        .rows
        .iter()
        .map(|r| {
            let languages: Map<String, Json> = r
                .titles
                .iter()
                .map(|(lang, title)| (lang.clone(), json!({ "title": title })))
                .collect();
            json!({
                "slug": r.slug,
                "kind": r.kind,
                "status": r.status,
                "date": r.date,
                "districts": r.districts,
                "languages": languages,
                "findings": r.findings,
            })
        })
        .collect();
    let broken: Vec<Json> = overview
        .broken
        .iter()
        .map(|(folder, message)| json!({ "folder": folder, "error": message }))
        .collect();
    Answer::json(200, &json!({ "capsules": capsules, "broken": broken }))
}

fn read(site: &Site, place: &Place) -> Answer {
    let files = match place.read() {
        Ok(f) => f,
        Err(e) => return Answer::error(500, unreadable(&place.slug, &e)),
    };
    let version = source::version(&files);
    let (_, findings) = findings(site, place, &files);
    Answer::json(
        200,
        &json!({
            "slug": place.slug,
            "version": version,
            "languages": source::to_json(place, &files, site.config.default_language()),
            "findings": findings_json(&findings, &files, place, site),
        }),
    )
    .with("ETag", format!("\"{version}\""))
}

/// The texts as the request's `languages` make them, over the files on disk.
fn unsaved_from(call: &Call, place: &Place, site: &Site) -> Result<(Unsaved, Unsaved), Answer> {
    let body = json_body(call)?;
    let languages = body
        .get("languages")
        .and_then(Json::as_object)
        .ok_or_else(|| Answer::error(400, Message::new("workbench-needs-languages")))?;
    let on_disk = place.read().unwrap_or_default();
    let edited = source::apply(place, &on_disk, languages, site.config.default_language())
        .map_err(|e| Answer::error(400, &e))?;
    Ok((on_disk, edited))
}

fn update(wb: &Workbench, call: &Call, site: &Site, place: &Place) -> Answer {
    let Some(wanted) = call
        .header("If-Match")
        .map(|v| v.trim().trim_matches('"').to_string())
    else {
        return Answer::error(428, Message::new("workbench-needs-version"));
    };
    let _one = wb.saving.lock().unwrap_or_else(|e| e.into_inner());
    let (on_disk, edited) = match unsaved_from(call, place, site) {
        Ok(texts) => texts,
        Err(answer) => return answer,
    };
    let current = source::version(&on_disk);
    if current != wanted {
        return Answer::json(
            412,
            &json!({
                "error": "the files changed on disk since they were opened: reload them before saving",
                "version": current,
            }),
        );
    }
    // Refused: what would stop a build (a content error, or a grave privacy slip in an alert
    // or news item that is not a draft); a draft may hold what is still being reworded.
    let (new, found) = findings(site, place, &edited);
    let breaks_build = match &new {
        None => true,
        Some(new) => {
            place.what == What::Capsule && check::publishable(new, Some(&place.slug)).is_err()
        }
    };
    if breaks_build {
        return Answer::json(
            422,
            &json!({ "findings": findings_json(&found, &edited, place, site) }),
        );
    }
    let changed: Unsaved = edited
        .iter()
        .filter(|(name, text)| on_disk.get(*name) != Some(*text))
        .map(|(n, t)| (n.clone(), t.clone()))
        .collect();
    if let Err(e) = save::write(wb.root(), place, &changed) {
        return Answer::error(500, e.to_string());
    }
    let version = source::version(&edited);
    Answer::json(
        200,
        &json!({ "version": version, "findings": findings_json(&found, &edited, place, site) }),
    )
    .with("ETag", format!("\"{version}\""))
}

fn create(wb: &Workbench, call: &Call, site: &Site) -> Answer {
    let body = match json_body(call) {
        Ok(body) => body,
        Err(refused) => return refused,
    };
    let title = body
        .get("title")
        .and_then(Json::as_str)
        .unwrap_or("")
        .trim();
    let lang = body
        .get("lang")
        .and_then(Json::as_str)
        .unwrap_or(site.config.default_language());
    let kind = body
        .get("kind")
        .and_then(Json::as_str)
        .and_then(Kind::parse);
    match new_capsule(wb, site, title, kind, lang) {
        Ok(slug) => Answer::json(201, &json!({ "slug": slug })),
        Err((status, message)) => Answer::error(status, &message),
    }
}

/// Makes a draft capsule `title` of `kind` in `lang`: its folder named after the title, its
/// file with what a first save needs (an alert gets an end a week after its date).
pub fn new_capsule(
    wb: &Workbench,
    site: &Site,
    title: &str,
    kind: Option<Kind>,
    lang: &str,
) -> Result<String, (u16, String)> {
    if title.is_empty() {
        return Err((422, "a new capsule needs a title".to_string()));
    }
    let Some(kind) = kind else {
        return Err((422, "the kind is one of: tip, alert, news, fun".to_string()));
    };
    if !site.languages().iter().any(|l| l == lang) {
        return Err((422, format!("`{lang}` is not one of the site's languages")));
    }
    let base = crate::content::slug::short_slug(&slugify(title), 60);
    let base = if base.is_empty() {
        "capsule".to_string()
    } else {
        base
    };
    let _one = wb.saving.lock().unwrap_or_else(|e| e.into_inner());
    let slug = (1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|s| wb.bundle(s).is_none() && !crate::content::RESERVED_SLUGS.contains(&s.as_str()))
        .unwrap_or(base);
    let today = site.now.to_zoned_datetime(site.tz.clone()).date();
    let mut doc = toml_edit::DocumentMut::new();
    doc["title"] = toml_edit::Item::Value(source::one_line(title));
    doc["kind"] = toml_edit::value(kind.as_str());
    doc["date"] = toml_edit::value(
        today
            .to_string()
            .parse::<toml_edit::Datetime>()
            .map_err(|e| (500, e.to_string()))?,
    );
    if kind == Kind::Alert {
        let end = today
            .checked_add(jiff::Span::new().days(7))
            .unwrap_or(today);
        doc["expires"] = toml_edit::value(
            end.to_string()
                .parse::<toml_edit::Datetime>()
                .map_err(|e| (500, e.to_string()))?,
        );
    }
    doc["summary"] = toml_edit::value("");
    doc["draft"] = toml_edit::value(true);
    if matches!(kind, Kind::Alert | Kind::News) {
        doc["privacy_reviewed"] = toml_edit::value(false);
    }
    let dir = wb.root().join("content").join("capsules").join(&slug);
    let text = format!("+++\n{doc}+++\n");
    let files = Unsaved::from([(format!("index.{lang}.md"), text)]);
    let place = Place::capsule(dir);
    loads(site, &place, &files)?;
    std::fs::create_dir_all(&place.dir)
        .map_err(|e| (500, format!("cannot make the capsule's folder: {e}")))?;
    save::write(wb.root(), &place, &files).map_err(|e| (500, e.to_string()))?;
    Ok(slug)
}

/// Refuses a new file that would not load because of what is written in it, as a save is
/// refused. (Errors of the whole capsule, such as a required language not written yet, are
/// for the form to show: the file is where they get fixed.)
fn loads(site: &Site, place: &Place, files: &Unsaved) -> Result<(), (u16, String)> {
    if let Err(Error::Content(errors)) = reload(site, place, files) {
        if let Some(d) = errors.iter().find(|d| {
            d.file
                .file_name()
                .is_some_and(|n| files.contains_key(&*n.to_string_lossy()))
        }) {
            return Err((422, d.to_string()));
        }
    }
    Ok(())
}

fn list_pages(wb: &Workbench, site: &Arc<Site>) -> Answer {
    let pages: Vec<Json> = overview(wb, site)
        .pages
        .iter()
        .map(|p| {
            let languages: Map<String, Json> = p
                .titles
                .iter()
                .map(|(lang, title)| (lang.clone(), json!({ "title": title })))
                .collect();
            json!({ "slug": p.slug, "languages": languages })
        })
        .collect();
    Answer::json(200, &json!({ "pages": pages }))
}

fn create_page(wb: &Workbench, call: &Call, site: &Site) -> Answer {
    let body = match json_body(call) {
        Ok(body) => body,
        Err(refused) => return refused,
    };
    let get = |key: &str| body.get(key).and_then(Json::as_str);
    let lang = get("lang").unwrap_or(site.config.default_language());
    match new_page(wb, site, get("title").unwrap_or("").trim(), lang) {
        Ok(slug) => Answer::json(201, &json!({ "slug": slug })),
        Err((status, message)) => Answer::error(status, &message),
    }
}

/// Makes the page `title` in `lang`: `content/pages/<slug>.<lang>.md`, named after the title.
/// A page has no draft: it is on the site from the next build.
pub fn new_page(
    wb: &Workbench,
    site: &Site,
    title: &str,
    lang: &str,
) -> Result<String, (u16, String)> {
    if title.is_empty() {
        return Err((422, "a new page needs a title".to_string()));
    }
    if !site.languages().iter().any(|l| l == lang) {
        return Err((422, format!("`{lang}` is not one of the site's languages")));
    }
    let base = crate::content::slug::short_slug(&slugify(title), 60);
    let base = if base.is_empty() {
        "page".to_string()
    } else {
        base
    };
    let _one = wb.saving.lock().unwrap_or_else(|e| e.into_inner());
    let slug = (1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            }
        })
        .find(|s| {
            wb.place(What::Page, s).is_none()
                && !crate::content::RESERVED_SLUGS.contains(&s.as_str())
        })
        .unwrap_or(base);
    let mut doc = toml_edit::DocumentMut::new();
    doc["title"] = toml_edit::Item::Value(source::one_line(title));
    let place = Place::page(wb.root(), &slug, &slug);
    let files = Unsaved::from([(format!("{slug}.{lang}.md"), format!("+++\n{doc}+++\n"))]);
    loads(site, &place, &files)?;
    std::fs::create_dir_all(&place.dir)
        .map_err(|e| (500, format!("cannot make content/pages/: {e}")))?;
    save::write(wb.root(), &place, &files).map_err(|e| (500, e.to_string()))?;
    Ok(slug)
}

fn check_unsaved(wb: &Workbench, call: &Call, site: &Site) -> Result<Answer, Answer> {
    let body = serde_json::from_slice::<Json>(&call.body).unwrap_or_default();
    let named = |key: &str| body.get(key).and_then(Json::as_str).map(str::to_string);
    let (what, slug) = match named("page") {
        Some(slug) => (What::Page, slug),
        None => (What::Capsule, named("slug").unwrap_or_default()),
    };
    let place = wb
        .place(what, &slug)
        .ok_or_else(|| not_found(what, &slug))?;
    let (_, edited) = unsaved_from(call, &place, site)?;
    let (new, found) = findings(site, &place, &edited);
    let mut rendered = Map::new();
    let mut sms = Map::new();
    if let Some(new) = &new {
        let bodies: Vec<(&str, &crate::content::markdown::Markdown, String)> = match what {
            What::Capsule => new
                .capsules
                .iter()
                .filter(|c| c.dir == place.dir)
                .flat_map(|c| {
                    c.translations
                        .iter()
                        .map(|t| (t.lang.as_str(), &t.body, new.urls.capsule(&t.lang, &c.slug)))
                })
                .collect(),
            What::Page => new
                .pages
                .iter()
                .filter(|p| p.slug == place.slug)
                .map(|p| (p.lang.as_str(), &p.body, new.urls.page(&p.lang, &p.slug)))
                .collect(),
        };
        for (lang, body, page) in bodies {
            let html = body.to_html(&|target| new.urls.href(&page, &new.link_path(lang, target)));
            rendered.insert(lang.to_string(), json!(html));
        }
        for capsule in new.capsules.iter().filter(|c| c.dir == place.dir) {
            for t in &capsule.translations {
                if let Some(post) = output::html::kit_texts(new, capsule, t)
                    .posts
                    .into_iter()
                    .find(|p| p.network == crate::config::Network::Sms)
                {
                    sms.insert(
                        t.lang.clone(),
                        json!({ "length": post.length, "segments": post.segments }),
                    );
                }
            }
        }
    }
    Ok(Answer::json(
        200,
        &json!({
            "findings": findings_json(&found, &edited, &place, site),
            "rendered": rendered,
            "sms": sms,
        }),
    ))
}

/// The site with the unsaved capsule or page in it.
fn reload(site: &Site, place: &Place, texts: &Unsaved) -> crate::error::Result<Site> {
    match place.what {
        What::Capsule => site.with_capsule(&place.dir, Some(texts)),
        What::Page => site.with_page(&place.slug, texts),
    }
}

/// The site with the unsaved text in it, and its findings as `check` gives them (or the
/// content errors that keep it from loading). `check` rereads capsules for private
/// information, not pages (a contact page gives the service's own numbers).
fn findings(site: &Site, place: &Place, texts: &Unsaved) -> (Option<Site>, Vec<Finding>) {
    match reload(site, place, texts) {
        Ok(new) => {
            let found = new
                .capsules
                .iter()
                .find(|c| place.what == What::Capsule && c.dir == place.dir)
                .map(|c| check::capsule_findings(&new, c))
                .unwrap_or_default();
            (Some(new), found)
        }
        Err(Error::Content(errors)) => {
            let mut found: Vec<Finding> = errors
                .into_iter()
                .filter(|d| place.holds(&site.root, &d.file))
                .map(check::load_finding)
                .collect();
            if place.what == What::Capsule {
                let rel = place.dir.strip_prefix(&site.root).unwrap_or(&place.dir);
                found.extend(privacy_of_texts(site, rel, texts));
            }
            (None, found)
        }
        Err(e) => (
            None,
            vec![check::load_finding(crate::Diagnostic::in_file(
                place.dir.strip_prefix(&site.root).unwrap_or(&place.dir),
                e.to_string(),
            ))],
        ),
    }
}

/// The privacy slips of texts whose capsule does not load yet (a translation still missing, a
/// field still wrong): the webmaster sees a plate as it is typed, not once all else is fixed.
fn privacy_of_texts(site: &Site, folder: &Path, texts: &Unsaved) -> Vec<Finding> {
    let fields: Vec<(&String, toml::Table)> = texts
        .iter()
        .map(|(name, text)| {
            let table = source::parts(name, text)
                .and_then(|p| p.front_matter.parse::<toml::Table>().ok())
                .unwrap_or_default();
            (name, table)
        })
        .collect();
    let kind = fields
        .iter()
        .find_map(|(_, t)| t.get("kind").and_then(|k| k.as_str()).and_then(Kind::parse))
        .unwrap_or(Kind::Tip);
    fields
        .iter()
        .flat_map(|(name, table)| {
            let allow: Vec<String> = table
                .get("allow")
                .and_then(|a| a.as_array())
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            let file = crate::error::SourceFile::new(
                folder.join(name),
                crate::content::without_controls(texts[*name].clone()),
            );
            let text = check::Reread {
                kind,
                folder,
                source: &file,
                allow: &allow,
            };
            check::text_privacy_findings(site, &text, false)
        })
        .collect()
}

/// Findings as `check --format json` gives them, each with the language and the form field
/// it belongs to.
fn findings_json(findings: &[Finding], texts: &Unsaved, place: &Place, site: &Site) -> Vec<Json> {
    findings
        .iter()
        .map(|f| {
            let d = &f.diagnostic;
            let name = d
                .file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let lang = place.language_of(&name, site.config.default_language());
            let field = texts.get(&name).and_then(|text| {
                let offset = source::offset_of(text, d.line, d.column)?;
                source::field_at(&name, text, offset)
            });
            // What the caret of the excerpt covers: the text an "allow" would name.
            let found = d.excerpt.as_ref().map(|e| {
                e.text
                    .chars()
                    .skip(e.caret)
                    .take(e.width)
                    .collect::<String>()
            });
            let mut value = check::report::finding_json(f);
            if let Some(object) = value.as_object_mut() {
                object.insert("lang".into(), json!(lang));
                object.insert("field".into(), json!(field));
                object.insert("found".into(), json!(found));
            }
            value
        })
        .collect()
}

fn preview(call: &Call, site: &Site, place: &Place, lang: &str, what: &str) -> Answer {
    let (_, edited) = match unsaved_from(call, place, site) {
        Ok(texts) => texts,
        Err(answer) => return answer,
    };
    let new = match reload(site, place, &edited) {
        Ok(new) => new,
        Err(Error::Content(errors)) => {
            let found: Vec<Finding> = errors.into_iter().map(check::load_finding).collect();
            return Answer::json(
                422,
                &json!({ "findings": findings_json(&found, &edited, place, site) }),
            );
        }
        Err(e) => return Answer::error(500, e.to_string()),
    };
    let slug = place.slug.as_str();
    let html = |path: String| {
        render_one(&new, slug, Box::new(output::html::Html), &path).map_or_else(
            |e| Answer::error(500, &e),
            |html| Answer::bytes("text/html; charset=utf-8", html),
        )
    };
    if place.what == What::Page {
        return match (
            what,
            new.pages.iter().any(|p| p.slug == slug && p.lang == lang),
        ) {
            ("page.html", true) => html(new.urls.page(lang, slug)),
            ("page.html", false) => Answer::error(
                404,
                Message::new("workbench-page-no-text").arg("lang", lang),
            ),
            _ => Answer::error(404, Message::new("workbench-page-preview")),
        };
    }
    let Some(capsule) = new.capsules.iter().find(|c| c.dir == place.dir) else {
        return not_found(What::Capsule, slug);
    };
    let Some(translation) = capsule.translation(lang) else {
        return Answer::error(
            404,
            Message::new("workbench-capsule-no-text").arg("lang", lang),
        );
    };
    match what {
        "leaflet.pdf" => render_one(
            &new,
            slug,
            Box::new(output::leaflets::Leaflets),
            &crate::output::leaflets::leaflet_path(&new, lang, slug),
        )
        .map_or_else(
            |e| Answer::error(500, &e),
            |pdf| Answer::bytes("application/pdf", pdf),
        ),
        "page.html" => html(new.urls.capsule(lang, slug)),
        "kit.json" => Answer::json(200, &kit(&new, capsule, translation)),
        _ => Answer::error(404, Message::new("workbench-preview-kinds")),
    }
}

/// Writes one capsule's files of one output into a scratch folder and gives the file at
/// `path`; the folder is removed after.
fn render_one(
    site: &Site,
    slug: &str,
    renderer: Box<dyn Renderer>,
    path: &str,
) -> Result<Vec<u8>, String> {
    let mut name = [0u8; 8];
    getrandom::fill(&mut name).map_err(|e| e.to_string())?;
    let scratch = site
        .root
        .join(".vigie-cache")
        .join("workbench")
        .join(name.iter().map(|b| format!("{b:02x}")).collect::<String>());
    let out = OutputDir::new(scratch.clone());
    let progress = indicatif::ProgressBar::hidden();
    let touched = Touched {
        slug: slug.to_string(),
        list_pages: Default::default(),
    };
    let ctx = RenderContext {
        site,
        out: &out,
        progress: &progress,
        touched: Some(&touched),
    };
    let result = renderer
        .render(&ctx)
        .map_err(|e| e.to_string())
        .and_then(|_| {
            let file = match path.strip_suffix('/') {
                Some(folder) => format!("{folder}/index.html"),
                None => path.to_string(),
            };
            std::fs::read(scratch.join(file))
                .map_err(|e| format!("the preview made no {path}: {e}"))
        });
    let _ = std::fs::remove_dir_all(&scratch);
    result
}

/// The social kit's posts (with the neighbourhood networks' relay text and voice message),
/// the feed entry and the digest entry of one translation.
fn kit(site: &Site, capsule: &Capsule, t: &crate::content::capsule::Translation) -> Json {
    let texts = output::html::kit_texts(site, capsule, t);
    let mut posts: Vec<Json> = texts
        .posts
        .iter()
        .filter(|p| {
            site.config.share.networks.contains(&p.network)
                || p.network == crate::config::Network::Sms
        })
        .map(|p| {
            json!({
                "network": p.network,
                "subject": p.subject,
                "text": p.text,
                "length": p.length,
                "limit": p.limit,
                "segments": p.segments,
                "fits": p.fits(),
            })
        })
        .collect();
    let relay_length = texts.relay.chars().count();
    posts.push(json!({
        "network": "relay",
        "text": texts.relay,
        "length": relay_length,
        "limit": crate::share::kit::RELAY_LIMIT,
        "fits": relay_length <= crate::share::kit::RELAY_LIMIT,
    }));
    posts.push(json!({
        "network": "voice",
        "text": texts.voice.text,
        "seconds": texts.voice.seconds,
        "fits": true,
    }));
    let url = site
        .urls
        .absolute(&site.urls.capsule(&t.lang, &capsule.slug));
    let date = capsule
        .date
        .to_zoned_datetime(site.tz.clone())
        .date()
        .to_string();
    json!({
        "posts": posts,
        "feed": { "title": t.title, "summary": t.summary, "link": url, "date": date },
        "digest": { "title": t.title, "summary": t.summary, "link": url, "kind": capsule.kind },
    })
}
