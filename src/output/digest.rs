//! The e-mail digest of each language: `digest/index.html` and `digest/digest.txt`, the latest
//! capsules ready to paste into the commune's mailing tool (the site sends no mail).
//!
//! Mail programs ignore style sheets and block what is not on the sender's site, so the HTML is
//! one 600-pixel column laid out with a table, styled inline, and every address in it is
//! absolute, every picture the site's own `og.jpg`. The text version wraps at 72 characters;
//! only an address longer than a line stands alone on its own.

use serde_json::{json, Value};
use tera::Context;

use super::{RenderContext, Renderer, Report};
use crate::content::capsule::Capsule;
use crate::content::front_matter::Kind;
use crate::error::Result;
use crate::images::OG;
use crate::locale::human_date;
use crate::site::Site;
use crate::theme::template_error;

/// The width of a text line, as mail programs have wrapped plain text for decades.
pub const LINE: usize = 72;
/// The picture's width in the 600-pixel column, inside its 20-pixel margins.
const PICTURE_WIDTH: u32 = 560;

pub struct Digest;

impl Renderer for Digest {
    fn name(&self) -> &'static str {
        "output-digest"
    }

    fn render(&self, ctx: &RenderContext) -> Result<Report> {
        let site = ctx.site;
        for lang in site.languages() {
            let data = data(site, lang);
            let mut context = Context::new();
            context.insert("t", &site.theme.strings[lang]);
            context.insert("d", &data);
            let template = "digest.html";
            let html = site
                .theme
                .tera
                .render(template, &context)
                .map_err(|e| template_error(template, &e))?;
            let folder = format!("{}digest/", site.urls.home(lang));
            ctx.out.write(&folder, html.as_bytes())?;
            ctx.out.write(
                &format!("{folder}digest.txt"),
                text(&data, &site.theme.strings[lang]).as_bytes(),
            )?;
        }
        Ok(Report::files(2 * site.languages().len()))
    }
}

/// The latest capsules of `lang`: alerts still running first, then the newest.
fn latest<'a>(site: &'a Site, lang: &str) -> Vec<&'a Capsule> {
    let index = site.in_language(lang);
    let alerts = index.active_alerts.iter();
    let others = index
        .listed
        .iter()
        .filter(|i| !index.active_alerts.contains(i));
    alerts
        .chain(others)
        .take(site.config.digest.limit)
        .map(|&i| &site.capsules[i])
        .collect()
}

/// Everything both versions show, with absolute addresses (relative ones on an offline copy).
fn data(site: &Site, lang: &str) -> Value {
    let urls = &site.urls;
    let folder = format!("{}digest/", urls.home(lang));
    let address = |path: &str| urls.portable(&folder, path);
    let strings = &site.theme.strings[lang];
    let date = |ts| human_date(ts, &site.tz, strings);
    let items: Vec<Value> = latest(site, lang)
        .into_iter()
        .filter_map(|c| {
            let t = c.translation(lang)?;
            let page = urls.capsule(lang, &c.slug);
            let picture = c.image.as_ref().map(|_| {
                json!({
                    "src": address(&format!("{page}og.jpg")),
                    "width": PICTURE_WIDTH,
                    "height": PICTURE_WIDTH * OG.1 / OG.0,
                    "alt": t.image_alt,
                })
            });
            let until = (c.kind == Kind::Alert)
                .then_some(c.expires)
                .flatten()
                .map(|e| {
                    format!(
                        "{} {}",
                        strings["valid_until"].as_str().unwrap_or_default(),
                        date(e)
                    )
                });
            Some(json!({
                "kind": c.kind.as_str(),
                "label": strings[format!("kind_{}", c.kind.as_str())],
                "date": date(c.date),
                "until": until,
                "title": t.title,
                "summary": t.summary,
                "url": address(&page),
                "picture": picture,
            }))
        })
        .collect();
    let fallback = site.config.default_language();
    let home = urls.home(lang);
    json!({
        "lang": strings["locale"],
        "title": site.config.title(lang),
        "publisher": site.config.publisher(lang),
        "date": date(site.last_change()),
        "heading": strings["digest_heading"].as_str().unwrap_or_default().replace("{date}", &date(site.last_change())),
        "items": items,
        "home": address(&home),
        "feed": address(&format!("{home}feed.xml")),
        "leaflets": site.leaflets.then(|| address(&format!("{home}leaflets/"))),
        "contact": site.config.main_contact().map(|c| c.localized(lang, fallback)),
    })
}

/// The plain-text digest.
fn text(d: &Value, t: &Value) -> String {
    let s = |v: &Value| v.as_str().unwrap_or_default().to_string();
    let mut out = String::new();
    wrap_into(&mut out, &s(&d["title"]));
    wrap_into(&mut out, &s(&d["heading"]));
    out.push_str(&format!("{}\n", "=".repeat(LINE)));
    for item in d["items"].as_array().into_iter().flatten() {
        let mut head = format!(
            "{} · {}",
            s(&item["label"]).to_uppercase(),
            s(&item["date"])
        );
        if let Some(until) = item["until"].as_str() {
            head.push_str(&format!(" · {until}"));
        }
        for block in ["", &head, &s(&item["title"]), "", &s(&item["summary"])] {
            wrap_into(&mut out, block);
        }
        out.push_str(&format!("{}\n", s(&item["url"])));
    }
    out.push_str(&format!("\n{}\n", "-".repeat(LINE)));
    wrap_into(&mut out, &s(&t["emergency"]));
    if let Some(contact) = d["contact"].as_object() {
        let field = |key: &str| contact.get(key).and_then(Value::as_str);
        let labelled = |label: &str, key: &str| {
            field(key).map(|v| format!("{}{}{v}", s(&t[label]), s(&t["label_sep"])))
        };
        let lines = [
            field("name").map(str::to_string),
            field("address").map(str::to_string),
            labelled("phone", "phone"),
            labelled("email", "email"),
        ];
        for line in lines.into_iter().flatten() {
            wrap_into(&mut out, &line);
        }
    }
    out.push('\n');
    for key in ["home", "feed", "leaflets"] {
        if let Some(url) = d[key].as_str() {
            out.push_str(&format!("{url}\n"));
        }
    }
    out
}

/// `text` wrapped at `LINE` characters, or an empty line for an empty text.
fn wrap_into(out: &mut String, text: &str) {
    if text.is_empty() {
        out.push('\n');
        return;
    }
    for line in textwrap::wrap(text, textwrap::Options::new(LINE).break_words(false)) {
        out.push_str(line.trim_end());
        out.push('\n');
    }
}
