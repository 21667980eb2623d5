//! `exchange.json`: the capsules this site offers other sites to adopt (see `crate::exchange`).
//! Written only when `[exchange] share = true`, and never for an offline copy, which has no
//! address to adopt from.

use super::{RenderContext, Renderer, Report};
use crate::content::capsule::{Capsule, Translation};
use crate::error::Result;
use crate::exchange::{self, LeafletText, Offer, Offered, Picture, Source, Text};
use crate::site::Site;

pub struct Exchange;

impl Renderer for Exchange {
    fn name(&self) -> &'static str {
        "output-exchange"
    }

    fn render(&self, ctx: &RenderContext) -> Result<Report> {
        let site = ctx.site;
        if !site.config.exchange.share || site.urls.is_offline() {
            return Ok(Report::files(0));
        }
        let mut json = serde_json::to_vec_pretty(&offer(site)).expect("the offer is plain data");
        json.push(b'\n');
        ctx.out.write(exchange::FILE_NAME, &json)?;
        Ok(Report::files(1))
    }
}

/// What the site offers now.
pub fn offer(site: &Site) -> Offer {
    let config = &site.config;
    let default = config.default_language();
    let publisher = config
        .exchange
        .publisher
        .clone()
        .unwrap_or_else(|| config.publisher(default).to_string());
    Offer {
        format: exchange::FORMAT.into(),
        version: exchange::VERSION,
        site: Source {
            title: config.title(default).to_string(),
            url: site.urls.absolute(""),
            publisher: publisher.clone(),
            languages: site.languages().to_vec(),
        },
        capsules: site
            .capsules
            .iter()
            .filter(|c| c.is_offered())
            .map(|c| offered(site, c, &publisher))
            .collect(),
    }
}

fn offered(site: &Site, capsule: &Capsule, publisher: &str) -> Offered {
    let urls = &site.urls;
    let picture = capsule.image.as_ref().map(|p| {
        // The widest JPEG the pages use: 1600 px, or the original's width if smaller.
        let (name, media_type, width) = p.largest();
        Picture {
            url: urls.absolute(&urls.media(&capsule.slug, &name)),
            media_type: media_type.into(),
            width,
            height: p.height_at(width),
        }
    });
    let mut offered = Offered {
        slug: capsule.slug.clone(),
        version: String::new(),
        kind: capsule.kind,
        date: capsule.date.to_string(),
        expires: capsule.expires.map(|e| e.to_string()),
        tags: capsule.tags.clone(),
        districts: capsule.districts.clone(),
        licence: site.config.exchange.licence.get_ref().clone(),
        publisher: publisher.to_string(),
        picture,
        translations: capsule
            .translations
            .iter()
            .map(|t| Text {
                lang: t.lang.clone(),
                url: urls.absolute(&urls.capsule(&t.lang, &capsule.slug)),
                title: t.title.clone(),
                summary: t.summary.clone(),
                body: portable_body(site, t),
                image_alt: t.image_alt.clone(),
                image_credit: t.image_credit.clone(),
                leaflet: LeafletText {
                    headline: t.leaflet.headline.clone(),
                    short: t.leaflet.short.clone(),
                    cta: t.leaflet.cta.clone(),
                },
            })
            .collect(),
    };
    // The hash of everything else the capsule offers: its version changes with any of it.
    let bytes = serde_json::to_vec(&offered).expect("the offer is plain data");
    offered.version = blake3::hash(&bytes).to_hex().as_str()[..32].to_string();
    offered
}

/// The Markdown body with its `@/` links made absolute addresses on this site: on the adopting
/// site they lead back here, where the capsule or page they name is.
fn portable_body(site: &Site, t: &Translation) -> String {
    let text = &t.source.text;
    let mut body = String::new();
    let mut from = t.body_offset.min(text.len());
    for link in &t.links {
        let span = link.span.clone();
        let Some(at) = text.get(span.clone()).and_then(|s| s.find("@/")) else {
            // A reference-style link: its `@/` is in the definition, left as written.
            continue;
        };
        let start = span.start + at;
        if start < from {
            continue;
        }
        let end = text[start..span.end]
            .find([')', ' ', '>', '"', '\n'])
            .map_or(span.end, |n| start + n);
        body.push_str(&text[from..start]);
        body.push_str(&site.urls.absolute(&site.link_path(&t.lang, &link.target)));
        // `#section` stays: it names a place in the same page.
        if let Some(hash) = text[start..end].find('#') {
            body.push_str(&text[start + hash..end]);
        }
        from = end;
    }
    body.push_str(&text[from..]);
    body.trim().to_string()
}
