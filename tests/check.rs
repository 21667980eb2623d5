//! `vigie check`: each rule on a fixture with what it must find and what it must leave alone,
//! read back from its JSON; `allow`; exit codes; the HTML report; a build stopped by a grave
//! slip.

mod common;

use common::{html, select, stderr, Site};
use serde_json::Value;

/// Runs `vigie check --format json` (leaflets skipped unless `leaflets`), gives the exit code
/// and the parsed report.
fn check(site: &Site, leaflets: bool) -> (i32, Value) {
    let mut args = vec!["check", "--format", "json", "--now", common::NOW];
    if !leaflets {
        args.push("--no-leaflets");
    }
    let out = site.vigie(&args);
    let json = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            stderr(&out)
        )
    });
    (out.status.code().expect("an exit code"), json)
}

/// The findings of one capsule folder as (severity, rule, line, column, message).
fn findings(report: &Value, folder: &str) -> Vec<(String, String, u64, u64, String)> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["capsule"] == format!("content/capsules/{folder}"))
        .map(|f| {
            (
                f["severity"].as_str().unwrap().to_string(),
                f["rule"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
                f["message"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn rules(report: &Value, folder: &str) -> Vec<String> {
    findings(report, folder).into_iter().map(|f| f.1).collect()
}

/// A capsule in French and Dutch with a good photo: nothing for `check` to say.
fn clean(site: &Site, folder: &str, kind: &str, date: &str, extra: &str) {
    for lang in ["fr", "nl"] {
        site.write(
            &format!("content/capsules/{folder}/index.{lang}.md"),
            &format!("+++\ntitle = \"Fermez la porte à clé\"\nkind = \"{kind}\"\ndate = {date}\nprivacy_reviewed = true\n{extra}[image]\nsrc = \"photo.png\"\nalt = \"Une main tourne une clé dans la serrure\"\n+++\nFermez à clé, même pour cinq minutes.\n"),
        );
    }
    let photo = image::RgbImage::from_pixel(1800, 1200, image::Rgb([90, 120, 160]));
    photo
        .save(
            site.path()
                .join(format!("content/capsules/{folder}/photo.png")),
        )
        .expect("photo");
}

#[test]
fn privacy_slips_are_found_where_they_are_and_the_sites_own_details_are_not() {
    let site = Site::minimal();
    clean(&site, "fermez", "tip", "2026-11-20", "");
    site.write(
        "content/capsules/fermez/index.fr.md",
        "+++\ntitle = \"Fermez la porte à clé\"\nkind = \"tip\"\ndate = 2026-11-20\n[image]\nsrc = \"photo.png\"\nalt = \"Une porte, appelez le 0471 22 33 44\"\n+++\nUne voiture 1-ABC-234 rôdait.\n\nAppelez le 0470 12 34 56, le +32 2 000 00 00 ou le 101, réunion le 04/11/2026 à 19h30.\n\nJean D., 34 ans, et M. Dupont habitent rue de la Station 12.\n\nÉcrivez à jean.dupont@example.be ou prevention@test.be.\n\nNN 85.07.30-033.29, IBAN BE68 5390 0754 7034.\n",
    );
    let (code, report) = check(&site, false);
    assert_eq!(code, 0, "only warnings in a tip");
    let found = findings(&report, "fermez");
    let expected: Vec<(&str, &str, u64, u64, &str)> = vec![
        (
            "warning",
            "privacy/phone",
            7,
            30,
            "a phone number in the text: `0471 22 33 44`",
        ),
        (
            "warning",
            "privacy/plate",
            9,
            13,
            "a licence plate in the text: `1-ABC-234`",
        ),
        (
            "warning",
            "privacy/phone",
            11,
            12,
            "a phone number in the text: `0470 12 34 56`",
        ),
        (
            "warning",
            "privacy/name-initial",
            13,
            1,
            "a first name with an initial in the text: `Jean D.,`",
        ),
        (
            "warning",
            "privacy/titled-name",
            13,
            21,
            "a person's name in the text: `M. Dupont`",
        ),
        (
            "warning",
            "privacy/address",
            13,
            40,
            "a street address with a house number in the text: `rue de la Station 12`",
        ),
        (
            "warning",
            "privacy/email",
            15,
            11,
            "an e-mail address in the text: `jean.dupont@example.be`",
        ),
        (
            "warning",
            "privacy/iban",
            17,
            26,
            "a bank account number (IBAN) in the text: `BE68 5390 0754 7034`",
        ),
    ];
    let found: Vec<(&str, &str, u64, u64, &str)> = found
        .iter()
        .map(|(s, r, l, c, m)| (s.as_str(), r.as_str(), *l, *c, m.as_str()))
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn a_plate_in_an_alert_is_an_error_that_stops_the_build_until_allowed() {
    let site = Site::minimal();
    let alert = "+++\ntitle = \"Voiture suspecte\"\nkind = \"alert\"\ndate = 2026-11-25\nexpires = 2026-12-05\nprivacy_reviewed = true\n{allow}+++\nUne voiture 1-ABC-234 a été vue. NN 85.07.30-033.28.\n";
    site.write(
        "content/capsules/voiture/index.fr.md",
        &alert.replace("{allow}", ""),
    );
    let (code, report) = check(&site, false);
    assert_eq!(code, 1);
    assert_eq!(report["errors"], 2);
    let errors: Vec<_> = findings(&report, "voiture")
        .into_iter()
        .filter(|f| f.0 == "error")
        .collect();
    assert_eq!(errors[0].1, "privacy/plate");
    assert_eq!(
        errors[1].4,
        "a national register number in the text: `85.07.30-033.28`"
    );

    let out = site.vigie(&["build", "--now", common::NOW]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("error: a licence plate in the text: `1-ABC-234`\n  --> content/capsules/voiture/index.fr.md:8:13\n"),
        "{err}"
    );
    assert!(
        err.contains("help: an alert must not identify anyone"),
        "{err}"
    );
    assert!(!site.public().exists());

    site.write(
        "content/capsules/voiture/index.fr.md",
        &alert.replace("{allow}", "allow = [\"1-ABC-234\", \"85.07.30-033.28\"]\n"),
    );
    let (code, report) = check(&site, false);
    assert_eq!(code, 0, "{report:#}");
    assert!(!rules(&report, "voiture")
        .iter()
        .any(|r| r.starts_with("privacy/")));
    site.build(&["--no-leaflets"]);
}

/// A build remembers which texts it found free of grave slips (`.vigie-cache/privacy/`), by the
/// capsule's fingerprint: a text edited after a clean build, or an `allow` taken back, is read
/// again, and an index that lies or is damaged clears nothing.
#[test]
fn a_text_found_clean_is_read_again_once_changed_and_a_damaged_index_clears_nothing() {
    let site = Site::minimal();
    let file = "content/capsules/voiture/index.fr.md";
    let write = |allow: &str, car: &str| {
        site.write(
            file,
            &format!("+++\ntitle = \"Voiture suspecte\"\nkind = \"alert\"\ndate = 2026-11-25\nexpires = 2026-12-05\nprivacy_reviewed = true\n{allow}+++\nUne voiture {car} a été vue.\n"),
        )
    };
    let stopped = |site: &Site| {
        let out = site.vigie(&["build", "--now", common::NOW, "--no-leaflets"]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(
            err.contains("a licence plate in the text: `1-ABC-234`\n  --> content/capsules/voiture/index.fr.md:8:13\n"),
            "{err}"
        );
    };
    let index = site.path().join(".vigie-cache/privacy/sources.idx");
    write("", "grise");
    site.build(&["--no-leaflets"]);
    let first = std::fs::read_to_string(&index).expect("an index of clean texts");
    assert_eq!(first.lines().count(), 1, "{first}");

    write("", "1-ABC-234");
    stopped(&site);
    let allowed = "allow = [\"1-ABC-234\"]\n";
    write(allowed, "1-ABC-234");
    site.build(&["--no-leaflets"]);
    let cleared = std::fs::read_to_string(&index).expect("an index of clean texts");
    assert_eq!(cleared.lines().count(), 1, "{cleared}");
    assert_ne!(cleared, first);

    // The allow taken back: the same body, another fingerprint.
    write("", "1-ABC-234");
    stopped(&site);
    // Lines that are not a clean verdict on this text, beside the allowed text's own line.
    let (key, _) = cleared
        .trim_end()
        .split_once(' ')
        .expect("a key and a verdict");
    let damaged = format!(
        "{cleared}{key}\n{key} dirty\n{zeros} clean\n{short} clean\nclean\n\u{7}\u{0} clean\n{key}  clean\n",
        zeros = "0".repeat(64),
        short = &key[..63],
    );
    std::fs::write(&index, &damaged).unwrap();
    stopped(&site);
    let mut not_text = b"\xff\xfe".to_vec();
    not_text.extend_from_slice(damaged.as_bytes());
    std::fs::write(&index, &not_text).unwrap();
    stopped(&site);

    // Allowed again: built, and the index is rewritten whole.
    write(allowed, "1-ABC-234");
    site.build(&["--no-leaflets"]);
    assert_eq!(std::fs::read_to_string(&index).unwrap(), cleared);
}

#[test]
fn content_rules_and_a_clean_capsule() {
    let site = Site::minimal();
    site.write(
        "content/capsules/fermez/index.fr.md",
        "+++\ntitle = \"Fermez à clé\"\nkind = \"tip\"\ndate = 2026-11-20\n+++\nTexte.\n",
    );
    clean(&site, "propre", "tip", "2026-11-21", "");
    let long_title =
        "Un titre beaucoup trop long pour un résultat de recherche ou une carte de partage";
    let body = "mot ".repeat(130);
    site.write(
        "content/capsules/long/index.fr.md",
        &format!("+++\ntitle = \"{long_title}\"\nkind = \"alert\"\ndate = 2026-11-01\nexpires = 2026-12-20\nprivacy_reviewed = true\nsummary = \"{}\"\n[image]\nsrc = \"petite.png\"\nalt = \"petite.png\"\n+++\n{body}\n\nVoir [l'ancienne page](http://exemple.be/vieux) et [ceci](https://prevention.test.be/fr/capsules/nulle-part/).\n", "Résumé ".repeat(30)),
    );
    image::RgbImage::from_pixel(400, 300, image::Rgb([1, 2, 3]))
        .save(site.path().join("content/capsules/long/petite.png"))
        .expect("photo");
    let (code, report) = check(&site, false);
    assert_eq!(code, 0);
    assert_eq!(
        rules(&report, "propre"),
        Vec::<String>::new(),
        "a clean capsule"
    );
    assert_eq!(
        rules(&report, "fermez"),
        ["content/no-picture", "content/missing-translation"]
    );
    let long = findings(&report, "long");
    let message = |rule: &str| {
        long.iter()
            .find(|f| f.1 == rule)
            .map(|f| (f.2, f.3, f.4.clone()))
            .unwrap_or_else(|| panic!("no {rule} in {long:?}"))
    };
    assert_eq!(
        message("content/title-length"),
        (
            2,
            9,
            "the title has 81 characters; past 70 it is cut in search results and share cards"
                .into()
        )
    );
    assert_eq!(
        message("content/summary-length").2,
        "the summary has 209 characters; feeds and e-mails show about 200"
    );
    assert_eq!(
        message("content/body-length").2,
        "the text has more than 120 words; a capsule is one practical tip, read in a minute"
    );
    assert_eq!(
        message("content/alt-text"),
        (
            10,
            7,
            "the alt text `petite.png` does not describe the picture".into()
        )
    );
    assert_eq!(
        message("content/print-resolution"),
        (
            9,
            7,
            "the photo prints at 69 dpi across the A5 leaflet; print shops want 300".into()
        )
    );
    assert_eq!(
        message("content/poster-resolution"),
        (
            9,
            7,
            "the photo prints at 34 dpi across the A3 poster; for a poster read from a metre or more, print shops want 150".into()
        )
    );
    assert_eq!(message("content/alert-duration"), (5, 11, "the alert runs for 49 days; an alert is news, and one that lasts more than 30 days stops being read".into()));
    assert_eq!(
        message("content/insecure-link").2,
        "`http://exemple.be/vieux` is not https"
    );
    assert_eq!(
        message("content/broken-link").2,
        "`https://prevention.test.be/fr/capsules/nulle-part/` leads to no page of this site"
    );
}

#[test]
fn a_leaflet_that_prints_its_short_text_is_reported() {
    let site = Site::minimal();
    let body =
        "Un cambrioleur essaie d’abord le paillasson, le pot de fleurs et la boîte aux lettres. "
            .repeat(80);
    site.write(
        "content/capsules/fermez/index.fr.md",
        &format!("+++\ntitle = \"Fermez à clé\"\nkind = \"tip\"\ndate = 2026-11-20\n[leaflet]\nshort = \"Fermez à clé.\"\n+++\n{body}\n"),
    );
    let (_, report) = check(&site, true);
    let short: Vec<_> = findings(&report, "fermez")
        .into_iter()
        .filter(|f| f.1 == "content/leaflet-short")
        .collect();
    assert_eq!(short.len(), 1, "{report:#}");
    assert_eq!(
        short[0].4,
        "the text is too long for the leaflet, which prints the short text instead"
    );
}

#[test]
fn the_mix_the_calendar_and_the_json_schema() {
    let site = Site::minimal();
    clean(&site, "fermez", "tip", "2026-11-20", "");
    clean(&site, "quiz", "fun", "2026-08-20", "");
    clean(&site, "samedi", "tip", "2026-12-05", "");
    clean(
        &site,
        "alerte",
        "alert",
        "2026-11-28",
        "expires = 2026-12-03\n",
    );
    site.write(
        "content/capsules/sans-photo/index.fr.md",
        "+++\ntitle = \"Sans photo\"\nkind = \"tip\"\ndate = 2026-11-10\n+++\nTexte.\n",
    );
    let (code, report) = check(&site, false);
    assert_eq!(code, 0);
    assert_eq!(report["schema"], 1);
    for key in ["errors", "warnings", "findings", "mix", "calendar"] {
        assert!(report.get(key).is_some(), "no {key}");
    }
    let windows = &report["mix"]["windows"];
    assert_eq!(
        (
            windows[0]["days"].as_u64(),
            windows[0]["tip"].as_u64(),
            windows[0]["fun"].as_u64(),
            windows[0]["alert"].as_u64()
        ),
        (Some(30), Some(2), Some(0), Some(1))
    );
    assert_eq!(windows[1]["fun"], 0, "the quiz is more than 90 days old");
    let verdict: Vec<&str> = report["mix"]["verdict"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(
        verdict
            .contains(&"Nothing light in the last 30 days: plan a quiz or a fun post this month."),
        "{verdict:?}"
    );
    assert_eq!(report["mix"]["months"].as_array().unwrap().len(), 6);
    let days = report["calendar"]["days"].as_array().unwrap();
    assert_eq!(days.len(), 14);
    let saturday = days
        .iter()
        .find(|d| d["date"] == "2026-12-05")
        .expect("5 December");
    assert_eq!(saturday["weekend"], true);
    assert_eq!(saturday["capsules"][0]["folder"], "content/capsules/samedi");
    assert_eq!(days[0]["date"], "2026-12-01");
    assert_eq!(days[0]["weekend"], false);
    assert_eq!(report["calendar"]["ending"][0]["ends"], "2026-12-03");
    let finding = &report["findings"][0];
    for key in [
        "severity", "rule", "capsule", "file", "line", "column", "message", "hint",
    ] {
        assert!(
            finding.get(key).is_some(),
            "a finding has no {key}: {finding}"
        );
    }
}

#[test]
fn the_html_report_holds_the_findings_the_chart_and_the_calendar() {
    let site = Site::minimal();
    clean(&site, "quiz", "fun", "2026-10-20", "");
    let file = site.path().join("report.html");
    let out = site.vigie(&[
        "check",
        "--no-leaflets",
        "--now",
        common::NOW,
        "--report",
        file.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("content/capsules/fermez"),
        "text grouped by capsule:\n{text}"
    );
    assert!(text.contains("0 errors, 2 warnings"), "{text}");
    let page = html(&file);
    assert!(
        select(&page, "link, script, img").is_empty(),
        "self-contained"
    );
    let bars = select(&page, "svg rect");
    assert_eq!(
        bars.len(),
        2,
        "one bar part for October's fun, one for November's tip"
    );
    assert_eq!(
        select(&page, "svg title")
            .first()
            .map(|t| t.text().collect::<String>())
            .as_deref(),
        Some("Capsules published per month, by kind")
    );
    assert_eq!(
        select(&page, "tr.weekend").len(),
        4,
        "two weekends in 14 days"
    );
    assert_eq!(select(&page, ".finding").len(), 2);
}
