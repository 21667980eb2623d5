//! `sitemap.xml`, with each page's translations as alternates, and `robots.txt`.

use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;

use super::{RenderContext, Renderer, Report};
use crate::error::{Error, Result};
use crate::site::Site;

pub struct Sitemap;

/// One address and its translations (language, path).
struct Entry {
    path: String,
    lastmod: Option<String>,
    alternates: Vec<(String, String)>,
}

impl Renderer for Sitemap {
    fn name(&self) -> &'static str {
        "output-sitemap"
    }

    fn render(&self, ctx: &RenderContext) -> Result<Report> {
        let site = ctx.site;
        let xml = write_xml(site, &entries(site))
            .map_err(|e| Error::io(std::path::Path::new("sitemap.xml"), e))?;
        ctx.out.write("sitemap.xml", &xml)?;
        let robots = format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}\n",
            site.urls.absolute("sitemap.xml")
        );
        ctx.out.write("robots.txt", robots.as_bytes())?;
        Ok(Report::files(2))
    }
}

fn entries(site: &Site) -> Vec<Entry> {
    let urls = &site.urls;
    let languages = site.languages();
    let every_language = |path: &dyn Fn(&str) -> String| -> Vec<Entry> {
        let alternates: Vec<(String, String)> =
            languages.iter().map(|l| (l.clone(), path(l))).collect();
        alternates
            .iter()
            .map(|(_, p)| Entry {
                path: p.clone(),
                lastmod: None,
                alternates: alternates.clone(),
            })
            .collect()
    };
    let mut entries = every_language(&|l| urls.home(l));
    entries.extend(every_language(&|l| urls.capsules(l, 1)));
    for capsule in site.built_capsules() {
        let alternates: Vec<(String, String)> = capsule
            .translations
            .iter()
            .map(|t| (t.lang.clone(), urls.capsule(&t.lang, &capsule.slug)))
            .collect();
        let lastmod = capsule
            .date
            .to_zoned_datetime(site.tz.clone())
            .date()
            .to_string();
        for (_, path) in &alternates {
            entries.push(Entry {
                path: path.clone(),
                lastmod: Some(lastmod.clone()),
                alternates: alternates.clone(),
            });
        }
    }
    for page in &site.pages {
        let alternates: Vec<(String, String)> = site
            .pages
            .iter()
            .filter(|p| p.slug == page.slug)
            .map(|p| (p.lang.clone(), urls.page(&p.lang, &p.slug)))
            .collect();
        entries.push(Entry {
            path: urls.page(&page.lang, &page.slug),
            lastmod: None,
            alternates,
        });
    }
    entries
}

fn write_xml(site: &Site, entries: &[Entry]) -> std::io::Result<Vec<u8>> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 1);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    let mut urlset = BytesStart::new("urlset");
    urlset.push_attribute(("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9"));
    urlset.push_attribute(("xmlns:xhtml", "http://www.w3.org/1999/xhtml"));
    w.write_event(Event::Start(urlset))?;
    for entry in entries {
        w.write_event(Event::Start(BytesStart::new("url")))?;
        text_element(&mut w, "loc", &site.urls.absolute(&entry.path))?;
        if let Some(lastmod) = &entry.lastmod {
            text_element(&mut w, "lastmod", lastmod)?;
        }
        if entry.alternates.len() > 1 {
            for (lang, path) in &entry.alternates {
                let locale = site
                    .theme
                    .strings
                    .get(lang)
                    .and_then(|s| s["locale"].as_str())
                    .unwrap_or(lang);
                let mut link = BytesStart::new("xhtml:link");
                link.push_attribute(("rel", "alternate"));
                link.push_attribute(("hreflang", locale));
                link.push_attribute(("href", site.urls.absolute(path).as_str()));
                w.write_event(Event::Empty(link))?;
            }
        }
        w.write_event(Event::End(BytesEnd::new("url")))?;
    }
    w.write_event(Event::End(BytesEnd::new("urlset")))?;
    let mut xml = w.into_inner();
    xml.push(b'\n');
    Ok(xml)
}

fn text_element(w: &mut Writer<Vec<u8>>, name: &str, text: &str) -> std::io::Result<()> {
    w.write_event(Event::Start(BytesStart::new(name)))?;
    w.write_event(Event::Text(BytesText::new(text)))?;
    w.write_event(Event::End(BytesEnd::new(name)))?;
    Ok(())
}
