//! The slideshow for waiting-room screens: read as HTML, then shown in Chromium without
//! JavaScript from the disk, its QR codes decoded from screenshots as the slides take turns.

mod common;

use std::path::Path;
use std::process::Command;

use common::{attrs, html, select, text_of, Site, MINIMAL_CONFIG};

#[test]
fn the_screen_shows_running_alerts_first_then_the_latest_with_links_that_work_from_disk() {
    let site = Site::example();
    let public = site.build(&["--no-leaflets"]);
    for (folder, shape) in [
        ("fr/screen", "landscape"),
        ("fr/screen/portrait", "portrait"),
    ] {
        let dir = public.join(folder);
        let page = html(&dir.join("index.html"));
        assert_eq!(attrs(&page, "body", "class"), [shape]);
        let slides = select(&page, "section.slide");
        assert_eq!(slides.len(), 12, "[screen] capsules defaults to 12");
        let kinds = attrs(&page, "section.slide", "class");
        assert_eq!(
            kinds[0], "slide kind-alert",
            "the running alert first: {kinds:?}"
        );
        assert!(kinds[1..].iter().all(|k| k != "slide kind-alert"));
        // One round of 12 slides of 10 seconds, then the page reloads itself.
        assert_eq!(attrs(&page, "meta[http-equiv=refresh]", "content"), ["120"]);
        assert!(select(&page, "script").is_empty(), "no JavaScript");
        // Every link is relative and leads to a file, so the folder works on a USB stick.
        let mut links = attrs(&page, "[src]", "src");
        links.extend(attrs(&page, "link[href]", "href"));
        assert!(links.len() > 5, "{links:?}");
        for link in links {
            assert!(!link.starts_with('/') && !link.contains("://"), "{link}");
            assert!(dir.join(&link).is_file(), "{folder}: {link} leads nowhere");
        }
        let css = std::fs::read_to_string(dir.join("screen.css")).unwrap();
        assert!(
            css.contains(".slide:nth-child(12) { animation-delay: 110s; }"),
            "{css}"
        );
        assert!(
            css.contains("animation: turn 120s step-end infinite"),
            "{css}"
        );
    }
    assert!(public.join("nl/screen/index.html").is_file());
}

/// A screenshot of the screen page from the disk, as a kiosk shows it, after `ms`
/// milliseconds of the page's (virtual) time; the text of the QR codes it shows. The page has
/// no script (the tests check it), so whatever moves moves without JavaScript; Chromium's
/// switch that turns scripts off also stops its screenshots.
fn shown_after(page: &Path, ms: u32, width: u32, height: u32) -> Vec<String> {
    let shot = page.with_file_name(format!("shot-{ms}.png"));
    let out = Command::new("timeout")
        .args([
            "60",
            "chromium",
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
        ])
        .arg("--hide-scrollbars")
        .arg(format!("--window-size={width},{height}"))
        .arg(format!("--virtual-time-budget={ms}"))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("timeout and chromium (installed by .ci/run)");
    assert!(shot.is_file(), "{}", common::stderr(&out));
    common::qr_texts(&shot)
}

#[test]
fn the_slides_take_turns_without_javascript_and_their_qr_codes_lead_to_the_capsules() {
    let site = Site::minimal();
    site.write(
        "site.toml",
        &format!("{MINIMAL_CONFIG}\n[screen]\nseconds = 4\n"),
    );
    site.write(
        "content/capsules/porte/index.fr.md",
        "+++\ntitle = \"La porte <script>alert(1)</script>\"\nkind = \"tip\"\ndate = 2026-11-25\n+++\nFermez la porte.\n",
    );
    let public = site.build(&["--no-leaflets"]);
    let page = public.join("fr/screen/index.html");
    let doc = html(&page);
    assert_eq!(
        text_of(&doc, "section.slide:first-child h1"),
        "La porte <script>alert(1)</script>"
    );
    assert!(select(&doc, "script").is_empty());
    let handlers = select(&doc, "*")
        .iter()
        .flat_map(|e| e.value().attrs().map(|(name, _)| name.to_string()))
        .filter(|name| name.starts_with("on"))
        .collect::<Vec<_>>();
    assert!(handlers.is_empty(), "{handlers:?}");
    let first = "https://prevention.test.be/fr/capsules/porte/";
    let second = "https://prevention.test.be/fr/capsules/fermez/";
    assert_eq!(shown_after(&page, 1000, 1920, 1080), [first]);
    // Mid-way through the second slide's 4 seconds (4 to 8 s): Chromium's virtual time drifts
    // by a second or so on a loaded machine, which failed CI once at 5 s.
    assert_eq!(shown_after(&page, 6000, 1920, 1080), [second]);
    // After a round (8 s) the page reloads itself, which a screenshot does not wait through.
    assert_eq!(attrs(&doc, "meta[http-equiv=refresh]", "content"), ["8"]);
    let portrait = public.join("fr/screen/portrait/index.html");
    assert_eq!(shown_after(&portrait, 1000, 1080, 1920), [first]);
}

#[test]
fn screen_settings_out_of_range_are_refused_where_they_are_written() {
    for (table, message, at) in [
        (
            "[screen]\nseconds = 0\n",
            "[screen] seconds must be between 4–120",
            "16:1",
        ),
        (
            "[screen]\ncapsules = 1000\n",
            "[screen] capsules must be between 1–50",
            "16:1",
        ),
        ("[screen]\nseconds = -3\n", "site.toml", "16:"),
        ("[screen]\nslides = 3\n", "slides", "16:1"),
    ] {
        let site = Site::minimal();
        site.write("site.toml", &format!("{MINIMAL_CONFIG}\n{table}"));
        let err = site.failed_build();
        assert!(
            err.contains(message) && err.contains(&format!("site.toml:{at}")),
            "{table}: expected {message} at {at} in\n{err}"
        );
    }
}

/// The QR codes a PNG slide shows, and its size in pixels.
fn slide_picture(path: &Path) -> (Vec<String>, (u32, u32)) {
    let size = image::image_dimensions(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (common::qr_texts(path), size)
}

#[test]
fn the_slides_come_as_pictures_in_the_show_s_order_and_in_a_zip() {
    let site = Site::example();
    let public = site.build(&[]);
    for (folder, size) in [
        ("fr/screen", (1920, 1080)),
        ("fr/screen/portrait", (1080, 1920)),
        ("nl/screen", (1920, 1080)),
    ] {
        let dir = public.join(folder);
        let page = html(&dir.join("index.html"));
        // The HTML show's slides name their addresses (without the scheme) on their QR codes.
        let addresses = attrs(&page, "section.slide svg.qr", "aria-label");
        let mut pictures: Vec<String> = std::fs::read_dir(dir.join("slides"))
            .expect("slides folder")
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        pictures.sort();
        let expected: Vec<String> = (1..=addresses.len())
            .map(|k| format!("{k:02}.png"))
            .collect();
        assert_eq!(pictures, expected, "{folder}: one picture per slide");
        let mut unread = Vec::new();
        for (name, address) in pictures.iter().zip(&addresses) {
            let (codes, got) = slide_picture(&dir.join("slides").join(name));
            assert_eq!(got, size, "{folder}/{name}");
            if codes != [format!("https://{address}")] {
                unread.push(format!("{folder}/{name}: {codes:?} for {address}"));
            }
        }
        assert!(unread.is_empty(), "{unread:#?}");
        // The zip holds the same pictures under the same names, for a signage player's upload.
        let file = std::fs::File::open(dir.join("slides.zip")).expect("slides.zip");
        let mut zip = zip::ZipArchive::new(file).expect("a zip");
        let names: Vec<String> = (0..zip.len())
            .map(|i| zip.by_index(i).unwrap().name().unwrap().to_string())
            .collect();
        assert_eq!(names, expected, "{folder}/slides.zip");
        for name in &expected {
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut zip.by_name(name).unwrap(), &mut bytes).unwrap();
            assert_eq!(bytes, std::fs::read(dir.join("slides").join(name)).unwrap());
        }
    }
    // The alert first, as on the HTML show: its slide is drawn on the alert's red.
    let first = image::open(public.join("fr/screen/slides/01.png"))
        .unwrap()
        .to_rgb8();
    let [r, g, b] = first.get_pixel(1900, 540).0;
    assert!(
        r > 120 && g < 60 && b < 60,
        "not the alert's red: {r} {g} {b}"
    );
    // A rebuild draws nothing again and gives the same bytes.
    let before = std::fs::read(public.join("fr/screen/slides.zip")).unwrap();
    let public = site.build(&[]);
    assert_eq!(
        std::fs::read(public.join("fr/screen/slides.zip")).unwrap(),
        before
    );
}

#[test]
fn a_slide_shows_a_short_text_and_hostile_words_as_words() {
    let site = Site::minimal();
    let sentence =
        "Une phrase de quatre-vingts caractères environ, qui explique ce qu’il faut faire.";
    let word = "x".repeat(60);
    for (slug, title, summary) in [
        (
            "deux",
            "Deux phrases",
            format!("{sentence} {sentence} {sentence}"),
        ),
        (
            "longue",
            "#read(\"/etc/passwd\") $x$ ] [",
            format!("{} fin.", [word.as_str(); 6].join(" ")),
        ),
    ] {
        site.write(
            &format!("content/capsules/{slug}/index.fr.md"),
            &format!("+++\ntitle = '{title}'\nsummary = \"{summary}\"\nkind = \"tip\"\ndate = 2026-11-26\n+++\nTexte.\n"),
        );
    }
    let public = site.build(&[]);
    let page = html(&public.join("fr/screen/index.html"));
    let texts: Vec<String> = select(&page, "section.slide p.text")
        .iter()
        .map(|p| p.text().collect())
        .collect();
    // Two whole sentences where three would not fit; a sentence too long, cut at a word.
    assert!(
        texts.contains(&format!("{sentence} {sentence}")),
        "{texts:?}"
    );
    let cut = texts
        .iter()
        .find(|t| t.starts_with("xxx"))
        .expect("the long one");
    assert!(cut.ends_with('…') && cut.chars().count() <= 200, "{cut}");
    assert!(texts.iter().all(|t| t.chars().count() <= 200), "{texts:?}");
    // Typst markup in a title is drawn as text: the slide is made, its QR code leads home.
    let headlines: Vec<String> = select(&page, "section.slide h1")
        .iter()
        .map(|h| h.text().collect())
        .collect();
    let k = headlines
        .iter()
        .position(|h| h.starts_with("#read"))
        .expect("the hostile slide");
    let (codes, _) = slide_picture(&public.join(format!("fr/screen/slides/{:02}.png", k + 1)));
    assert_eq!(codes, ["https://prevention.test.be/fr/capsules/longue/"]);
}
