//! Plain pages: `content/pages/<slug>.<lang>.md` (or `<slug>.md` in the default language).

use std::path::Path;

use crate::content::capsule::Context;
use crate::content::front_matter::{self, PageFrontMatter};
use crate::content::markdown::{self, InternalLink, Markdown};
use crate::content::read_source;
use crate::content::slug::slugify;
use crate::error::{Diagnostic, SourceFile};
use crate::messages::Message;
use crate::toml_file;

#[derive(Debug, Clone)]
pub struct Page {
    pub slug: String,
    pub lang: String,
    pub title: String,
    pub description: Option<String>,
    pub body: Markdown,
    pub links: Vec<InternalLink>,
    pub source: crate::error::SourceFile,
}

/// Loads one page file, or the workbench's `unsaved` text of it.
pub fn load(ctx: &Context, path: &Path, unsaved: Option<&str>) -> Result<Page, Vec<Diagnostic>> {
    let rel = path.strip_prefix(ctx.root).unwrap_or(path);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".md").unwrap_or(&name);
    let languages = ctx.config.languages.get_ref();
    let (slug, lang) = match stem.rsplit_once('.') {
        Some((slug, lang)) => (slug, lang.to_string()),
        None => (stem, ctx.config.default_language().to_string()),
    };
    if !languages.contains(&lang) {
        return Err(vec![Diagnostic::said_in(
            rel,
            Message::new("page-unknown-language")
                .arg("lang", &lang)
                .arg("languages", languages.join(", ")),
        )]);
    }
    let slug = slugify(slug);
    if slug.is_empty() {
        return Err(vec![Diagnostic::said_in(
            rel,
            Message::new("page-empty-address"),
        )]);
    }
    let file = match unsaved {
        Some(text) => SourceFile::new(rel, crate::content::without_controls(text.to_string())),
        None => read_source(ctx.root, path).map_err(|d| vec![d])?,
    };
    let split = front_matter::split(&file).map_err(|d| vec![d])?;
    let fm: PageFrontMatter =
        toml_file::parse(&file, split.front_matter.start, split.front_matter.len())
            .map_err(|d| vec![d])?;
    let parsed = markdown::parse(&file, split.body_offset);
    let mut errors = parsed.errors;
    let title = match fm.title {
        Some(t) if !t.get_ref().trim().is_empty() => t.into_inner().trim().to_string(),
        _ => {
            errors.push(file.said(0..3, Message::new("page-no-title")));
            String::new()
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Page {
        slug,
        lang,
        title,
        description: fm.description,
        body: parsed.markdown,
        links: parsed.links,
        source: file,
    })
}
