//! The image pipeline, on pictures made here: orientation, metadata, variants, cache, crops,
//! hostile SVG and broken files.

mod common;

use std::path::Path;

use common::{attrs, exif_rotated_with_gps, files, html, jpeg, select, stderr, target_of, Site};

fn capsule_with_picture(site: &Site, slug: &str, file: &str, bytes: &[u8]) {
    site.write_bytes(&format!("content/capsules/{slug}/{file}"), bytes);
    site.write(
        &format!("content/capsules/{slug}/index.fr.md"),
        &format!("+++\ntitle = \"Photo {slug}\"\nkind = \"tip\"\ndate = 2026-11-20\n[image]\nsrc = \"{file}\"\nalt = \"Une photo\"\nfocus = [0.5, 0.3]\n+++\nTexte.\n"),
    );
}

fn dimensions(path: &Path) -> (u32, u32) {
    image::image_dimensions(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The `(url, width)` pairs of a `srcset`.
fn srcset(value: &str) -> Vec<(String, u32)> {
    value
        .split(", ")
        .map(|candidate| {
            let (url, w) = candidate.rsplit_once(' ').expect("url and width");
            (
                url.to_string(),
                w.trim_end_matches('w').parse().expect("width"),
            )
        })
        .collect()
}

#[test]
fn exif_orientation_is_applied_and_no_metadata_survives() {
    let site = Site::minimal();
    capsule_with_picture(
        &site,
        "tournee",
        "photo.jpg",
        &jpeg(1000, 600, Some(&exif_rotated_with_gps())),
    );
    let public = site.build(&[]);
    let doc = html(&public.join("fr/capsules/tournee/index.html"));
    let img = select(&doc, "figure img");
    assert_eq!(img.len(), 1);
    let (w, h): (u32, u32) = (
        img[0]
            .value()
            .attr("width")
            .expect("width")
            .parse()
            .expect("number"),
        img[0]
            .value()
            .attr("height")
            .expect("height")
            .parse()
            .expect("number"),
    );
    assert_eq!(
        (w, h),
        (600, 1000),
        "orientation 6 turns a 1000×600 photo into a portrait"
    );

    let mut pictures = 0;
    for file in files(&public) {
        let ext = file
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or_default()
            .to_string();
        if !["jpg", "webp"].contains(&ext.as_str()) {
            continue;
        }
        pictures += 1;
        let bytes = std::fs::read(public.join(&file)).expect("read");
        for marker in [
            &b"Exif\0\0"[..],
            b"EXIF",
            b"GPS",
            b"XMP ",
            b"http://ns.adobe.com/xap",
        ] {
            assert!(
                !bytes.windows(marker.len()).any(|w| w == marker),
                "{} holds {:?}",
                file.display(),
                marker
            );
        }
        let (w, h) = dimensions(&public.join(&file));
        if !file.ends_with("og.jpg") && !file.ends_with("square.jpg") {
            assert!(h > w, "{} is {w}×{h}, not portrait", file.display());
        }
    }
    assert!(pictures >= 6, "only {pictures} pictures written");
}

#[test]
fn srcset_widths_never_exceed_the_original_and_match_the_files() {
    let site = Site::minimal();
    capsule_with_picture(&site, "petite", "photo.jpg", &jpeg(1000, 700, None));
    let public = site.build(&[]);
    let doc = html(&public.join("fr/capsules/petite/index.html"));
    for (css, attr) in [
        ("figure source[type='image/webp']", "srcset"),
        ("figure img", "srcset"),
    ] {
        let candidates = srcset(&attrs(&doc, css, attr)[0]);
        assert_eq!(
            candidates.iter().map(|c| c.1).collect::<Vec<_>>(),
            vec![480, 800, 1000]
        );
        for (url, width) in candidates {
            let path = target_of(&public, &url).expect("local");
            assert_eq!(dimensions(&path).0, width, "{url}");
        }
    }
    let img = select(&doc, "figure img");
    assert_eq!(img[0].value().attr("width"), Some("1000"));
    assert_eq!(img[0].value().attr("height"), Some("700"));
    assert!(img[0].value().attr("sizes").is_some());
    assert_eq!(
        img[0].value().attr("loading"),
        None,
        "the capsule's own photo is not lazy"
    );
}

#[test]
fn share_pictures_have_their_exact_sizes_in_every_language() {
    let site = Site::minimal();
    capsule_with_picture(&site, "partage", "photo.jpg", &jpeg(800, 800, None));
    site.write(
        "content/capsules/partage/index.nl.md",
        "+++\ntitle = \"Foto\"\n[image]\nalt = \"Een foto\"\n+++\n",
    );
    let public = site.build(&[]);
    for lang in ["fr", "nl"] {
        assert_eq!(
            dimensions(&public.join(format!("{lang}/capsules/partage/og.jpg"))),
            (1200, 630)
        );
        assert_eq!(
            dimensions(&public.join(format!("{lang}/capsules/partage/share/square.jpg"))),
            (1080, 1080)
        );
        let doc = html(&public.join(format!("{lang}/capsules/partage/index.html")));
        assert_eq!(
            attrs(&doc, "meta[property='og:image']", "content"),
            vec![format!(
                "https://prevention.test.be/{lang}/capsules/partage/og.jpg"
            )]
        );
        assert_eq!(
            attrs(&doc, "meta[property='og:image:width']", "content"),
            vec!["1200"]
        );
    }
}

#[test]
fn a_rebuild_takes_every_picture_from_the_cache_and_prunes_stale_ones() {
    let site = Site::minimal();
    capsule_with_picture(&site, "cache", "photo.jpg", &jpeg(900, 600, None));
    let first = site.vigie(&["build", "--now", common::NOW]);
    let out = String::from_utf8_lossy(&first.stdout).into_owned();
    assert!(
        out.contains("8 pictures encoded, 0 from the cache"),
        "{out}"
    );
    let og = std::fs::read(site.public().join("fr/capsules/cache/og.jpg")).expect("og");

    let second = site.vigie(&["build", "--now", common::NOW]);
    let out = String::from_utf8_lossy(&second.stdout).into_owned();
    assert!(
        out.contains("0 pictures encoded, 8 from the cache"),
        "{out}"
    );
    assert_eq!(
        std::fs::read(site.public().join("fr/capsules/cache/og.jpg")).expect("og"),
        og
    );

    capsule_with_picture(&site, "cache", "photo.jpg", &jpeg(700, 600, None));
    let third = site.vigie(&["build", "--now", common::NOW]);
    assert!(String::from_utf8_lossy(&third.stdout).contains("6 pictures encoded, 0 from the cache"));
    let entries = std::fs::read_dir(site.path().join(".vigie-cache/images"))
        .expect("cache")
        .count();
    assert_eq!(entries, 6, "entries of the old photo are pruned");
}

#[test]
fn cmyk_greyscale_and_transparent_pictures_are_read() {
    let site = Site::minimal();
    let mut cmyk = Vec::new();
    jpeg_encoder::Encoder::new(&mut cmyk, 90)
        .encode(
            &[0, 255, 255, 0].repeat(64 * 48),
            64,
            48,
            jpeg_encoder::ColorType::Cmyk,
        )
        .expect("cmyk");
    capsule_with_picture(&site, "cmyk", "photo.jpg", &cmyk);
    let mut grey = Vec::new();
    jpeg_encoder::Encoder::new(&mut grey, 90)
        .encode(&[90u8; 64 * 48], 64, 48, jpeg_encoder::ColorType::Luma)
        .expect("grey");
    capsule_with_picture(&site, "gris", "photo.jpg", &grey);
    let mut png = Vec::new();
    image::RgbaImage::from_pixel(40, 30, image::Rgba([200, 0, 0, 0]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .expect("png");
    capsule_with_picture(&site, "transparente", "logo.png", &png);
    let public = site.build(&[]);
    for slug in ["cmyk", "gris", "transparente"] {
        let doc = html(&public.join(format!("fr/capsules/{slug}/index.html")));
        let src = attrs(&doc, "figure img", "src");
        let img = image::open(target_of(&public, &src[0]).expect("local")).expect("decodes");
        assert_eq!(
            img.color(),
            image::ColorType::Rgb8,
            "{slug}: web JPEGs are RGB"
        );
    }
    // A fully transparent PNG lies on white in JPEG.
    let doc = html(&public.join("fr/capsules/transparente/index.html"));
    let img = image::open(target_of(&public, &attrs(&doc, "figure img", "src")[0]).expect("local"))
        .expect("png");
    let pixel = img.to_rgb8().get_pixel(20, 15).0;
    assert!(pixel.iter().all(|&c| c > 240), "{pixel:?}");
}

#[test]
fn a_hostile_svg_comes_out_clean() {
    let site = Site::minimal();
    let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 50" onload="alert(1)"><script>alert(2)</script><a xlink:href="javascript:alert(3)"><rect width="100" height="50" fill="#123f6b" onmouseover="alert(4)"/></a><image href="https://tracker.example/p.png"/><foreignObject><div>x</div></foreignObject></svg>"##;
    capsule_with_picture(&site, "dessin", "dessin.svg", svg.as_bytes());
    let public = site.build(&[]);
    let doc = html(&public.join("fr/capsules/dessin/index.html"));
    let src = attrs(&doc, "figure img", "src");
    let clean = std::fs::read_to_string(target_of(&public, &src[0]).expect("local")).expect("svg");
    let mut reader = quick_xml::Reader::from_str(&clean);
    let mut elements = Vec::new();
    loop {
        match reader.read_event().expect("well-formed") {
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e) => {
                elements.push(e.name().as_ref().to_string());
                for a in e.attributes().flatten() {
                    let key = a.key.as_ref().to_ascii_lowercase();
                    let value = a.value.to_string();
                    assert!(!key.starts_with("on"), "event attribute {key}");
                    assert!(
                        !value.contains("javascript") && !value.contains("tracker"),
                        "{key}={value}"
                    );
                }
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    assert!(
        !elements
            .iter()
            .any(|e| e == "script" || e == "foreignObject"),
        "{elements:?}"
    );
    assert!(
        elements.contains(&"rect".to_string()),
        "the drawing stays: {elements:?}"
    );
    assert_eq!(
        dimensions(&public.join("fr/capsules/dessin/og.jpg")),
        (1200, 630)
    );
}

#[test]
fn an_image_bomb_is_refused_with_its_file_named() {
    let site = Site::minimal();
    let mut bomb = jpeg(16, 16, None);
    // Rewrite the frame header (SOF) to declare 60000 × 60000 pixels.
    let sof = bomb
        .windows(2)
        .position(|w| w == [0xFF, 0xC0] || w == [0xFF, 0xC2])
        .expect("SOF");
    bomb[sof + 5..sof + 9].copy_from_slice(&[0xEA, 0x60, 0xEA, 0x60]);
    capsule_with_picture(&site, "bombe", "bombe.jpg", &bomb);
    let out = site.vigie(&["build", "--now", common::NOW]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("--> content/capsules/bombe/index.fr.md:6:7"),
        "{err}"
    );
    assert!(err.contains("`bombe.jpg`: "), "{err}");
    assert!(err.contains("60000"), "the declared size is named: {err}");
}

#[test]
fn a_truncated_or_foreign_file_is_a_clear_error() {
    let site = Site::minimal();
    let whole = jpeg(400, 300, None);
    capsule_with_picture(&site, "tronquee", "photo.jpg", &whole[..whole.len() / 3]);
    let out = site.vigie(&["build", "--now", common::NOW]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("content/capsules/tronquee/photo.jpg")
            || err.contains("content/capsules/tronquee/index.fr.md"),
        "{err}"
    );
    assert!(err.contains("tronquee"), "{err}");
    assert!(!site.public().exists());

    let site = Site::minimal();
    capsule_with_picture(&site, "texte", "photo.jpg", b"ceci n'est pas une photo");
    let out = site.vigie(&["build", "--now", common::NOW]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("`photo.jpg`: not a picture Vigie can read: use JPEG, PNG, WebP or SVG"),
        "{err}"
    );
}

#[test]
fn every_img_of_the_example_site_has_its_size() {
    let site = Site::example();
    let public = site.build(&[]);
    let mut seen = 0;
    for file in files(&public)
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "html"))
    {
        let doc = html(&public.join(&file));
        for img in select(&doc, "main img") {
            assert!(
                img.value().attr("width").is_some() && img.value().attr("height").is_some(),
                "{}",
                file.display()
            );
            seen += 1;
        }
    }
    assert!(seen > 50);
}

#[test]
fn video_posters_go_through_the_pipeline_too() {
    let site = Site::minimal();
    site.write_bytes(
        "content/capsules/video/poster.jpg",
        &jpeg(640, 360, Some(&exif_rotated_with_gps())),
    );
    site.write_bytes("content/capsules/video/clip.mp4", b"not really a video");
    site.write("content/capsules/video/clip.fr.vtt", "WEBVTT\n");
    site.write(
        "content/capsules/video/index.fr.md",
        "+++\ntitle = \"Vidéo\"\nkind = \"tip\"\ndate = 2026-11-20\n[video]\nsrc = \"clip.mp4\"\nposter = \"poster.jpg\"\ncaptions = \"clip.fr.vtt\"\n+++\n",
    );
    let public = site.build(&[]);
    let doc = html(&public.join("fr/capsules/video/index.html"));
    let poster = attrs(&doc, "video", "poster");
    let path = target_of(&public, &poster[0]).expect("local poster");
    assert_eq!(
        dimensions(&path),
        (360, 640),
        "the poster's orientation is applied"
    );
    let bytes = std::fs::read(&path).expect("poster");
    assert!(
        !bytes.windows(6).any(|w| w == b"Exif\0\0"),
        "the poster keeps no EXIF"
    );
    assert!(
        !files(&public).iter().any(|f| f.ends_with("poster.jpg")),
        "the original poster is not published"
    );
    assert!(target_of(&public, &attrs(&doc, "video track", "src")[0])
        .expect("local")
        .is_file());
}
