//! The social kit's texts as data: `<lang>/capsules/<slug>/share/posts.json`, the post for
//! each network (see `share::kit`) with its length and limit, for the webmaster's own tools.
//! The same posts are on the kit's page (html output), beside its pictures (images output).
//! One file per capsule rather than one per network: at 10,000 capsules, nine small files
//! each tripled the build's time on this disk.

use rayon::prelude::*;
use serde_json::json;

use super::{RenderContext, Renderer, Report};
use crate::content::capsule::{Capsule, Translation};
use crate::error::Result;
use crate::share::kit::{self, Post, Source};
use crate::site::Site;

pub struct Kit;

impl Renderer for Kit {
    fn name(&self) -> &'static str {
        "social kit"
    }

    fn render(&self, ctx: &RenderContext) -> Result<Report> {
        let site = ctx.site;
        let translations: Vec<(&Capsule, &Translation)> = site
            .built_capsules()
            .filter(|c| ctx.wants(c))
            .flat_map(|c| c.translations.iter().map(move |t| (c, t)))
            .collect();
        translations.par_iter().try_for_each(|&(capsule, t)| {
            let urls = &site.urls;
            let data = json!({
                "url": urls.absolute(&urls.capsule(&t.lang, &capsule.slug)),
                "posts": posts(site, capsule, t),
            });
            let file = format!("{}posts.json", folder(site, &t.lang, &capsule.slug));
            ctx.out.write(&file, data.to_string().as_bytes())
        })?;
        Ok(Report::files(translations.len()))
    }
}

/// The kit's folder for a capsule in `lang`.
pub fn folder(site: &Site, lang: &str, slug: &str) -> String {
    format!("{}share/", site.urls.capsule(lang, slug))
}

/// The posts of one translation, its links made absolute.
pub fn posts(site: &Site, capsule: &Capsule, t: &Translation) -> Vec<Post> {
    let urls = &site.urls;
    let url = urls.absolute(&urls.capsule(&t.lang, &capsule.slug));
    let body = t
        .body
        .to_plain(&|target| urls.absolute(&site.link_path(&t.lang, target)));
    kit::posts(&Source {
        title: &t.title,
        summary: &t.summary,
        body: &body,
        url: &url,
        sms: t.sms.as_deref(),
    })
}
