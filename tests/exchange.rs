//! Capsules offered to other sites: `exchange.json`, read back with a JSON parser and checked
//! against its published schema.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use common::{assert_error_at, exif_rotated_with_gps, jpeg, stderr, Site, MINIMAL_CONFIG};
use serde_json::Value;

const SHARING: &str = "\n[exchange]\nshare = true\n";

/// A sharing site with a capsule of each fate: offered (with a picture, two languages and a
/// link to another capsule; without), draft, scheduled, ended, kept back with `share = false`.
fn sharing_site() -> Site {
    let site = Site::empty();
    site.write("site.toml", &format!("{MINIMAL_CONFIG}{SHARING}"));
    site.write_bytes(
        "content/capsules/fermez/photo.jpg",
        &jpeg(2000, 1000, Some(&exif_rotated_with_gps())),
    );
    site.write(
        "content/capsules/fermez/index.fr.md",
        "+++\ntitle = \"Fermez à clé\"\nkind = \"tip\"\ndate = 2026-11-20\ntags = [\"porte\"]\n\
         [image]\nsrc = \"photo.jpg\"\nalt = \"Une porte fermée\"\ncredit = \"Zone de police\"\n\
         [leaflet]\nheadline = \"Même pour cinq minutes\"\n+++\n\
         Fermez toujours à clé. Voyez aussi [le vélo](@/capsules/velo#cadenas).\n",
    );
    site.write(
        "content/capsules/fermez/index.nl.md",
        "+++\ntitle = \"Sluit af\"\n[image]\nalt = \"Een gesloten deur\"\n+++\nSluit altijd af.\n",
    );
    site.write(
        "content/capsules/velo/index.fr.md",
        "+++\ntitle = \"Le vélo <b>aussi</b> & \\\"le reste\\\"\"\nkind = \"tip\"\ndate = 2026-11-10\n+++\n## Cadenas\n\nUn bon cadenas.\n",
    );
    site.write(
        "content/capsules/brouillon/index.fr.md",
        "+++\ntitle = \"Pas fini\"\nkind = \"tip\"\ndate = 2026-11-01\ndraft = true\n+++\nEn cours.\n",
    );
    site.write(
        "content/capsules/plus-tard/index.fr.md",
        "+++\ntitle = \"Plus tard\"\nkind = \"tip\"\ndate = 2027-01-10\n+++\nBientôt.\n",
    );
    site.write(
        "content/capsules/fini/index.fr.md",
        "+++\ntitle = \"Alerte finie\"\nkind = \"alert\"\ndate = 2026-11-01\nexpires = 2026-11-10\nprivacy_reviewed = true\n+++\nC'est fini.\n",
    );
    site.write(
        "content/capsules/a-nous/index.fr.md",
        "+++\ntitle = \"Rien que pour nous\"\nkind = \"news\"\ndate = 2026-11-15\nprivacy_reviewed = true\nshare = false\n+++\nLocal.\n",
    );
    site
}

fn read_json(path: &Path) -> Value {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_slice(&bytes).expect("exchange.json is JSON")
}

fn offered(exchange: &Value) -> BTreeMap<String, Value> {
    exchange["capsules"]
        .as_array()
        .expect("capsules")
        .iter()
        .map(|c| (c["slug"].as_str().expect("slug").to_string(), c.clone()))
        .collect()
}

/// Validates `file` against docs/exchange.schema.json with Python's `jsonschema` (Draft
/// 2020-12, formats checked), installed by `.ci/run`.
fn assert_valid_against_schema(file: &Path) {
    let schema = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/exchange.schema.json");
    let script = "import json, sys, jsonschema\n\
        schema = json.load(open(sys.argv[1]))\n\
        jsonschema.Draft202012Validator.check_schema(schema)\n\
        v = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())\n\
        errors = [f'{list(e.absolute_path)}: {e.message}' for e in v.iter_errors(json.load(open(sys.argv[2])))]\n\
        print('\\n'.join(errors)); sys.exit(1 if errors else 0)\n";
    let out = Command::new("python3")
        .args(["-c", script])
        .arg(&schema)
        .arg(file)
        .output()
        .expect("python3 (with python3-jsonschema, installed by .ci/run)");
    assert!(
        out.status.success(),
        "{} does not follow the schema:\n{}{}",
        file.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_sharing_site_offers_what_is_published_with_its_translations_picture_and_credit() {
    let site = sharing_site();
    let public = site.build(&[]);
    let file = public.join("exchange.json");
    let exchange = read_json(&file);
    assert_eq!(exchange["format"], "vigie-exchange");
    assert_eq!(exchange["version"], 1);
    assert_eq!(exchange["site"]["url"], "https://prevention.test.be/");
    assert_eq!(exchange["site"]["publisher"], "Commune de Test");
    assert_eq!(
        exchange["site"]["languages"],
        serde_json::json!(["fr", "nl"])
    );
    let capsules = offered(&exchange);
    assert_eq!(
        capsules.keys().collect::<Vec<_>>(),
        ["fermez", "velo"],
        "drafts, scheduled and ended capsules and share = false are not offered"
    );

    let fermez = &capsules["fermez"];
    assert_eq!(fermez["kind"], "tip");
    assert_eq!(fermez["licence"], "CC-BY-4.0");
    assert_eq!(fermez["publisher"], "Commune de Test");
    assert_eq!(fermez["tags"], serde_json::json!(["porte"]));
    let texts = fermez["translations"].as_array().expect("translations");
    let langs: Vec<&str> = texts.iter().map(|t| t["lang"].as_str().unwrap()).collect();
    assert_eq!(langs, ["fr", "nl"]);
    let fr = &texts[0];
    assert_eq!(fr["title"], "Fermez à clé");
    assert_eq!(fr["url"], "https://prevention.test.be/fr/capsules/fermez/");
    assert_eq!(fr["image_alt"], "Une porte fermée");
    assert_eq!(fr["image_credit"], "Zone de police");
    assert_eq!(fr["leaflet"]["headline"], "Même pour cinq minutes");
    assert_eq!(
        fr["body"],
        "Fermez toujours à clé. Voyez aussi [le vélo](https://prevention.test.be/fr/capsules/velo/#cadenas).",
        "the body is the Markdown, its @/ link made an address on the offering site"
    );
    assert_eq!(texts[1]["image_alt"], "Een gesloten deur");
    assert_eq!(texts[1]["body"], "Sluit altijd af.");

    // The picture: the widest JPEG the site publishes (the photo is turned upright by its
    // EXIF orientation, so 1000 × 2000), re-encoded without the EXIF and GPS.
    let picture = &fermez["picture"];
    assert_eq!(picture["media_type"], "image/jpeg");
    let size = (picture["width"].as_u64(), picture["height"].as_u64());
    assert_eq!(size, (Some(1000), Some(2000)));
    let url = picture["url"].as_str().expect("picture url");
    let path = url
        .strip_prefix("https://prevention.test.be/")
        .expect("on the site");
    let bytes = std::fs::read(public.join(path)).expect("the picture is published");
    let decoded = image::load_from_memory(&bytes).expect("a picture");
    assert_eq!((decoded.width(), decoded.height()), (1000, 2000));
    assert!(!bytes.windows(6).any(|w| w == b"Exif\0\0"), "no metadata");

    // Markup in a title is data: JSON gives it back as written.
    let velo = &capsules["velo"];
    assert_eq!(
        velo["translations"][0]["title"],
        "Le vélo <b>aussi</b> & \"le reste\""
    );
    assert!(velo.get("picture").is_none());
    assert_valid_against_schema(&file);
}

#[test]
fn a_version_changes_when_and_only_when_its_capsule_does() {
    let site = sharing_site();
    let first = read_json(&site.build(&[]).join("exchange.json"));
    let again = read_json(&site.build(&[]).join("exchange.json"));
    assert_eq!(first, again, "nothing changed, nothing differs");
    site.write(
        "content/capsules/velo/index.fr.md",
        "+++\ntitle = \"Le vélo aussi\"\nkind = \"tip\"\ndate = 2026-11-10\n+++\nUn bon cadenas, en U.\n",
    );
    let edited = read_json(&site.build(&[]).join("exchange.json"));
    let version = |e: &Value, slug: &str| offered(e)[slug]["version"].clone();
    assert_ne!(version(&first, "velo"), version(&edited, "velo"));
    assert_eq!(version(&first, "fermez"), version(&edited, "fermez"));
    // A new picture is a new version too.
    site.write_bytes("content/capsules/fermez/photo.jpg", &jpeg(2400, 900, None));
    let repictured = read_json(&site.build(&[]).join("exchange.json"));
    assert_ne!(version(&edited, "fermez"), version(&repictured, "fermez"));
    assert_eq!(offered(&repictured)["fermez"]["picture"]["width"], 1600);
    assert_eq!(offered(&repictured)["fermez"]["picture"]["height"], 600);
}

#[test]
fn nothing_is_offered_unless_the_site_shares_nor_from_an_offline_copy() {
    let site = Site::minimal();
    assert!(!site.build(&[]).join("exchange.json").exists());
    let site = sharing_site();
    assert!(!site.build(&["--offline"]).join("exchange.json").exists());
}

#[test]
fn hostile_exchange_settings_are_refused_where_they_are_written() {
    for (value, what) in [
        ("\"<script>alert(1)</script>\"", "markup"),
        ("\"\"", "empty"),
        ("\"CC-BY-4.0\\nX-Injected: 1\"", "a line break"),
    ] {
        let site = Site::minimal();
        site.write(
            "site.toml",
            &format!("{MINIMAL_CONFIG}\n[exchange]\nshare = true\nlicence = {value}\n"),
        );
        let err = site.failed_build();
        assert_error_at(
            &err,
            "the exchange licence is not an SPDX licence identifier",
            "site.toml:17:11",
        );
        assert!(
            err.contains("CC0-1.0"),
            "{what}: the hint names licences:\n{err}"
        );
    }
    let site = Site::minimal();
    site.write(
        "site.toml",
        &format!("{MINIMAL_CONFIG}\n[exchange]\nshare = \"yes\"\n"),
    );
    let out = site.vigie(&["build", "--now", common::NOW]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("site.toml:16:9"), "{}", stderr(&out));
    let site = Site::minimal();
    site.write(
        "content/capsules/fermez/index.fr.md",
        "+++\ntitle = \"Fermez\"\nkind = \"tip\"\ndate = 2026-11-20\nshare = 1\n+++\nTexte.\n",
    );
    let err = site.failed_build();
    assert!(err.contains("index.fr.md:5:9"), "{err}");
}
