//! The workbench's API against a real `vigie serve` on a free port: what the browser's form
//! does, request by request, and what must be refused.

mod common;

use serde_json::json;

use common::server::{Reply, Server};
use common::{select, Site};

const CAPSULE: &str = "content/capsules/fermez/index.fr.md";

/// A capsule written by hand, with comments and an order of its own.
const BY_HAND: &str = "+++\n# Relu par Claire le 12/11\ntitle = \"Fermez à clé\"   # court !\nkind = \"tip\"\ndate = 2026-11-20\ntags = [\"maison\",   \"vacances\"]\n\n[leaflet]\ncta = \"Appelez-nous\"  # pour la campagne d'hiver\n+++\nFermez toujours à clé.\n\nMême pour cinq minutes.\n";

fn site_by_hand() -> Site {
    let site = Site::minimal();
    site.write(CAPSULE, BY_HAND);
    site
}

fn save_edited(server: &Server, slug: &str, edit: impl FnOnce(&mut serde_json::Value)) -> Reply {
    server.save_edited(&format!("capsules/{slug}"), edit)
}

fn read(site: &Site, rel: &str) -> String {
    std::fs::read_to_string(site.path().join(rel)).expect("read")
}

#[test]
fn every_request_needs_the_token_and_every_write_this_origin() {
    let site = Site::minimal();
    let server = Server::start(&site);
    assert_eq!(
        server.send("GET", "/__vigie/api/capsules", &[], b"").status,
        401
    );
    let wrong = server.send(
        "GET",
        "/__vigie/api/capsules",
        &[("Authorization", "Bearer 0000")],
        b"",
    );
    assert_eq!(wrong.status, 401);
    assert_eq!(server.api("GET", "capsules", None).status, 200);

    // The address with the token sets an HttpOnly, SameSite=Strict cookie and leaves the bar.
    let opened = server.send(
        "GET",
        &format!("/__vigie/edit/?token={}", server.token),
        &[],
        b"",
    );
    assert_eq!(opened.status, 303);
    assert_eq!(opened.header("location").as_deref(), Some("/__vigie/edit/"));
    let cookie = opened.header("set-cookie").expect("a cookie");
    assert!(
        cookie.contains("httponly") && cookie.contains("samesite=strict"),
        "{cookie}"
    );
    let cookie = cookie.split(';').next().unwrap().to_string();
    let home = server.send("GET", "/__vigie/edit/", &[("Cookie", &cookie)], b"");
    assert_eq!(home.status, 200);
    assert!(server.send("GET", "/__vigie/edit/", &[], b"").status == 401);

    // A write with the cookie must come from this origin: another page's post is refused.
    let body = json!({"title": "Piège", "kind": "tip", "lang": "fr"}).to_string();
    let from = |origin: Option<&str>| {
        let mut headers = vec![
            ("Cookie", cookie.as_str()),
            ("Content-Type", "application/json"),
        ];
        if let Some(o) = origin {
            headers.push(("Origin", o));
        }
        server
            .send("POST", "/__vigie/api/capsules", &headers, body.as_bytes())
            .status
    };
    assert_eq!(from(Some("http://evil.example")), 403);
    assert_eq!(from(Some("http://localhost:1")), 403);
    assert_eq!(from(None), 403);
    assert!(!site.path().join("content/capsules/piege").exists());
    let own = format!("http://{}", server.host);
    assert_eq!(from(Some(&own)), 201);

    // A foreign Host (DNS rebinding) is refused before the token is even looked at.
    let bearer = format!("Bearer {}", server.token);
    let rebound = server.send(
        "GET",
        "/__vigie/api/capsules",
        &[("Host", "evil.example:80"), ("Authorization", &bearer)],
        b"",
    );
    assert_eq!(rebound.status, 403);
    // No CORS header, ever.
    for reply in [&opened, &home, &rebound, &wrong] {
        assert!(!reply.head.contains("access-control-"), "{}", reply.head);
    }
}

#[test]
fn a_save_edits_the_front_matter_in_place_and_keeps_every_other_byte() {
    let site = site_by_hand();
    let server = Server::start(&site);
    let reply = server.api("GET", "capsules/fermez", None);
    assert_eq!(reply.status, 200, "{}", reply.text());
    let capsule = reply.json();
    let version = capsule["version"].as_str().unwrap().to_string();
    assert_eq!(reply.header("etag"), Some(format!("\"{version}\"")));
    let fr = &capsule["languages"]["fr"];
    assert_eq!(fr["front_matter"]["title"], "Fermez à clé");
    assert_eq!(fr["front_matter"]["date"], "2026-11-20");
    assert_eq!(fr["front_matter"]["leaflet"]["cta"], "Appelez-nous");
    assert_eq!(
        fr["body"],
        "Fermez toujours à clé.\n\nMême pour cinq minutes.\n"
    );

    // The form sends everything back, with the title and one line of the body changed.
    let mut edited = capsule["languages"].clone();
    edited["fr"]["front_matter"]["title"] = json!("Fermez à double tour");
    edited["fr"]["body"] = json!("Fermez toujours à double tour.\n\nMême pour cinq minutes.\n");
    let quoted = format!("\"{version}\"");
    let saved = server.api_with(
        "PUT",
        "capsules/fermez",
        Some(&json!({"languages": edited})),
        &[("If-Match", &quoted)],
    );
    assert_eq!(saved.status, 200, "{}", saved.text());
    let new_version = saved.json()["version"].as_str().unwrap().to_string();
    assert_ne!(new_version, version);
    let after = read(&site, CAPSULE);
    let expected = BY_HAND
        .replace(
            "title = \"Fermez à clé\"   # court !",
            "title = \"Fermez à double tour\"   # court !",
        )
        .replace("Fermez toujours à clé.", "Fermez toujours à double tour.");
    assert_eq!(
        after, expected,
        "only the edited value and the body changed"
    );

    // The version it was made from is gone: a second save from it is refused, nothing written.
    let stale = server.api_with(
        "PUT",
        "capsules/fermez",
        Some(&json!({"languages": edited})),
        &[("If-Match", &quoted)],
    );
    assert_eq!(stale.status, 412);
    // So is a save after someone edited the file on disk.
    site.write(CAPSULE, &after.replace("double tour", "triple tour"));
    let on_disk = read(&site, CAPSULE);
    let quoted_new = format!("\"{new_version}\"");
    let raced = server.api_with(
        "PUT",
        "capsules/fermez",
        Some(&json!({"languages": edited})),
        &[("If-Match", &quoted_new)],
    );
    assert_eq!(raced.status, 412, "{}", raced.text());
    assert_eq!(read(&site, CAPSULE), on_disk);
    assert_eq!(
        server
            .api(
                "PUT",
                "capsules/fermez",
                Some(&json!({"languages": edited}))
            )
            .status,
        428
    );
}

#[test]
fn a_save_keeps_the_line_ends_and_mark_of_a_file_saved_by_notepad() {
    let notepad = |text: &str| format!("\u{feff}{}", text.replace('\n', "\r\n"));
    let site = Site::minimal();
    site.write(CAPSULE, &notepad(BY_HAND));
    let server = Server::start(&site);
    let fr = &server.api("GET", "capsules/fermez", None).json()["languages"]["fr"];
    assert_eq!(fr["front_matter"]["title"], "Fermez à clé");
    // The browser's textarea gives `\n`; a new key goes into the front matter too.
    let reply = save_edited(&server, "fermez", |edited| {
        edited["fr"]["front_matter"]["summary"] = json!("Toujours.");
        edited["fr"]["body"] = json!("Fermez toujours à clé.\n\nMême pour deux minutes.\n");
    });
    assert_eq!(reply.status, 200, "{}", reply.text());
    let after = read(&site, CAPSULE);
    let expected = notepad(
        &BY_HAND
            .replace("tags = [", "summary = \"Toujours.\"\ntags = [")
            .replace("cinq minutes", "deux minutes"),
    );
    assert_eq!(
        after.replace("\r\n", "\n").matches('\n').count(),
        after.matches("\r\n").count(),
        "every line ends in CRLF: {after:?}"
    );
    assert!(after.starts_with('\u{feff}'), "{after:?}");
    assert_eq!(
        after.replace("summary = \"Toujours.\"\r\n", ""),
        expected.replace("summary = \"Toujours.\"\r\n", "")
    );
    // A new translation follows its sibling.
    let reply = save_edited(&server, "fermez", |edited| {
        edited["nl"] = json!({"front_matter": {"title": "Sluit af"}, "body": "Altijd.\n"});
    });
    assert_eq!(reply.status, 200, "{}", reply.text());
    let nl = read(&site, "content/capsules/fermez/index.nl.md");
    assert!(nl.starts_with("\u{feff}+++\r\n"), "{nl:?}");
    assert!(!nl.replace("\r\n", "").contains('\n'), "{nl:?}");
    // A Unix file stays a Unix file.
    let unix = Site::minimal();
    unix.write(CAPSULE, BY_HAND);
    let server = Server::start(&unix);
    let reply = save_edited(&server, "fermez", |edited| {
        edited["fr"]["body"] = json!("Fermez.\r\n");
    });
    assert_eq!(reply.status, 200, "{}", reply.text());
    let after = read(&unix, CAPSULE);
    assert!(
        !after.contains('\r') && !after.starts_with('\u{feff}'),
        "{after:?}"
    );
}

#[test]
fn a_save_that_would_break_the_build_is_refused_with_the_located_error_and_writes_nothing() {
    let site = site_by_hand();
    let server = Server::start(&site);
    let reply = save_edited(&server, "fermez", |edited| {
        edited["fr"]["front_matter"]["kind"] = json!("tipp");
    });
    assert_eq!(reply.status, 422, "{}", reply.text());
    let findings = reply.json()["findings"].as_array().unwrap().clone();
    let error = findings
        .iter()
        .find(|f| f["severity"] == "error")
        .expect("an error");
    assert_eq!(error["file"], CAPSULE);
    assert_eq!(
        (error["line"].as_u64(), error["column"].as_u64()),
        (Some(4), Some(8))
    );
    assert!(
        error["message"]
            .as_str()
            .unwrap()
            // The workbench speaks the site's first language when its user chose none.
            .contains("valeur inconnue : `tipp`"),
        "{error}"
    );
    assert_eq!(error["field"], "kind");
    assert_eq!(read(&site, CAPSULE), BY_HAND);
    let history = site.path().join(".vigie-cache/history");
    assert!(!history.exists(), "a refused save is not kept either");
}

#[test]
fn unsaved_text_is_checked_with_the_words_of_check_and_previewed_as_it_would_be_built() {
    let site = site_by_hand();
    let server = Server::start(&site);
    let capsule = server.api("GET", "capsules/fermez", None).json();
    let mut edited = capsule["languages"].clone();
    edited["fr"]["front_matter"]["title"] = json!("Vol de vélo rue Haute");
    edited["fr"]["front_matter"]["kind"] = json!("alert");
    edited["fr"]["front_matter"]["expires"] = json!("2026-12-20");
    edited["fr"]["front_matter"]["draft"] = json!(true);
    edited["fr"]["body"] = json!("La voiture 1-ABC-234 a été vue.\n");
    let checked = server.api(
        "POST",
        "check",
        Some(&json!({"slug": "fermez", "languages": edited})),
    );
    assert_eq!(checked.status, 200, "{}", checked.text());
    let answer = checked.json();
    let plate = answer["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "privacy/plate")
        .unwrap_or_else(|| panic!("no plate finding in {answer}"));
    assert_eq!(
        (plate["lang"].as_str(), plate["field"].as_str()),
        (Some("fr"), Some("body"))
    );
    assert_eq!(plate["found"], "1-ABC-234");
    let rendered = scraper::Html::parse_fragment(answer["rendered"]["fr"].as_str().unwrap());
    assert_eq!(
        common::text_of(&rendered, "p"),
        "La voiture 1-ABC-234 a été vue."
    );
    assert!(answer["sms"]["fr"]["segments"].as_u64().unwrap() >= 1);
    assert_eq!(read(&site, CAPSULE), BY_HAND, "a check writes nothing");

    // The page, typeset leaflet and kit of the unsaved text.
    let body = json!({ "languages": edited });
    let page = server.api("POST", "preview/fermez/fr/page.html", Some(&body));
    assert_eq!(page.status, 200, "{}", page.text());
    let doc = scraper::Html::parse_document(&page.text());
    assert_eq!(common::text_of(&doc, "h1"), "Vol de vélo rue Haute");
    let pdf = server.api("POST", "preview/fermez/fr/leaflet.pdf", Some(&body));
    assert_eq!(pdf.status, 200, "{}", pdf.text());
    assert_eq!(
        pdf.header("content-type").as_deref(),
        Some("application/pdf")
    );
    let file = site.path().join("preview.pdf");
    std::fs::write(&file, &pdf.body).unwrap();
    let text = common::pdf_text(&file);
    assert!(text.contains("Vol de vélo rue Haute"), "{text}");
    let kit = server
        .api("POST", "preview/fermez/fr/kit.json", Some(&body))
        .json();
    let x = kit["posts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["network"] == "x");
    if let Some(x) = x {
        assert!(x["length"].as_u64().unwrap() <= 280, "{x}");
    }
    assert_eq!(kit["feed"]["title"], "Vol de vélo rue Haute");
    // The neighbourhood networks' texts, made from the unsaved text too.
    let of = |network: &str| {
        kit["posts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["network"] == network)
            .unwrap_or_else(|| panic!("no {network} in {kit}"))
            .clone()
    };
    let relay = of("relay");
    assert!(
        relay["text"]
            .as_str()
            .unwrap()
            .starts_with("Vol de vélo rue Haute\n\n"),
        "{relay}"
    );
    assert!(relay["length"].as_u64().unwrap() <= 500, "{relay}");
    let voice = of("voice");
    let script = voice["text"].as_str().unwrap();
    assert!(script.contains("\n\nVol de vélo rue Haute.\n\n"), "{voice}");
    assert!(
        script.ends_with("appelez le cent douze. Police\u{a0}: cent un."),
        "{voice}"
    );
    assert!(
        (5..=30).contains(&voice["seconds"].as_u64().unwrap()),
        "{voice}"
    );
    assert!(
        !site
            .path()
            .join(".vigie-cache/workbench")
            .read_dir()
            .is_ok_and(|mut d| d.next().is_some()),
        "previews leave no scratch files"
    );
}

#[test]
fn a_new_capsule_is_a_draft_that_builds_and_a_save_can_be_undone() {
    let site = Site::minimal();
    let server = Server::start(&site);
    let created = server.api(
        "POST",
        "capsules",
        Some(&json!({"title": "Cambriolages : soyez vigilants", "kind": "alert", "lang": "fr"})),
    );
    assert_eq!(created.status, 201, "{}", created.text());
    let slug = created.json()["slug"].as_str().unwrap().to_string();
    assert_eq!(slug, "cambriolages-soyez-vigilants");
    let again = server.api(
        "POST",
        "capsules",
        Some(&json!({"title": "Cambriolages : soyez vigilants", "kind": "alert", "lang": "fr"})),
    );
    assert_eq!(again.json()["slug"], "cambriolages-soyez-vigilants-2");
    let file = format!("content/capsules/{slug}/index.fr.md");
    let text = read(&site, &file);
    let fm: toml::Table = toml::from_str(text.split("+++").nth(1).unwrap()).unwrap();
    assert_eq!(fm["draft"].as_bool(), Some(true));
    assert_eq!(fm["privacy_reviewed"].as_bool(), Some(false));
    assert!(fm.contains_key("expires"), "an alert gets an end");
    let listed = server.api("GET", "capsules", None).json();
    let row = listed["capsules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["slug"] == slug.as_str())
        .cloned();
    assert!(row.is_none() || row.unwrap()["status"] == "review");

    // Saved once, then undone: the file is back as it was.
    let saved = save_edited(&server, &slug, |edited| {
        edited["fr"]["body"] = json!("Fermez vos fenêtres.\n");
    });
    assert_eq!(saved.status, 200, "{}", saved.text());
    assert!(read(&site, &file).ends_with("Fermez vos fenêtres.\n"));
    assert_eq!(
        server
            .api("POST", &format!("capsules/{slug}/undo"), None)
            .status,
        200
    );
    assert_eq!(read(&site, &file), text);
    assert_eq!(
        server
            .api("POST", &format!("capsules/{slug}/undo"), None)
            .status,
        409
    );
    drop(server);
    site.build(&[]);
}

#[test]
fn uploads_are_decoded_pictures_kept_in_the_bundle_and_published_without_their_gps() {
    let site = site_by_hand();
    let server = Server::start(&site);
    let upload = |name: &str, bytes: &[u8]| server.upload("fermez", name, bytes);
    let photo = common::jpeg(640, 480, Some(&common::exif_rotated_with_gps()));
    let reply = upload("../../Porte d'entrée.JPG", &photo);
    assert_eq!(reply.status, 201, "{}", reply.text());
    let stored = reply.json();
    let src = stored["src"].as_str().unwrap().to_string();
    assert_eq!(src, "porte-d-entree.jpg");
    assert_eq!(
        (stored["width"].as_u64(), stored["height"].as_u64()),
        // As shown: the EXIF orientation (6) turns it upright, as the build and the browser do.
        (Some(480), Some(640))
    );
    assert!(site
        .path()
        .join("content/capsules/fermez")
        .join(&src)
        .is_file());
    assert_eq!(
        common::files(site.path())
            .iter()
            .filter(|f| f.to_string_lossy().contains("orte"))
            .count(),
        1,
        "nothing outside the bundle"
    );

    let pdf = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
    let refused = upload("photo.jpg", pdf);
    assert_eq!(refused.status, 415);
    assert!(
        refused.json()["error"]
            .as_str()
            .unwrap()
            .contains("photo.jpg : ce n'est pas une image"),
        "{}",
        refused.text()
    );
    let png_as_jpg = upload("photo.jpg", &{
        let mut out = std::io::Cursor::new(Vec::new());
        image::RgbImage::new(4, 4)
            .write_to(&mut out, image::ImageFormat::Png)
            .unwrap();
        out.into_inner()
    });
    assert_eq!(png_as_jpg.status, 415);
    let svg = upload("plan.svg", b"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>");
    assert_eq!(svg.status, 201, "{}", svg.text());
    let kept = read(&site, "content/capsules/fermez/plan.svg");
    assert!(!kept.contains("script") && kept.contains("rect"), "{kept}");
    let huge = upload("huge.jpg", &vec![0u8; 40 * 1024 * 1024 + 1]);
    assert_eq!(huge.status, 413);

    // The picture is shown to the form from the bundle, and nothing else is.
    let bearer = format!("Bearer {}", server.token);
    let auth = [("Authorization", bearer.as_str())];
    assert_eq!(
        server
            .send(
                "GET",
                &format!("/__vigie/api/capsules/fermez/media/{src}"),
                &auth,
                b""
            )
            .status,
        200
    );
    assert_eq!(
        server
            .send(
                "GET",
                "/__vigie/api/capsules/fermez/media/index.fr.md",
                &auth,
                b""
            )
            .status,
        404
    );
    assert_eq!(
        server
            .send(
                "GET",
                "/__vigie/api/capsules/fermez/media/..%2F..%2F..%2Fsite.toml",
                &auth,
                b""
            )
            .status,
        404
    );

    // Saved as the capsule's photo, then published: no trace of the GPS position.
    let saved = save_edited(&server, "fermez", |edited| {
        edited["fr"]["front_matter"]["image"] =
            json!({"src": src, "alt": "Une porte d'entrée fermée", "focus": [0.5, 0.25]});
    });
    assert_eq!(saved.status, 200, "{}", saved.text());
    assert!(
        read(&site, CAPSULE).contains("[image]\nsrc = \"porte-d-entree.jpg\""),
        "{}",
        read(&site, CAPSULE)
    );
    drop(server);
    let public = site.build(&[]);
    let published: Vec<_> = common::files(&public)
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "jpg" || e == "webp"))
        .collect();
    assert!(!published.is_empty());
    for file in published {
        let bytes = std::fs::read(public.join(&file)).unwrap();
        assert!(
            !bytes.windows(4).any(|w| w == b"Exif"),
            "{} keeps EXIF",
            file.display()
        );
    }
}

#[test]
fn a_video_and_its_captions_are_uploaded_checked_for_what_they_are_and_published() {
    let site = site_by_hand();
    let server = Server::start(&site);
    let upload = |name: &str, bytes: &[u8]| server.upload("fermez", name, bytes);
    // The first box of an ISO media file names it; a WebM file opens with an EBML header.
    let mut mp4 = b"\0\0\0\x18ftypisom\0\0\x02\0isomiso2".to_vec();
    mp4.extend_from_slice(&[7u8; 4096]);
    let webm = [&[0x1A, 0x45, 0xDF, 0xA3][..], &[1u8; 512]].concat();
    let vtt = "\u{feff}WEBVTT\n\n00:00.000 --> 00:02.000\nFermez à clé.\n";

    let video = upload("Clip Prévention.MP4", &mp4);
    assert_eq!(video.status, 201, "{}", video.text());
    assert_eq!(video.json()["kind"], "video");
    let video_src = video.json()["src"].as_str().unwrap().to_string();
    assert_eq!(video_src, "clip-prevention.mp4");
    assert_eq!(upload("clip.webm", &webm).status, 201);
    let captions = upload("clip.fr.vtt", vtt.as_bytes());
    assert_eq!(captions.status, 201, "{}", captions.text());
    assert_eq!(captions.json()["kind"], "captions");
    let captions_src = captions.json()["src"].as_str().unwrap().to_string();

    // Each is read as what its name says, whatever it holds; the refusal is said in the
    // interface's language (the site's first, French).
    let photo = common::jpeg(16, 16, None);
    for (name, bytes, why) in [
        ("clip.mp4", &photo[..], "ce n'est pas une vidéo"),
        ("clip.webm", &mp4[..], "nommez-la .mp4"),
        ("clip.mp4", &webm[..], "nommez-la .webm"),
        ("clip.mp4", &b"ftyp"[..], "ce n'est pas une vidéo"),
        ("clip.vtt", &b"<script>alert(1)</script>"[..], "WEBVTT"),
        ("clip.vtt", &b"WEBVTTX\n"[..], "WEBVTT"),
        ("clip.vtt", &b"WEBVTT\n\xff\xfe"[..], "UTF-8"),
        (
            "clip.srt",
            &b"1\n00:00:00,000 --> 00:00:02,000\nFermez\n"[..],
            "sous-titres (WebVTT",
        ),
        ("clip.html", &b"<html>"[..], "Vigie garde les photos"),
    ] {
        let refused = upload(name, bytes);
        assert_eq!(refused.status, 415, "{name}: {}", refused.text());
        let error = refused.json()["error"].as_str().unwrap().to_string();
        assert!(error.contains(why), "{name}: {error}");
    }
    // A user who picked German in the menu is answered in German.
    let bearer = format!("Bearer {}", server.token);
    let german = server.send(
        "POST",
        "/__vigie/api/capsules/fermez/media",
        &[
            ("Authorization", bearer.as_str()),
            ("Cookie", "vigie_ui=de"),
            ("Content-Type", "multipart/form-data; boundary=B0undary"),
        ],
        b"--B0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"clip.html\"\r\n\r\n<html>\r\n--B0undary--\r\n",
    );
    assert_eq!(german.status, 415);
    assert_eq!(
        german.json()["error"],
        "clip.html: Vigie nimmt Fotos (JPEG, PNG, WebP, SVG), Videos (MP4, WebM) und Untertitel (WebVTT, .vtt)"
    );
    let bundle = site.path().join("content/capsules/fermez");
    let kept: Vec<String> = std::fs::read_dir(&bundle)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(".md"))
        .collect();
    assert_eq!(kept.len(), 3, "only what was accepted is kept: {kept:?}");

    // The form shows them from the bundle, with their types.
    let bearer = format!("Bearer {}", server.token);
    let shown = server.send(
        "GET",
        &format!("/__vigie/api/capsules/fermez/media/{captions_src}"),
        &[("Authorization", bearer.as_str())],
        b"",
    );
    assert_eq!(shown.status, 200);
    assert!(shown
        .header("content-type")
        .is_some_and(|t| t.starts_with("text/vtt")));
    assert_eq!(shown.body, vtt.as_bytes());

    let saved = save_edited(&server, "fermez", |edited| {
        edited["fr"]["front_matter"]["video"] = json!({"src": video_src, "captions": captions_src});
    });
    assert_eq!(saved.status, 200, "{}", saved.text());
    drop(server);
    let public = site.build(&[]);
    let page = common::html(&public.join("fr/capsules/fermez/index.html"));
    let source = common::attrs(&page, "video source", "src");
    let track = common::attrs(&page, "video track", "src");
    assert_eq!(
        (source.len(), track.len()),
        (1, 1),
        "a video with its captions"
    );
    let published = |src: &str| common::target_of(&public, src).expect("published");
    assert_eq!(std::fs::read(published(&source[0])).unwrap(), mp4);
    assert_eq!(std::fs::read(published(&track[0])).unwrap(), vtt.as_bytes());
}

#[test]
fn paths_outside_content_are_refused() {
    let site = site_by_hand();
    let server = Server::start(&site);
    for slug in [
        "..",
        "..%2F..%2Fsite.toml",
        "fermez%2F..%2F..",
        "Fermez",
        "%2e%2e",
    ] {
        let reply = server.api("GET", &format!("capsules/{slug}"), None);
        assert_eq!(reply.status, 404, "{slug}: {}", reply.text());
    }
    let evil = json!({"languages": {"../../x": {"front_matter": {"title": "x"}, "body": ""}}});
    let version = format!(
        "\"{}\"",
        server.api("GET", "capsules/fermez", None).json()["version"]
            .as_str()
            .unwrap()
    );
    let reply = server.api_with(
        "PUT",
        "capsules/fermez",
        Some(&evil),
        &[("If-Match", &version)],
    );
    assert_eq!(reply.status, 400, "{}", reply.text());
    assert!(!site.path().join("x").exists() && !site.path().join("content/x").exists());
}

#[test]
fn the_home_lists_every_capsule_with_its_status_and_filters_them() {
    let site = site_by_hand();
    site.write(
        "content/capsules/alerte/index.fr.md",
        "+++\ntitle = \"Vols de vélos\"\nkind = \"alert\"\ndate = 2026-11-25\nexpires = 2026-12-25\ndraft = true\nprivacy_reviewed = false\n+++\nAttention.\n",
    );
    site.write(
        "content/capsules/plus-tard/index.fr.md",
        "+++\ntitle = \"Plus tard\"\nkind = \"fun\"\ndate = 2026-12-05\n+++\nBientôt.\n",
    );
    // A capsule that does not load: the preview's build fails, and the home still lists the
    // others, with this one under "to fix".
    site.write(
        "content/capsules/cassee/index.fr.md",
        "+++\ntitle = \"Cassée\"\nkind = \"astuce\"\ndate = 2026-11-21\n+++\nTexte.\n",
    );
    let server = Server::start(&site);
    let opened = server.send(
        "GET",
        &format!("/__vigie/edit/?token={}", server.token),
        &[],
        b"",
    );
    let cookie = opened
        .header("set-cookie")
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let page = |query: &str| {
        let reply = server.send(
            "GET",
            &format!("/__vigie/edit/{query}"),
            &[("Cookie", &cookie)],
            b"",
        );
        assert_eq!(reply.status, 200, "{}", reply.text());
        scraper::Html::parse_document(&reply.text())
    };
    let home = page("?ui=en");
    let rows = select(&home, "table.capsules tbody tr");
    assert_eq!(rows.len(), 3);
    let broken = common::text_of(&home, "ul.broken");
    assert!(
        broken.contains("capsules/cassee") && broken.contains("astuce"),
        "{broken}"
    );
    let listed = server.api("GET", "capsules", None).json();
    assert_eq!(listed["broken"][0]["folder"], "capsules/cassee");
    let status_of = |doc: &scraper::Html, title: &str| -> String {
        select(doc, "table.capsules tbody tr")
            .into_iter()
            .find(|r| r.text().collect::<String>().contains(title))
            .map(|r| {
                let s = scraper::Selector::parse(".status").unwrap();
                r.select(&s).next().unwrap().text().collect::<String>()
            })
            .unwrap_or_default()
    };
    assert_eq!(status_of(&home, "Vols de vélos"), "awaiting privacy review");
    assert_eq!(status_of(&home, "Plus tard"), "scheduled");
    assert_eq!(status_of(&home, "Fermez à clé"), "published");
    let days = common::text_of(&home, ".days");
    assert!(days.contains("Plus tard"), "{days}");
    let alerts = page("?kind=alert");
    assert_eq!(select(&alerts, "table.capsules tbody tr").len(), 1);
    let searched = page("?q=v%C3%A9lo");
    assert_eq!(select(&searched, "table.capsules tbody tr").len(), 1);
    let dutch = page("?ui=nl");
    assert_eq!(dutch.root_element().value().attr("lang"), Some("nl"));
    assert_eq!(status_of(&dutch, "Plus tard"), "gepland");

    // The capsule's form, server-rendered with its values.
    let form = page("capsules/fermez");
    let value = |css: &str| common::attrs(&form, css, "value").pop().unwrap_or_default();
    assert_eq!(value("#fr-title"), "Fermez à clé");
    assert_eq!(value("#date"), "2026-11-20");
    assert_eq!(value("#tags"), "maison, vacances");
    assert_eq!(
        common::attrs(&form, "section.lang[data-lang=nl] .fields", "hidden").len(),
        1,
        "the missing Dutch text is shown as missing"
    );
}

#[test]
fn a_save_in_a_git_repository_is_a_commit_of_the_capsule_alone() {
    let site = site_by_hand();
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .arg("-C")
            .arg(site.path())
            .args(args)
            .output()
            .expect("git")
    };
    git(&["init", "--quiet"]);
    git(&[
        "-c",
        "user.name=T",
        "-c",
        "user.email=t@t",
        "commit",
        "--quiet",
        "--allow-empty",
        "-m",
        "start",
    ]);
    site.write("notes.txt", "not the workbench's\n");
    git(&["add", "notes.txt"]);
    let server = Server::start(&site);
    let saved = save_edited(&server, "fermez", |edited| {
        edited["fr"]["front_matter"]["summary"] = json!("Cinq minutes suffisent à un voleur.");
    });
    assert_eq!(saved.status, 200, "{}", saved.text());
    let log = String::from_utf8_lossy(&git(&["log", "--name-only", "--format=%s", "-1"]).stdout)
        .into_owned();
    assert!(log.starts_with("Workbench: save capsules/fermez"), "{log}");
    assert!(log.contains(CAPSULE) && !log.contains("notes.txt"), "{log}");
    let staged =
        String::from_utf8_lossy(&git(&["diff", "--cached", "--name-only"]).stdout).into_owned();
    assert_eq!(
        staged.trim(),
        "notes.txt",
        "what the webmaster staged stays staged"
    );
}

#[test]
fn publish_shows_its_summary_and_sends_only_the_plan_that_was_shown() {
    let site = site_by_hand();
    let target = tempfile::tempdir().unwrap();
    let config = format!(
        "{}\n[publish.usb]\nurl = \"file://{}\"\n",
        common::MINIMAL_CONFIG,
        target.path().display()
    );
    site.write("site.toml", &config);
    let server = Server::start(&site);
    let bearer = format!("Bearer {}", server.token);
    let origin = format!("http://{}", server.host);
    let post = |form: &str| {
        let reply = server.send(
            "POST",
            "/__vigie/edit/publish/usb",
            &[
                ("Authorization", &bearer),
                ("Origin", &origin),
                ("Content-Type", "application/x-www-form-urlencoded"),
            ],
            form.as_bytes(),
        );
        assert_eq!(reply.status, 200, "{}", reply.text());
        scraper::Html::parse_document(&reply.text())
    };
    let plan_of = |doc: &scraper::Html| common::attrs(doc, "input[name=plan]", "value").pop();

    // The summary first: nothing is sent until it is confirmed.
    let summary = post("");
    let shown = plan_of(&summary).expect("a confirmation form");
    assert!(
        common::text_of(&summary, "section").contains("new"),
        "{}",
        common::text_of(&summary, "main")
    );
    assert!(
        !target.path().join("fr").exists(),
        "nothing is sent before the confirmation"
    );

    // An edit between the summary and the click: the old plan is not sent.
    site.write(CAPSULE, &BY_HAND.replace("cinq minutes", "deux minutes"));
    let refused = post(&format!("plan={shown}"));
    assert!(
        !target.path().join("fr").exists(),
        "a plan that changed is shown again, not sent"
    );
    let fresh = plan_of(&refused).expect("the new summary");
    assert_ne!(fresh, shown);

    let sent = post(&format!("plan={fresh}"));
    assert!(
        common::text_of(&sent, "main").contains("https://prevention.test.be"),
        "{}",
        common::text_of(&sent, "main")
    );
    let page =
        std::fs::read_to_string(target.path().join("fr/capsules/fermez/index.html")).unwrap();
    assert!(page.contains("deux minutes"));
    assert!(target.path().join(".vigie-manifest.json").is_file());
}

#[test]
fn pages_are_listed_created_edited_in_place_checked_previewed_and_built() {
    let site = Site::minimal();
    let by_hand = "+++\n# Mis à jour chaque année\ntitle = \"Contact\"\ndescription = \"Nous joindre\"  # court\n+++\nAppelez le 101.\n";
    site.write("content/pages/contact.fr.md", by_hand);
    let server = Server::start(&site);

    let listed = server.api("GET", "pages", None).json();
    assert_eq!(listed["pages"][0]["slug"], "contact");
    assert_eq!(listed["pages"][0]["languages"]["fr"]["title"], "Contact");
    let page = server.api("GET", "pages/contact", None);
    assert_eq!(page.status, 200, "{}", page.text());
    let page = page.json();
    assert_eq!(
        page["languages"]["fr"]["front_matter"]["description"],
        "Nous joindre"
    );
    let version = format!("\"{}\"", page["version"].as_str().unwrap());

    // A link to nothing is found while typing, with the words of the build.
    let mut edited = page["languages"].clone();
    edited["fr"]["body"] = json!("Voir [la capsule](@/capsules/nulle-part).\n");
    let checked = server.api(
        "POST",
        "check",
        Some(&json!({ "page": "contact", "languages": edited })),
    );
    assert_eq!(checked.status, 200, "{}", checked.text());
    let findings = checked.json()["findings"].clone();
    assert_eq!(
        findings[0]["message"],
        "il n'y a pas de capsule `nulle-part`"
    );
    assert_eq!(findings[0]["field"], "body");
    // In the interface language its user picked, whatever the site's or the run's.
    for (ui, said) in [
        ("nl", "er is geen capsule `nulle-part`"),
        ("de", "es gibt keine Kapsel `nulle-part`"),
        ("en", "there is no capsule `nulle-part`"),
    ] {
        let cookie = format!("vigie_ui={ui}");
        let checked = server.api_with(
            "POST",
            "check",
            Some(&json!({ "page": "contact", "languages": edited })),
            &[("Cookie", &cookie)],
        );
        assert_eq!(checked.json()["findings"][0]["message"], said, "{ui}");
    }

    // A page without a title is refused, and nothing is written.
    edited["fr"]["body"] = json!("Appelez le 101.\n");
    edited["fr"]["front_matter"]["title"] = json!("");
    let refused = server.api_with(
        "PUT",
        "pages/contact",
        Some(&json!({ "languages": edited })),
        &[("If-Match", &version)],
    );
    assert_eq!(refused.status, 422, "{}", refused.text());
    assert_eq!(
        refused.json()["findings"][0]["message"],
        "la page n'a pas de `title`"
    );
    assert_eq!(read(&site, "content/pages/contact.fr.md"), by_hand);

    // Saved: the description changes, its comment and the other lines stay as written.
    edited["fr"]["front_matter"]["title"] = json!("Contact");
    edited["fr"]["front_matter"]["description"] = json!("Nous joindre au commissariat");
    let saved = server.api_with(
        "PUT",
        "pages/contact",
        Some(&json!({ "languages": edited })),
        &[("If-Match", &version)],
    );
    assert_eq!(saved.status, 200, "{}", saved.text());
    assert_eq!(
        read(&site, "content/pages/contact.fr.md"),
        by_hand.replace("\"Nous joindre\"", "\"Nous joindre au commissariat\"")
    );

    // The preview of unsaved text is the page as the build writes it.
    edited["fr"]["front_matter"]["title"] = json!("Nous contacter");
    let preview = server.api(
        "POST",
        "preview/pages/contact/fr/page.html",
        Some(&json!({ "languages": edited })),
    );
    assert_eq!(preview.status, 200, "{}", preview.text());
    let doc = scraper::Html::parse_document(&preview.text());
    assert_eq!(common::text_of(&doc, "h1"), "Nous contacter");

    // A new page, named after its title; undo puts the first one back.
    let created = server.api(
        "POST",
        "pages",
        Some(&json!({ "title": "Accessibilité", "lang": "fr" })),
    );
    assert_eq!(created.status, 201, "{}", created.text());
    assert_eq!(created.json()["slug"], "accessibilite");
    assert!(read(&site, "content/pages/accessibilite.fr.md").contains("title = \"Accessibilité\""));
    assert_eq!(server.api("POST", "pages/contact/undo", None).status, 200);
    assert_eq!(read(&site, "content/pages/contact.fr.md"), by_hand);
    for slug in ["..%2Fsite", "nulle-part", "contact.fr"] {
        assert_eq!(
            server.api("GET", &format!("pages/{slug}"), None).status,
            404,
            "{slug}"
        );
    }

    // The forms: the home lists the pages, the page's form shows its values.
    let opened = server.send(
        "GET",
        &format!("/__vigie/edit/?token={}", server.token),
        &[],
        b"",
    );
    let cookie = opened
        .header("set-cookie")
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let screen = |path: &str| {
        let reply = server.send(
            "GET",
            &format!("/__vigie/edit/{path}"),
            &[("Cookie", &cookie)],
            b"",
        );
        assert_eq!(reply.status, 200, "{}", reply.text());
        scraper::Html::parse_document(&reply.text())
    };
    // The home lists what the preview has built: the new page once it has rebuilt.
    let listed = (0..100).find_map(|_| {
        let rows = select(&screen(""), "table.pages tbody tr").len();
        (rows == 2).then_some(rows).or_else(|| {
            std::thread::sleep(std::time::Duration::from_millis(100));
            None
        })
    });
    assert_eq!(listed, Some(2), "the home lists both pages");
    let form = screen("pages/contact");
    assert_eq!(common::attrs(&form, "#fr-title", "value"), ["Contact"]);
    assert_eq!(common::text_of(&form, "#fr-description"), "Nous joindre");
    drop(server);
    let public = site.build(&[]);
    let built = common::html(&public.join("fr/accessibilite/index.html"));
    assert_eq!(common::text_of(&built, "h1"), "Accessibilité");
}

/// Even a request the workbench's own screens never send is answered in its user's language.
#[test]
fn malformed_requests_are_answered_in_the_interface_language() {
    let site = site_by_hand();
    let server = Server::start(&site);
    for (ui, no_address, no_capsule, not_json) in [
        (
            "fr",
            "cette adresse n'existe pas dans l'atelier",
            "il n'y a pas de capsule `nulle-part` dans content/capsules/",
            "la requête n'est pas du JSON : ",
        ),
        (
            "nl",
            "dit adres bestaat niet in de werkbank",
            "er is geen capsule `nulle-part` in content/capsules/",
            "het verzoek is geen JSON: ",
        ),
        (
            "de",
            "diese Adresse gibt es in der Werkbank nicht",
            "es gibt keine Kapsel `nulle-part` in content/capsules/",
            "die Anfrage ist kein JSON: ",
        ),
        (
            "en",
            "no such workbench address",
            "there is no capsule `nulle-part` in content/capsules/",
            "the request is not JSON: ",
        ),
    ] {
        let cookie = format!("vigie_ui={ui}");
        let unknown = server.api_with("GET", "no/such/thing", None, &[("Cookie", &cookie)]);
        assert_eq!(unknown.status, 404, "{ui}");
        assert_eq!(unknown.json()["error"], no_address, "{ui}");
        let missing = server.api_with("GET", "capsules/nulle-part", None, &[("Cookie", &cookie)]);
        assert_eq!(missing.status, 404, "{ui}");
        assert_eq!(missing.json()["error"], no_capsule, "{ui}");
        // An empty body where a new capsule's JSON was expected: the parser's own words
        // follow the frame, which is said in the language.
        let empty = server.api_with("POST", "capsules", None, &[("Cookie", &cookie)]);
        assert_eq!(empty.status, 400, "{ui}");
        let said = empty.json()["error"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert!(said.starts_with(not_json), "{ui}: {said}");
    }
}

#[test]
fn an_event_saved_in_the_workbench_keeps_its_times_as_times_and_builds() {
    let site = Site::minimal();
    site.write(
        CAPSULE,
        "+++\ntitle = \"Soirée\"\nkind = \"tip\"\ndate = 2026-11-20\n\n[event]\nstart = 2026-12-12T14:00:00\nend = 2026-12-12T17:00:00\nplace = \"Salle\"\n+++\nTexte.\n",
    );
    let server = Server::start(&site);
    // The form shows the event: its day and hours once, its place in each language.
    let bearer = format!("Bearer {}", server.token);
    let form = server.send(
        "GET",
        "/__vigie/edit/capsules/fermez",
        &[("Authorization", &bearer)],
        b"",
    );
    let form = scraper::Html::parse_document(&form.text());
    for (input, value) in [
        ("#event-start", "2026-12-12"),
        ("#event-start-time", "14:00"),
        ("#event-end", "2026-12-12"),
        ("#event-end-time", "17:00"),
        ("#event-registration", ""),
        ("#fr-event-place", "Salle"),
        ("#nl-event-place", ""),
    ] {
        assert_eq!(
            common::attrs(&form, input, "value"),
            [value],
            "{input} in {}",
            form.html()
        );
    }
    assert_eq!(
        common::attrs(&form, "#event-start", "data-key"),
        ["event.start"]
    );
    assert_eq!(
        common::attrs(&form, "#fr-event-place", "data-key"),
        ["event.place"]
    );
    let reply = save_edited(&server, "fermez", |languages| {
        let event = &mut languages["fr"]["front_matter"]["event"];
        assert_eq!(event["start"], "2026-12-12T14:00:00");
        event["place"] = json!("Grande salle");
        event["end"] = json!("2026-12-12T18:00:00");
    });
    assert_eq!(reply.status, 200, "{}", reply.text());
    let after = read(&site, CAPSULE);
    for line in [
        "start = 2026-12-12T14:00:00\n",
        "end = 2026-12-12T18:00:00\n",
        "place = \"Grande salle\"\n",
    ] {
        assert!(after.contains(line), "{line} not in:\n{after}");
    }
    drop(server);
    let public = site.build(&["--no-leaflets"]);
    assert!(public.join("fr/capsules/fermez/event.ics").is_file());
}
