//! Markdown bodies, parsed once at load time into events that every output renders from.
//!
//! The spec's rules are applied here, once: raw HTML becomes visible text, only http, https,
//! mailto and tel links survive, and `@/capsules/<slug>` and `@/pages/<slug>` links are kept as
//! internal targets that each output resolves (relative on an offline copy, absolute in feeds).

use std::ops::Range;

use pulldown_cmark::{CowStr, Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

use crate::content::slug::slugify;
use crate::error::{Diagnostic, SourceFile};
use crate::messages::Message;

/// Where an `@/` link leads.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LinkTarget {
    Capsule(String),
    Page(String),
}

impl LinkTarget {
    fn parse(dest: &str) -> Option<LinkTarget> {
        let rest = dest.strip_prefix("@/")?;
        let rest = rest
            .split('#')
            .next()
            .unwrap_or_default()
            .trim_end_matches('/');
        let (section, slug) = rest.split_once('/')?;
        if slug.is_empty() || slug.contains('/') {
            return None;
        }
        let slug = slugify(slug);
        match section {
            "capsules" => Some(LinkTarget::Capsule(slug)),
            "pages" => Some(LinkTarget::Page(slug)),
            _ => None,
        }
    }

    /// How the link is stored in the events until an output resolves it.
    fn marker(&self) -> String {
        match self {
            LinkTarget::Capsule(s) => format!("@/capsules/{s}"),
            LinkTarget::Page(s) => format!("@/pages/{s}"),
        }
    }
}

/// An `@/` link found in a body, with its place in the file for errors.
#[derive(Debug, Clone)]
pub struct InternalLink {
    pub target: LinkTarget,
    pub span: Range<usize>,
}

/// A parsed Markdown body.
#[derive(Debug, Clone, Default)]
pub struct Markdown {
    events: Vec<Event<'static>>,
}

/// What parsing a body gives: the body, its `@/` links, and its errors.
pub struct Parsed {
    pub markdown: Markdown,
    pub links: Vec<InternalLink>,
    pub errors: Vec<Diagnostic>,
}

const KEPT_SCHEMES: [&str; 4] = ["http://", "https://", "mailto:", "tel:"];

/// Parses the body found at `offset` in `file`.
pub fn parse(file: &SourceFile, offset: usize) -> Parsed {
    let text = file.text.get(offset..).unwrap_or_default();
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES | Options::ENABLE_STRIKETHROUGH;
    let mut events = Vec::new();
    let mut links = Vec::new();
    let mut errors = Vec::new();
    // Links do not nest in Markdown, so one flag pairs a dropped link with its end.
    let mut dropping_link = false;
    let mut outline = Outline::default();
    let mut depth = Depth::default();
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        let span = offset + range.start..offset + range.end;
        if let Some(message) = depth.enter(&event) {
            errors.push(file.said(span, message));
            break;
        }
        let event = match event {
            Event::Html(s) | Event::InlineHtml(s) => Event::Text(s),
            Event::Start(Tag::HtmlBlock) => Event::Start(Tag::Paragraph),
            Event::End(TagEnd::HtmlBlock) => Event::End(TagEnd::Paragraph),
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => Event::Start(Tag::Heading {
                level: outline.open(level),
                id,
                classes,
                attrs,
            }),
            Event::End(TagEnd::Heading(_)) => Event::End(TagEnd::Heading(outline.current())),
            Event::Start(Tag::Image { .. }) => {
                errors.push(file.said(span, Message::new("text-picture")));
                continue;
            }
            Event::End(TagEnd::Image) => continue,
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                if dest_url.starts_with("@/") {
                    match LinkTarget::parse(&dest_url) {
                        Some(target) => {
                            let dest_url = CowStr::from(target.marker());
                            links.push(InternalLink { target, span });
                            Event::Start(Tag::Link {
                                link_type,
                                dest_url,
                                title,
                                id,
                            })
                        }
                        None => {
                            errors.push(file.said(
                                span,
                                Message::new("link-unknown-internal").arg("url", &dest_url),
                            ));
                            dropping_link = true;
                            continue;
                        }
                    }
                } else if link_type == LinkType::Email
                    || KEPT_SCHEMES.iter().any(|s| dest_url.starts_with(s))
                {
                    Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    })
                } else {
                    dropping_link = true;
                    continue;
                }
            }
            Event::End(TagEnd::Link) if dropping_link => {
                dropping_link = false;
                continue;
            }
            other => other,
        };
        events.push(event.into_static());
    }
    number_footnotes(&mut events);
    Parsed {
        markdown: Markdown { events },
        links,
        errors,
    }
}

/// How deep lists and quotes may nest, and all elements together: deeper bodies are mistakes
/// or attacks, and would exhaust the stack of the HTML and PDF writers.
const MAX_BLOCK_NESTING: usize = 8;
const MAX_NESTING: usize = 32;

/// The nesting of the events read so far.
#[derive(Default)]
struct Depth {
    blocks: usize,
    all: usize,
}

impl Depth {
    /// Takes in one event; the problem, once the body nests too deep.
    fn enter(&mut self, event: &Event) -> Option<Message> {
        match event {
            Event::Start(tag) => {
                self.all += 1;
                if matches!(tag, Tag::List(_) | Tag::BlockQuote(_)) {
                    self.blocks += 1;
                }
            }
            Event::End(tag) => {
                self.all = self.all.saturating_sub(1);
                if matches!(tag, TagEnd::List(_) | TagEnd::BlockQuote(_)) {
                    self.blocks = self.blocks.saturating_sub(1);
                }
            }
            _ => {}
        }
        if self.blocks > MAX_BLOCK_NESTING {
            Some(Message::new("text-nests-lists").arg("max", MAX_BLOCK_NESTING))
        } else if self.all > MAX_NESTING {
            Some(Message::new("text-nests").arg("max", MAX_NESTING))
        } else {
            None
        }
    }
}

/// Headings as the page's outline wants them: the page title is the only `<h1>`, the body's
/// highest headings are `<h2>` whether written `#` or `##`, and no level is skipped (the W3C
/// checker and screen readers expect an `<h3>` only under an `<h2>`).
#[derive(Default)]
struct Outline {
    /// The open headings: (level written, level given).
    open: Vec<(HeadingLevel, HeadingLevel)>,
}

impl Outline {
    fn open(&mut self, written: HeadingLevel) -> HeadingLevel {
        while self.open.last().is_some_and(|(w, _)| *w >= written) {
            self.open.pop();
        }
        let given = match self.open.last() {
            None => HeadingLevel::H2,
            Some((_, parent)) => deeper(*parent),
        };
        self.open.push((written, given));
        given
    }

    fn current(&self) -> HeadingLevel {
        self.open
            .last()
            .map_or(HeadingLevel::H2, |(_, given)| *given)
    }
}

fn deeper(level: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 => HeadingLevel::H2,
        HeadingLevel::H2 => HeadingLevel::H3,
        HeadingLevel::H3 => HeadingLevel::H4,
        HeadingLevel::H4 => HeadingLevel::H5,
        _ => HeadingLevel::H6,
    }
}

/// Footnotes named `fn-1`, `fn-2`… in order of their definitions, so that no label the writer
/// chose (`[^share-h]`) can take an id the page uses; a reference to a footnote that is never
/// defined stays as the text that was typed, since its link would lead nowhere.
fn number_footnotes(events: &mut [Event<'static>]) {
    let mut names: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    for event in events.iter() {
        if let Event::Start(Tag::FootnoteDefinition(label)) = event {
            let next = format!("fn-{}", names.len() + 1);
            names.entry(label.to_string()).or_insert(next);
        }
    }
    for event in events.iter_mut() {
        match event {
            Event::Start(Tag::FootnoteDefinition(label)) => {
                if let Some(name) = names.get(label.as_ref()) {
                    *label = CowStr::from(name.clone());
                }
            }
            Event::FootnoteReference(label) => {
                *event = match names.get(label.as_ref()) {
                    Some(name) => Event::FootnoteReference(CowStr::from(name.clone())),
                    None => Event::Text(CowStr::from(format!("[^{label}]"))),
                };
            }
            _ => {}
        }
    }
}

impl Markdown {
    /// HTML, with each `@/` link replaced by what `resolve` gives for its target.
    pub fn to_html(&self, resolve: &dyn Fn(&LinkTarget) -> String) -> String {
        let events = self.events.iter().cloned().map(|event| match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = match LinkTarget::parse(&dest_url) {
                    Some(target) => CowStr::from(resolve(&target)),
                    None => dest_url,
                };
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            other => other,
        });
        let mut html = String::with_capacity(self.events.len() * 16);
        pulldown_cmark::html::push_html(&mut html, events);
        html
    }

    /// The parsed events, for outputs that are not HTML (print).
    pub fn events(&self) -> &[Event<'static>] {
        &self.events
    }

    /// How many words the body holds, counting no further than `limit`.
    pub fn first_words(&self, limit: usize) -> usize {
        let mut words = 0;
        for event in &self.events {
            if let Event::Text(t) | Event::Code(t) = event {
                words += t.split_whitespace().count();
                if words >= limit {
                    return limit;
                }
            }
        }
        words
    }

    /// Plain text for posts and e-mails, where no markup shows: blocks separated by a blank
    /// line, list items as `• item` (or `1. item`), a link as `text (address)` with each `@/`
    /// link made by `resolve`, emphasis dropped.
    pub fn to_plain(&self, resolve: &dyn Fn(&LinkTarget) -> String) -> String {
        let mut out = String::new();
        let mut numbers: Vec<Option<u64>> = Vec::new();
        let mut link: Option<(String, usize)> = None;
        let block_break = |out: &mut String| {
            let trimmed = out.trim_end_matches([' ', '\n']).len();
            out.truncate(trimmed);
            if !out.is_empty() {
                out.push_str("\n\n");
            }
        };
        for event in &self.events {
            match event {
                Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::CodeBlock(_))
                    if !out.ends_with("• ") && !out.ends_with(". ") =>
                {
                    block_break(&mut out)
                }
                Event::Start(Tag::List(first)) => {
                    if numbers.is_empty() {
                        block_break(&mut out);
                    }
                    numbers.push(*first);
                }
                Event::End(TagEnd::List(_)) => {
                    numbers.pop();
                }
                Event::Start(Tag::Item) => {
                    if !out.is_empty() && !out.ends_with("\n\n") {
                        let trimmed = out.trim_end_matches([' ', '\n']).len();
                        out.truncate(trimmed);
                        out.push('\n');
                    }
                    out.push_str(&"  ".repeat(numbers.len().saturating_sub(1)));
                    match numbers.last_mut() {
                        Some(Some(n)) => {
                            out.push_str(&format!("{n}. "));
                            *n += 1;
                        }
                        _ => out.push_str("• "),
                    }
                }
                Event::Start(Tag::Link { dest_url, .. }) => {
                    let address = match LinkTarget::parse(dest_url) {
                        Some(target) => resolve(&target),
                        None => dest_url
                            .strip_prefix("mailto:")
                            .unwrap_or(dest_url)
                            .to_string(),
                    };
                    link = Some((address, out.len()));
                }
                Event::End(TagEnd::Link) => {
                    if let Some((address, start)) = link.take() {
                        if out[start..] != address {
                            out.push_str(&format!(" ({address})"));
                        }
                    }
                }
                Event::Text(t) | Event::Code(t) => out.push_str(t),
                Event::SoftBreak => out.push(' '),
                Event::HardBreak => out.push('\n'),
                Event::Rule => {
                    block_break(&mut out);
                    out.push('—');
                }
                _ => {}
            }
        }
        out.trim().to_string()
    }

    /// The first paragraph as plain text: the default summary.
    pub fn first_paragraph(&self) -> String {
        let mut out = String::new();
        let mut inside = false;
        for event in &self.events {
            match event {
                Event::Start(Tag::Paragraph) => inside = true,
                Event::End(TagEnd::Paragraph) if inside => break,
                Event::Text(t) | Event::Code(t) if inside => out.push_str(t),
                Event::SoftBreak | Event::HardBreak if inside => out.push(' '),
                _ => {}
            }
        }
        out.trim().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(body: &str) -> (String, Vec<Diagnostic>) {
        let file = SourceFile::new("t.md", body);
        let parsed = parse(&file, 0);
        let html = parsed
            .markdown
            .to_html(&|t| format!("/resolved/{}", t.marker().replace('@', "")));
        (html, parsed.errors)
    }

    #[test]
    fn raw_html_is_shown_as_text() {
        let (out, _) = html("<script>alert(1)</script>\n\nHi <b onclick=x>there</b>");
        assert!(!out.contains("<script"), "{out}");
        assert!(out.contains("&lt;script&gt;"), "{out}");
        assert!(out.contains("&lt;b onclick=x&gt;"), "{out}");
    }

    #[test]
    fn only_safe_schemes_are_kept() {
        let (out, _) = html("[a](javascript:alert(1)) [b](https://x.be) [c](tel:101) [d](data:x) [e](mailto:a@b.be)");
        assert!(!out.contains("javascript"), "{out}");
        assert!(!out.contains("data:"), "{out}");
        assert!(out.contains("href=\"https://x.be\""));
        assert!(out.contains("href=\"tel:101\""));
        assert!(out.contains("href=\"mailto:a@b.be\""));
        assert!(
            out.contains(">a<") || out.contains("a "),
            "link text kept: {out}"
        );
    }

    #[test]
    fn internal_links_are_resolved_by_the_output() {
        let (out, errors) = html("[x](@/capsules/Vélo) [y](@/pages/contact#top) [z](@/other/x)");
        assert!(out.contains("href=\"/resolved//capsules/velo\""), "{out}");
        assert!(out.contains("href=\"/resolved//pages/contact\""), "{out}");
        assert_eq!(errors.len(), 1);
        assert!(errors[0].message.contains("@/other/x"));
    }

    #[test]
    fn headings_follow_the_page_outline() {
        let (out, _) = html("## Avant\n\n#### Détail\n\n## Après\n\n# Fin\n\n### Sous");
        assert_eq!(
            out.matches("<h").map(|_| ()).count(),
            out.matches("</h").count()
        );
        let levels: Vec<&str> = out
            .match_indices("<h")
            .map(|(i, _)| &out[i + 1..i + 3])
            .collect();
        assert_eq!(levels, ["h2", "h3", "h2", "h2", "h3"], "{out}");
    }

    #[test]
    fn footnotes_get_ids_of_their_own_and_undefined_ones_stay_text() {
        let (out, _) = html("Voir[^share-h] et[^undefined].\n\n[^share-h]: La note.\n");
        assert!(!out.contains("share-h"), "{out}");
        assert!(out.contains("href=\"#fn-1\""), "{out}");
        assert!(out.contains("id=\"fn-1\""), "{out}");
        assert!(out.contains("[^undefined]"), "{out}");
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let (_, errors) = html(&format!("{}x", "> ".repeat(500)));
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors[0].message,
            "lists and quotes nest more than 8 levels deep here"
        );
        let (_, errors) = html(&format!("{}x", "- ".repeat(20)));
        assert_eq!(errors.len(), 1);
        let (_, errors) = html("> > - quote\n  - list");
        assert!(errors.is_empty());
    }

    #[test]
    fn words_are_counted_up_to_a_limit() {
        let file = SourceFile::new("t.md", "Fermez **bien** la porte.\n\n- une\n- deux trois");
        let md = parse(&file, 0).markdown;
        assert_eq!(md.first_words(100), 7);
        assert_eq!(md.first_words(3), 3);
    }

    #[test]
    fn first_paragraph_is_plain() {
        let file = SourceFile::new(
            "t.md",
            "# Titre\n\nFermez *bien* la `porte`.\nToujours.\n\nEnsuite.",
        );
        let md = parse(&file, 0).markdown;
        assert_eq!(md.first_paragraph(), "Fermez bien la porte. Toujours.");
    }

    #[test]
    fn plain_text_keeps_blocks_lists_and_link_addresses() {
        let file = SourceFile::new(
            "t.md",
            "# Avant de partir\n\nFermez *bien* la porte.\nToujours.\n\n- la [clé](https://x.be/cle)\n- une [capsule](@/capsules/autre)\n\n1. un\n2. [https://x.be](https://x.be)\n\nÉcrivez à [nous](mailto:a@x.be).",
        );
        let md = parse(&file, 0).markdown;
        let plain = md.to_plain(&|t| format!("https://site.be/{}", t.marker().replace('@', "")));
        assert_eq!(
            plain,
            "Avant de partir\n\nFermez bien la porte. Toujours.\n\n• la clé (https://x.be/cle)\n• une capsule (https://site.be//capsules/autre)\n\n1. un\n2. https://x.be\n\nÉcrivez à nous (a@x.be)."
        );
    }
}
