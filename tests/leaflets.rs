//! Leaflets and booklets, read back with a PDF parser (lopdf), rendered with poppler's
//! `pdftoppm` and `pdftotext`, and their QR codes decoded.

mod common;

use std::path::Path;
use std::process::Command;

use common::{html, select, stderr, Site, MINIMAL_CONFIG};
use lopdf::{Document, Object};

const POINTS_PER_MM: f64 = 72.0 / 25.4;

fn load(path: &Path) -> Document {
    Document::load(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A page box in millimetres, as [x0, y0, x1, y1].
fn page_box(doc: &Document, page: lopdf::ObjectId, name: &[u8]) -> [f64; 4] {
    let dict = doc.get_dictionary(page).expect("page dictionary");
    let array = dict
        .get(name)
        .and_then(Object::as_array)
        .unwrap_or_else(|_| panic!("no {} on the page", String::from_utf8_lossy(name)));
    let mut r = [0.0; 4];
    for (slot, v) in r.iter_mut().zip(array) {
        *slot = f64::from(v.as_float().expect("number")) / POINTS_PER_MM;
    }
    r
}

fn assert_close(actual: [f64; 4], expected: [f64; 4], what: &str) {
    for (a, e) in actual.iter().zip(expected) {
        assert!(
            (a - e).abs() < 0.05,
            "{what}: {actual:?} is not {expected:?} (mm)"
        );
    }
}

fn info(doc: &Document, key: &[u8]) -> String {
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .and_then(|id| doc.get_dictionary(id))
        .expect("an Info dictionary");
    match info.get(key).expect("the key is in Info") {
        Object::String(bytes, _) => decode_pdf_string(bytes),
        other => panic!("{other:?}"),
    }
}

/// PDF text strings are UTF-16BE with a byte-order mark, or PDFDocEncoding (ASCII here).
fn decode_pdf_string(bytes: &[u8]) -> String {
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = rest
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        String::from_utf8_lossy(bytes).into_owned()
    }
}

#[test]
fn the_example_site_has_a_leaflet_per_capsule_page_and_a_booklet_per_language() {
    let site = Site::example();
    let public = site.build(&[]);
    let mut leaflets = 0;
    for lang in ["fr", "nl"] {
        let index = html(&public.join(lang).join("leaflets/index.html"));
        let links: Vec<String> = select(&index, "a[type='application/pdf']")
            .iter()
            .filter_map(|a| a.value().attr("href"))
            .map(str::to_string)
            .collect();
        assert!(
            links.iter().any(|l| l.ends_with("/booklet.pdf")),
            "{links:?}"
        );
        for dir in std::fs::read_dir(public.join(lang).join("capsules")).expect("capsules") {
            let dir = dir.expect("entry").path();
            if !dir.join("index.html").is_file() {
                continue;
            }
            let pdf = dir.join("leaflet.pdf");
            let doc = load(&pdf);
            assert_eq!(doc.get_pages().len(), 1, "{}: one page", pdf.display());
            assert!(doc.version.as_str() <= "1.7", "PDF {}", doc.version);
            leaflets += 1;
            let page = html(&dir.join("index.html"));
            assert_eq!(
                select(&page, ".download a[href$='leaflet.pdf']").len(),
                1,
                "{}: the page links to its leaflet",
                dir.display()
            );
        }
        let booklet = load(&public.join(lang).join("booklet.pdf"));
        let pages = booklet.get_pages().len();
        assert!(
            pages >= 4 && pages.is_multiple_of(4),
            "{lang} booklet: {pages} pages"
        );
    }
    assert!(leaflets > 25, "{leaflets} leaflets");
}

#[test]
fn a_leaflet_carries_its_metadata_fonts_and_no_link() {
    let site = Site::example();
    let public = site.build(&[]);
    let path = public.join("fr/capsules/faux-techniciens-de-l-eau/leaflet.pdf");
    let doc = load(&path);
    let title = info(&doc, b"Title");
    assert!(title.contains("techniciens"), "title {title}");
    assert_eq!(
        info(&doc, b"Author"),
        "Ville d’Exemple, service de prévention"
    );
    assert!(
        !info(&doc, b"Subject").is_empty(),
        "the summary is the subject"
    );
    let catalog = doc.catalog().expect("catalog");
    let lang = catalog.get(b"Lang").expect("Lang");
    assert_eq!(decode_pdf_string(lang.as_str().expect("a string")), "fr");

    let mut fonts = 0;
    for object in doc.objects.values() {
        let Ok(dict) = object.as_dict() else { continue };
        if dict.get(b"Type").and_then(Object::as_name).ok() == Some(b"FontDescriptor".as_slice()) {
            fonts += 1;
            assert!(
                dict.has(b"FontFile2") || dict.has(b"FontFile3") || dict.has(b"FontFile"),
                "every font is embedded: {dict:?}"
            );
        }
        if dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Link".as_slice()) {
            panic!("a link annotation in a print leaflet: {dict:?}");
        }
    }
    assert!(fonts >= 2, "regular and bold faces: {fonts}");
    let text = common::pdf_text(&path);
    assert!(text.contains("Atkinson") || fonts > 0);
    assert!(
        text.contains("+32 64 00 00 00"),
        "the contact block: {text}"
    );
    assert!(
        text.contains("prevention.exemple.be/fr/capsules/faux-techniciens-de-l-eau/"),
        "the URL under the QR code: {text}"
    );
}

/// Builds a one-capsule site with the given `[print]` table and returns its French leaflet.
fn leaflet_with(print: &str) -> (Site, Document) {
    let site = Site::empty();
    site.write(
        "site.toml",
        &format!("{MINIMAL_CONFIG}\n[print]\n{print}\n"),
    );
    site.write(
        "content/capsules/fermez/index.fr.md",
        "+++\ntitle = \"Fermez à clé\"\nkind = \"tip\"\ndate = 2026-11-20\n+++\nFermez toujours à clé.\n",
    );
    let public = site.build(&[]);
    let doc = load(&public.join("fr/capsules/fermez/leaflet.pdf"));
    (site, doc)
}

#[test]
fn page_boxes_follow_the_paper_the_bleed_and_the_marks() {
    for (paper, w, h) in [
        ("A4", 210.0, 297.0),
        ("A5", 148.0, 210.0),
        ("A6", 105.0, 148.0),
    ] {
        for marks in [false, true] {
            let (_site, doc) = leaflet_with(&format!(
                "paper = \"{paper}\"\nbleed_mm = 3\ncrop_marks = {marks}"
            ));
            let page = doc.page_iter().next().expect("a page");
            // Marks sit 3 to 8 mm outside the trim, with 2 mm to spare: the sheet grows by
            // 10 mm a side; without marks, by the bleed alone.
            let outside = if marks { 10.0 } else { 3.0 };
            let what = format!("{paper}, marks {marks}");
            assert_close(
                page_box(&doc, page, b"MediaBox"),
                [0.0, 0.0, w + 2.0 * outside, h + 2.0 * outside],
                &format!("{what}: MediaBox"),
            );
            assert_close(
                page_box(&doc, page, b"TrimBox"),
                [outside, outside, w + outside, h + outside],
                &format!("{what}: TrimBox"),
            );
            assert_close(
                page_box(&doc, page, b"BleedBox"),
                [
                    outside - 3.0,
                    outside - 3.0,
                    w + outside + 3.0,
                    h + outside + 3.0,
                ],
                &format!("{what}: BleedBox"),
            );
        }
    }
}

#[test]
fn without_bleed_the_trim_is_the_page() {
    let (_site, doc) = leaflet_with("paper = \"A5\"\nbleed_mm = 0\ncrop_marks = false");
    let page = doc.page_iter().next().expect("a page");
    let page_size = [0.0, 0.0, 148.0, 210.0];
    assert_close(page_box(&doc, page, b"MediaBox"), page_size, "MediaBox");
    assert_close(page_box(&doc, page, b"TrimBox"), page_size, "TrimBox");
    assert_close(page_box(&doc, page, b"BleedBox"), page_size, "BleedBox");
}

#[test]
fn rebuilds_give_the_same_bytes_and_reuse_the_cache() {
    let site = Site::example();
    let first = site.build(&[]);
    // Without the cache: typeset again from scratch.
    std::fs::remove_dir_all(site.path().join(".vigie-cache/print")).expect("cache");
    let again = site.path().join("again");
    let out = site.vigie(&[
        "build",
        "--now",
        common::NOW,
        "--output",
        &again.to_string_lossy(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    for pdf in common::files(&first)
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "pdf"))
    {
        assert_eq!(
            std::fs::read(first.join(&pdf)).expect("first"),
            std::fs::read(again.join(&pdf)).expect("again"),
            "{} differs between two builds",
            pdf.display()
        );
    }
    assert!(again.join("fr/booklet.pdf").is_file());
    // With the cache: nothing is typeset.
    let out = site.vigie(&["build", "--now", common::NOW]);
    let summary = String::from_utf8_lossy(&out.stdout);
    assert!(summary.contains("; 0 typeset,"), "{summary}");
}

#[test]
fn a_damaged_index_of_sources_costs_no_typesetting_and_changes_no_document() {
    let site = Site::example();
    let first = site.build(&[]);
    let kept = site.path().join("first");
    std::fs::rename(&first, &kept).expect("keep the first output");
    let index_of = |cache: &str| {
        site.path()
            .join(".vigie-cache")
            .join(cache)
            .join("sources.idx")
    };
    for cache in ["print", "posters", "booklets"] {
        let index = index_of(cache);
        let text = std::fs::read_to_string(&index).expect("each print cache has its index");
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        assert!(!lines.is_empty(), "{cache}: an empty index");
        // Each source with what a damaged file could give instead of its key: the key of no
        // document, words, nothing, a control character, a key of another length.
        let wrong = [
            format!("{} body", "0".repeat(64)),
            "0".repeat(64),
            "not a key".to_string(),
            String::new(),
            "\u{1}\u{7f}é".to_string(),
            "f".repeat(63),
        ];
        for (k, line) in lines.iter_mut().enumerate() {
            let source = line.split(' ').next().unwrap_or_default().to_string();
            *line = format!("{source} {}", wrong[k % wrong.len()]);
        }
        lines.push("no space at all".into());
        lines.push(" ".into());
        // Cut inside a line, as a full disk would.
        lines.push(text[..40].to_string());
        let mut bytes = lines.join("\n").into_bytes();
        if cache == "booklets" {
            // Bytes that are not UTF-8: the whole index is not believed.
            bytes.splice(0..0, [0xff, 0xfe, 0, b'\n']);
        }
        std::fs::write(&index, bytes).expect("damage the index");
    }
    let out = site.vigie(&["build", "--now", common::NOW]);
    assert!(out.status.success(), "{}", stderr(&out));
    let summary = String::from_utf8_lossy(&out.stdout);
    // Leaflets and booklets: every count of documents typeset is 0.
    let typeset: Vec<&str> = summary
        .match_indices(" typeset,")
        .map(|(at, _)| summary[..at].rsplit(' ').next().unwrap_or_default())
        .collect();
    assert!(
        typeset.len() == 2 && typeset.iter().all(|n| *n == "0"),
        "{summary}"
    );
    common::assert_same_files(&kept, &site.public());
    // The rebuild wrote the indexes again: a rebuild after it finds every key in them.
    for cache in ["print", "posters", "booklets"] {
        let text = std::fs::read_to_string(index_of(cache)).expect("an index, as text");
        for line in text.lines() {
            let (_, value) = line.split_once(' ').expect("source and key");
            let key = value.split(' ').next().unwrap_or_default();
            assert!(
                key.len() == 64 && key != "0".repeat(64),
                "{cache}: {line:?} kept"
            );
        }
    }
}

#[test]
fn an_edited_capsule_is_the_only_leaflet_typeset_again() {
    let site = Site::minimal();
    site.write(
        "content/capsules/velo/index.fr.md",
        "+++\ntitle = \"Vélo\"\nkind = \"fun\"\ndate = 2026-11-21\n+++\nAttachez-le.\n",
    );
    site.build(&[]);
    site.write(
        "content/capsules/velo/index.fr.md",
        "+++\ntitle = \"Vélo\"\nkind = \"fun\"\ndate = 2026-11-21\n+++\nAttachez-le bien.\n",
    );
    let out = site.vigie(&["build", "--now", common::NOW]);
    let summary = String::from_utf8_lossy(&out.stdout);
    // The fun capsule's leaflet; the booklet holds tips only and comes from the cache.
    assert!(
        summary.contains("leaflets: 2; 1 typeset, 1 from the cache"),
        "{summary}"
    );
    assert!(
        summary.contains("booklets: 1; 0 typeset, 1 from the cache"),
        "{summary}"
    );
}

/// Page 1 of a PDF as a grey picture at `dpi`, as poppler's `pdftoppm` draws it.
fn page_picture(pdf: &Path, dpi: u32) -> image::GrayImage {
    let dir = tempfile::tempdir().expect("temporary folder");
    let prefix = dir.path().join("page");
    let out = Command::new("pdftoppm")
        .args([
            "-png",
            "-gray",
            "-r",
            &dpi.to_string(),
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
        ])
        .arg(pdf)
        .arg(&prefix)
        .output()
        .expect("pdftoppm (poppler-utils) is installed");
    assert!(out.status.success(), "{}", stderr(&out));
    image::open(prefix.with_extension("png"))
        .expect("a picture")
        .to_luma8()
}

/// Renders page 1 of a PDF at `dpi` and decodes the QR codes on it.
fn qr_codes(pdf: &Path, dpi: u32) -> Vec<String> {
    common::qr_texts_in(page_picture(pdf, dpi))
}

/// The QR codes on page 1 of a PDF with several of them, read in overlapping windows of
/// 40 mm: rqrr pairs up the finder patterns of codes that stand in a row, and reads none of
/// them, where each window holds one code whole.
fn qr_codes_one_by_one(pdf: &Path, dpi: u32) -> Vec<String> {
    let page = page_picture(pdf, dpi);
    let window = (40.0 / 25.4 * f64::from(dpi)) as u32;
    let mut found = std::collections::BTreeSet::new();
    for y in (0..page.height().saturating_sub(window / 2)).step_by(window as usize / 2) {
        for x in (0..page.width().saturating_sub(window / 2)).step_by(window as usize / 2) {
            let (w, h) = (window.min(page.width() - x), window.min(page.height() - y));
            let tile = image::imageops::crop_imm(&page, x, y, w, h).to_image();
            found.extend(common::qr_texts_in(tile));
        }
    }
    found.into_iter().collect()
}

#[test]
fn the_qr_code_leads_to_the_capsule_page_in_its_language() {
    let site = Site::example();
    let public = site.build(&[]);
    for (lang, slug) in [
        ("fr", "faux-techniciens-de-l-eau"),
        ("nl", "faux-techniciens-de-l-eau"),
    ] {
        let pdf = public
            .join(lang)
            .join("capsules")
            .join(slug)
            .join("leaflet.pdf");
        if !pdf.is_file() {
            continue;
        }
        assert_eq!(
            qr_codes(&pdf, 200),
            vec![format!(
                "https://prevention.exemple.be/{lang}/capsules/{slug}/"
            )],
            "{}",
            pdf.display()
        );
    }
}

#[test]
fn typst_syntax_in_a_capsule_is_printed_as_it_is() {
    let site = Site::minimal();
    let hostile = "#read(\"/etc/passwd\") $x$ @ref <label> #{ 1 + 1 } #set text(red) ] ) \\ // pas un commentaire";
    site.write(
        "content/capsules/fermez/index.fr.md",
        &format!(
            "+++\ntitle = \"Titre #{{ panic() }} $y$\"\nkind = \"tip\"\ndate = 2026-11-20\n[leaflet]\ncta = \"Appelez @ref <l> #eval(\\\"1\\\")\"\n+++\n{hostile}\n\n- `#import \"/etc\"`\n"
        ),
    );
    let public = site.build(&[]);
    let text = common::pdf_text(&public.join("fr/capsules/fermez/leaflet.pdf"));
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for literal in [
        "#read(\"/etc/passwd\")",
        "$x$",
        "@ref",
        "<label>",
        "#{ 1 + 1 }",
        "#set text(red)",
        "// pas un commentaire",
        "Titre #{ panic() } $y$",
        "Appelez @ref <l> #eval(\"1\")",
        "#import \"/etc\"",
    ] {
        assert!(
            flat.contains(literal),
            "`{literal}` is not printed as it is in:\n{flat}"
        );
    }
    assert!(!flat.contains("root:"), "no file was read");
    let poster = common::pdf_text(&public.join("fr/capsules/fermez/poster.pdf"));
    let poster: String = poster.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(poster.contains("Titre #{ panic() } $y$"), "{poster}");
}

#[test]
fn every_capsule_page_has_a_poster_on_its_sheet_with_one_sentence_and_its_qr_code() {
    let site = Site::minimal();
    site.write(
        "content/capsules/fermez/index.fr.md",
        "+++\ntitle = \"Fermez à clé\"\nkind = \"tip\"\ndate = 2026-11-20\n\
         summary = \"Une porte tirée s’ouvre en dix secondes. Fermée à clé, elle résiste.\"\n+++\n\
         Fermez toujours à clé.\n",
    );
    let public = site.build(&[]);
    let pdf = public.join("fr/capsules/fermez/poster.pdf");
    let doc = load(&pdf);
    assert_eq!(doc.get_pages().len(), 1);
    let page = doc.page_iter().next().expect("a page");
    // A3 by default, with the leaflets' bleed and marks (10 mm a side with the defaults).
    assert_close(
        page_box(&doc, page, b"TrimBox"),
        [10.0, 10.0, 307.0, 430.0],
        "A3 poster: TrimBox",
    );
    let text = common::pdf_text(&pdf);
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Fermez à clé"), "{flat}");
    // One sentence: read in passing.
    assert!(
        flat.contains("Une porte tirée s’ouvre en dix secondes."),
        "{flat}"
    );
    assert!(!flat.contains("elle résiste"), "{flat}");
    assert!(
        flat.contains("prevention.test.be/fr/capsules/fermez/"),
        "{flat}"
    );
    assert_eq!(
        qr_codes(&pdf, 100),
        ["https://prevention.test.be/fr/capsules/fermez/"]
    );
    // The capsule page and the leaflets page offer it, with its sheet and weight.
    let page = html(&public.join("fr/capsules/fermez/index.html"));
    let links: Vec<String> = select(&page, "a[href$='poster.pdf']")
        .iter()
        .map(|a| {
            a.parent()
                .and_then(scraper::ElementRef::wrap)
                .map(|p| p.text().collect())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(links.len(), 1, "{links:?}");
    assert!(links[0].contains("A3, "), "{links:?}");
    let listed = html(&public.join("fr/leaflets/index.html"));
    assert_eq!(
        common::attrs(&listed, "a[href$='poster.pdf']", "href"),
        ["/fr/capsules/fermez/poster.pdf"]
    );

    site.write(
        "site.toml",
        &format!("{MINIMAL_CONFIG}\n[print]\nposter = \"A2\"\ncrop_marks = false\n"),
    );
    let public = site.build(&[]);
    let doc = load(&public.join("fr/capsules/fermez/poster.pdf"));
    let page = doc.page_iter().next().expect("a page");
    assert_close(
        page_box(&doc, page, b"TrimBox"),
        [3.0, 3.0, 423.0, 597.0],
        "A2 poster: TrimBox",
    );
    for (value, said) in [("\"A1\"", "A1"), ("3", "poster")] {
        let site = Site::minimal();
        site.write(
            "site.toml",
            &format!("{MINIMAL_CONFIG}\n[print]\nposter = {value}\n"),
        );
        let err = site.failed_build();
        assert!(
            err.contains(said) && err.contains("site.toml:16:"),
            "{value}: {err}"
        );
    }
}

#[test]
fn an_overlong_body_falls_back_to_the_short_text_on_one_page() {
    let site = Site::minimal();
    let long =
        "Fermez la porte à double tour chaque soir, même pour une courte absence. ".repeat(150);
    site.write(
        "content/capsules/fermez/index.fr.md",
        &format!(
            "+++\ntitle = \"Fermez à clé\"\nkind = \"tip\"\ndate = 2026-11-20\n[leaflet]\nshort = \"Texte court : fermez à clé.\"\n+++\n{long}\n"
        ),
    );
    let out = site.vigie(&["build", "--now", common::NOW]);
    assert!(out.status.success(), "{}", stderr(&out));
    let summary = String::from_utf8_lossy(&out.stdout);
    assert!(
        summary.contains("short text on 1 leaflet whose body"),
        "{summary}"
    );
    let pdf = site.public().join("fr/capsules/fermez/leaflet.pdf");
    assert_eq!(load(&pdf).get_pages().len(), 1);
    let text = common::pdf_text(&pdf);
    assert!(text.contains("Texte court"), "{text}");
    assert!(!text.contains("double tour"), "{text}");
}

#[test]
fn a_short_text_that_cannot_fit_is_an_error_naming_the_file() {
    let site = Site::minimal();
    let long = "Fermez la porte à double tour chaque soir. ".repeat(200);
    site.write(
        "content/capsules/fermez/index.fr.md",
        &format!(
            "+++\ntitle = \"Fermez à clé\"\nkind = \"tip\"\ndate = 2026-11-20\nsummary = \"{long}\"\n+++\n{long}\n"
        ),
    );
    let out = site.vigie(&["build", "--now", common::NOW]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(
            "error: the leaflet of `fermez` does not fit on one A5 page, even with its short text"
        ),
        "{err}"
    );
    assert!(err.contains("content/capsules/fermez/index.fr.md"), "{err}");
    assert!(
        err.contains("short = "),
        "the hint says what to write: {err}"
    );
    assert!(!site.public().exists(), "nothing is published");
}

#[test]
fn a_broken_layout_override_names_its_file_line_and_typst_message() {
    let site = Site::minimal();
    let public = site.build(&[]);
    let before = std::fs::read(public.join("fr/index.html")).expect("home");
    site.write(
        "templates/leaflet/leaflet.typ",
        "#let leaflet(data) = {\n  set page(width: 10cm)\n  text(data.nothing-here)\n}\n",
    );
    let out = site.vigie(&["build", "--now", common::NOW]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("templates/leaflet/leaflet.typ:3:"), "{err}");
    assert!(err.contains("nothing-here"), "Typst's message: {err}");
    assert_eq!(
        std::fs::read(public.join("fr/index.html")).expect("home"),
        before,
        "the previous site stays"
    );
}

#[test]
fn no_leaflets_skips_all_pdf_work() {
    let site = Site::example();
    let public = site.build(&["--no-leaflets"]);
    let pdfs: Vec<_> = common::files(&public)
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "pdf"))
        .collect();
    assert!(pdfs.is_empty(), "{pdfs:?}");
    assert!(!public.join("fr/leaflets/index.html").exists());
    let page = html(&public.join("fr/capsules/faux-techniciens-de-l-eau/index.html"));
    assert!(select(&page, ".download").is_empty());
    assert!(!site.path().join(".vigie-cache/print").exists());
}

#[test]
fn without_photo_or_logo_every_colour_is_cmyk() {
    let (_site, doc) = leaflet_with("paper = \"A5\"\nbleed_mm = 3\ncrop_marks = false");
    let page = doc.page_iter().next().expect("a page");
    let content = doc.get_page_content(page).expect("page content");
    let operations = lopdf::content::Content::decode(&content)
        .expect("a content stream")
        .operations;
    let mut cmyk = 0;
    for op in &operations {
        match op.operator.as_str() {
            "k" | "K" => cmyk += 1,
            "rg" | "RG" | "g" | "G" | "sc" | "scn" | "SC" | "SCN" | "cs" | "CS" => {
                panic!("a colour outside DeviceCMYK: {op:?}")
            }
            _ => {}
        }
    }
    assert!(
        cmyk > 3,
        "text and bands are painted in CMYK ({cmyk} operations)"
    );
    let black_text = operations.windows(2).any(|w| {
        w[0].operator == "k"
            && w[0]
                .operands
                .iter()
                .map(|o| o.as_float().unwrap_or(-1.0))
                .collect::<Vec<_>>()
                == [0.0, 0.0, 0.0, 1.0]
    });
    assert!(black_text, "text in 100 % K");
}

#[test]
fn a_layout_can_read_no_file_outside_the_theme_and_the_leaflet() {
    let site = Site::minimal();
    site.write(
        "templates/leaflet/leaflet.typ",
        "#let leaflet(data) = read(\"/etc/passwd\")\n",
    );
    let out = site.vigie(&["build", "--now", common::NOW]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("templates/leaflet/leaflet.typ:1:"), "{err}");
    assert!(err.contains("not found"), "{err}");
    assert!(!err.contains("root:"), "{err}");
}

#[test]
fn a_changed_contact_or_layout_typesets_again() {
    let site = Site::minimal();
    site.build(&[]);
    let summary = |site: &Site| {
        let out = site.vigie(&["build", "--now", common::NOW]);
        assert!(out.status.success(), "{}", stderr(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let unchanged = summary(&site);
    assert!(
        unchanged.contains("leaflets: 1; 0 typeset, 1 from the cache")
            && unchanged.contains("booklets: 1; 0 typeset, 1 from the cache"),
        "{unchanged}"
    );
    site.write(
        "site.toml",
        &MINIMAL_CONFIG.replace("+32 2 000 00 00", "+32 2 111 11 11"),
    );
    let after_contact = summary(&site);
    assert!(
        after_contact.contains("leaflets: 1; 1 typeset, 0 from the cache")
            && after_contact.contains("booklets: 1; 1 typeset, 0 from the cache"),
        "{after_contact}"
    );
    let pdf = site.public().join("fr/capsules/fermez/leaflet.pdf");
    assert!(common::pdf_text(&pdf).contains("+32 2 111 11 11"));
    let layout = include_str!("../themes/default/leaflet/leaflet.typ");
    site.write(
        "templates/leaflet/leaflet.typ",
        &layout.replace("data.strings.emergency", "\"Appelez le 101\""),
    );
    let after_layout = summary(&site);
    assert!(
        after_layout.contains("leaflets: 1; 1 typeset, 0 from the cache")
            && after_layout.contains("booklets: 1; 1 typeset, 0 from the cache"),
        "{after_layout}"
    );
    assert!(common::pdf_text(&pdf).contains("Appelez le 101"));
}

/// The print cache finds a leaflet by a key made from its sources, which names the key of its
/// data: a setting leaflets do not print costs no typesetting, a capsule edited its leaflet
/// alone, and a source entry that is damaged or names nothing cached is not believed.
#[test]
fn leaflets_are_found_by_their_sources_and_a_damaged_record_is_not_believed() {
    let site = Site::minimal();
    site.write(
        "content/capsules/velo/index.fr.md",
        "+++\ntitle = \"Gravez votre vélo\"\nkind = \"tip\"\ndate = 2026-11-21\n+++\nUn vélo gravé se revend mal.\n",
    );
    site.build(&[]);
    let summary = |site: &Site| {
        let out = site.vigie(&["build", "--now", common::NOW]);
        assert!(out.status.success(), "{}", stderr(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    // The site's description is on its pages, not on its leaflets.
    site.write(
        "site.toml",
        &MINIMAL_CONFIG.replace(
            "publisher = ",
            "description = \"Conseils de la commune\"\npublisher = ",
        ),
    );
    let described = summary(&site);
    assert!(
        described.contains("leaflets: 2; 0 typeset, 2 from the cache"),
        "{described}"
    );
    // One record per leaflet, in the print cache's index of sources.
    let index = site.path().join(".vigie-cache/print/sources.idx");
    let records = std::fs::read_to_string(&index).expect("an index of sources");
    assert_eq!(records.lines().count(), 2, "{records}");
    let edited = "content/capsules/velo/index.fr.md";
    let text = std::fs::read_to_string(site.path().join(edited)).unwrap();
    site.write(edited, &text.replace("se revend mal", "se revend très mal"));
    let one = summary(&site);
    assert!(
        one.contains("leaflets: 2; 1 typeset, 1 from the cache"),
        "{one}"
    );
    let pdf = site.public().join("fr/capsules/velo/leaflet.pdf");
    assert!(common::pdf_text(&pdf).contains("très mal"));
    // Damaged records, and one naming a key whose leaflet is not in the cache.
    let records = std::fs::read_to_string(&index).expect("an index of sources");
    let zeros = format!("{} body", "0".repeat(64));
    let damaged: String = records
        .lines()
        .zip(["../../etc/passwd", &zeros])
        .map(|(line, text)| format!("{} {text}\n", line.split(' ').next().unwrap_or_default()))
        .collect();
    std::fs::write(&index, damaged).unwrap();
    let damaged = summary(&site);
    assert!(
        damaged.contains("leaflets: 2; 0 typeset, 2 from the cache"),
        "{damaged}"
    );
    assert!(common::pdf_text(&pdf).contains("très mal"));
    let fermez = site.public().join("fr/capsules/fermez/leaflet.pdf");
    assert!(common::pdf_text(&fermez).contains("Fermez toujours à clé"));
}

/// Asserts that a booklet folds (a multiple of 4 pages), ends with the contact back page, and
/// that the pages between the last tip and the back page are blank.
fn assert_folds(pdf: &Path, tips: usize) {
    let pages = load(pdf).get_pages().len();
    assert!(pages.is_multiple_of(4), "{tips} tips: {pages} pages");
    assert!(
        common::pdf_page_text(pdf, pages).contains("+32 2 000 00 00"),
        "{tips} tips: the last page is the back page"
    );
    // Cover, contents, one page per (short) tip: what comes before the back page is blank.
    let blank = pages - 1 - (2 + tips);
    assert!(blank < 4, "{tips} tips: {blank} blank pages of {pages}");
    for n in 3 + tips..pages {
        assert!(
            common::pdf_page_text(pdf, n).trim().is_empty(),
            "{tips} tips: page {n} of {pages} is blank"
        );
    }
    assert!(
        common::pdf_page_text(pdf, 2 + tips).contains("Conseil") || tips == 1,
        "{tips} tips: the last tip comes before the blank pages"
    );
}

#[test]
fn a_booklet_folds_whatever_the_number_of_tips_with_the_default_layout_or_a_themes_own() {
    let site = Site::minimal();
    for tips in 1..=5 {
        if tips > 1 {
            common::add_capsules(&site, tips - 1);
        }
        site.build(&[]);
        assert_folds(&site.public().join("fr/booklet.pdf"), tips);
    }
    // A theme's own layout that leaves the counting to Vigie (only `blank_pages`) still folds.
    let layout = include_str!("../themes/default/leaflet/booklet.typ");
    let start = layout
        .find("  context {\n    let tips-end")
        .expect("the counting block");
    let end = start + layout[start..].find("\n  }\n").expect("its end") + 5;
    let counting_left_to_vigie = format!(
        "{}  for _ in range(data.blank_pages) {{ page(footer: none, [])\n  }}\n{}",
        &layout[..start],
        &layout[end..]
    );
    site.write("templates/leaflet/booklet.typ", &counting_left_to_vigie);
    for tips in [3, 4] {
        std::fs::remove_dir_all(site.path().join("content/capsules")).expect("remove capsules");
        site.write(
            "content/capsules/fermez/index.fr.md",
            "+++\ntitle = \"Fermez à clé\"\nkind = \"tip\"\ndate = 2026-11-20\n+++\nFermez toujours à clé.\n",
        );
        common::add_capsules(&site, tips - 1);
        site.build(&[]);
        assert_folds(&site.public().join("fr/booklet.pdf"), tips);
    }
}

#[test]
fn the_bulletin_page_holds_the_running_alerts_then_the_latest_tips_on_one_sheet() {
    let site = Site::example();
    let public = site.build(&[]);
    let folder = public.join("fr/bulletin");
    let index = html(&folder.join("index.html"));
    let items = common::attrs(&index, "ul.leaflets li a", "href");
    assert_eq!(
        items.len(),
        4,
        "[bulletin] capsules defaults to 4: {items:?}"
    );
    let kinds = common::attrs(&index, "ul.leaflets li", "class");
    assert_eq!(kinds[0], "kind-alert", "the running alert first: {kinds:?}");
    assert!(kinds[1..].iter().all(|k| k == "kind-tip"), "{kinds:?}");
    assert_eq!(
        common::attrs(&index, "a[href$='bulletin.pdf']", "href"),
        ["/fr/bulletin/bulletin.pdf"]
    );
    let pdf = folder.join("bulletin.pdf");
    let doc = load(&pdf);
    assert_eq!(doc.get_pages().len(), 1, "one page for the magazine");
    let page = doc.page_iter().next().expect("a page");
    assert_close(
        page_box(&doc, page, b"TrimBox"),
        [10.0, 10.0, 220.0, 307.0],
        "A4 bulletin: TrimBox",
    );
    // Each capsule's QR code leads to it, and one more to the site.
    let mut codes = qr_codes_one_by_one(&pdf, 300);
    codes.sort();
    let mut expected: Vec<String> = items
        .iter()
        .map(|href| format!("https://prevention.exemple.be{href}"))
        .collect();
    expected.push("https://prevention.exemple.be/fr/".into());
    expected.sort();
    assert_eq!(codes, expected);
    let leaflets = html(&public.join("fr/leaflets/index.html"));
    assert_eq!(
        common::attrs(&leaflets, "a[href='/fr/bulletin/']", "href").len(),
        1
    );
    // The zip for the magazine's layout person: per capsule its text, Markdown, photo and QR.
    assert_eq!(
        common::attrs(&index, "a[href$='bulletin.zip']", "href"),
        ["/fr/bulletin/bulletin.zip"]
    );
    let file = std::fs::File::open(folder.join("bulletin.zip")).expect("bulletin.zip");
    let mut zip = zip::ZipArchive::new(file).expect("a zip");
    let names: Vec<String> = (0..zip.len())
        .map(|i| zip.by_index(i).unwrap().name().unwrap().to_string())
        .collect();
    let read = |zip: &mut zip::ZipArchive<std::fs::File>, name: &str| {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut text).unwrap();
        text
    };
    assert_eq!(names[0], "README.txt");
    assert!(read(&mut zip, "README.txt").contains("bulletin.pdf"));
    let first = items[0]
        .trim_matches('/')
        .rsplit('/')
        .next()
        .unwrap()
        .to_string();
    let stem = format!("01-{first}");
    // The example's pictures are drawings: the photo comes as SVG, as the leaflets print it.
    for name in [".txt", ".md", ".svg", "-qr.svg"].map(|end| format!("{stem}{end}")) {
        assert!(names.contains(&name), "{name} not in {names:?}");
    }
    assert_eq!(names.len(), 1 + 4 * 4, "{names:?}");
    let url = format!("https://prevention.exemple.be{}", items[0]);
    let plain = read(&mut zip, &format!("{stem}.txt"));
    assert!(plain.trim_end().ends_with(&url), "{plain}");
    let markdown = read(&mut zip, &format!("{stem}.md"));
    assert!(
        markdown.starts_with("# ") && !markdown.contains("@/"),
        "{markdown}"
    );
    let drawing = read(&mut zip, &format!("{stem}.svg"));
    assert!(
        resvg::usvg::Tree::from_str(&drawing, &resvg::usvg::Options::default()).is_ok(),
        "the drawing is an SVG"
    );
    // The QR code, drawn from its SVG by resvg, leads to the capsule.
    let svg = read(&mut zip, &format!("{stem}-qr.svg"));
    let tree = resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default())
        .expect("the QR code is an SVG");
    let mut pixmap = resvg::tiny_skia::Pixmap::new(400, 400).unwrap();
    let scale = 400.0 / tree.size().width();
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    let gray = image::GrayImage::from_fn(400, 400, |x, y| {
        let p = pixmap.pixel(x, y).unwrap();
        // Transparent counts as white paper.
        image::Luma([if p.alpha() == 0 { 255 } else { p.red() }])
    });
    assert_eq!(common::qr_texts_in(gray), [url]);
    for value in ["0", "9"] {
        let site = Site::minimal();
        site.write(
            "site.toml",
            &format!("{MINIMAL_CONFIG}\n[bulletin]\ncapsules = {value}\n"),
        );
        let err = site.failed_build();
        assert!(
            err.contains("[bulletin] capsules") && err.contains("site.toml:16:"),
            "{value}: {err}"
        );
    }
}

#[test]
fn the_bulletin_markdown_leads_to_the_site_where_the_capsule_wrote_at_links() {
    let site = Site::minimal();
    site.write(
        "content/capsules/cles/index.fr.md",
        "+++\ntitle = \"Les clés\"\nkind = \"tip\"\ndate = 2026-11-25\n+++\nVoir [la porte](@/capsules/fermez) et [<b>ceci</b>](@/capsules/fermez \"titre\").\n",
    );
    let public = site.build(&[]);
    let file = std::fs::File::open(public.join("fr/bulletin/bulletin.zip")).expect("bulletin.zip");
    let mut zip = zip::ZipArchive::new(file).expect("a zip");
    let mut markdown = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("01-cles.md").unwrap(), &mut markdown).unwrap();
    assert!(
        markdown.contains(
            "Voir [la porte](https://prevention.test.be/fr/capsules/fermez/) et \
             [<b>ceci</b>](https://prevention.test.be/fr/capsules/fermez/ \"titre\")."
        ),
        "{markdown}"
    );
}
