//! `vigie import facebook` on exports in Facebook's real layouts, written here as Facebook
//! writes them (every non-ASCII byte as a `\u00XX` escape), as folders and as zips.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};

use common::{exif_rotated_with_gps, jpeg, stderr, Site};

const POSTS: &str = "this_profile's_activity_across_facebook/posts/profile_posts_1.json";
const MEDIA: &str = "this_profile's_activity_across_facebook/posts/media/Timelinephotos_1/";

/// A string as Facebook exports it: each UTF-8 byte above ASCII as a `\u00XX` escape.
fn mojibake(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii() {
            match c {
                '"' => out.push_str("\\\""),
                '\n' => out.push_str("\\n"),
                _ => out.push(c),
            }
        } else {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("\\u00{b:02x}"));
            }
        }
    }
    out
}

/// The posts of a Page export: a photo post (its photo carries EXIF with GPS, the upload has
/// an IP address), a link post, a post with an emoji and a line break, a video post, an empty
/// post, and one whose text is already proper UTF-8.
fn posts_json() -> String {
    let photo_post = mojibake("Capsule prévention n°12 : la clé sous le paillasson, c'est la première cachette vérifiée. Confiez-la à un voisin.");
    let description = mojibake("Une clé dépasse d'un paillasson devant une porte bleue");
    let link_post = mojibake("Vague de cambriolages : l'article de la presse locale.");
    let emoji_post = mojibake("Vous partez ? 😉 Fermez tout.\nMême pour 5 minutes.");
    format!(
        r#"[
  {{
    "timestamp": 1762243195,
    "attachments": [{{"data": [{{"media": {{
      "uri": "{MEDIA}photo_1.jpg", "creation_timestamp": 1762243195,
      "media_metadata": {{"photo_metadata": {{"exif_data": [{{"upload_ip": "2a02:a03f:0:0:0:0:0:1", "latitude": 50.8, "longitude": 4.3}}]}}}},
      "title": "Photos du journal", "description": "{description}"
    }}}}]}}],
    "data": [{{"post": "{photo_post}"}}, {{"update_timestamp": 1762243300}}],
    "title": "Zone de police Exemple a ajout\u00c3\u00a9 une photo.",
    "future_key": {{"whatever": [1, 2, 3]}}
  }},
  {{
    "timestamp": 1762329600,
    "attachments": [{{"data": [{{"external_context": {{"url": "https://www.example-presse.be/vague", "name": "Vague de cambriolages"}}}}]}}],
    "data": [{{"post": "{link_post}"}}]
  }},
  {{
    "timestamp": 1762416000,
    "data": [{{"post": "{emoji_post}"}}]
  }},
  {{
    "timestamp": 1762502400,
    "attachments": [{{"data": [{{"media": {{"uri": "{MEDIA}clip.mp4", "title": "Vidéo"}}}}]}}],
    "data": [{{"post": "Regardez notre clip."}}]
  }},
  {{ "timestamp": 1762588800, "data": [] }},
  {{ "timestamp": 1762675200, "data": [{{"post": "Déjà en UTF-8 : fenêtres, clés, 😉."}}] }}
]"#
    )
}

/// Writes an export folder into `dir`.
fn export_folder(dir: &Path) {
    let write = |rel: &str, bytes: &[u8]| {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    };
    write(POSTS, posts_json().as_bytes());
    write(
        &format!("{MEDIA}photo_1.jpg"),
        &jpeg(900, 600, Some(&exif_rotated_with_gps())),
    );
    write(&format!("{MEDIA}clip.mp4"), b"not really a video");
}

/// The same export as a zip.
fn export_zip(path: &Path) {
    let folder = tempfile::tempdir().unwrap();
    export_folder(folder.path());
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    for entry in walkdir::WalkDir::new(folder.path()).into_iter().flatten() {
        if entry.file_type().is_file() {
            let name = entry
                .path()
                .strip_prefix(folder.path())
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            zip.start_file(name, zip::write::SimpleFileOptions::default())
                .unwrap();
            zip.write_all(&std::fs::read(entry.path()).unwrap())
                .unwrap();
        }
    }
    zip.finish().unwrap();
}

fn import(site: &Site, export: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["import", "facebook", export.to_str().unwrap()];
    args.extend_from_slice(extra);
    site.vigie(&args)
}

/// Every bundle folder under content/capsules, sorted.
fn bundles(site: &Site) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(site.path().join("content/capsules"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    dirs.sort();
    dirs
}

fn bundle(site: &Site, prefix: &str) -> PathBuf {
    bundles(site)
        .into_iter()
        .find(|d| d.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap_or_else(|| panic!("no bundle {prefix}* in {:?}", bundles(site)))
}

#[test]
fn a_page_export_becomes_draft_capsules_that_build() {
    let site = Site::minimal();
    let export = tempfile::tempdir().unwrap();
    export_folder(export.path());
    let out = import(&site, export.path(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let summary = String::from_utf8_lossy(&out.stdout);
    assert!(
        summary.contains("6 posts found; 5 imported, 1 skipped (0 already imported, 0 before --since, 1 empty); 1 photos copied, 1 videos and other media left out."),
        "{summary}"
    );

    // The photo post: title from the first sentence, repaired text, date in Brussels time.
    let dir = bundle(&site, "2025-11-04-capsule-prevention");
    let text = std::fs::read_to_string(dir.join("index.fr.md")).unwrap();
    assert!(
        text.contains("title = \"Capsule prévention n°12 : la clé sous le paillasson, c'est la…\""),
        "{text}"
    );
    assert!(text.contains("date = 2025-11-04T08:59:55+01:00"), "{text}");
    assert!(text.contains("draft = true"));
    assert!(text.contains("[image]\nsrc = \"photo.jpg\"\nalt = \"Une clé dépasse d'un paillasson devant une porte bleue\""), "{text}");
    assert!(text.contains("[[social]]\nnetwork = \"facebook\""));
    assert!(text.contains("facebook_post = \""));
    assert!(text.contains("Confiez-la à un voisin."));
    assert!(
        !text.contains("2a02") && !text.contains("50.8"),
        "upload address or GPS copied"
    );
    // The photo is re-encoded: no EXIF block, no GPS.
    let photo = std::fs::read(dir.join("photo.jpg")).unwrap();
    assert!(photo.starts_with(&[0xFF, 0xD8]));
    assert!(!photo.windows(4).any(|w| w == b"Exif"), "EXIF survived");
    assert_eq!(
        image::image_dimensions(dir.join("photo.jpg")).unwrap(),
        (600, 900),
        "turned upright"
    );

    // The link post keeps its link as [[press]].
    let link = std::fs::read_to_string(bundle(&site, "2025-11-05").join("index.fr.md")).unwrap();
    assert!(link.contains("[[press]]\nurl = \"https://www.example-presse.be/vague\"\noutlet = \"Vague de cambriolages\""), "{link}");
    // Emoji repaired, each line its own paragraph; text already right left as it was.
    let emoji = std::fs::read_to_string(bundle(&site, "2025-11-06").join("index.fr.md")).unwrap();
    assert!(emoji.contains("title = \"Vous partez ?\""), "{emoji}");
    assert!(
        emoji.contains("Vous partez ? 😉 Fermez tout.\n\nMême pour 5 minutes."),
        "{emoji}"
    );
    let right = std::fs::read_to_string(bundle(&site, "2025-11-09").join("index.fr.md")).unwrap();
    assert!(
        right.contains("Déjà en UTF-8 : fenêtres, clés, 😉."),
        "{right}"
    );

    // The site builds with them, and check asks for the photo's alt text and the post's address.
    site.build(&["--no-leaflets", "--drafts"]);
    assert!(site
        .public()
        .join("fr/capsules")
        .join(dir.file_name().unwrap())
        .join("index.html")
        .is_file());
    let check = site.vigie(&[
        "check",
        "--no-leaflets",
        "--format",
        "json",
        "--now",
        common::NOW,
    ]);
    let report: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    let rules: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"content/social-url"), "{rules:?}");
    assert!(rules.contains(&"content/no-picture"), "{rules:?}");
}

#[test]
fn importing_again_creates_nothing_and_never_overwrites_an_edited_bundle() {
    let site = Site::minimal();
    let export = tempfile::tempdir().unwrap();
    export_folder(export.path());
    assert!(import(&site, export.path(), &[]).status.success());
    let before = bundles(&site);
    let edited = bundle(&site, "2025-11-06").join("index.fr.md");
    let mine = std::fs::read_to_string(&edited)
        .unwrap()
        .replace("Vous partez ?", "Vous partez ? (relu)");
    std::fs::write(&edited, &mine).unwrap();

    let out = import(&site, export.path(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("0 imported, 6 skipped (5 already imported"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(bundles(&site), before);
    assert_eq!(std::fs::read_to_string(&edited).unwrap(), mine);
}

#[test]
fn a_zip_gives_the_same_capsules_as_the_folder() {
    let (from_folder, from_zip) = (Site::minimal(), Site::minimal());
    let folder = tempfile::tempdir().unwrap();
    export_folder(folder.path());
    assert!(import(&from_folder, folder.path(), &[]).status.success());
    let zip = folder
        .path()
        .parent()
        .unwrap()
        .join(format!("export-{}.zip", std::process::id()));
    export_zip(&zip);
    let out = import(
        &from_zip,
        &zip,
        &["--since", "2025-11-05", "--kind", "news", "--publish"],
    );
    std::fs::remove_file(&zip).unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout)
        .contains("4 imported, 2 skipped (0 already imported, 1 before --since, 1 empty)"));
    let names = |s: &Site| {
        bundles(s)
            .iter()
            .map(|d| d.file_name().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(names(&from_zip), names(&from_folder)[1..].to_vec());
    let news =
        std::fs::read_to_string(bundle(&from_zip, "2025-11-05").join("index.fr.md")).unwrap();
    assert!(
        news.contains("kind = \"news\"") && !news.contains("draft = true"),
        "{news}"
    );
    assert!(news.contains("privacy_reviewed = false"), "{news}");
}

#[test]
fn bad_exports_are_refused_by_name_and_nothing_is_written() {
    let site = Site::minimal();
    let before = bundles(&site);
    let dir = tempfile::tempdir().unwrap();

    let not_zip = dir.path().join("export.zip");
    std::fs::write(&not_zip, "this is not a zip").unwrap();
    let err = stderr(&import(&site, &not_zip, &[]));
    assert!(
        err.contains("error: not a zip archive or a folder"),
        "{err}"
    );
    assert!(err.contains(&not_zip.display().to_string()), "{err}");

    let empty = dir.path().join("empty");
    std::fs::create_dir_all(empty.join("messages")).unwrap();
    let err = stderr(&import(&site, &empty, &[]));
    assert!(
        err.contains(
            "error: no Facebook posts file in it (profile_posts_1.json or your_posts_1.json)"
        ),
        "{err}"
    );

    let broken = dir.path().join("broken");
    std::fs::create_dir_all(broken.join("posts")).unwrap();
    std::fs::write(
        broken.join("posts/your_posts_1.json"),
        "[\n  {\"timestamp\": 1762243195,\n  \"data\": [\n",
    )
    .unwrap();
    let out = import(&site, &broken, &[]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("error: broken JSON: EOF while parsing a list at line 4 column 0"),
        "{err}"
    );
    assert!(err.contains("posts/your_posts_1.json:4:"), "{err}");

    let no_photo = dir.path().join("no-photo");
    export_folder(&no_photo);
    std::fs::remove_file(no_photo.join(format!("{MEDIA}photo_1.jpg"))).unwrap();
    let err = stderr(&import(&site, &no_photo, &[]));
    assert!(
        err.contains(&format!(
            "error: post 1: its photo `{MEDIA}photo_1.jpg` is not in the export"
        )),
        "{err}"
    );
    assert!(err.contains(POSTS), "{err}");

    assert_eq!(bundles(&site), before, "a failed import wrote bundles");
    assert!(
        !site.path().join("content/.vigie-import").exists(),
        "the staging folder was left"
    );
}

/// An export folder with one photo post whose posts file is `posts`, and `photo` as its photo.
fn one_photo_export(dir: &Path, posts: &str, photo: &[u8]) {
    let write = |rel: &str, bytes: &[u8]| {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    };
    write(POSTS, posts.as_bytes());
    write(&format!("{MEDIA}photo_1.jpg"), photo);
}

fn photo_post(timestamp: &str) -> String {
    format!(
        r#"[{{"timestamp": {timestamp}, "attachments": [{{"data": [{{"media": {{"uri": "{MEDIA}photo_1.jpg"}}}}]}}], "data": [{{"post": "Une photo."}}]}}]"#
    )
}

#[test]
fn a_symbolic_link_in_the_export_cannot_reach_the_rest_of_the_disk() {
    let site = Site::minimal();
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("private-photo.jpg");
    std::fs::write(&secret, jpeg(64, 64, None)).unwrap();
    let export = dir.path().join("export");
    one_photo_export(&export, &photo_post("1762243195"), b"");
    let photo = export.join(format!("{MEDIA}photo_1.jpg"));
    std::fs::remove_file(&photo).unwrap();
    std::os::unix::fs::symlink(&secret, &photo).unwrap();
    let out = import(&site, &export, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(&format!(
            "error: post 1: its photo `{MEDIA}photo_1.jpg` is not in the export"
        )),
        "{}",
        stderr(&out)
    );
    assert_eq!(bundles(&site).len(), 1, "nothing imported");
}

/// A zip whose headers claim `claimed` bytes for every entry.
fn zip_lying_about_sizes(path: &Path, claimed: u32) {
    let folder = tempfile::tempdir().unwrap();
    one_photo_export(
        folder.path(),
        &photo_post("1762243195"),
        &jpeg(64, 64, None),
    );
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    for rel in [POSTS.to_string(), format!("{MEDIA}photo_1.jpg")] {
        zip.start_file(
            rel.as_str(),
            zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Stored),
        )
        .unwrap();
        zip.write_all(&std::fs::read(folder.path().join(&rel)).unwrap())
            .unwrap();
    }
    zip.finish().unwrap();
    // The uncompressed size sits at offset 22 of a local header and 24 of a central one.
    let mut bytes = std::fs::read(path).unwrap();
    for (signature, offset) in [(b"PK\x03\x04", 22), (b"PK\x01\x02", 24)] {
        let starts: Vec<usize> = bytes
            .windows(4)
            .enumerate()
            .filter(|(_, w)| w == signature)
            .map(|(i, _)| i)
            .collect();
        for at in starts {
            bytes[at + offset..at + offset + 4].copy_from_slice(&claimed.to_le_bytes());
        }
    }
    std::fs::write(path, bytes).unwrap();
}

#[test]
fn a_zip_that_lies_about_its_sizes_is_an_error_not_a_crash() {
    let site = Site::minimal();
    let dir = tempfile::tempdir().unwrap();
    let zip = dir.path().join("export.zip");
    zip_lying_about_sizes(&zip, 0xFFFF_FFF0);
    let out = import(&site, &zip, &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.contains("error:"), "{err}");
    assert_eq!(bundles(&site).len(), 1);
}

#[test]
fn a_photo_bomb_is_refused_before_it_is_decoded() {
    let site = Site::minimal();
    let dir = tempfile::tempdir().unwrap();
    // A PNG header that declares 20,000 × 20,000 pixels.
    let mut png = Vec::new();
    image::RgbImage::new(1, 1)
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    png[16..20].copy_from_slice(&20_000u32.to_be_bytes());
    png[20..24].copy_from_slice(&20_000u32.to_be_bytes());
    let crc = crc32(&png[12..29]);
    png[29..33].copy_from_slice(&crc.to_be_bytes());
    let export = dir.path().join("export");
    one_photo_export(
        &export,
        &photo_post("1762243195").replace("photo_1.jpg", "photo_1.png"),
        b"",
    );
    std::fs::write(export.join(format!("{MEDIA}photo_1.png")), &png).unwrap();
    let out = import(&site, &export, &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("the picture declares 20000×20000 pixels, more than Vigie accepts"),
        "{err}"
    );
    // A photo larger than any a Page export holds is not read at all.
    let export = dir.path().join("big");
    one_photo_export(&export, &photo_post("1762243195"), &vec![0u8; 51_000_000]);
    let err = stderr(&import(&site, &export, &[]));
    assert!(
        err.contains(&format!(
            "error: post 1: its photo `{MEDIA}photo_1.jpg` is not in the export"
        )),
        "{err}"
    );
    assert_eq!(bundles(&site).len(), 1);
}

/// CRC-32 as PNG chunks carry it.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[test]
fn import_never_writes_a_capsule_the_build_refuses() {
    let site = Site::minimal();
    let dir = tempfile::tempdir().unwrap();
    let export = dir.path().join("export");
    let posts = r#"{"labels": [{"name": "not a post"}], "status_updates": [
  {"timestamp": 1762243195.5, "attachments": [{"data": [{"external_context": {"url": "javascript:alert(1)", "name": "Piège"}}]}],
    "data": [{"post": "Un lien piégé\u000b et une tabulation verticale."}]},
  {"timestamp": -2840140800, "data": [{"post": "Un message de 1880."}]},
  {"timestamp": 253402000000, "data": [{"post": "Un message de l'an 9999."}]},
  {"timestamp": 1762329600, "data": [{"post": "- pas une liste\n1. pas une liste\n---\nVoir https://fr.wikipedia.org/wiki/Bruxelles_(ville)"}]}
]}"#;
    one_photo_export(&export, posts, b"");
    let out = import(&site, &export, &["--kind", "alert"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("4 posts found; 2 imported, 2 skipped (0 already imported, 0 before --since, 0 empty, 2 with an impossible date)"),
        "{said}"
    );
    for dir in bundles(&site) {
        let text = std::fs::read_to_string(dir.join("index.fr.md")).unwrap();
        assert!(!text.contains("javascript"), "{text}");
        assert!(
            !text.chars().any(|c| c.is_control() && c != '\n'),
            "{text:?}"
        );
    }
    let imported =
        std::fs::read_to_string(bundle(&site, "2025-11-05").join("index.fr.md")).unwrap();
    assert!(
        imported.contains("<https://fr.wikipedia.org/wiki/Bruxelles_(ville)>"),
        "{imported}"
    );
    // The drafts build as they are, once published.
    let out = site.vigie(&["build", "--now", common::NOW, "--drafts"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let page = common::html(
        &site
            .public()
            .join("fr/capsules")
            .join(bundle(&site, "2025-11-05").file_name().unwrap())
            .join("index.html"),
    );
    assert!(common::select(&page, ".body ul, .body ol, .body hr").is_empty());
    assert!(common::text_of(&page, ".body").contains("- pas une liste"));
}

#[test]
fn a_posts_file_too_large_to_read_is_refused_with_its_name() {
    let site = Site::minimal();
    let dir = tempfile::tempdir().unwrap();
    // 70 MB of posts, well-formed: it would take some 300 MB once parsed.
    let post = r#"{"timestamp": 1762243195, "data": [{"post": "Fermez votre porte à clé, même pour cinq minutes."}]}"#;
    let mut posts = String::with_capacity(71_000_000);
    posts.push('[');
    while posts.len() < 70_000_000 {
        posts.push_str(post);
        posts.push(',');
    }
    posts.push_str(post);
    posts.push(']');
    let path = dir.path().join("posts/your_posts_1.json");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, posts).unwrap();
    let out = import(&site, dir.path(), &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("posts/your_posts_1.json"), "{err}");
    assert!(err.contains("is larger than 64 MB"), "{err}");
    assert!(err.contains("for a shorter period"), "{err}");
    assert_eq!(bundles(&site).len(), 1, "a refused import wrote bundles");
}
