//! The workbench's JSON API (`docs/workbench.md`): capsules listed, read, saved and created,
//! media uploaded, unsaved text checked and previewed. Unsaved text is loaded as the bundle's
//! translations beside its own media ([`Site::with_capsule`]), so that it is checked and
//! typeset exactly as a build would, with nothing written.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use serde_json::{json, Map, Value as Json};
use tiny_http::Method;

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
    match (&call.method, parts.as_slice()) {
        (Method::Get, ["capsules"]) => list(wb, site),
        (Method::Post, ["capsules"]) => create(wb, call, site),
        (Method::Get, ["capsules", slug]) => read(wb, site, slug),
        (Method::Put, ["capsules", slug]) => update(wb, call, site, slug),
        (Method::Post, ["capsules", slug, "media"]) => match wb.bundle(slug) {
            Some(dir) => media::upload(call, &dir),
            None => no_capsule(slug),
        },
        (Method::Get, ["capsules", slug, "media", name]) => match wb.bundle(slug) {
            Some(dir) => media::show(&dir, name),
            None => no_capsule(slug),
        },
        (Method::Post, ["capsules", slug, "undo"]) => match wb.bundle(slug) {
            Some(dir) => {
                let _one = wb.saving.lock().unwrap_or_else(|e| e.into_inner());
                match save::undo(wb.root(), &dir) {
                    Ok(Some(files)) => {
                        Answer::json(200, &json!({ "version": source::version(&files) }))
                    }
                    Ok(None) => Answer::error(
                        409,
                        "there is no earlier save of this capsule to go back to",
                    ),
                    Err(e) => Answer::error(500, &e.to_string()),
                }
            }
            None => no_capsule(slug),
        },
        (Method::Post, ["check"]) => check_unsaved(wb, call, site),
        (Method::Post, ["preview", slug, lang, what]) => preview(wb, call, site, slug, lang, what),
        _ => Answer::error(404, "no such workbench address"),
    }
}

fn no_capsule(slug: &str) -> Answer {
    Answer::error(
        404,
        &format!("there is no capsule `{slug}` in content/capsules/"),
    )
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

/// The home's data, worked out once per build of the preview.
pub struct Overview {
    pub rows: Vec<Row>,
    /// Capsule folders that do not load, with their first error.
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
    let broken = match crate::site::Site::load_all(&wb.load) {
        Ok((_, errors)) => broken_bundles(&errors),
        Err(_) => Vec::new(),
    };
    let overview = Arc::new(Overview {
        rows,
        broken,
        report,
    });
    *cached = Some((key, Arc::clone(&overview)));
    overview
}

/// The capsule folders with a content error, each with its first message.
fn broken_bundles(errors: &[crate::Diagnostic]) -> Vec<(String, String)> {
    let mut broken: Vec<(String, String)> = Vec::new();
    for e in errors {
        let Ok(rest) = e.file.strip_prefix("content/capsules") else {
            continue;
        };
        let Some(folder) = rest.components().next() else {
            continue;
        };
        let folder = folder.as_os_str().to_string_lossy().into_owned();
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

fn read(wb: &Workbench, site: &Site, slug: &str) -> Answer {
    let Some(dir) = wb.bundle(slug) else {
        return no_capsule(slug);
    };
    let files = match source::read(&dir) {
        Ok(f) => f,
        Err(e) => return Answer::error(500, &format!("cannot read the capsule: {e}")),
    };
    let version = source::version(&files);
    let (_, findings) = findings(site, &dir, &files);
    Answer::json(
        200,
        &json!({
            "slug": slug,
            "version": version,
            "languages": source::to_json(&files, site.config.default_language()),
            "findings": findings_json(&findings, &files, site),
        }),
    )
    .with("ETag", format!("\"{version}\""))
}

/// The capsule's texts as the request's `languages` make them, over its files on disk.
fn unsaved_from(call: &Call, dir: &Path, site: &Site) -> Result<(Unsaved, Unsaved), Answer> {
    let body: Json = serde_json::from_slice(&call.body)
        .map_err(|e| Answer::error(400, &format!("the request is not JSON: {e}")))?;
    let languages = body
        .get("languages")
        .and_then(Json::as_object)
        .ok_or_else(|| Answer::error(400, "the request needs a `languages` object"))?;
    let on_disk = source::read(dir).unwrap_or_default();
    let edited = source::apply(&on_disk, languages, site.config.default_language())
        .map_err(|e| Answer::error(400, &e))?;
    Ok((on_disk, edited))
}

fn update(wb: &Workbench, call: &Call, site: &Site, slug: &str) -> Answer {
    let Some(dir) = wb.bundle(slug) else {
        return no_capsule(slug);
    };
    let Some(wanted) = call
        .header("If-Match")
        .map(|v| v.trim().trim_matches('"').to_string())
    else {
        return Answer::error(
            428,
            "a save names the version it was made from, in If-Match",
        );
    };
    let _one = wb.saving.lock().unwrap_or_else(|e| e.into_inner());
    let (on_disk, edited) = match unsaved_from(call, &dir, site) {
        Ok(texts) => texts,
        Err(answer) => return answer,
    };
    let current = source::version(&on_disk);
    if current != wanted {
        return Answer::json(
            412,
            &json!({
                "error": "the capsule's files changed on disk since they were opened: reload them before saving",
                "version": current,
            }),
        );
    }
    // Refused: what would stop a build (a content error, or a grave privacy slip in an alert
    // or news item that is not a draft); a draft may hold what is still being reworded.
    let (new, found) = findings(site, &dir, &edited);
    let breaks_build = match &new {
        None => true,
        Some(new) => check::publishable(new, Some(slug)).is_err(),
    };
    if breaks_build {
        return Answer::json(
            422,
            &json!({ "findings": findings_json(&found, &edited, site) }),
        );
    }
    let changed: Unsaved = edited
        .iter()
        .filter(|(name, text)| on_disk.get(*name) != Some(*text))
        .map(|(n, t)| (n.clone(), t.clone()))
        .collect();
    if let Err(e) = save::write(wb.root(), &dir, &changed, slug) {
        return Answer::error(500, &e.to_string());
    }
    let version = source::version(&edited);
    Answer::json(
        200,
        &json!({ "version": version, "findings": findings_json(&found, &edited, site) }),
    )
    .with("ETag", format!("\"{version}\""))
}

fn create(wb: &Workbench, call: &Call, site: &Site) -> Answer {
    let body: Json = match serde_json::from_slice(&call.body) {
        Ok(b) => b,
        Err(e) => return Answer::error(400, &format!("the request is not JSON: {e}")),
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
    doc["title"] = toml_edit::value(title);
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
    std::fs::create_dir_all(&dir)
        .map_err(|e| (500, format!("cannot make the capsule's folder: {e}")))?;
    save::write(wb.root(), &dir, &files, &slug).map_err(|e| (500, e.to_string()))?;
    Ok(slug)
}

fn check_unsaved(wb: &Workbench, call: &Call, site: &Site) -> Answer {
    let slug = serde_json::from_slice::<Json>(&call.body)
        .ok()
        .and_then(|b| b.get("slug").and_then(Json::as_str).map(str::to_string))
        .unwrap_or_default();
    let Some(dir) = wb.bundle(&slug) else {
        return no_capsule(&slug);
    };
    let (_, edited) = match unsaved_from(call, &dir, site) {
        Ok(texts) => texts,
        Err(answer) => return answer,
    };
    let (new, found) = findings(site, &dir, &edited);
    let mut rendered = Map::new();
    let mut sms = Map::new();
    if let Some(capsule) = new
        .as_ref()
        .and_then(|s| s.capsules.iter().find(|c| c.dir == dir))
    {
        let new = new.as_ref().unwrap_or(site);
        for t in &capsule.translations {
            let page = new.urls.capsule(&t.lang, &capsule.slug);
            let html = t
                .body
                .to_html(&|target| new.urls.href(&page, &new.link_path(&t.lang, target)));
            rendered.insert(t.lang.clone(), json!(html));
            if let Some(post) = output::html::kit_posts(new, capsule, t)
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
    Answer::json(
        200,
        &json!({
            "findings": findings_json(&found, &edited, site),
            "rendered": rendered,
            "sms": sms,
        }),
    )
}

/// The site with the unsaved capsule in it, and that capsule's findings as `check` gives
/// them (or the content errors that keep it from loading).
fn findings(site: &Site, dir: &Path, texts: &Unsaved) -> (Option<Site>, Vec<Finding>) {
    match site.with_capsule(dir, Some(texts)) {
        Ok(new) => {
            let found = new
                .capsules
                .iter()
                .find(|c| c.dir == dir)
                .map(|c| check::capsule_findings(&new, c))
                .unwrap_or_default();
            (Some(new), found)
        }
        Err(Error::Content(errors)) => {
            let rel = dir.strip_prefix(&site.root).unwrap_or(dir);
            let mut found: Vec<Finding> = errors
                .into_iter()
                .filter(|d| d.file.starts_with(rel))
                .map(check::load_finding)
                .collect();
            found.extend(privacy_of_texts(site, rel, texts));
            (None, found)
        }
        Err(e) => (
            None,
            vec![check::load_finding(crate::Diagnostic::in_file(
                dir.strip_prefix(&site.root).unwrap_or(dir),
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
fn findings_json(findings: &[Finding], texts: &Unsaved, site: &Site) -> Vec<Json> {
    findings
        .iter()
        .map(|f| {
            let d = &f.diagnostic;
            let name = d
                .file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let lang = source::language_of(&name, site.config.default_language());
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

fn preview(wb: &Workbench, call: &Call, site: &Site, slug: &str, lang: &str, what: &str) -> Answer {
    let Some(dir) = wb.bundle(slug) else {
        return no_capsule(slug);
    };
    let (_, edited) = match unsaved_from(call, &dir, site) {
        Ok(texts) => texts,
        Err(answer) => return answer,
    };
    let new = match site.with_capsule(&dir, Some(&edited)) {
        Ok(new) => new,
        Err(Error::Content(errors)) => {
            let found: Vec<Finding> = errors.into_iter().map(check::load_finding).collect();
            return Answer::json(
                422,
                &json!({ "findings": findings_json(&found, &edited, site) }),
            );
        }
        Err(e) => return Answer::error(500, &e.to_string()),
    };
    let Some(capsule) = new.capsules.iter().find(|c| c.dir == dir) else {
        return no_capsule(slug);
    };
    let Some(translation) = capsule.translation(lang) else {
        return Answer::error(404, &format!("the capsule has no `{lang}` text yet"));
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
        "page.html" => {
            let page = new.urls.capsule(lang, slug);
            render_one(&new, slug, Box::new(output::html::Html), &page).map_or_else(
                |e| Answer::error(500, &e),
                |html| Answer::bytes("text/html; charset=utf-8", html),
            )
        }
        "kit.json" => Answer::json(200, &kit(&new, capsule, translation)),
        _ => Answer::error(404, "a preview is leaflet.pdf, page.html or kit.json"),
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

/// The social kit's posts, the feed entry and the digest entry of one translation.
fn kit(site: &Site, capsule: &Capsule, t: &crate::content::capsule::Translation) -> Json {
    let posts: Vec<Json> = output::html::kit_posts(site, capsule, t)
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
