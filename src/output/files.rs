//! Files copied as they are: the theme's assets (fingerprinted), the site's `static/` folder and
//! each built capsule's video files (pictures go through the images output).

use walkdir::WalkDir;

use super::{RenderContext, Renderer, Report};
use crate::error::{Error, Result};

pub struct Files;

impl Renderer for Files {
    fn name(&self) -> &'static str {
        "output-files"
    }

    fn render(&self, ctx: &RenderContext) -> Result<Report> {
        let site = ctx.site;
        let mut count = 0;
        for asset in &site.theme.assets {
            ctx.out.write(&site.urls.asset(&asset.file), &asset.bytes)?;
            count += 1;
        }
        let static_dir = site.root.join("static");
        let static_files = WalkDir::new(&static_dir)
            .sort_by_file_name()
            .into_iter()
            .filter(|_| static_dir.is_dir());
        for entry in static_files {
            let entry = entry.map_err(|e| Error::io(&static_dir, e.into()))?;
            if !entry.file_type().is_file() {
                continue;
            }
            let rel = entry
                .path()
                .strip_prefix(&static_dir)
                .unwrap_or(entry.path());
            ctx.out
                .copy(&rel.to_string_lossy().replace('\\', "/"), entry.path())?;
            count += 1;
        }
        for capsule in site.built_capsules() {
            let video = capsule.video.iter().flat_map(|v| v.src.iter());
            let captions = capsule
                .translations
                .iter()
                .filter_map(|t| t.captions.as_ref());
            for file in video.chain(captions) {
                ctx.out.copy(
                    &site.urls.media_file(&capsule.slug, file),
                    &capsule.dir.join(file),
                )?;
                count += 1;
            }
        }
        Ok(Report::files(count))
    }
}
