//! SVG: sanitised before it is published, measured, and rasterised for share pictures.
//!
//! The sanitiser keeps what it knows to be drawing (an allow-list of elements and attributes)
//! and drops the rest, because a deny-list is always one element behind: `<set>` and
//! `<animate>` can rewrite a link's `href` into `javascript:`, and CSS hides `@import` and
//! `url(...)` behind escapes. Values are judged as the browser reads them (character
//! references and CSS escapes decoded), while the file keeps the bytes it had.

use std::sync::{Arc, OnceLock};

use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesStart, BytesText, Event};
use quick_xml::{Reader, Writer, XmlVersion};

use super::process::Pixels;
use crate::messages::Message;

/// The policy an SVG is served with, by the preview, the workbench and (as a hint in
/// `_headers`) the web server: should a drawing hold anything the sanitiser missed, the browser
/// still runs no script and fetches nothing.
pub const POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/// The drawing elements kept (local names, lowercase). Everything else, animation elements,
/// scripts, foreign objects, metadata and other vocabularies, is dropped with its content.
const ELEMENTS: &[&str] = &[
    "svg",
    "g",
    "defs",
    "symbol",
    "use",
    "switch",
    "title",
    "desc",
    "a",
    "path",
    "rect",
    "circle",
    "ellipse",
    "line",
    "polyline",
    "polygon",
    "text",
    "tspan",
    "textpath",
    "image",
    "style",
    "lineargradient",
    "radialgradient",
    "stop",
    "pattern",
    "clippath",
    "mask",
    "marker",
    "filter",
    "feblend",
    "fecolormatrix",
    "fecomponenttransfer",
    "fecomposite",
    "feconvolvematrix",
    "fediffuselighting",
    "fedisplacementmap",
    "fedistantlight",
    "fedropshadow",
    "feflood",
    "fefunca",
    "fefuncb",
    "fefuncg",
    "fefuncr",
    "fegaussianblur",
    "feimage",
    "femerge",
    "femergenode",
    "femorphology",
    "feoffset",
    "fepointlight",
    "fespecularlighting",
    "fespotlight",
    "fetile",
    "feturbulence",
];

/// The attributes kept (local names, lowercase): geometry, presentation, gradients, filters
/// and text. No event attribute, no `ping`, no `target`, no `xml:base`.
const ATTRIBUTES: &[&str] = &[
    // core
    "id",
    "class",
    "style",
    "lang",
    "space",
    "role",
    "tabindex",
    "systemlanguage",
    "href",
    // geometry
    "x",
    "y",
    "width",
    "height",
    "cx",
    "cy",
    "r",
    "rx",
    "ry",
    "x1",
    "y1",
    "x2",
    "y2",
    "d",
    "points",
    "pathlength",
    "dx",
    "dy",
    "rotate",
    "textlength",
    "lengthadjust",
    "viewbox",
    "preserveaspectratio",
    "version",
    "baseprofile",
    "transform",
    "startoffset",
    "method",
    "spacing",
    "side",
    "path",
    // presentation
    "fill",
    "fill-opacity",
    "fill-rule",
    "stroke",
    "stroke-width",
    "stroke-opacity",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-miterlimit",
    "stroke-dasharray",
    "stroke-dashoffset",
    "opacity",
    "clip-path",
    "clip-rule",
    "mask",
    "filter",
    "color",
    "display",
    "visibility",
    "overflow",
    "font",
    "font-family",
    "font-size",
    "font-style",
    "font-weight",
    "font-variant",
    "font-stretch",
    "font-size-adjust",
    "text-anchor",
    "dominant-baseline",
    "alignment-baseline",
    "baseline-shift",
    "letter-spacing",
    "word-spacing",
    "text-decoration",
    "writing-mode",
    "direction",
    "unicode-bidi",
    "marker-start",
    "marker-mid",
    "marker-end",
    "stop-color",
    "stop-opacity",
    "flood-color",
    "flood-opacity",
    "lighting-color",
    "color-interpolation",
    "color-interpolation-filters",
    "shape-rendering",
    "text-rendering",
    "image-rendering",
    "paint-order",
    "vector-effect",
    "mix-blend-mode",
    "isolation",
    "transform-origin",
    "type",
    "media",
    // gradients, patterns, clips, masks, markers
    "offset",
    "gradientunits",
    "gradienttransform",
    "spreadmethod",
    "fx",
    "fy",
    "fr",
    "patternunits",
    "patterncontentunits",
    "patterntransform",
    "clippathunits",
    "maskunits",
    "maskcontentunits",
    "markerunits",
    "markerwidth",
    "markerheight",
    "refx",
    "refy",
    "orient",
    // filters
    "filterunits",
    "primitiveunits",
    "in",
    "in2",
    "result",
    "stddeviation",
    "mode",
    "operator",
    "k1",
    "k2",
    "k3",
    "k4",
    "values",
    "tablevalues",
    "slope",
    "intercept",
    "amplitude",
    "exponent",
    "kernelmatrix",
    "order",
    "divisor",
    "bias",
    "targetx",
    "targety",
    "edgemode",
    "preservealpha",
    "surfacescale",
    "diffuseconstant",
    "specularconstant",
    "specularexponent",
    "kernelunitlength",
    "scale",
    "xchannelselector",
    "ychannelselector",
    "radius",
    "basefrequency",
    "numoctaves",
    "seed",
    "stitchtiles",
    "azimuth",
    "elevation",
    "pointsatx",
    "pointsaty",
    "pointsatz",
    "limitingconeangle",
    "z",
];

/// The namespaces a drawing may declare: SVG's own and XLink's.
const NAMESPACES: [&str; 2] = ["http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"];

/// The SVG with everything that is not drawing removed.
pub fn sanitize(svg: &str) -> Result<String, Message> {
    let mut reader = Reader::from_str(svg);
    let mut writer = Writer::new(Vec::with_capacity(svg.len()));
    let write = |writer: &mut Writer<Vec<u8>>, event: Event| {
        writer
            .write_event(event)
            .map_err(|e| Message::new("svg-cannot-write").arg("error", e))
    };
    // Depth inside a dropped element: everything in it is dropped.
    let mut skipping = 0usize;
    // Whether the innermost kept element is a `<style>`, whose text is CSS.
    let mut in_style = false;
    // Text as the reader of the file sees it (references decoded), written out escaped once
    // whole, so that a reference cannot split `@import` out of sight.
    let mut text = String::new();
    loop {
        let event = reader
            .read_event()
            .map_err(|e| Message::new("svg-malformed").arg("error", e))?;
        match event {
            Event::Text(ref t) if skipping == 0 => text.push_str(&t.xml10_content()),
            Event::CData(ref t) if skipping == 0 => text.push_str(&t.xml10_content()),
            Event::GeneralRef(ref r) if skipping == 0 => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    text.push(c);
                } else if let Some(s) = resolve_predefined_entity(&r.xml10_content()) {
                    text.push_str(s);
                }
                // Any other entity was declared in the dropped DOCTYPE: it goes with it.
            }
            Event::Text(_) | Event::CData(_) | Event::GeneralRef(_) => {}
            other => {
                if !text.is_empty() {
                    if !in_style || safe_css(&text) {
                        write(&mut writer, Event::Text(BytesText::new(&text)))?;
                    }
                    text.clear();
                }
                match other {
                    Event::Eof => break,
                    Event::Start(ref e) => {
                        if skipping > 0 || !allowed(e) {
                            skipping += 1;
                        } else {
                            in_style = local_name(e) == "style";
                            write(&mut writer, Event::Start(clean(e)))?;
                        }
                    }
                    Event::Empty(ref e) if skipping == 0 && allowed(e) => {
                        write(&mut writer, Event::Empty(clean(e)))?;
                    }
                    Event::End(_) if skipping > 0 => skipping -= 1,
                    Event::End(e) => {
                        in_style = false;
                        write(&mut writer, Event::End(e))?;
                    }
                    Event::Decl(d) => write(&mut writer, Event::Decl(d))?,
                    // DOCTYPEs (entities), processing instructions (style sheets), comments.
                    _ => {}
                }
            }
        }
    }
    String::from_utf8(writer.into_inner()).map_err(|_| Message::new("svg-not-utf8"))
}

fn local_name(e: &BytesStart) -> String {
    let name = e.name();
    let local = name.local_name();
    local.as_ref().to_ascii_lowercase()
}

/// A drawing element of SVG's own vocabulary (unprefixed or `svg:`).
fn allowed(e: &BytesStart) -> bool {
    let name = e.name();
    let prefix_ok = name
        .prefix()
        .is_none_or(|p| p.as_ref().eq_ignore_ascii_case("svg"));
    prefix_ok && ELEMENTS.contains(&local_name(e).as_str())
}

/// The element with only the allowed attributes whose values are safe.
fn clean(e: &BytesStart) -> BytesStart<'static> {
    let mut out = BytesStart::new(e.name().as_ref().to_string());
    for attr in e.attributes().with_checks(false).flatten() {
        let key = attr.key.as_ref().to_ascii_lowercase();
        // The value as the browser reads it; one that does not decode is dropped.
        let Ok(value) = attr.normalized_value(XmlVersion::Implicit1_0) else {
            continue;
        };
        if attribute_allowed(&key, &value) {
            out.push_attribute(attr);
        }
    }
    out
}

fn attribute_allowed(key: &str, value: &str) -> bool {
    if key == "xmlns" || key.starts_with("xmlns:") {
        return NAMESPACES.contains(&value.trim());
    }
    let (prefix, local) = match key.split_once(':') {
        Some((prefix, local)) => (Some(prefix), local),
        None => (None, key),
    };
    let prefix_ok = match prefix {
        None | Some("svg") => true,
        Some("xlink") => local == "href" || local == "title",
        Some("xml") => local == "space" || local == "lang",
        Some(_) => false,
    };
    if !prefix_ok
        || !(ATTRIBUTES.contains(&local) || local.starts_with("aria-") || local == "title")
    {
        return false;
    }
    if local == "href" {
        // Browsers skip whitespace and controls inside a URL (`java&#9;script:`).
        let squeezed: String = value
            .chars()
            .filter(|c| !c.is_whitespace() && !c.is_control())
            .collect::<String>()
            .to_ascii_lowercase();
        return squeezed.starts_with('#') || is_inline_raster(&squeezed);
    }
    safe_css(value)
}

fn is_inline_raster(url: &str) -> bool {
    [
        "data:image/png;",
        "data:image/jpeg;",
        "data:image/gif;",
        "data:image/webp;",
    ]
    .iter()
    .any(|p| url.starts_with(p))
}

/// CSS (or an attribute value) that reaches nothing outside the file and runs nothing: no
/// `@import`, no script, no `image-set()`, `image()` or `cross-fade()` (which take addresses as
/// strings), and `url()` or `src()` only to a fragment of this file. Judged after CSS escapes and
/// comments are removed, as the browser reads it.
fn safe_css(css: &str) -> bool {
    let read = css_as_read(css);
    let squeezed: String = read
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect();
    if ["javascript:", "vbscript:", "data:text", "data:application"]
        .iter()
        .any(|s| squeezed.contains(s))
    {
        return false;
    }
    if [
        "@import",
        "expression(",
        "image-set(",
        "image(",
        "cross-fade(",
        "element(",
        "-moz-binding",
        "behavior:",
    ]
    .iter()
    .any(|s| read.contains(s))
    {
        return false;
    }
    ["url(", "src("].iter().all(|function| {
        read.match_indices(function).all(|(i, _)| {
            let rest = read[i + function.len()..]
                .trim_start_matches(|c: char| c.is_whitespace() || c == '"' || c == '\'');
            rest.starts_with('#')
        })
    })
}

/// CSS with its comments removed, its escapes decoded (`\69` and `\i` are both `i`) and in
/// lowercase.
fn css_as_read(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
            }
            '\\' => {
                let mut hex = String::new();
                while hex.len() < 6 && chars.peek().is_some_and(|c| c.is_ascii_hexdigit()) {
                    hex.extend(chars.next());
                }
                if hex.is_empty() {
                    // An escaped newline continues the line; any other character stands for
                    // itself.
                    match chars.next() {
                        Some('\n' | '\r' | '\u{c}') | None => {}
                        Some(c) => out.push(c),
                    }
                } else {
                    let code = u32::from_str_radix(&hex, 16).unwrap_or(0xFFFD);
                    out.push(
                        char::from_u32(code)
                            .filter(|c| *c != '\0')
                            .unwrap_or('\u{FFFD}'),
                    );
                    // One whitespace after a hex escape belongs to it.
                    if chars.peek().is_some_and(|c| c.is_whitespace()) {
                        chars.next();
                    }
                }
            }
            c => out.push(c),
        }
    }
    out.to_lowercase()
}

/// The drawing's size in pixels, from its width and height or its viewBox.
pub fn size(svg: &str) -> Result<(u32, u32), Message> {
    let tree = parse(svg)?;
    let size = tree.size();
    let (w, h) = (size.width().ceil() as u32, size.height().ceil() as u32);
    super::within_limits(w, h)?;
    Ok((w, h))
}

fn parse(svg: &str) -> Result<resvg::usvg::Tree, Message> {
    let options = resvg::usvg::Options {
        fontdb: fonts(),
        resources_dir: None,
        ..Default::default()
    };
    resvg::usvg::Tree::from_str(svg, &options)
        .map_err(|e| Message::new("svg-unreadable").arg("error", e))
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
pub fn rasterize(svg: &str, width: u32) -> Result<Pixels, Message> {
    let tree = parse(svg)?;
    let size = tree.size();
    let scale = width as f32 / size.width();
    let height = (size.height() * scale).round().max(1.0) as u32;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(width, height)
        .ok_or_else(|| Message::new("picture-cannot-allocate"))?;
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

    /// Everything a browser would read out of a sanitised file: attribute values and text
    /// with references decoded, then CSS escapes and comments removed.
    fn as_read(svg: &str) -> String {
        let mut reader = Reader::from_str(svg);
        let mut seen = String::new();
        loop {
            match reader
                .read_event()
                .expect("the sanitised SVG is well-formed")
            {
                Event::Eof => break,
                Event::Start(e) | Event::Empty(e) => {
                    seen.push_str(&format!(" <{}", local_name(&e)));
                    for a in e.attributes().flatten() {
                        seen.push(' ');
                        seen.push_str(&a.normalized_value(XmlVersion::Implicit1_0).unwrap());
                    }
                }
                Event::Text(t) => seen.push_str(&t.xml10_content()),
                Event::GeneralRef(r) => match r.resolve_char_ref() {
                    Ok(Some(c)) => seen.push(c),
                    _ => seen.push_str(resolve_predefined_entity(&r.xml10_content()).unwrap()),
                },
                _ => {}
            }
        }
        css_as_read(&seen)
    }

    #[test]
    fn links_rewritten_by_animation_and_hidden_addresses_are_removed() {
        let variants = [
            r#"<a><set attributeName="href" to="&#106;avascript:fetch('/__vigie/api/capsules',{method:'POST'})"/><rect width="9" height="9"/></a>"#,
            r#"<a><animate attributeName="href" values="javascript:alert(1)"/><rect width="9" height="9"/></a>"#,
            r#"<a xlink:href="&#x6A;ava&#9;script:alert(1)"><rect width="9" height="9"/></a>"#,
            r#"<a href=" JAVASCRIPT:alert(1)"><rect width="9" height="9"/></a>"#,
            r#"<animateMotion><mpath href="https://evil.example/p"/></animateMotion>"#,
            r#"<style>@\69mport "https://evil.example/a.css";</style>"#,
            r#"<style>&#64;import "https://evil.example/b.css";</style>"#,
            r#"<style>rect { fill: u\72l(https://evil.example/c) }</style>"#,
            r#"<style>rect { background: image-set("https://evil.example/d.png" 1x) }</style>"#,
            r#"<style>rect { fill: u/**/rl(https://evil.example/e) }</style>"#,
            r#"<style><![CDATA[@import url(https://evil.example/f.css);]]></style>"#,
            r#"<rect width="9" height="9" style="fill:&#117;rl(https://evil.example/g)"/>"#,
            r#"<rect width="9" height="9" style="fill:\75 rl(https://evil.example/h)"/>"#,
            r#"<rect width="9" height="9" fill="URL( 'https://evil.example/i')"/>"#,
            r#"<a href="https://evil.example/j" ping="https://evil.example/k"><rect width="9" height="9"/></a>"#,
            r#"<image href="data:image/svg+xml;base64,PHN2Zy8+" width="9" height="9"/>"#,
            r#"<image href="https://evil.example/l.png" width="9" height="9"/>"#,
            r#"<feImage href="//evil.example/m.png"/>"#,
            r#"<use href="https://evil.example/n.svg#x"/>"#,
            r#"<g xml:base="https://evil.example/"><use href="o.svg#x"/></g>"#,
            r#"<sodipodi:namedview xmlns:sodipodi="x" onload="alert(1)"/><text onclick="alert(1)">Hi</text>"#,
        ];
        for inner in variants {
            let svg = format!(
                r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">{inner}<circle r="2" fill="url(#g)"/></svg>"#
            );
            let clean = sanitize(&svg).unwrap();
            let read = as_read(&clean);
            for bad in [
                "javascript",
                "evil.example",
                "alert",
                "<set",
                "<animate",
                "<mpath",
            ] {
                assert!(!read.contains(bad), "{bad} survived {inner}:\n{clean}");
            }
            assert!(clean.contains(r##"fill="url(#g)""##), "{clean}");
        }
    }

    #[test]
    fn drawing_is_kept_as_it_was_written() {
        let drawing = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><style>rect &gt; a { fill: url(#g); stroke: #123 }</style><g transform="rotate(3)" aria-label="Porte"><path d="M0 0L9 9" style="stroke-width:2"/><text x="1" y="8" font-family="sans-serif">A &amp; B</text></g></svg>"##;
        assert_eq!(sanitize(drawing).unwrap(), drawing);
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
