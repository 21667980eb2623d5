//! Hostile strings in every field a webmaster types, through every output, read back with
//! real parsers: markup stays text in HTML, XML stays well formed, JSON parses, and the text
//! comes out as it went in.

mod common;

use std::path::Path;

use proptest::prelude::*;

use common::{stderr, Site, MINIMAL_CONFIG};

/// Pieces a hostile or careless webmaster types: markup, CDATA ends, template and Typst
/// syntax, control and bidirectional characters, look-alikes, entities, very long runs.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("</script><script>alert(1)</script>".to_string()),
        Just("]]>".to_string()),
        Just("<![CDATA[x]]>".to_string()),
        Just("&amp; &lt;b&gt; &#0; &#x1F6B2; &nbsp;".to_string()),
        Just("{{ config }} {% raw %} {# x #}".to_string()),
        Just("#read(\"/etc/passwd\") $x$ @ref <label> #{ }".to_string()),
        Just("\"quotes' `ticks` \\ back\\slash".to_string()),
        Just("\u{202e}gauche\u{2066}\u{200b}\u{ad}".to_string()),
        Just("a\u{0}b\u{b}c\u{1b}[2Jd\u{7f}e\u{85}".to_string()),
        Just("Ｆｕｌｌｗｉｄｔｈ ١٢٣ 𝐁𝐨𝐥𝐝".to_string()),
        Just("e\u{301}\u{301}\u{301} 🚲👨‍👩‍👧 ﷽".to_string()),
        Just("x".repeat(3000)),
        Just("\u{2028}\u{2029}\r\n".to_string()),
        "\\PC{0,24}",
        "[ -~]{0,24}",
    ]
}

fn hostile() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 1..4).prop_map(|pieces| pieces.concat())
}

/// A TOML string holding `text`.
fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

/// What a text looks like once read: control characters gone; blanks are compared as one
/// space, since HTML shows any run of them as one.
fn as_read(text: &str) -> String {
    norm(&vigie::content::without_controls(text.to_string()))
}

fn norm(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every script on a page is the theme's own file.
fn assert_no_markup_from_content(page: &Path, doc: &scraper::Html) {
    for element in doc
        .root_element()
        .descendants()
        .filter_map(scraper::ElementRef::wrap)
    {
        let tag = element.value();
        for (name, _) in tag.attrs() {
            assert!(
                !name.starts_with("on"),
                "{}: an {name} attribute",
                page.display()
            );
        }
        if tag.name() == "script" {
            let src = tag.attr("src").unwrap_or_default();
            assert!(
                src.contains("share.") || element.inner_html().contains("EventSource"),
                "{}: a script {src:?}",
                page.display()
            );
        }
        if tag.name() == "img" {
            assert_ne!(
                tag.attr("src"),
                Some("x"),
                "{}: an img from content",
                page.display()
            );
        }
    }
}

/// Reads an XML file to its end with a strict parser.
fn assert_well_formed_xml(path: &Path) {
    let text = std::fs::read_to_string(path).unwrap();
    let mut reader = quick_xml::Reader::from_str(&text);
    reader.config_mut().check_end_names = true;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("{}: {e}", path.display()),
        }
    }
    assert!(
        !text
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')),
        "{}: a character XML 1.0 cannot hold",
        path.display()
    );
}

fn build_and_read(title: &str, text: &str, body: &str, leaflets: bool) {
    let site = Site::empty();
    site.write(
        "site.toml",
        &MINIMAL_CONFIG.replace(
            "title = \"Prévention test\"",
            &format!("title = {}", toml_string(&format!("S {text}"))),
        ),
    );
    let fm = format!(
        "+++\ntitle = {}\nkind = \"tip\"\ndate = 2026-11-20\nsummary = {}\ntags = [{}]\nsms = {}\n\n[image]\nsrc = \"photo.jpg\"\nalt = {}\ncredit = {}\n\n[[press]]\nurl = \"https://x.be/a\"\noutlet = {}\n\n[leaflet]\nheadline = {}\nshort = {}\ncta = {}\n+++\n{body}\n",
        toml_string(&format!("T {title}")),
        toml_string(&format!("R {text}")),
        toml_string(&format!("t{}", text.chars().take(20).collect::<String>())),
        toml_string(&format!("S {text}")),
        toml_string(&format!("A {text}")),
        toml_string(&format!("C {text}")),
        toml_string(&format!("O {text}")),
        toml_string(&format!("H {text}")),
        toml_string(&format!("K {text}")),
        toml_string(&format!("D {text}")),
    );
    site.write("content/capsules/hostile/index.fr.md", &fm);
    site.write(
        "content/capsules/hostile/index.nl.md",
        &format!(
            "+++\ntitle = {}\n[image]\nalt = \"Foto\"\n+++\n{body}\n",
            toml_string(&format!("T {title}"))
        ),
    );
    site.write_bytes(
        "content/capsules/hostile/photo.jpg",
        &common::jpeg(320, 200, None),
    );
    site.write(
        "content/pages/over.fr.md",
        &format!(
            "+++\ntitle = {}\ndescription = {}\n+++\n{body}\n",
            toml_string(&format!("P {title}")),
            toml_string(&format!("D {text}"))
        ),
    );
    let mut args = vec!["build", "--now", common::NOW];
    if !leaflets {
        args.push("--no-leaflets");
    }
    let out = site.vigie(&args);
    assert!(out.status.success(), "build failed:\n{}", stderr(&out));
    let public = site.public();
    let expected = as_read(&format!("T {title}"));

    let page = public.join("fr/capsules/hostile/index.html");
    let doc = common::html(&page);
    assert_eq!(norm(&common::text_of(&doc, "h1")), expected);
    for file in common::files(&public) {
        let path = public.join(&file);
        match file.extension().and_then(|e| e.to_str()) {
            Some("html") => assert_no_markup_from_content(&path, &common::html(&path)),
            Some("xml") => assert_well_formed_xml(&path),
            Some("json") => {
                serde_json::from_slice::<serde_json::Value>(&std::fs::read(&path).unwrap())
                    .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            }
            Some("pdf") => {
                lopdf::Document::load(&path).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
                let text = std::process::Command::new("pdftotext")
                    .arg(&path)
                    .arg("-")
                    .output()
                    .expect("pdftotext (poppler-utils)");
                assert!(text.status.success(), "{}", file.display());
            }
            _ => {}
        }
    }
    let rss = rss::Channel::read_from(&std::fs::read(public.join("fr/feed.xml")).unwrap()[..])
        .expect("RSS");
    let item = rss
        .items()
        .iter()
        .find(|i| i.link().is_some_and(|l| l.ends_with("/hostile/")))
        .expect("the item");
    assert_eq!(norm(item.title().unwrap_or_default()), expected);
    let summary = scraper::Html::parse_fragment(item.description().unwrap_or_default());
    assert_eq!(
        norm(&summary.root_element().text().collect::<String>()),
        as_read(&format!("R {text}"))
    );
    let atom =
        atom_syndication::Feed::read_from(&std::fs::read(public.join("fr/atom.xml")).unwrap()[..])
            .expect("Atom");
    assert!(atom
        .entries()
        .iter()
        .any(|e| norm(e.title().as_str()) == expected));
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(public.join("fr/feed.json")).unwrap()).unwrap();
    assert!(json["items"]
        .as_array()
        .unwrap()
        .iter()
        .any(|i| norm(i["title"].as_str().unwrap_or_default()) == expected));
    let page_doc = common::html(&public.join("fr/over/index.html"));
    assert_eq!(
        norm(&common::text_of(&page_doc, "h1")),
        as_read(&format!("P {title}"))
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn hostile_text_in_every_field_stays_text_in_every_output(
        title in hostile(),
        text in hostile(),
        body in hostile(),
    ) {
        build_and_read(&title, &text, &body, false);
    }
}

#[test]
fn hostile_text_in_every_field_of_a_leaflet_is_printed_as_text() {
    build_and_read(
        "<img src=x onerror=alert(1)> #read(\"/etc/passwd\") ]]>",
        "\u{202e}&#0; {{ x }} $x$ a\u{b}b",
        "# Titre\n\n*gras* `code` [lien](https://x.be) #import \"/etc/passwd\": x\n\n> citation",
        true,
    );
}
