//! The page for the municipal magazine, which every household receives:
//! `<lang>/bulletin/bulletin.pdf`, one print-ready page (`[bulletin] paper`, A4 by default) of
//! the running alerts then the latest tips (`[bulletin] capsules`, 4 by default), laid out in
//! the magazine's two columns, typeset by Typst from the theme's `leaflet/bulletin.typ`.
//! `<lang>/bulletin/bulletin.zip` holds the same capsules as files for the magazine's layout
//! person; `<lang>/bulletin/index.html` (made with the leaflets' list) links both.

use serde_json::{json, Value};

use super::leaflets::{date_data, page_data, print_extension, qr_data, without_scheme, Print};
use super::{screen, RenderContext, Renderer, Report};
use crate::content::capsule::Capsule;
use crate::content::front_matter::Kind;
use crate::error::{Error, Result};
use crate::images::cache::Cache;
use crate::locale::human_date;
use crate::print::text::Typography;
use crate::print::{Job, Typesetter};
use crate::site::Site;

pub struct Bulletins;

/// The most a capsule's text holds on the page, in characters.
const TEXT_LIMIT: usize = 320;

/// The type sizes the page tries, largest first (`fit` in the layout's data).
const FITS: [&str; 2] = ["normal", "compact"];

/// A language's bulletin page and its PDF.
pub fn bulletin_folder(site: &Site, lang: &str) -> String {
    format!("{}bulletin/", site.urls.home(lang))
}

pub fn bulletin_path(site: &Site, lang: &str) -> String {
    format!("{}bulletin.pdf", bulletin_folder(site, lang))
}

/// What the bulletin of `lang` holds: the running alerts, then the newest tips, as many as
/// `[bulletin] capsules`.
pub fn bulletin_capsules(site: &Site, lang: &str) -> Vec<usize> {
    let index = site.in_language(lang);
    let tips = index.by_kind.get(&Kind::Tip).map_or(&[][..], Vec::as_slice);
    index
        .active_alerts
        .iter()
        .chain(tips)
        .copied()
        .filter(|&i| site.capsules[i].translation(lang).is_some())
        .take(site.config.bulletin.capsules)
        .collect()
}

impl Renderer for Bulletins {
    fn name(&self) -> &'static str {
        "output-bulletins"
    }

    fn render(&self, ctx: &RenderContext) -> Result<Report> {
        let site = ctx.site;
        // Made with the leaflets, whose cache holds the photos; a preview waits for a build.
        if !site.leaflets || !ctx.is_full() {
            return Ok(Report::files(0));
        }
        let typesetter = Typesetter::new(&site.theme, site.intent.clone())?;
        let print = Print::new(site, &typesetter)?;
        let photos = Cache::new(&site.root, "print");
        let cache = Cache::new(&site.root, "bulletin");
        let mut files = 0;
        for lang in site.languages() {
            let capsules: Vec<&Capsule> = bulletin_capsules(site, lang)
                .into_iter()
                .map(|i| &site.capsules[i])
                .collect();
            if capsules.is_empty() {
                continue;
            }
            let entry = page(&print, &typesetter, &photos, &cache, lang, &capsules)?;
            ctx.out.link(&bulletin_path(site, lang), &entry)?;
            let kit = layout_kit(&print, &photos, lang, &capsules)?;
            ctx.out.write(&bulletin_zip_path(site, lang), &kit)?;
            files += 2;
        }
        cache
            .prune()
            .map_err(|e| Error::io(&site.root.join(".vigie-cache"), e))?;
        Ok(Report::files(files))
    }
}

/// Typesets (or takes from the cache) the bulletin page of `lang` and gives its cache entry.
fn page(
    print: &Print,
    typesetter: &Typesetter,
    photos: &Cache,
    cache: &Cache,
    lang: &str,
    capsules: &[&Capsule],
) -> Result<std::path::PathBuf> {
    let site = print.site;
    let can_show = |c| typesetter.can_show(c);
    let typography = Typography {
        lang,
        can_show: &can_show,
    };
    let mut key = blake3::Hasher::new();
    key.update(print.key.as_bytes());
    let mut items = Vec::new();
    let mut pictures = Vec::new();
    for capsule in capsules {
        let Some(t) = capsule.translation(lang) else {
            continue;
        };
        // Named by content: a photo two capsules share is read once.
        let stem = capsule
            .image
            .as_ref()
            .map_or(String::new(), |p| format!("/photos/{}", p.hash));
        let mut data = print.capsule_data(&typography, capsule, t, &stem);
        data["text"] = json!(typography.apply(&screen::short_text(t, 3, TEXT_LIMIT)));
        let url = site.urls.absolute(&site.urls.capsule(lang, &capsule.slug));
        data["url_text"] = json!(without_scheme(&url));
        data["url"] = json!(url);
        if let Some(photo) = print.photo(photos, capsule) {
            key.update(photo.key.as_bytes());
            let name = format!("{stem}.{}", print_extension(&photo.picture));
            pictures.push((name, photo));
        }
        items.push(data);
    }
    let paper = site.config.bulletin.paper;
    let home = site.urls.absolute(&site.urls.home(lang));
    let newest = capsules.iter().map(|c| c.date).max();
    let mut document = json!({
        "lang": lang,
        "page": page_data(&site.config.print, paper.name(), paper.size_mm()),
        "site": print.site_data(lang),
        "strings": print.strings[lang],
        "capsules": items,
        "contact": site.config.main_contact().map(|c| c.localized(lang, site.config.default_language())),
        "url": home,
        "url_text": without_scheme(&home),
        "edition": newest.map(|d| human_date(d, &site.tz, &site.theme.strings[lang])),
        "edition_date": newest.map(|d| date_data(d, &site.tz)),
        "fit": FITS[0],
    });
    key.update(document.to_string().as_bytes());
    let entry = cache.entry(&format!("bulletin|{}", key.finalize().to_hex()), "pdf");
    if cache.has(&entry) {
        return Ok(entry);
    }
    // QR codes only now: their addresses are in the key.
    document["qr"] = qr_data(&home)?;
    if let Some(items) = document["capsules"].as_array_mut() {
        for item in items {
            let url = item["url"].as_str().unwrap_or_default().to_string();
            item["qr"] = qr_data(&url)?;
        }
    }
    let mut files = print.common_files();
    for (name, photo) in &pictures {
        files.push((name.clone(), photo.bytes(photos)?));
    }
    files.push(("/data.json".into(), Vec::new()));
    let data = files.len() - 1;
    let mut job = Job {
        layout: ("bulletin.typ", "bulletin"),
        files,
        ident: bulletin_path(site, lang),
        bleed_mm: print.bleed_mm,
    };
    let mut pages = 0;
    for fit in FITS {
        document["fit"] = Value::from(fit);
        job.files[data].1 = document.to_string().into_bytes();
        let typeset = typesetter.compile(&job)?;
        pages = typeset.pages();
        if pages == 1 {
            let pdf = typesetter.pdf(&typeset, &job)?;
            cache
                .store(&entry, &pdf)
                .map_err(|e| Error::io(&entry, e))?;
            return Ok(entry);
        }
    }
    Err(Error::Template {
        template: "leaflet/bulletin.typ".into(),
        message: format!(
            "the bulletin page in {lang} takes {pages} pages even in its smallest type: \
             lower [bulletin] capsules, or shorten the capsules' short texts"
        ),
    })
}

pub fn bulletin_zip_path(site: &Site, lang: &str) -> String {
    format!("{}bulletin.zip", bulletin_folder(site, lang))
}

/// `bulletin.zip`, for the person who lays out the magazine: each capsule's text as plain
/// UTF-8 and as Markdown (links made absolute), its photo as made for print, its QR code as
/// SVG, and a `README.txt` saying what is what. Written with fixed dates, so that the same
/// capsules give the same bytes.
fn layout_kit(print: &Print, photos: &Cache, lang: &str, capsules: &[&Capsule]) -> Result<Vec<u8>> {
    let site = print.site;
    let path = std::path::PathBuf::from(bulletin_zip_path(site, lang));
    let failed = |e: zip::result::ZipError| Error::io(&path, std::io::Error::other(e));
    let text = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    let stored = text.compression_method(zip::CompressionMethod::Stored);
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let mut add = |name: &str, bytes: &[u8], options| -> Result<()> {
        zip.start_file(name, options).map_err(failed)?;
        std::io::Write::write_all(&mut zip, bytes).map_err(|e| Error::io(&path, e))
    };
    let home = site.urls.absolute(&site.urls.home(lang));
    let readme = site.theme.strings[lang]["bulletin_readme"]
        .as_str()
        .unwrap_or_default()
        .replace("{publisher}", site.config.publisher(lang))
        .replace("{url}", &home);
    add("README.txt", readme.as_bytes(), text)?;
    for (k, capsule) in capsules.iter().enumerate() {
        let Some(t) = capsule.translation(lang) else {
            continue;
        };
        let stem = format!("{:02}-{}", k + 1, capsule.slug);
        let url = site.urls.absolute(&site.urls.capsule(lang, &capsule.slug));
        let absolute = |target: &crate::content::markdown::LinkTarget| {
            site.urls.absolute(&site.link_path(lang, target))
        };
        let plain = t.body.to_plain(&absolute);
        let plain = format!(
            "{}\n\n{}\n\n{}\n\n{url}\n",
            t.title,
            t.summary,
            plain.trim()
        );
        add(&format!("{stem}.txt"), plain.as_bytes(), text)?;
        let markdown = format!(
            "# {}\n\n{}\n\n{}\n\n<{url}>\n",
            t.title,
            t.summary,
            markdown_body(t, &absolute).trim()
        );
        add(&format!("{stem}.md"), markdown.as_bytes(), text)?;
        if let Some(photo) = print.photo(photos, capsule) {
            let ext = print_extension(&photo.picture);
            add(&format!("{stem}.{ext}"), &photo.bytes(photos)?, stored)?;
        }
        let code = crate::print::qr::encode(&url).map_err(Error::Usage)?;
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {0}\" width=\"{1}mm\" height=\"{1}mm\"><rect width=\"{0}\" height=\"{0}\" fill=\"#fff\"/><path d=\"{2}\" fill=\"#000\"/></svg>\n",
            code.size,
            code.size,
            screen::qr_path(&code)
        );
        add(&format!("{stem}-qr.svg"), svg.as_bytes(), text)?;
    }
    Ok(zip.finish().map_err(failed)?.into_inner())
}

/// A translation's Markdown as written, its `@/` links made absolute: the magazine has no
/// `@/`.
fn markdown_body(
    t: &crate::content::capsule::Translation,
    absolute: &dyn Fn(&crate::content::markdown::LinkTarget) -> String,
) -> String {
    let text = &t.source.text;
    let mut out = String::new();
    let mut at = t.body_offset;
    for link in &t.links {
        let Some(written) = text.get(link.span.clone()) else {
            continue;
        };
        if link.span.start < at {
            continue;
        }
        out.push_str(&text[at..link.span.start]);
        // The destination is the `@/…` run inside the link's text.
        let start = written.find("@/").unwrap_or(written.len());
        let end = written[start..]
            .find(|c: char| c == ')' || c == '>' || c == '"' || c.is_whitespace())
            .map_or(written.len(), |e| start + e);
        out.push_str(&written[..start]);
        if start < end {
            out.push_str(&absolute(&link.target));
        }
        out.push_str(&written[end..]);
        at = link.span.end;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    out
}
