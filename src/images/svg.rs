//! SVG: sanitised before it is published (no scripts, no event attributes, no reference outside
//! the file), measured, and rasterised for share pictures.

use std::sync::{Arc, OnceLock};

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, Writer};

use super::process::Pixels;

/// Elements that run code or pull in other documents.
const FORBIDDEN: [&str; 9] = [
    "script",
    "foreignobject",
    "iframe",
    "embed",
    "object",
    "audio",
    "video",
    "handler",
    "listener",
];

/// The SVG with every active or external part removed; what remains is drawing.
pub fn sanitize(svg: &str) -> Result<String, String> {
    let mut reader = Reader::from_str(svg);
    let mut writer = Writer::new(Vec::with_capacity(svg.len()));
    // Depth inside a forbidden element: everything in it is dropped.
    let mut skipping = 0usize;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("not a well-formed SVG: {e}"))?;
        let keep = match event {
            Event::Eof => break,
            Event::Start(ref e) => {
                if skipping > 0 || forbidden(e) {
                    skipping += 1;
                    None
                } else {
                    Some(Event::Start(clean(e)))
                }
            }
            Event::Empty(ref e) => (skipping == 0 && !forbidden(e)).then(|| Event::Empty(clean(e))),
            Event::End(_) if skipping > 0 => {
                skipping -= 1;
                None
            }
            // Entities and processing instructions are how XML reaches outside the file.
            Event::DocType(_) | Event::PI(_) => None,
            Event::Text(ref t) if skipping == 0 && !safe_style(&t.xml10_content()) => None,
            Event::CData(ref t) if skipping == 0 && !safe_style(&t.xml10_content()) => None,
            other if skipping == 0 => Some(other),
            _ => None,
        };
        if let Some(event) = keep {
            writer
                .write_event(event)
                .map_err(|e| format!("cannot write the SVG: {e}"))?;
        }
    }
    String::from_utf8(writer.into_inner()).map_err(|_| "the SVG is not UTF-8".to_string())
}

fn local_name(e: &BytesStart) -> String {
    let name = e.name();
    let local = name.local_name();
    local.as_ref().to_ascii_lowercase()
}

fn forbidden(e: &BytesStart) -> bool {
    FORBIDDEN.contains(&local_name(e).as_str())
}

/// The element with its event attributes, external references and unsafe styles removed.
fn clean(e: &BytesStart) -> BytesStart<'static> {
    let name = e.name().as_ref().to_string();
    let mut out = BytesStart::new(name);
    for attr in e.attributes().with_checks(false).flatten() {
        let key = attr.key.as_ref().to_ascii_lowercase();
        let value = attr.value.to_string();
        let local = key.rsplit(':').next().unwrap_or(&key);
        let allowed = if local.starts_with("on") {
            false
        } else if local == "href" || local == "src" {
            let v = value.trim_start();
            v.starts_with('#') || is_inline_raster(v)
        } else if local == "style" {
            safe_style(&value)
        } else {
            !value.to_ascii_lowercase().contains("javascript:") && safe_style(&value)
        };
        if allowed {
            out.push_attribute(attr);
        }
    }
    out
}

fn is_inline_raster(v: &str) -> bool {
    [
        "data:image/png",
        "data:image/jpeg",
        "data:image/gif",
        "data:image/webp",
    ]
    .iter()
    .any(|p| v.starts_with(p))
}

/// CSS that may stay: no imports, no scripts, and `url()` only to a fragment of this file.
fn safe_style(css: &str) -> bool {
    let lower = css.to_ascii_lowercase();
    if lower.contains("@import") || lower.contains("javascript:") || lower.contains("expression(") {
        return false;
    }
    lower.match_indices("url(").all(|(i, _)| {
        let rest = lower[i + 4..].trim_start_matches([' ', '"', '\'']);
        rest.starts_with('#')
    })
}

/// The drawing's size in pixels, from its width and height or its viewBox.
pub fn size(svg: &str) -> Result<(u32, u32), String> {
    let tree = parse(svg)?;
    let size = tree.size();
    let (w, h) = (size.width().ceil() as u32, size.height().ceil() as u32);
    if w == 0 || h == 0 || u64::from(w) * u64::from(h) > super::MAX_PIXELS {
        return Err(format!("the SVG declares an unusable size ({w}×{h})"));
    }
    Ok((w, h))
}

fn parse(svg: &str) -> Result<resvg::usvg::Tree, String> {
    let options = resvg::usvg::Options {
        fontdb: fonts(),
        resources_dir: None,
        ..Default::default()
    };
    resvg::usvg::Tree::from_str(svg, &options)
        .map_err(|e| format!("not an SVG Vigie can read: {e}"))
}

/// The system's fonts, loaded once, for text in drawings.
fn fonts() -> Arc<resvg::usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<resvg::usvg::fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = resvg::usvg::fontdb::Database::new();
            db.load_system_fonts();
            // fontdb maps `sans-serif` to Arial, rarely installed on Linux: use what is there.
            let families: Vec<String> = db
                .faces()
                .flat_map(|f| f.families.iter().map(|(name, _)| name.clone()))
                .collect();
            let preferred = [
                "DejaVu Sans",
                "Liberation Sans",
                "Noto Sans",
                "Atkinson Hyperlegible",
            ];
            if let Some(family) = preferred
                .iter()
                .find(|p| families.iter().any(|f| f == *p))
                .map(|p| p.to_string())
                .or(families.first().cloned())
            {
                db.set_sans_serif_family(family.clone());
                db.set_serif_family(family);
            }
            Arc::new(db)
        })
        .clone()
}

/// The drawing rendered at `width` pixels wide, proportions kept, on its own background.
pub fn rasterize(svg: &str, width: u32) -> Result<Pixels, String> {
    let tree = parse(svg)?;
    let size = tree.size();
    let scale = width as f32 / size.width();
    let height = (size.height() * scale).round().max(1.0) as u32;
    let mut pixmap =
        resvg::tiny_skia::Pixmap::new(width, height).ok_or("cannot allocate the picture")?;
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Ok(Pixels::from_rgba(width, height, pixmap.take()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_events_and_external_references_are_removed() {
        let hostile = r##"<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
<script>alert(2)</script><foreignObject><iframe src="https://evil.example"/></foreignObject>
<style>@import url(https://evil.example/x.css); rect { fill: red }</style>
<a xlink:href="javascript:alert(3)"><rect width="10" height="10" onclick="alert(4)" style="fill:url(https://evil.example/p)"/></a>
<use href="#r"/><image href="https://tracker.example/p.png"/><circle r="2" fill="url(#g)"/></svg>"##;
        let clean = sanitize(hostile).unwrap();
        for bad in [
            "script",
            "alert",
            "onload",
            "onclick",
            "evil.example",
            "tracker",
            "foreignObject",
            "ENTITY",
            "@import",
            "javascript",
        ] {
            assert!(!clean.contains(bad), "{bad} survived: {clean}");
        }
        assert!(clean.contains("href=\"#r\""), "{clean}");
        assert!(clean.contains("fill=\"url(#g)\""), "{clean}");
        assert!(
            clean.contains("<rect width=\"10\" height=\"10\""),
            "{clean}"
        );
    }

    #[test]
    fn size_comes_from_the_view_box() {
        assert_eq!(
            size(r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 450"/>"#).unwrap(),
            (800, 450)
        );
        assert!(size("<html/>").is_err());
    }
}
