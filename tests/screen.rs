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
    assert_eq!(shown_after(&page, 5000, 1920, 1080), [second]);
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
