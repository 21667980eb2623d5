//! The social kit's texts: `<lang>/capsules/<slug>/share/<network>.txt`, the post for each
//! network (see `share::kit`). Its pictures come from the images output, its page for the
//! webmaster from the html output.

use rayon::prelude::*;

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
            .flat_map(|c| c.translations.iter().map(move |t| (c, t)))
            .collect();
        let files = translations
            .par_iter()
            .map(|&(capsule, t)| {
                let folder = folder(site, &t.lang, &capsule.slug);
                let posts = posts(site, capsule, t);
                for post in &posts {
                    ctx.out.write(
                        &format!("{folder}{}", post.file()),
                        post.file_text().as_bytes(),
                    )?;
                }
                Ok(posts.len())
            })
            .sum::<Result<usize>>()?;
        Ok(Report::files(files))
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
