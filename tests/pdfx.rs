//! PDF/X-4 (ISO 15930-7), requirement by requirement: no open validator checks a PDF/X-4 file
//! whole, so each PDF the example site prints (leaflets, booklets, posters, the bulletin page)
//! is read back with lopdf and its XMP with quick-xml, independently of Vigie's own check.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{assert_error_at, stderr, Site, MINIMAL_CONFIG};
use lopdf::{Dictionary, Document, Object};

fn print_pdfs(public: &Path) -> Vec<PathBuf> {
    common::files(public)
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "pdf"))
        .map(|f| public.join(f))
        .collect()
}

fn load(path: &Path) -> Document {
    Document::load(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn dictionary<'a>(doc: &'a Document, object: &'a Object) -> &'a Dictionary {
    match object {
        Object::Reference(id) => doc.get_dictionary(*id).expect("a dictionary"),
        Object::Dictionary(d) => d,
        other => panic!("not a dictionary: {other:?}"),
    }
}

fn text(object: &Object) -> String {
    lopdf::decode_text_string(object).unwrap_or_else(|e| panic!("{object:?}: {e}"))
}

fn info(doc: &Document) -> &Dictionary {
    dictionary(doc, doc.trailer.get(b"Info").expect("an Info dictionary"))
}

/// The XMP properties as (namespace, name) to text, the namespaces resolved.
fn xmp(doc: &Document) -> BTreeMap<(String, String), String> {
    use quick_xml::events::Event;
    use quick_xml::name::ResolveResult;
    let catalog = doc.catalog().expect("catalogue");
    let id = catalog
        .get(b"Metadata")
        .and_then(Object::as_reference)
        .expect("XMP metadata");
    let stream = doc
        .get_object(id)
        .and_then(Object::as_stream)
        .expect("a stream");
    let bytes = stream
        .decompressed_content()
        .unwrap_or_else(|_| stream.content.clone());
    let xml = String::from_utf8(bytes).expect("UTF-8 XMP");
    let mut reader = quick_xml::NsReader::from_str(&xml);
    let mut open: Vec<(String, String)> = Vec::new();
    let mut found = BTreeMap::new();
    let mut value = String::new();
    loop {
        match reader.read_resolved_event().expect("well-formed XMP") {
            (ns, Event::Start(e)) => {
                let ns = match ns {
                    ResolveResult::Bound(ns) => ns.into_inner().to_string(),
                    _ => String::new(),
                };
                open.push((ns, e.local_name().into_inner().to_string()));
            }
            (_, Event::Text(t)) => value.push_str(&t.xml10_content()),
            (_, Event::GeneralRef(r)) => match r.resolve_char_ref() {
                Ok(Some(c)) => value.push(c),
                _ => value.push_str(match &*r.xml10_content() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    _ => "'",
                }),
            },
            (_, Event::End(_)) => {
                // A property's value, or that of the rdf:li inside it.
                let property = open
                    .iter()
                    .rev()
                    .find(|(ns, _)| ns != "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
                if let (Some(property), false) = (property, value.trim().is_empty()) {
                    found
                        .entry(property.clone())
                        .or_insert(value.trim().to_string());
                }
                value.clear();
                open.pop();
            }
            (_, Event::Eof) => break,
            _ => {}
        }
    }
    found
}

const PDFXID: &str = "http://www.npes.org/pdfx/ns/id/";
const PDF: &str = "http://ns.adobe.com/pdf/1.3/";
const XMP: &str = "http://ns.adobe.com/xap/1.0/";
const XMP_MM: &str = "http://ns.adobe.com/xap/1.0/mm/";
const DC: &str = "http://purl.org/dc/elements/1.1/";

fn key(ns: &str, name: &str) -> (String, String) {
    (ns.to_string(), name.to_string())
}

/// `D:20260801000000Z` (or with an offset) as XMP writes it, `2026-08-01T00:00:00Z`.
fn xmp_date(pdf_date: &str) -> String {
    let d = pdf_date.strip_prefix("D:").expect("a PDF date");
    let zone = match &d[14..] {
        "Z" | "" => "Z".to_string(),
        z => z.replace('\'', ":").trim_end_matches(':').to_string(),
    };
    format!(
        "{}-{}-{}T{}:{}:{}{zone}",
        &d[..4],
        &d[4..6],
        &d[6..8],
        &d[8..10],
        &d[10..12],
        &d[12..14]
    )
}

/// Every name anywhere in an object: colour spaces hide in resources, images, groups and
/// shadings.
fn names<'a>(object: &'a Object, out: &mut Vec<&'a [u8]>) {
    match object {
        Object::Name(n) => out.push(n),
        Object::Array(items) => items.iter().for_each(|i| names(i, out)),
        Object::Dictionary(d) => d.iter().for_each(|(_, v)| names(v, out)),
        Object::Stream(s) => s.dict.iter().for_each(|(_, v)| names(v, out)),
        _ => {}
    }
}

fn content_operators(bytes: &[u8]) -> Vec<String> {
    lopdf::content::Content::decode(bytes)
        .expect("a content stream")
        .operations
        .into_iter()
        .map(|op| op.operator)
        .collect()
}

/// Checks one PDF against the requirements of PDF/X-4 that can be read from its objects.
fn assert_pdfx4(path: &Path, identifier: &str) {
    let at = path.display();
    let doc = load(path);
    assert_eq!(doc.version, "1.6", "{at}: PDF/X-4 is PDF 1.6");

    // One output intent, with the CMYK output profile embedded.
    let catalog = doc.catalog().expect("catalogue");
    let intents = catalog
        .get(b"OutputIntents")
        .and_then(Object::as_array)
        .unwrap_or_else(|_| panic!("{at}: no OutputIntents"));
    assert_eq!(intents.len(), 1, "{at}");
    let intent = dictionary(&doc, &intents[0]);
    assert_eq!(
        intent.get(b"S").and_then(Object::as_name).ok(),
        Some(&b"GTS_PDFX"[..])
    );
    assert_eq!(
        text(
            intent
                .get(b"OutputConditionIdentifier")
                .expect("identifier")
        ),
        identifier
    );
    assert!(!text(intent.get(b"Info").expect("Info")).is_empty(), "{at}");
    if identifier == "FOGRA39" {
        assert_eq!(
            text(intent.get(b"RegistryName").expect("registry")),
            "http://www.color.org"
        );
    }
    let profile = doc
        .get_object(
            intent
                .get(b"DestOutputProfile")
                .and_then(Object::as_reference)
                .expect("profile"),
        )
        .and_then(Object::as_stream)
        .expect("a profile stream");
    assert_eq!(
        profile.dict.get(b"N").and_then(Object::as_i64).ok(),
        Some(4),
        "{at}"
    );
    let icc = profile
        .decompressed_content()
        .expect("the profile inflates");
    assert_eq!(&icc[36..40], b"acsp", "{at}: an ICC profile");
    assert_eq!(&icc[12..16], b"prtr", "{at}: an output profile");
    assert_eq!(&icc[16..20], b"CMYK", "{at}: of CMYK");
    assert!(
        icc[8] <= 4,
        "{at}: ICC version {} is beyond PDF 1.6",
        icc[8]
    );

    // XMP and the Info dictionary say the same.
    let info = info(&doc);
    let xmp = xmp(&doc);
    assert_eq!(
        xmp.get(&key(PDFXID, "GTS_PDFXVersion")).map(String::as_str),
        Some("PDF/X-4"),
        "{at}: {xmp:?}"
    );
    assert_eq!(
        text(
            info.get(b"GTS_PDFXVersion")
                .expect("GTS_PDFXVersion in Info")
        ),
        "PDF/X-4"
    );
    assert_eq!(
        info.get(b"Trapped").and_then(Object::as_name).ok(),
        Some(&b"False"[..]),
        "{at}"
    );
    assert_eq!(
        xmp.get(&key(PDF, "Trapped")).map(String::as_str),
        Some("False"),
        "{at}"
    );
    assert_eq!(
        xmp.get(&key(XMP_MM, "RenditionClass")).map(String::as_str),
        Some("default")
    );
    for id in ["DocumentID", "InstanceID", "VersionID"] {
        assert!(xmp.contains_key(&key(XMP_MM, id)), "{at}: no xmpMM:{id}");
    }
    let title = text(info.get(b"Title").expect("a title"));
    assert!(!title.is_empty(), "{at}");
    assert_eq!(xmp.get(&key(DC, "title")), Some(&title), "{at}");
    assert_eq!(
        xmp.get(&key(XMP, "CreatorTool")),
        Some(&text(info.get(b"Creator").expect("creator")))
    );
    let created = text(info.get(b"CreationDate").expect("a creation date"));
    let modified = text(info.get(b"ModDate").expect("a modification date"));
    assert_eq!(
        xmp.get(&key(XMP, "CreateDate")),
        Some(&xmp_date(&created)),
        "{at}"
    );
    assert_eq!(
        xmp.get(&key(XMP, "ModifyDate")),
        Some(&xmp_date(&modified)),
        "{at}"
    );
    assert!(xmp.contains_key(&key(XMP, "MetadataDate")), "{at}");

    // A trailer ID of two strings.
    let ids = doc
        .trailer
        .get(b"ID")
        .and_then(Object::as_array)
        .expect("a trailer ID");
    assert_eq!(ids.len(), 2);
    assert!(ids
        .iter()
        .all(|i| matches!(i, Object::String(s, _) if !s.is_empty())));

    // Never DeviceRGB: not in any object, not as the rg/RG operators of a content stream.
    for (id, object) in &doc.objects {
        let mut found = Vec::new();
        names(object, &mut found);
        assert!(
            !found.contains(&&b"DeviceRGB"[..]),
            "{at}: object {id:?} names DeviceRGB"
        );
        if let Ok(descriptor) = object.as_dict() {
            if descriptor.get(b"Type").and_then(Object::as_name).ok() == Some(b"FontDescriptor") {
                assert!(
                    [&b"FontFile"[..], b"FontFile2", b"FontFile3"]
                        .iter()
                        .any(|k| descriptor.has(k)),
                    "{at}: a font is not embedded"
                );
            }
        }
        if let Ok(stream) = object.as_stream() {
            if stream.dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Form") {
                let bytes = stream
                    .decompressed_content()
                    .unwrap_or_else(|_| stream.content.clone());
                let ops = content_operators(&bytes);
                assert!(
                    !ops.iter().any(|o| o == "rg" || o == "RG"),
                    "{at}: DeviceRGB in a form"
                );
            }
        }
    }
    for (number, page) in doc.get_pages() {
        let ops = content_operators(&doc.get_page_content(page).expect("page content"));
        assert!(
            !ops.iter().any(|o| o == "rg" || o == "RG"),
            "{at}: DeviceRGB on page {number}"
        );
        let page = doc.get_dictionary(page).expect("page");
        assert!(
            page.has(b"TrimBox") && page.has(b"BleedBox"),
            "{at}: page {number} boxes"
        );
        assert!(!page.has(b"Annots"), "{at}: an annotation on page {number}");
    }
}

#[test]
fn every_print_pdf_of_the_example_site_is_pdf_x_4() {
    let site = Site::example();
    let public = site.build(&[]);
    let pdfs = print_pdfs(&public);
    for kind in ["leaflet.pdf", "poster.pdf", "booklet.pdf", "bulletin.pdf"] {
        assert!(
            pdfs.iter().any(|p| p.ends_with(kind)),
            "the example site prints a {kind}"
        );
    }
    for pdf in &pdfs {
        assert_pdfx4(pdf, "FOGRA39");
    }
}

#[test]
fn standard_none_writes_plain_pdf_and_switching_typesets_again() {
    let site = Site::minimal();
    let config = |print: &str| {
        site.write(
            "site.toml",
            &format!("{MINIMAL_CONFIG}\n[print]\n{print}\n"),
        )
    };
    config("standard = \"none\"");
    let leaflet = site.build(&[]).join("fr/capsules/fermez/leaflet.pdf");
    let plain = load(&leaflet);
    assert_eq!(plain.version, "1.7");
    assert!(!plain.catalog().expect("catalogue").has(b"OutputIntents"));
    assert!(!info(&plain).has(b"GTS_PDFXVersion"));

    // The cache is keyed by the standard: the same capsule is not taken back as plain PDF.
    config("standard = \"pdf/x-4\"");
    site.build(&[]);
    assert_pdfx4(&leaflet, "FOGRA39");
}

#[test]
fn a_print_shops_own_profile_is_embedded() {
    let site = Site::minimal();
    let shipped =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src/print/profiles/ISOcoated_v2_300_bas.icc");
    site.write_bytes(
        "impression/imprimeur.icc",
        &std::fs::read(shipped).expect("the profile"),
    );
    site.write(
        "site.toml",
        &format!("{MINIMAL_CONFIG}\n[print]\nprofile = \"impression/imprimeur.icc\"\n"),
    );
    let public = site.build(&[]);
    for pdf in print_pdfs(&public) {
        assert_pdfx4(&pdf, "Custom");
        let doc = load(&pdf);
        let intents = doc
            .catalog()
            .expect("catalogue")
            .get(b"OutputIntents")
            .and_then(Object::as_array)
            .expect("intents");
        let intent = dictionary(&doc, &intents[0]);
        assert_eq!(
            text(intent.get(b"Info").expect("Info")),
            "ISO Coated v2 300% (basICColor)"
        );
    }
}

#[test]
fn a_profile_that_is_missing_outside_or_not_cmyk_output_is_named_in_site_toml() {
    let outside = tempfile::tempdir().expect("a folder outside the site");
    let shipped = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src/print/profiles/ISOcoated_v2_300_bas.icc"),
    )
    .expect("the profile");
    std::fs::write(outside.path().join("shop.icc"), &shipped).expect("write");
    let srgb = lcms2::Profile::new_srgb().icc().expect("an sRGB profile");
    let link = lcms2::Profile::ink_limiting(lcms2::ColorSpaceSignature::CmykData, 300.0)
        .and_then(|p| p.icc())
        .expect("a device link");
    let outside_path = outside.path().join("shop.icc").display().to_string();
    let cases: Vec<(&str, Option<Vec<u8>>, &str)> = vec![
        (
            "missing.icc",
            None,
            "there is no file `missing.icc` in the site",
        ),
        (
            "../shop.icc",
            None,
            "there is no file `../shop.icc` in the site",
        ),
        (&outside_path, None, ""),
        ("link.icc", None, ""),
        ("print", None, "there is no file `print` in the site"),
        (
            "notes.icc",
            Some(b"not a profile at all".to_vec()),
            "`notes.icc` is not an ICC colour profile",
        ),
        (
            "half.icc",
            Some(shipped[..5000].to_vec()),
            "`half.icc` is cut short: 5000 bytes of the 1052612 its header announces",
        ),
        (
            "srgb.icc",
            Some(srgb),
            "`srgb.icc` is a profile of class mntr for RGB, not one of a CMYK printing condition",
        ),
        (
            "ink.icc",
            Some(link),
            "`ink.icc` is a profile of class link for CMYK, not one of a CMYK printing condition",
        ),
    ];
    for (name, bytes, message) in cases {
        let site = Site::minimal();
        std::fs::create_dir_all(site.path().join("print")).expect("a folder");
        #[cfg(unix)]
        std::os::unix::fs::symlink(
            outside.path().join("shop.icc"),
            site.path().join("link.icc"),
        )
        .expect("a link out of the site");
        if let Some(bytes) = &bytes {
            site.write_bytes(name, bytes);
        }
        let escaped = name.replace('\\', "\\\\");
        site.write(
            "site.toml",
            &format!("{MINIMAL_CONFIG}\n[print]\nprofile = \"{escaped}\"\n"),
        );
        let err = site.failed_build();
        let message = if message.is_empty() {
            format!("there is no file `{name}` in the site")
        } else {
            message.to_string()
        };
        let line = MINIMAL_CONFIG.lines().count() + 3;
        assert_error_at(&err, &message, &format!("site.toml:{line}:11"));
        assert!(err.contains("= help: "), "{err}");
    }
    let site = Site::minimal();
    site.write(
        "site.toml",
        &format!("{MINIMAL_CONFIG}\n[print]\nstandard = \"pdf/x-1a\"\n"),
    );
    let err = stderr(&site.vigie(&["build", "--now", common::NOW]));
    assert!(
        err.contains("pdf/x-4") && err.contains("site.toml:"),
        "{err}"
    );
}

#[test]
fn a_layout_that_links_on_the_sheet_is_refused_for_pdf_x() {
    let site = Site::minimal();
    site.write(
        "templates/leaflet/leaflet.typ",
        "#let leaflet(data) = {\n  set document(date: datetime(year: 2026, month: 1, day: 1))\n  link(\"https://example.org\")[click]\n}\n",
    );
    let err = site.failed_build();
    assert!(err.contains("leaflet.typ"), "{err}");
    assert!(err.contains("link()"), "{err}");
}

/// A photo of the colours that need the most ink: saturated patches, a dark brown, black.
fn saturated_photo(width: u16, height: u16) -> Vec<u8> {
    let patches: [[u8; 3]; 6] = [
        [0, 0, 0],
        [40, 20, 10],
        [200, 0, 0],
        [0, 60, 160],
        [0, 120, 0],
        [20, 0, 60],
    ];
    let mut pixels = Vec::with_capacity(usize::from(width) * usize::from(height) * 3);
    for y in 0..height {
        for x in 0..width {
            let patch = usize::from(x) * patches.len() / usize::from(width);
            let shade = if y < height / 2 {
                patches[patch]
            } else {
                [255, 255, 255]
            };
            pixels.extend_from_slice(&shade);
        }
    }
    let mut out = Vec::new();
    jpeg_encoder::Encoder::new(&mut out, 95)
        .encode(&pixels, width, height, jpeg_encoder::ColorType::Rgb)
        .expect("encode");
    out
}

/// A capsule `slug` titled `title` whose photo is `width` pixels wide (3:2).
fn with_photo(site: &Site, slug: &str, title: &str, width: u16) {
    site.write_bytes(
        &format!("content/capsules/{slug}/photo.jpg"),
        &saturated_photo(width, width / 3 * 2),
    );
    site.write(
        &format!("content/capsules/{slug}/index.fr.md"),
        &format!("+++\ntitle = \"{title}\"\nkind = \"tip\"\ndate = 2026-11-20\n\n[image]\nsrc = \"photo.jpg\"\nalt = \"Des couleurs\"\n+++\nFermez toujours à clé.\n"),
    );
}

/// The number of components of a JPEG's frame: 4 for CMYK (or YCCK).
fn jpeg_components(jpeg: &[u8]) -> u8 {
    let mut at = 2;
    while at + 9 < jpeg.len() {
        let marker = jpeg[at + 1];
        let length = usize::from(u16::from_be_bytes([jpeg[at + 2], jpeg[at + 3]]));
        if (0xC0..=0xCF).contains(&marker) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
            return jpeg[at + 9];
        }
        at += 2 + length;
    }
    panic!("no frame in the JPEG")
}

#[test]
fn photos_are_separated_into_cmyk_within_300_percent_of_ink() {
    let site = Site::minimal();
    with_photo(&site, "fermez", "Fermez à clé", 2400);
    let public = site.build(&[]);
    let folder = public.join("fr/capsules/fermez");
    for pdf in [
        folder.join("leaflet.pdf"),
        folder.join("poster.pdf"),
        public.join("fr/bulletin/bulletin.pdf"),
    ] {
        let at = pdf.display();
        assert_pdfx4(&pdf, "FOGRA39");
        // Every image is a CMYK JPEG, at 300 ppi or at the whole source's width when that is less.
        let list = Command::new("pdfimages")
            .arg("-list")
            .arg(&pdf)
            .output()
            .expect("pdfimages");
        let list = String::from_utf8_lossy(&list.stdout).into_owned();
        let images: Vec<Vec<&str>> = list
            .lines()
            .skip(2)
            .map(|l| l.split_whitespace().collect())
            .collect();
        assert!(!images.is_empty(), "{at}: no image");
        for image in &images {
            assert_eq!(
                (image[5], image[6], image[8]),
                ("cmyk", "4", "jpeg"),
                "{at}: {image:?}"
            );
            let (width, ppi): (u32, u32) = (
                image[3].parse().expect("width"),
                image[12].parse().expect("ppi"),
            );
            assert!(ppi >= 299 || width == 2400, "{at}: {width} px at {ppi} ppi");
        }
        // The inks on the printed sheet (the trim), as Ghostscript separates it.
        let raster = site.path().join("sheet.cmyk");
        let gs = Command::new("gs")
            .args([
                "-q",
                "-dNOPAUSE",
                "-dBATCH",
                "-dSAFER",
                "-sDEVICE=bitcmyk",
                "-dGrayValues=256",
                "-r100",
                "-dUseTrimBox",
            ])
            .arg(format!("-sOutputFile={}", raster.display()))
            .arg(&pdf)
            .status()
            .expect("Ghostscript (Debian's ghostscript package)");
        assert!(gs.success(), "{at}: gs");
        let inks = std::fs::read(&raster).expect("the raster");
        let most = inks
            .chunks_exact(4)
            .map(|p| p.iter().map(|&v| u32::from(v)).sum::<u32>())
            .max()
            .expect("pixels");
        assert!(
            most * 100 <= 300 * 255,
            "{at}: {:.1} % of ink",
            f64::from(most) * 100.0 / 255.0
        );
        assert!(
            most * 100 > 250 * 255,
            "{at}: the dark patches carry ink ({most})"
        );
    }
    // The layout person gets the same CMYK photo.
    let file = std::fs::File::open(public.join("fr/bulletin/bulletin.zip")).expect("bulletin.zip");
    let mut zip = zip::ZipArchive::new(file).expect("a zip");
    let name = zip
        .file_names()
        .flatten()
        .find(|n| n.ends_with(".jpg"))
        .expect("a photo")
        .to_string();
    let mut photo = Vec::new();
    std::io::Read::read_to_end(&mut zip.by_name(&name).expect("the photo"), &mut photo)
        .expect("read");
    assert_eq!(jpeg_components(&photo), 4, "{name} is CMYK");

    // Plain PDF keeps the photo in RGB.
    site.write(
        "site.toml",
        &format!("{MINIMAL_CONFIG}\n[print]\nstandard = \"none\"\n"),
    );
    site.build(&[]);
    let list = Command::new("pdfimages")
        .arg("-list")
        .arg(folder.join("leaflet.pdf"))
        .output()
        .expect("pdfimages");
    assert!(
        String::from_utf8_lossy(&list.stdout).contains(" icc "),
        "RGB, ICC-tagged"
    );
}

#[test]
fn the_leaflets_page_and_check_say_which_pieces_are_ready_for_print() {
    let site = Site::minimal();
    with_photo(&site, "fermez", "Fermez à clé", 2400);
    with_photo(&site, "petite", "Une petite photo", 800);
    let long =
        "Fermez la porte à double tour chaque soir, même pour une courte absence. ".repeat(150);
    site.write(
        "content/capsules/longue/index.fr.md",
        &format!("+++\ntitle = \"Un long texte\"\nkind = \"tip\"\ndate = 2026-11-19\n[leaflet]\nshort = \"Fermez à clé.\"\n+++\n{long}\n"),
    );
    let public = site.build(&[]);
    let page = common::html(&public.join("fr/leaflets/index.html"));
    let standard = common::text_of(&page, ".standard");
    assert!(
        standard.contains("PDF/X-4")
            && standard.contains("ISO Coated v2 300% (basICColor), compact"),
        "{standard}"
    );
    let item = |title: &str| {
        common::select(&page, ".leaflets li")
            .into_iter()
            .find(|li| li.text().collect::<String>().contains(title))
            .unwrap_or_else(|| panic!("{title} is listed"))
    };
    let notes = |title: &str, class: &str| -> Vec<String> {
        let selector = scraper::Selector::parse(class).expect("selector");
        item(title)
            .select(&selector)
            .map(|e| e.text().collect())
            .collect()
    };
    assert_eq!(
        notes("Fermez à clé", ".print-ready"),
        ["prêt pour l’impression"]
    );
    assert!(notes("Fermez à clé", ".print-warn").is_empty());
    assert!(notes("Une petite photo", ".print-ready").is_empty());
    assert_eq!(
        notes("Une petite photo", ".print-warn"),
        [
            "photo à 137 dpi sur le dépliant A5, l’imprimeur en demande 300",
            "photo à 68 dpi sur l’affiche A3, l’imprimeur en demande 150",
        ]
    );
    assert!(notes("Un long texte", ".print-ready").is_empty());
    assert_eq!(
        notes("Un long texte", ".print-warn"),
        ["texte trop long pour le dépliant, qui imprime le texte court"]
    );
    // Rebuilt from the cache, nothing typeset again, the page still knows which text fell back.
    let public = site.build(&[]);
    let again = common::html(&public.join("fr/leaflets/index.html"));
    assert_eq!(again.html(), page.html());
    // Made short enough, the text is printed whole again and the warning goes.
    site.write(
        "content/capsules/longue/index.fr.md",
        "+++\ntitle = \"Un long texte\"\nkind = \"tip\"\ndate = 2026-11-19\n+++\nFermez à clé.\n",
    );
    let public = site.build(&[]);
    let page = common::html(&public.join("fr/leaflets/index.html"));
    let item = common::select(&page, ".leaflets li")
        .into_iter()
        .find(|li| li.text().collect::<String>().contains("Un long texte"))
        .expect("listed");
    let ready = scraper::Selector::parse(".print-ready").expect("selector");
    assert_eq!(item.select(&ready).count(), 1);

    let out = site.vigie(&["check", "--now", common::NOW]);
    let err = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
    assert!(err.contains("the photo prints at 68 dpi across the A3 poster; for a poster read from a metre or more, print shops want 150"), "{err}");
    assert!(!err.contains("across the A3 poster; for a poster read from a metre or more, print shops want 150\n  --> content/capsules/fermez"), "{err}");

    site.write(
        "site.toml",
        &format!("{MINIMAL_CONFIG}\n[print]\nstandard = \"none\"\n"),
    );
    let public = site.build(&[]);
    let page = common::html(&public.join("fr/leaflets/index.html"));
    assert!(common::text_of(&page, ".standard").contains("PDF 1.7"));
}
