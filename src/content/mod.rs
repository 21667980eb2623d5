//! Reading `content/`: capsule bundles and plain pages, validated together so that every error
//! of a build is reported at once.

pub mod capsule;
pub mod front_matter;
pub mod markdown;
pub mod page;
pub mod slug;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::error::{closest, Diagnostic, SourceFile};
use crate::messages::Message;
use capsule::{Capsule, Context, Status};
use markdown::{InternalLink, LinkTarget};
use page::Page;

/// First path segments under `<lang>/` that Vigie's own pages use.
pub const RESERVED_SLUGS: [&str; 9] = [
    "capsules",
    "kinds",
    "tags",
    "districts",
    "alerts",
    "leaflets",
    "digest",
    "page",
    "share",
];

pub struct Content {
    /// Newest first.
    pub capsules: Vec<Capsule>,
    pub pages: Vec<Page>,
}

/// Loads and validates all content.
pub fn load(ctx: &Context, drafts: bool) -> Result<Content, Vec<Diagnostic>> {
    let (content, errors) = load_all(ctx, drafts);
    if errors.is_empty() {
        Ok(content)
    } else {
        Err(errors)
    }
}

/// Loads all content, keeping what loaded beside the errors of what did not (a capsule with
/// an error is left out): `vigie check` reports both.
pub fn load_all(ctx: &Context, drafts: bool) -> (Content, Vec<Diagnostic>) {
    let mut errors = Vec::new();
    let bundles = bundle_folders(ctx.root, &mut errors);
    let results: Vec<_> = bundles
        .par_iter()
        .map(|(dir, slug)| capsule::load(ctx, dir, slug.clone(), None))
        .collect();
    let pages = load_pages(ctx, &mut errors);
    assemble(results, pages, drafts, errors)
}

/// Loads again the one bundle in `dir` (edited, new or gone), from disk or from the
/// workbench's `unsaved` texts, and validates it among the capsules already loaded, as a whole
/// load would: what the preview does on each save, and the workbench on each keystroke.
pub fn reload_capsule(
    ctx: &Context,
    capsules: &[Capsule],
    pages: &[Page],
    dir: &Path,
    unsaved: Option<&capsule::Unsaved>,
    drafts: bool,
) -> Result<Content, Vec<Diagnostic>> {
    let mut results: Vec<_> = capsules
        .iter()
        .filter(|c| c.dir != dir)
        .cloned()
        .map(Ok)
        .collect();
    if dir.is_dir() || unsaved.is_some() {
        let name = dir.file_name().unwrap_or_default().to_string_lossy();
        results.push(capsule::load(ctx, dir, slug::slugify(&name), unsaved));
    }
    match assemble(results, pages.to_vec(), drafts, Vec::new()) {
        (content, errors) if errors.is_empty() => Ok(content),
        (_, errors) => Err(errors),
    }
}

/// Checks loaded capsules and pages together (unique addresses, links that lead somewhere) and
/// sorts the capsules newest first; the errors, sorted, beside what loaded.
fn assemble(
    results: Vec<Result<Capsule, Vec<Diagnostic>>>,
    pages: Vec<Page>,
    drafts: bool,
    mut errors: Vec<Diagnostic>,
) -> (Content, Vec<Diagnostic>) {
    let mut capsules = Vec::with_capacity(results.len());
    let mut slugs: BTreeMap<String, PathBuf> = BTreeMap::new();
    for result in results {
        match result {
            Ok(c) => {
                if let Some(first) = slugs.get(&c.slug) {
                    errors.push(Diagnostic::said_in(
                        &c.rel_dir,
                        Message::new("address-taken")
                            .arg("slug", &c.slug)
                            .arg("first", first.display()),
                    ));
                } else {
                    slugs.insert(c.slug.clone(), c.rel_dir.clone());
                    capsules.push(c);
                }
            }
            Err(e) => errors.extend(e),
        }
    }
    check_aliases(&capsules, &mut errors);
    check_links(&capsules, &pages, drafts, &mut errors);
    errors.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    errors.dedup();
    capsules.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug)));
    (Content { capsules, pages }, errors)
}

/// Reads a content file as UTF-8, pointing at the first bad byte otherwise. Invisible control
/// characters are dropped (see [`without_controls`]).
pub fn read_source(root: &Path, path: &Path) -> Result<SourceFile, Diagnostic> {
    let rel = path.strip_prefix(root).unwrap_or(path).to_path_buf();
    let bytes = std::fs::read(path)
        .map_err(|e| Diagnostic::said_in(&rel, Message::new("file-unreadable").arg("error", e)))?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile::new(rel, without_controls(text))),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let file = SourceFile::new(rel, text);
            Err(file.said(valid..valid + 1, Message::new("file-not-utf8")))
        }
    }
}

/// `text` with every control character but tab, carriage return and line feed (a vertical tab
/// pasted from Word, a NUL) and the non-characters U+FFFE and U+FFFF replaced by spaces, one
/// per byte so that every offset still points at the same place. None of them can be shown,
/// and XML feeds cannot hold them at all.
pub fn without_controls(text: String) -> String {
    let unwanted = |c: char| {
        (c.is_control() && !matches!(c, '\t' | '\r' | '\n')) || matches!(c, '\u{fffe}' | '\u{ffff}')
    };
    if !text.chars().any(unwanted) {
        return text;
    }
    text.chars()
        .map(|c| {
            if unwanted(c) {
                " ".repeat(c.len_utf8())
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// The capsule folders with their slugs, sorted by folder name.
fn bundle_folders(root: &Path, errors: &mut Vec<Diagnostic>) -> Vec<(PathBuf, String)> {
    let dir = root.join("content").join("capsules");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut folders = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let rel = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
        if path.is_dir() {
            let slug = slug::slugify(&name);
            if slug.is_empty() {
                errors.push(Diagnostic::said_in(
                    rel,
                    Message::new("folder-empty-address"),
                ));
            } else {
                folders.push((path, slug));
            }
        } else if name.ends_with(".md") {
            errors.push(Diagnostic::said_in(
                rel,
                Message::new("capsule-single-file").arg("name", name.trim_end_matches(".md")),
            ));
        }
    }
    folders.sort();
    folders
}

fn load_pages(ctx: &Context, errors: &mut Vec<Diagnostic>) -> Vec<Page> {
    let dir = ctx.root.join("content").join("pages");
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "md"))
            .collect(),
        Err(_) => return Vec::new(),
    };
    paths.sort();
    let mut pages: Vec<Page> = Vec::new();
    for path in paths {
        admit(page::load(ctx, &path, None), &mut pages, errors);
    }
    pages
}

/// Adds a loaded page to `pages`, unless its address is Vigie's own or already taken.
fn admit(
    loaded: Result<Page, Vec<Diagnostic>>,
    pages: &mut Vec<Page>,
    errors: &mut Vec<Diagnostic>,
) {
    match loaded {
        Ok(p) => {
            if RESERVED_SLUGS.contains(&p.slug.as_str()) {
                errors.push(Diagnostic::said_in(
                    &p.source.path,
                    Message::new("page-reserved-address").arg("slug", &p.slug),
                ));
            } else if pages.iter().any(|q| q.slug == p.slug && q.lang == p.lang) {
                errors.push(Diagnostic::said_in(
                    &p.source.path,
                    Message::new("page-second")
                        .arg("slug", &p.slug)
                        .arg("lang", &p.lang),
                ));
            } else {
                pages.push(p);
            }
        }
        Err(e) => errors.extend(e),
    }
}

/// The content with the page `slug` made of the workbench's `unsaved` files (file name in
/// `content/pages/` to text), validated with everything else as a whole load would.
pub fn reload_page(
    ctx: &Context,
    capsules: &[Capsule],
    pages: &[Page],
    slug: &str,
    unsaved: &capsule::Unsaved,
    drafts: bool,
) -> Result<Content, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let mut kept: Vec<Page> = pages.iter().filter(|p| p.slug != slug).cloned().collect();
    let dir = ctx.root.join("content").join("pages");
    for (name, text) in unsaved {
        admit(
            page::load(ctx, &dir.join(name), Some(text)),
            &mut kept,
            &mut errors,
        );
    }
    kept.sort_by(|a, b| a.source.path.cmp(&b.source.path));
    let results = capsules.iter().cloned().map(Ok).collect();
    match assemble(results, kept, drafts, errors) {
        (content, errors) if errors.is_empty() => Ok(content),
        (_, errors) => Err(errors),
    }
}

/// An alias is an address no other capsule has, and that only one capsule claims.
fn check_aliases(capsules: &[Capsule], errors: &mut Vec<Diagnostic>) {
    let slugs: HashMap<&str, &Capsule> = capsules.iter().map(|c| (c.slug.as_str(), c)).collect();
    let mut claimed: BTreeMap<&str, &Path> = BTreeMap::new();
    for c in capsules {
        for alias in &c.aliases {
            let alias = alias.get_ref().as_str();
            if let Some(other) = slugs.get(alias) {
                errors.push(Diagnostic::said_in(
                    &c.rel_dir,
                    Message::new("alias-taken")
                        .arg("alias", alias)
                        .arg("other", other.rel_dir.display()),
                ));
            } else if let Some(first) = claimed.insert(alias, &c.rel_dir) {
                errors.push(Diagnostic::said_in(
                    &c.rel_dir,
                    Message::new("alias-claimed")
                        .arg("alias", alias)
                        .arg("other", first.display()),
                ));
            }
        }
    }
}

/// Every `@/` link must lead to a capsule or page that this build writes.
fn check_links(capsules: &[Capsule], pages: &[Page], drafts: bool, errors: &mut Vec<Diagnostic>) {
    // Looked up, not scanned: a site of 10,000 capsules with a link in each.
    let slugs: HashMap<&str, &Capsule> = capsules.iter().map(|c| (c.slug.as_str(), c)).collect();
    let page_slugs: HashSet<&str> = pages.iter().map(|p| p.slug.as_str()).collect();
    let sources = capsules
        .iter()
        .flat_map(|c| c.translations.iter().map(|t| (&t.source, &t.links)))
        .chain(pages.iter().map(|p| (&p.source, &p.links)));
    for (source, links) in sources {
        for InternalLink { target, span } in links {
            let problem = match target {
                LinkTarget::Capsule(slug) => match slugs.get(slug.as_str()) {
                    Some(c) if c.is_built(drafts) => None,
                    Some(c) => Some(
                        Message::new(match c.status {
                            Status::Draft => "link-to-draft",
                            _ => "link-to-scheduled",
                        })
                        .arg("slug", slug),
                    ),
                    None => Some(no_such(
                        "link-no-capsule",
                        slug,
                        capsules.iter().map(|c| c.slug.as_str()),
                    )),
                },
                LinkTarget::Page(slug) => match page_slugs.contains(slug.as_str()) {
                    true => None,
                    false => Some(no_such(
                        "link-no-page",
                        slug,
                        pages.iter().map(|p| p.slug.as_str()),
                    )),
                },
            };
            if let Some(message) = problem {
                errors.push(source.said(span.clone(), message));
            }
        }
    }
}

/// A link to a capsule or page that does not exist (`key`), with the closest name if any
/// (`key-close`).
fn no_such<'a>(key: &'static str, slug: &str, known: impl Iterator<Item = &'a str>) -> Message {
    match closest(slug, known) {
        Some(k) => Message::new(match key {
            "link-no-capsule" => "link-no-capsule-close",
            _ => "link-no-page-close",
        })
        .arg("close", k),
        None => Message::new(key),
    }
    .arg("slug", slug)
}
