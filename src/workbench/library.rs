//! The workbench's "Library" screen: the capsules each `[[library]]` of site.toml offers, with
//! their previews; which are already adopted here; what changed at the source since, field by
//! field against this site's text; and an "Adopt" button that makes the draft
//! (`exchange::adopt`, as `vigie import site` does) and opens it in the form.
//!
//! An offer is read at most once a minute per library and kept meanwhile. Pictures reach the
//! page through the workbench, decoded and shrunk here: the page itself loads nothing from
//! another site.

use crate::messages::Message;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value as Json};
use tiny_http::Method;

use super::screens::{refused, render};
use super::{Answer, Call, Workbench, EDIT};
use crate::config::Library;
use crate::content::capsule::Capsule;
use crate::exchange::adopt::{adopt, AdoptOptions};
use crate::exchange::source::Source;
use crate::exchange::Offered;
use crate::images::{process, svg};
use crate::site::Site;

/// How long an offer read is shown before it is read again.
const FRESH: Duration = Duration::from_secs(60);
/// The longer side of a preview, in pixels.
const PREVIEW: u32 = 480;

/// Offers read and previews made, kept between requests.
#[derive(Default)]
pub struct Shelf {
    offers: Mutex<HashMap<String, (Instant, Arc<Source>)>>,
    previews: Mutex<HashMap<String, Arc<Preview>>>,
}

/// A picture made for the screen: its media type and bytes.
type Preview = (&'static str, Vec<u8>);

impl Shelf {
    /// The offer at `url`, read again when older than a minute or when `again`.
    fn offer(&self, url: &str, again: bool) -> crate::error::Result<Arc<Source>> {
        let lock = || self.offers.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((read, source)) = lock().get(url) {
            if read.elapsed() < FRESH && !again {
                return Ok(Arc::clone(source));
            }
        }
        // Read without holding the lock: a slow site does not stop the other screens.
        let source = Arc::new(Source::open(url)?);
        let mut offers = lock();
        offers.insert(url.to_string(), (Instant::now(), Arc::clone(&source)));
        // Previews of pictures no longer offered go: the memory kept follows the offers.
        let offered: HashSet<String> = offers
            .values()
            .flat_map(|(_, s)| s.offer.capsules.iter().filter_map(preview_key))
            .collect();
        self.previews
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .retain(|key, _| offered.contains(key));
        Ok(source)
    }
}

/// What a capsule's preview is kept under: its picture's address and the capsule's version,
/// which changes whenever the picture does.
fn preview_key(capsule: &Offered) -> Option<String> {
    let picture = capsule.picture.as_ref()?;
    Some(format!("{}|{}", picture.url, capsule.version))
}

pub fn route(wb: &Workbench, call: &Call, site: &Site, ui: &str, rest: &str) -> Answer {
    let libraries = &site.config.libraries;
    let chosen = call
        .param("n")
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(0);
    let library = libraries.get(chosen);
    match (&call.method, rest.trim_matches('/')) {
        (Method::Get, "") => screen(wb, site, ui, chosen, call.param("reread").is_some()),
        (Method::Get, "picture") => match (library, call.param("slug")) {
            (Some(library), Some(slug)) => preview(wb, library, &slug),
            _ => Answer::error(404, Message::new("workbench-no-library-capsule")),
        },
        (Method::Post, "adopt") => {
            let form: HashMap<String, String> = url::form_urlencoded::parse(&call.body)
                .into_owned()
                .collect();
            let (Some(library), Some(slug)) = (
                form.get("n")
                    .and_then(|n| n.parse::<usize>().ok())
                    .and_then(|n| libraries.get(n)),
                form.get("slug"),
            ) else {
                return Answer::error(400, Message::new("workbench-library-which"));
            };
            adopt_one(wb, site, ui, library, slug)
        }
        _ => Answer::error(405, Message::new("workbench-wrong-method")),
    }
}

/// Adopts `slug` from `library` and opens the draft; one already adopted is opened as it is.
fn adopt_one(wb: &Workbench, site: &Site, ui: &str, library: &Library, slug: &str) -> Answer {
    let options = AdoptOptions {
        root: wb.root().to_path_buf(),
        source: library.url.get_ref().clone(),
        pick: vec![slug.to_string()],
        all: false,
        kind: None,
        since: None,
        now: wb.load.now,
    };
    let adopted = {
        let _one = wb.saving.lock().unwrap_or_else(|e| e.into_inner());
        adopt(&options)
    };
    match adopted {
        Ok(a) => match a.adopted.first() {
            Some(folder) => Answer::redirect(&format!("{EDIT}capsules/{folder}")),
            None => {
                let source = wb.shelf.offer(library.url.get_ref(), false).ok();
                let here = source.as_ref().and_then(|s| {
                    let offered = s.offer.capsules.iter().find(|c| c.slug == slug)?;
                    adopted_here(site, offered)
                });
                match here {
                    Some(capsule) => Answer::redirect(&format!("{EDIT}capsules/{}", capsule.slug)),
                    None => refused(
                        ui,
                        "library",
                        409,
                        &super::screens::words(ui)["library_no_language"],
                    ),
                }
            }
        },
        Err(e) => refused(ui, "library", 422, &e.to_string()),
    }
}

/// The capsule of this site adopted from `offered`, if any.
fn adopted_here<'a>(site: &'a Site, offered: &Offered) -> Option<&'a Capsule> {
    let url = &offered.translations.first()?.url;
    site.capsules
        .iter()
        .find(|c| c.origin.as_ref().is_some_and(|o| &o.url == url))
}

fn screen(wb: &Workbench, site: &Site, ui: &str, chosen: usize, again: bool) -> Answer {
    let mut context = tera::Context::new();
    context.insert("site_title", &site.config.title);
    let libraries: Vec<(usize, &str, &str)> = site
        .config
        .libraries
        .iter()
        .enumerate()
        .map(|(i, l)| (i, l.name.get_ref().as_str(), l.url.get_ref().as_str()))
        .collect();
    context.insert("libraries", &libraries);
    context.insert("chosen", &chosen);
    if let Some(library) = site.config.libraries.get(chosen) {
        match wb.shelf.offer(library.url.get_ref(), again) {
            Ok(source) => {
                let capsules: Vec<Json> = source
                    .offer
                    .capsules
                    .iter()
                    .map(|offered| card(site, ui, chosen, offered))
                    .collect();
                context.insert("offer_title", &source.offer.site.title);
                context.insert("capsules", &capsules);
            }
            Err(e) => context.insert("error", &e.to_string()),
        }
    }
    render("library.html", ui, context)
}

/// What the screen shows of one offered capsule.
fn card(site: &Site, ui: &str, chosen: usize, offered: &Offered) -> Json {
    let languages = site.config.languages.get_ref();
    // The interface's language where offered, else the site's first one offered.
    let text = offered
        .translations
        .iter()
        .find(|t| t.lang == ui)
        .or_else(|| {
            languages
                .iter()
                .find_map(|l| offered.translations.iter().find(|t| &t.lang == l))
        })
        .or(offered.translations.first());
    let here = adopted_here(site, offered);
    let changed = here
        .and_then(|c| c.origin.as_ref())
        .is_some_and(|o| o.version != offered.version);
    json!({
        "slug": offered.slug,
        "kind": offered.kind.as_str(),
        "date": offered.date.get(..10).unwrap_or(&offered.date),
        "lang": text.map(|t| t.lang.as_str()),
        "title": text.map(|t| t.title.as_str()),
        "summary": text.map(|t| t.summary.as_str()),
        "alt": text.and_then(|t| t.image_alt.as_deref()).unwrap_or(""),
        "languages": offered.translations.iter().map(|t| t.lang.as_str()).collect::<Vec<_>>(),
        "offered_here": offered.translations.iter().any(|t| languages.contains(&t.lang)),
        "picture": offered.picture.as_ref().map(|_| {
            url::form_urlencoded::Serializer::new(format!("{EDIT}library/picture?"))
                .append_pair("n", &chosen.to_string())
                .append_pair("slug", &offered.slug)
                .finish()
        }),
        "licence": crate::exchange::licence_label(&offered.licence),
        "here": here.map(|c| c.slug.as_str()),
        "changed": changed,
        "differences": if changed { here.map(|c| differences(c, offered)) } else { None },
    })
}

/// Field by field, where this site's text differs from the source's now: each language both
/// have, then kind and tags.
fn differences(here: &Capsule, offered: &Offered) -> Vec<Json> {
    let mut out = Vec::new();
    let mut field = |lang: &str, name: &str, ours: &str, theirs: &str| {
        if ours.trim() != theirs.trim() {
            out.push(json!({
                "lang": lang,
                "field": name,
                "lines": lines(ours, theirs),
            }));
        }
    };
    for theirs in &offered.translations {
        let Some(ours) = here.translation(&theirs.lang) else {
            continue;
        };
        let body = ours.source.text.get(ours.body_offset..).unwrap_or("");
        let leaflet = &ours.leaflet;
        let pairs: [(&str, &str, &str); 8] = [
            ("title", &ours.title, &theirs.title),
            ("summary", &ours.summary, &theirs.summary),
            ("body", body, &theirs.body),
            (
                "image_alt",
                ours.image_alt.as_deref().unwrap_or(""),
                opt(&theirs.image_alt),
            ),
            (
                "image_credit",
                ours.image_credit.as_deref().unwrap_or(""),
                opt(&theirs.image_credit),
            ),
            (
                "headline",
                leaflet.headline.as_deref().unwrap_or(""),
                opt(&theirs.leaflet.headline),
            ),
            (
                "short",
                leaflet.short.as_deref().unwrap_or(""),
                opt(&theirs.leaflet.short),
            ),
            (
                "cta",
                leaflet.cta.as_deref().unwrap_or(""),
                opt(&theirs.leaflet.cta),
            ),
        ];
        for (name, ours, theirs_text) in pairs {
            field(&theirs.lang, name, ours, theirs_text);
        }
    }
    field("", "kind", here.kind.as_str(), offered.kind.as_str());
    field("", "tags", &here.tags.join(", "), &offered.tags.join(", "));
    out
}

fn opt(text: &Option<String>) -> &str {
    text.as_deref().unwrap_or("")
}

/// The lines that differ, with two of context: `-` only here, `+` only at the source.
fn lines(ours: &str, theirs: &str) -> Vec<(char, String)> {
    // Both end with a line break, so that a last line is compared by its text alone.
    let (ours, theirs) = (format!("{}\n", ours.trim()), format!("{}\n", theirs.trim()));
    let diff = similar::TextDiff::from_lines(&ours, &theirs);
    let mut shown = Vec::new();
    for (n, group) in diff.grouped_ops(2).iter().enumerate() {
        if n > 0 {
            shown.push(('…', String::new()));
        }
        for op in group {
            for change in diff.iter_changes(op) {
                let sign = match change.tag() {
                    similar::ChangeTag::Delete => '-',
                    similar::ChangeTag::Insert => '+',
                    similar::ChangeTag::Equal => ' ',
                };
                shown.push((sign, change.value().trim_end_matches('\n').to_string()));
            }
        }
    }
    shown
}

/// The offered picture of `slug`, shrunk and re-encoded from its pixels (a drawing cleaned):
/// nothing the source sent reaches the browser as it was.
fn preview(wb: &Workbench, library: &Library, slug: &str) -> Answer {
    let source = match wb.shelf.offer(library.url.get_ref(), false) {
        Ok(s) => s,
        Err(e) => return Answer::error(502, e.to_string()),
    };
    let Some((capsule, picture)) = source
        .offer
        .capsules
        .iter()
        .find(|c| c.slug == slug)
        .and_then(|c| Some((c, c.picture.as_ref()?)))
    else {
        return Answer::error(404, Message::new("workbench-no-picture"));
    };
    let key = preview_key(capsule).unwrap_or_default();
    if let Some(made) = wb
        .shelf
        .previews
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&key)
    {
        return Answer::bytes(made.0, made.1.clone());
    }
    let made = source.picture(&picture.url).and_then(|bytes| {
        let said = |m: crate::messages::Message| m.to_string();
        if picture.media_type == "image/svg+xml" {
            let text = String::from_utf8(bytes).map_err(|e| e.to_string())?;
            Ok((
                "image/svg+xml",
                svg::sanitize(&text).map_err(said)?.into_bytes(),
            ))
        } else {
            let pixels = process::decode(&bytes).map_err(said)?;
            // Within a square: a hostile 1×16,000 picture gives a small preview, not gigabytes.
            let (w, h) = (pixels.width().max(1), pixels.height().max(1));
            let scale = (f64::from(PREVIEW) / f64::from(w.max(h))).min(1.0);
            let side = |n: u32| ((f64::from(n) * scale).round() as u32).max(1);
            let small = pixels.resize(side(w), side(h), (0.5, 0.5)).map_err(said)?;
            Ok(("image/jpeg", small.jpeg().map_err(said)?))
        }
    });
    match made {
        Ok(made) => {
            let made = Arc::new(made);
            wb.shelf
                .previews
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(key, Arc::clone(&made));
            Answer::bytes(made.0, made.1.clone())
        }
        Err(why) => Answer::error(502, format!("the picture of {slug}: {why}")),
    }
}

#[cfg(test)]
mod tests {
    use super::lines;

    #[test]
    fn lines_show_what_changed_with_context() {
        let shown = lines(
            "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl",
            "a\nb\nC\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n",
        );
        assert!(shown.contains(&('-', "c".into())));
        assert!(shown.contains(&('+', "C".into())));
        assert!(shown.contains(&('+', "m".into())));
        assert!(!shown.contains(&('-', "l".into())), "{shown:?}");
        assert!(shown.contains(&('…', String::new())), "{shown:?}");
        assert!(
            !shown.iter().any(|(_, l)| l == "g"),
            "far from both changes"
        );
    }
}
