//! Feeds per language: RSS 2.0 (`feed.xml`), Atom 1.0 (`atom.xml`) and JSON Feed 1.1
//! (`feed.json`) of the latest capsules, and RSS of the active alerts, of each district and of
//! each tag, for residents' readers and partners' sites. Written by the rss and
//! atom_syndication crates and serde, never by string concatenation.

use rayon::prelude::*;
use serde::Serialize;

use super::{RenderContext, Renderer, Report};
use crate::content::capsule::Capsule;
use crate::content::markdown::LinkTarget;
use crate::error::{Error, Result};
use crate::exchange::licence_label;
use crate::locale::iso_datetime;
use crate::site::Site;

pub struct Feeds;

/// One feed: where it goes, what it is called, which capsules it holds.
struct Spec<'a> {
    lang: &'a str,
    /// Folder of the feed (`fr/`, `fr/alerts/`, `fr/tags/velo/`).
    folder: String,
    title: String,
    items: &'a [usize],
    /// The main feed of a language also has Atom and JSON versions.
    all_formats: bool,
}

/// A capsule as every feed format shows it, with absolute addresses only.
struct Item {
    title: String,
    url: String,
    date: jiff::Timestamp,
    summary: String,
    /// The whole capsule: its photo, then its text.
    html: String,
    enclosure: Option<(String, u64, &'static str)>,
}

impl Renderer for Feeds {
    fn name(&self) -> &'static str {
        "output-feeds"
    }

    fn render(&self, ctx: &RenderContext) -> Result<Report> {
        let site = ctx.site;
        let mut specs = Vec::new();
        for lang in site.languages() {
            let index = site.in_language(lang);
            let strings = &site.theme.strings[lang];
            let name = |key: &str| strings[key].as_str().unwrap_or(key).to_string();
            let title = site.config.title(lang).to_string();
            let spec = |folder: String, extra: Option<String>, items, all_formats| Spec {
                lang,
                folder,
                title: extra.map_or_else(|| title.clone(), |e| format!("{title} · {e}")),
                items,
                all_formats,
            };
            specs.push(spec(
                format!("{lang}/"),
                None,
                index.listed.as_slice(),
                true,
            ));
            specs.push(spec(
                format!("{lang}/alerts/"),
                Some(name("kinds_alert")),
                index.active_alerts.as_slice(),
                false,
            ));
            for (key, capsules) in &index.by_district {
                let district = site.config.districts.get(key).map_or(key.as_str(), |d| {
                    d.get(lang, site.config.default_language())
                });
                specs.push(spec(
                    format!("{lang}/districts/{key}/"),
                    Some(district.to_string()),
                    capsules.as_slice(),
                    false,
                ));
            }
            for (slug, tag) in &index.by_tag {
                let tag_name = site.config.tag_name(&tag.name, lang).to_string();
                specs.push(spec(
                    format!("{lang}/tags/{slug}/"),
                    Some(tag_name),
                    tag.capsules.as_slice(),
                    false,
                ));
            }
        }
        let files: usize = specs
            .par_iter()
            .map(|spec| write_feed(ctx, spec))
            .sum::<Result<usize>>()?;
        Ok(Report::files(files))
    }
}

fn write_feed(ctx: &RenderContext, spec: &Spec) -> Result<usize> {
    let site = ctx.site;
    let items: Vec<Item> = spec
        .items
        .iter()
        .take(site.config.feeds.limit)
        .filter_map(|&i| item(ctx, &site.capsules[i], spec.lang))
        .collect();
    let rss_path = format!("{}feed.xml", spec.folder);
    ctx.out
        .write(&rss_path, &rss(site, spec, &items, &rss_path)?)?;
    if !spec.all_formats {
        return Ok(1);
    }
    let atom_path = format!("{}atom.xml", spec.folder);
    ctx.out
        .write(&atom_path, &atom(site, spec, &items, &atom_path)?)?;
    let json_path = format!("{}feed.json", spec.folder);
    ctx.out
        .write(&json_path, &json_feed(site, spec, &items, &json_path)?)?;
    Ok(3)
}

fn item(ctx: &RenderContext, capsule: &Capsule, lang: &str) -> Option<Item> {
    let site = ctx.site;
    let urls = &site.urls;
    let t = capsule.translation(lang)?;
    let url = urls.absolute(&urls.capsule(lang, &capsule.slug));
    let absolute = |target: &LinkTarget| urls.absolute(&site.link_path(lang, target));
    let enclosure = capsule.image.as_ref().map(|picture| {
        let (name, mime, _) = picture.largest();
        let path = urls.media(&capsule.slug, &name);
        (urls.absolute(&path), ctx.out.file_size(&path), mime)
    });
    // The photo goes through the same HTML writer as the text, which escapes it.
    let mut html = String::new();
    if let Some((src, _, _)) = &enclosure {
        use pulldown_cmark::{Event, LinkType, Tag, TagEnd};
        let image = Tag::Image {
            link_type: LinkType::Inline,
            dest_url: src.clone().into(),
            title: "".into(),
            id: "".into(),
        };
        let alt = t.image_alt.clone().unwrap_or_default();
        let events = [
            Event::Start(Tag::Paragraph),
            Event::Start(image),
            Event::Text(alt.into()),
            Event::End(TagEnd::Image),
            Event::End(TagEnd::Paragraph),
        ];
        pulldown_cmark::html::push_html(&mut html, events.into_iter());
    }
    html.push_str(&t.body.to_html(&absolute));
    if let Some(origin) = &capsule.origin {
        use pulldown_cmark::{Event, LinkType, Tag, TagEnd};
        let words = site.theme.strings[lang]["adapted_from"]
            .as_str()
            .unwrap_or_default();
        let events = [
            Event::Start(Tag::Paragraph),
            Event::Text(format!("{words} ").into()),
            Event::Start(Tag::Link {
                link_type: LinkType::Inline,
                dest_url: origin.url.clone().into(),
                title: "".into(),
                id: "".into(),
            }),
            Event::Text(origin.publisher.clone().into()),
            Event::End(TagEnd::Link),
            Event::Text(format!(" ({})", licence_label(&origin.licence)).into()),
            Event::End(TagEnd::Paragraph),
        ];
        pulldown_cmark::html::push_html(&mut html, events.into_iter());
    }
    Some(Item {
        title: t.title.clone(),
        url,
        date: capsule.date,
        summary: t.summary.clone(),
        html,
        enclosure,
    })
}

fn rss(site: &Site, spec: &Spec, items: &[Item], self_path: &str) -> Result<Vec<u8>> {
    let urls = &site.urls;
    let locale = site.theme.strings[spec.lang]["locale"]
        .as_str()
        .unwrap_or(spec.lang);
    let self_link = rss::extension::atom::Link {
        href: urls.absolute(self_path),
        rel: "self".into(),
        mime_type: Some("application/rss+xml".into()),
        ..Default::default()
    };
    let channel = rss::Channel {
        title: spec.title.clone(),
        link: urls.absolute(&urls.home(spec.lang)),
        description: site
            .config
            .description(spec.lang)
            .unwrap_or(site.config.title(spec.lang))
            .to_string(),
        language: Some(locale.to_string()),
        last_build_date: items.first().map(|i| rfc822(site, i.date)),
        atom_ext: Some(rss::extension::atom::AtomExtension {
            links: vec![self_link],
        }),
        items: items
            .iter()
            .map(|i| rss::Item {
                title: Some(i.title.clone()),
                link: Some(i.url.clone()),
                // Readers show an RSS description as HTML; the summary is plain text.
                description: Some(tera::escape_html(&i.summary)),
                guid: Some(rss::Guid {
                    value: i.url.clone(),
                    permalink: true,
                }),
                pub_date: Some(rfc822(site, i.date)),
                content: Some(i.html.clone()),
                enclosure: i
                    .enclosure
                    .as_ref()
                    .map(|(url, length, mime)| rss::Enclosure {
                        url: url.clone(),
                        length: length.to_string(),
                        mime_type: mime.to_string(),
                    }),
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    };
    let mut out = Vec::new();
    channel
        .pretty_write_to(&mut out, b' ', 1)
        .map_err(|e| feed_error(self_path, e))?;
    Ok(out)
}

fn atom(site: &Site, spec: &Spec, items: &[Item], self_path: &str) -> Result<Vec<u8>> {
    use atom_syndication::{Content, Entry, Feed, FixedDateTime, Link, Person, Text};
    let urls = &site.urls;
    let date = |ts: jiff::Timestamp| {
        FixedDateTime::parse_from_rfc3339(&iso_datetime(ts, &site.tz)).unwrap_or_default()
    };
    let link = |href: String, rel: &str, mime: &str| Link {
        href,
        rel: rel.into(),
        mime_type: Some(mime.into()),
        ..Default::default()
    };
    let author = Person {
        name: site.config.publisher(spec.lang).to_string(),
        ..Default::default()
    };
    let feed = Feed {
        title: Text::plain(spec.title.clone()),
        id: urls.absolute(self_path),
        updated: date(items.first().map_or(site.last_change(), |i| i.date)),
        authors: vec![author.clone()],
        links: vec![
            link(urls.absolute(self_path), "self", "application/atom+xml"),
            link(
                urls.absolute(&urls.home(spec.lang)),
                "alternate",
                "text/html",
            ),
        ],
        lang: Some(
            site.theme.strings[spec.lang]["locale"]
                .as_str()
                .unwrap_or(spec.lang)
                .to_string(),
        ),
        entries: items
            .iter()
            .map(|i| Entry {
                title: Text::plain(i.title.clone()),
                id: i.url.clone(),
                updated: date(i.date),
                published: Some(date(i.date)),
                authors: vec![author.clone()],
                links: {
                    let mut links = vec![link(i.url.clone(), "alternate", "text/html")];
                    if let Some((url, length, mime)) = &i.enclosure {
                        links.push(Link {
                            length: Some(length.to_string()),
                            ..link(url.clone(), "enclosure", mime)
                        });
                    }
                    links
                },
                summary: Some(Text::plain(i.summary.clone())),
                content: Some(Content {
                    value: Some(i.html.clone()),
                    content_type: Some("html".into()),
                    ..Default::default()
                }),
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    };
    let mut out = Vec::new();
    feed.write_to(&mut out)
        .map_err(|e| feed_error(self_path, e))?;
    Ok(out)
}

/// JSON Feed 1.1 (https://jsonfeed.org/version/1.1).
#[derive(Serialize)]
struct JsonFeed<'a> {
    version: &'static str,
    title: &'a str,
    home_page_url: String,
    feed_url: String,
    language: &'a str,
    authors: [JsonAuthor<'a>; 1],
    items: Vec<JsonItem<'a>>,
}

#[derive(Serialize)]
struct JsonAuthor<'a> {
    name: &'a str,
}

#[derive(Serialize)]
struct JsonItem<'a> {
    id: &'a str,
    url: &'a str,
    title: &'a str,
    summary: &'a str,
    content_html: &'a str,
    date_published: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    attachments: Vec<JsonAttachment<'a>>,
}

#[derive(Serialize)]
struct JsonAttachment<'a> {
    url: &'a str,
    mime_type: &'a str,
    size_in_bytes: u64,
}

fn json_feed(site: &Site, spec: &Spec, items: &[Item], self_path: &str) -> Result<Vec<u8>> {
    let urls = &site.urls;
    let feed = JsonFeed {
        version: "https://jsonfeed.org/version/1.1",
        title: &spec.title,
        home_page_url: urls.absolute(&urls.home(spec.lang)),
        feed_url: urls.absolute(self_path),
        language: site.theme.strings[spec.lang]["locale"]
            .as_str()
            .unwrap_or(spec.lang),
        authors: [JsonAuthor {
            name: site.config.publisher(spec.lang),
        }],
        items: items
            .iter()
            .map(|i| JsonItem {
                id: &i.url,
                url: &i.url,
                title: &i.title,
                summary: &i.summary,
                content_html: &i.html,
                date_published: iso_datetime(i.date, &site.tz),
                image: i.enclosure.as_ref().map(|e| e.0.as_str()),
                attachments: i
                    .enclosure
                    .iter()
                    .map(|(url, length, mime)| JsonAttachment {
                        url,
                        mime_type: mime,
                        size_in_bytes: *length,
                    })
                    .collect(),
            })
            .collect(),
    };
    serde_json::to_vec_pretty(&feed).map_err(|e| feed_error(self_path, e))
}

/// RFC 822 dates, as RSS wants them, in the site's time zone.
fn rfc822(site: &Site, ts: jiff::Timestamp) -> String {
    crate::locale::rfc822(ts, &site.tz)
}

fn feed_error(path: &str, error: impl std::fmt::Display) -> Error {
    Error::Io {
        path: path.into(),
        source: std::io::Error::other(error.to_string()),
    }
}
