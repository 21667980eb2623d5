//! The slideshow for the screens of town halls and police stations: `<lang>/screen/` in
//! landscape (1920×1080) and `<lang>/screen/portrait/` (1080×1920), the running alerts then
//! the latest capsules, one per slide, read from across a waiting room.
//!
//! It runs without JavaScript (a kiosk or a signage player may have none): the slides take
//! turns by a CSS animation, and a `refresh` after each round reloads the page, so a screen
//! served from the site shows new capsules by itself. Every link is relative, so the folder
//! also works copied on a USB stick. The look and the timing are in a stylesheet beside the
//! page (the theme's `screen.css` template), since the site's policy forbids inline styles.

use serde_json::{json, Value};
use tera::Context;

use super::{RenderContext, Renderer, Report};
use crate::content::capsule::{Capsule, Translation};
use crate::error::Result;
use crate::locale::human_span;
use crate::print::qr;
use crate::site::Site;
use crate::theme::template_error;
use crate::urls::Urls;

pub struct Screens;

/// The two shapes of screen, by folder under `<lang>/screen/`.
const SHAPES: [(&str, &str); 2] = [("", "landscape"), ("portrait/", "portrait")];

impl Renderer for Screens {
    fn name(&self) -> &'static str {
        "output-screens"
    }

    fn render(&self, ctx: &RenderContext) -> Result<Report> {
        let site = ctx.site;
        let seconds = site.config.screen.seconds;
        let mut files = 0;
        for lang in site.languages() {
            let capsules = shown(site, lang);
            for (sub, shape) in SHAPES {
                let folder = format!("{}screen/{sub}", site.urls.home(lang));
                let slides: Vec<Value> = capsules
                    .iter()
                    .filter_map(|c| Some((c, c.translation(lang)?)))
                    .map(|(c, t)| slide(site, lang, &folder, c, t))
                    .collect::<Result<_>>()?;
                let mut context = Context::new();
                context.insert("t", &site.theme.strings[lang]);
                context.insert("lang", lang);
                context.insert(
                    "screen",
                    &json!({
                        "title": site.config.title(lang),
                        "publisher": site.config.publisher(lang),
                        "shape": shape,
                        "slides": slides,
                        // One round, then a reload: new capsules appear by themselves.
                        "refresh": (slides.len().max(1) as u32) * seconds,
                    }),
                );
                context.insert("timing", &timing(slides.len(), seconds));
                for (template, file) in [("screen.html", ""), ("screen.css", "screen.css")] {
                    let text = site
                        .theme
                        .tera
                        .render(template, &context)
                        .map_err(|e| template_error(template, &e))?;
                    ctx.out.write(&format!("{folder}{file}"), text.as_bytes())?;
                }
                files += 2;
            }
        }
        Ok(Report::files(files))
    }
}

/// What the screen of `lang` shows: the running alerts, then the newest other capsules, as
/// many as `[screen] capsules`.
pub(super) fn shown<'a>(site: &'a Site, lang: &str) -> Vec<&'a Capsule> {
    let index = site.in_language(lang);
    let others = index
        .listed
        .iter()
        .filter(|i| !index.active_alerts.contains(i));
    index
        .active_alerts
        .iter()
        .chain(others)
        .take(site.config.screen.capsules)
        .map(|&i| &site.capsules[i])
        .collect()
}

/// One slide's data, its links relative to `folder`.
fn slide(
    site: &Site,
    lang: &str,
    folder: &str,
    capsule: &Capsule,
    t: &Translation,
) -> Result<Value> {
    let strings = &site.theme.strings[lang];
    // Relative links whatever the site's mode: the folder is copied to USB sticks.
    let local = Urls::new(site.config.base_url.get_ref(), true);
    let url = site.urls.absolute(&site.urls.capsule(lang, &capsule.slug));
    let code = qr::encode(&url).map_err(crate::error::Error::Usage)?;
    let photo = capsule.image.as_ref().map(|picture| {
        let (name, _, width) = picture.largest();
        json!({
            "src": local.href(folder, &site.urls.media(&capsule.slug, &name)),
            "width": width,
            "height": picture.height_at(width),
            "x": (picture.focus.0 * 100.0).round(),
            "y": (picture.focus.1 * 100.0).round(),
        })
    });
    Ok(json!({
        "kind": capsule.kind.as_str(),
        "kind_label": strings[format!("kind_{}", capsule.kind.as_str())],
        "headline": t.leaflet.headline.as_deref().unwrap_or(&t.title),
        "text": text(t),
        "event": capsule.event.as_ref().map(|e| json!({
            "when": human_span(e.start, e.end, &site.tz, strings),
            "place": t.venue.as_ref().map(|v| &v.place),
        })),
        "photo": photo,
        "qr": { "size": code.size, "path": qr_path(&code) },
        "url_text": url.trim_start_matches("https://").trim_start_matches("http://"),
    }))
}

/// The most a slide's text holds, in characters: about two sentences, read from three metres
/// while the slide shows.
pub const TEXT_LIMIT: usize = 200;

/// A slide's text: the leaflet's short text, else the summary's first two sentences, or its
/// first one, or as much of it as fits cut at a word.
pub(super) fn text(t: &Translation) -> String {
    short_text(t, 2, TEXT_LIMIT)
}

/// What a slide or a poster shows of a capsule: its leaflet's short text, else its summary;
/// whole if it fits in `limit` characters and `sentences` sentences, else as many of its
/// first sentences as fit, else its first cut at a word.
pub(super) fn short_text(t: &Translation, sentences: usize, limit: usize) -> String {
    let whole = t.leaflet.short.as_deref().unwrap_or(&t.summary).trim();
    let fits = |text: &String| text.chars().count() <= limit;
    // Where each sentence ends: after its closing mark, before the space that follows.
    let ends: Vec<usize> = whole
        .char_indices()
        .zip(whole.chars().skip(1))
        .filter(|&((_, c), next)| ".!?…".contains(c) && next.is_whitespace())
        .map(|((i, c), _)| i + c.len_utf8())
        .take(sentences)
        .collect();
    // The whole text only when it has no more sentences than allowed.
    let whole_end = (ends.len() < sentences).then_some(whole.len());
    whole_end
        .into_iter()
        .chain(ends.into_iter().rev())
        .map(|end| whole[..end].to_string())
        .find(fits)
        .or_else(|| crate::share::kit::longest_cut(whole, "…", &str::to_string, &fits))
        .unwrap_or_else(|| whole.chars().take(limit - 1).chain(['…']).collect())
}

/// The QR code's dark modules as one SVG path, a rectangle per run.
pub(super) fn qr_path(code: &qr::Qr) -> String {
    code.runs
        .iter()
        .map(|[x, y, w, h]| format!("M{x} {y}h{w}v{h}h-{w}z"))
        .collect()
}

/// When the slides take turns, for the stylesheet: each shows for `seconds` of a round of all
/// of them (`share` of it, in percent), the next starting as it leaves (`delays`, in seconds).
fn timing(slides: usize, seconds: u32) -> Value {
    let slides = slides.max(1);
    json!({
        "seconds": seconds,
        "round": slides as u32 * seconds,
        "share": format!("{:.4}", 100.0 / slides as f64),
        "delays": (0..slides as u32).map(|k| k * seconds).collect::<Vec<_>>(),
    })
}
