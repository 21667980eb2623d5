//! What a hostile or careless webmaster tried, and what must hold: markup stays text in every
//! feed, private data is found however it is typed, the disk outside the site is never
//! touched, and no input crashes a command.

mod common;

use std::path::Path;

use common::{stderr, Site, MINIMAL_CONFIG};

const CAPSULE: &str = "content/capsules/test/index.fr.md";

fn capsule(front: &str, body: &str) -> String {
    format!("+++\ntitle = \"Un titre\"\nkind = \"tip\"\ndate = 2026-11-20\n{front}+++\n{body}\n")
}

/// Every RSS feed of `public`, parsed.
fn rss_feeds(public: &Path) -> Vec<rss::Channel> {
    common::files(public)
        .into_iter()
        .filter(|f| f.file_name().is_some_and(|n| n == "feed.xml"))
        .map(|f| {
            let bytes = std::fs::read(public.join(&f)).unwrap();
            rss::Channel::read_from(&bytes[..]).unwrap_or_else(|e| panic!("{}: {e}", f.display()))
        })
        .collect()
}

#[test]
fn an_rss_description_is_the_summary_as_text_in_every_feed() {
    let site = Site::minimal();
    let summary = "<img src=x onerror=alert(1)> a <b> c ]]> d & e";
    site.write(
        CAPSULE,
        &capsule(
            &format!(
                "summary = {}\ntags = [\"velo\"]\ndistricts = [\"centre\"]\n",
                toml::Value::String(summary.into())
            ),
            "Texte.",
        ),
    );
    site.write(
        "content/capsules/alerte/index.fr.md",
        "+++\ntitle = \"Alerte\"\nkind = \"alert\"\ndate = 2026-11-25\nexpires = 2026-12-20\nprivacy_reviewed = true\n+++\n<script>x</script> a <b> c\n",
    );
    let public = site.build(&["--no-leaflets"]);
    let feeds = rss_feeds(&public);
    assert!(feeds.len() >= 4, "main, alerts, tag and district feeds");
    let mut seen = 0;
    for channel in &feeds {
        for item in channel.items() {
            let description = item.description().expect("a description");
            // What a feed reader shows: the description read as HTML.
            let shown = scraper::Html::parse_fragment(description);
            let elements = shown
                .root_element()
                .descendants()
                .filter(|n| n.value().is_element())
                .count();
            assert_eq!(elements, 1, "markup in {description:?}");
            let text: String = shown.root_element().text().collect();
            match item.title() {
                Some("Un titre") => assert_eq!(text, summary),
                Some("Alerte") => assert_eq!(text, "<script>x</script> a <b> c"),
                _ => continue,
            }
            seen += 1;
        }
    }
    assert!(seen >= 4);
}

#[test]
fn look_alike_plates_in_an_alert_stop_the_build() {
    for plate in [
        "1\u{2011}ABC\u{2011}234",
        "1–abc–234",
        "1-\u{410}BC-234",
        "1-*ABC*-234",
        "1&#45;ABC-234",
        "１-ABC-２３４",
    ] {
        let site = Site::minimal();
        site.write(
            CAPSULE,
            &format!("+++\ntitle = \"Vol\"\nkind = \"alert\"\ndate = 2026-11-25\nexpires = 2026-12-20\nprivacy_reviewed = true\n+++\nUne voiture {plate} a été vue.\n"),
        );
        let err = site.failed_build();
        common::assert_error_at(
            &err,
            &format!("a licence plate in the text: `{plate}`"),
            &format!("{CAPSULE}:8:13"),
        );
    }
}

#[test]
fn templates_read_only_public_environment_variables() {
    let site = Site::minimal();
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block main %}{{ get_env(name=\"VIGIE_TEST_SECRET\") }}{% endblock main %}",
    );
    site.write(
        "content/pages/contact.fr.md",
        "+++\ntitle = \"Contact\"\n+++\nIci.\n",
    );
    let out = common::vigie_command()
        .args(["--root"])
        .arg(site.path())
        .args(["build", "--now", common::NOW, "--no-leaflets"])
        .env("VIGIE_TEST_SECRET", "s3cr3t-token")
        .env("VIGIE_PUBLIC_MATOMO", "public-value")
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("get_env: templates may read only variables whose names start with VIGIE_PUBLIC_, not `VIGIE_TEST_SECRET`"),
        "{err}"
    );
    assert!(!site.public().exists());
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block main %}<p id=\"v\">{{ get_env(name=\"VIGIE_PUBLIC_MATOMO\") }}</p>{% endblock main %}",
    );
    let out = common::vigie_command()
        .args(["--root"])
        .arg(site.path())
        .args(["build", "--now", common::NOW, "--no-leaflets"])
        .env("VIGIE_PUBLIC_MATOMO", "public-value")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let page = common::html(&site.public().join("fr/contact/index.html"));
    assert_eq!(common::text_of(&page, "#v"), "public-value");
}

#[test]
fn terminal_controls_in_content_are_shown_as_escapes() {
    let site = Site::minimal();
    site.write(
        CAPSULE,
        &capsule(
            "",
            "Vu \u{1b}[2J\u{202e} 1-ABC-234 et \u{1b}]0;titre\u{7} ici.",
        ),
    );
    let out = site.vigie(&["check", "--now", common::NOW, "--no-leaflets"]);
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(
        shown.contains("a licence plate in the text: `1-ABC-234`"),
        "{shown}"
    );
    assert!(
        !shown.contains('\u{1b}') && !shown.contains('\u{202e}') && !shown.contains('\u{7}'),
        "{shown:?}"
    );
    assert!(shown.contains("\\u{202e}"), "{shown}");
}

#[test]
fn control_characters_are_dropped_and_every_feed_stays_well_formed() {
    let site = Site::minimal();
    site.write(
        CAPSULE,
                "+++\ntitle = \"Un\u{b} titre\u{1}\"\nkind = \"tip\"\ndate = 2026-11-20\nsummary = \"R\u{0}ésumé\"\n+++\nTexte\u{b}collé de Word\u{c}.\n"
    );
    let public = site.build(&["--no-leaflets"]);
    for file in common::files(&public) {
        let name = file.to_string_lossy();
        if name.ends_with(".xml") || name.ends_with(".html") || name.ends_with(".json") {
            let text = std::fs::read_to_string(public.join(&file)).unwrap();
            assert!(
                !text
                    .chars()
                    .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')),
                "{name} holds a control character"
            );
        }
    }
    let atom = std::fs::read(public.join("fr/atom.xml")).unwrap();
    let feed = atom_syndication::Feed::read_from(&atom[..]).expect("Atom parses");
    assert!(feed
        .entries()
        .iter()
        .any(|e| e.title().as_str() == "Un  titre"));
    let rss =
        rss::Channel::read_from(&std::fs::read(public.join("fr/feed.xml")).unwrap()[..]).unwrap();
    assert!(rss.items().iter().any(|i| i.title() == Some("Un  titre")));
    assert!(rss
        .items()
        .iter()
        .any(|i| i.description() == Some("R ésumé")));
}

#[test]
fn implausible_years_are_located_errors() {
    for (date, year) in [("1026-12-01", "1026"), ("1880-06-01T12:00:00", "1880")] {
        let site = Site::minimal();
        site.write(
            CAPSULE,
            &format!("+++\ntitle = \"T\"\nkind = \"tip\"\ndate = {date}\n+++\nTexte.\n"),
        );
        let err = site.failed_build();
        common::assert_error_at(
            &err,
            &format!(
                "not a usable date: the year {year} is not plausible (Vigie accepts 1900 to 2199)"
            ),
            &format!("{CAPSULE}:4:8"),
        );
    }
    let site = Site::minimal();
    site.write(
        CAPSULE,
        &capsule(
            "\n[[press]]\nurl = \"https://x.be/a\"\noutlet = \"Le Journal\"\ndate = 1019-11-19\n",
            "Texte.",
        ),
    );
    let err = stderr(&site.vigie(&["build", "--now", common::NOW]));
    common::assert_error_at(
        &err,
        "not a usable date: the year 1019 is not plausible (Vigie accepts 1900 to 2199)",
        &format!("{CAPSULE}:9:8"),
    );
}

#[test]
fn base_url_must_be_a_site_address() {
    for (base, problem) in [
        (
            "https://example.org//prevention/",
            "has an empty folder in its path (`//`)",
        ),
        (
            "https://user:pass@example.org",
            "holds a user name or password, which every page would show",
        ),
        (
            "https://example.org/?a=1",
            "has a query (?…) or a fragment (#…)",
        ),
        (
            "https://example.org/#top",
            "has a query (?…) or a fragment (#…)",
        ),
        (
            "https://example.org:99999",
            "is not a web address (invalid port number)",
        ),
        ("https://exa mple.org", "holds a blank"),
        (
            "ftp://example.org",
            "is not an absolute web address (https://…)",
        ),
        (
            "https:/example.org",
            "is not an absolute web address (https://…)",
        ),
    ] {
        let site = Site::minimal();
        site.write(
            "site.toml",
            &MINIMAL_CONFIG.replace("https://prevention.test.be", base),
        );
        let err = site.failed_build();
        // A password is never shown, even in the message about it.
        let shown = base.replace(":pass@", ":****@");
        common::assert_error_at(
            &err,
            &format!("base_url `{shown}` {problem}"),
            "site.toml:2:12",
        );
        assert!(!site.public().exists());
    }
    let site = Site::minimal();
    let out = site.vigie(&[
        "build",
        "--now",
        common::NOW,
        "--base-url",
        "https://x.be//a",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out)
        .contains("--base-url `https://x.be//a` has an empty folder in its path (`//`)"));
}

#[test]
fn site_settings_that_cannot_work_are_located_errors() {
    let cases = [
        (
            MINIMAL_CONFIG.replace("title = \"Prévention test\"", "title = \"  \""),
            "the site's `title` is empty",
            1,
            1,
        ),
        (
            format!("{MINIMAL_CONFIG}\n[mix]\ntip = 4294967295\nalert = 1\nnews = 0\nfun = 0\n"),
            "the [mix] shares add up to 4294967296 %, not 100 %",
            15,
            1,
        ),
        (
            format!("{MINIMAL_CONFIG}\n[mix]\ntip = 200\nalert = 0\nnews = 4294967196\nfun = 0\n"),
            "the [mix] shares add up to 4294967396 %, not 100 %",
            15,
            1,
        ),
        (
            MINIMAL_CONFIG.replace("publisher =", "logo = \"../secret.svg\"\npublisher ="),
            "the logo `../secret.svg` is not in static/",
            5,
            8,
        ),
        (
            MINIMAL_CONFIG.replace(
                "publisher =",
                "logo = \"static/../../secret.svg\"\npublisher =",
            ),
            "the logo `static/../../secret.svg` is not a file of static/",
            5,
            8,
        ),
        (
            MINIMAL_CONFIG.replace("publisher =", "logo = \"static/missing.svg\"\npublisher ="),
            "there is no file `static/missing.svg` in the site",
            5,
            8,
        ),
        (
            MINIMAL_CONFIG.replace("publisher =", "logo = \"static/link.svg\"\npublisher ="),
            "there is no file `static/link.svg` in the site",
            5,
            8,
        ),
    ];
    for (config, message, line, column) in cases {
        let site = Site::minimal();
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(
            outside.path().join("secret.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        )
        .unwrap();
        std::fs::create_dir_all(site.path().join("static")).unwrap();
        std::os::unix::fs::symlink(
            outside.path().join("secret.svg"),
            site.path().join("static/link.svg"),
        )
        .unwrap();
        site.write("site.toml", &config);
        let err = site.failed_build();
        common::assert_error_at(&err, message, &format!("site.toml:{line}:{column}"));
    }
}

#[test]
fn tags_that_cannot_have_a_page_are_located_errors() {
    for (tags, message) in [
        (
            "[\"???\"]",
            "the tag `???` has no letter or digit, so it would have no page",
        ),
        (
            &format!("[\"{}\"]", "vélo".repeat(80)) as &str,
            "the tag `vélovélovélovélovélo…` is longer than 40 characters",
        ),
    ] {
        let site = Site::minimal();
        site.write(CAPSULE, &capsule(&format!("tags = {tags}\n"), "Texte."));
        let err = stderr(&site.vigie(&["build", "--now", common::NOW]));
        common::assert_error_at(&err, message, &format!("{CAPSULE}:5:8"));
    }
}

#[test]
fn a_long_title_makes_a_short_folder_and_media_names_are_safe_in_links() {
    let site = Site::minimal();
    let title = "Un très long titre ".repeat(20);
    let out = site.vigie(&["new", &title]);
    assert!(out.status.success(), "{}", stderr(&out));
    let made = std::fs::read_dir(site.path().join("content/capsules"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("un-tres"))
        .expect("the new capsule");
    assert!(made.len() <= 60, "{made}");
    assert!(
        made.ends_with("titre")
            || made.ends_with("long")
            || made.ends_with("tres")
            || made.ends_with("un"),
        "{made}"
    );

    site.write_bytes("content/capsules/test/clip #1?.mp4", b"not really a video");
    site.write("content/capsules/test/Sous titres #1.VTT", "WEBVTT\n");
    site.write(
        CAPSULE,
        &capsule(
            "\n[video]\nsrc = \"clip #1?.mp4\"\ncaptions = \"Sous titres #1.VTT\"\n",
            "Texte.",
        ),
    );
    let public = site.build(&["--no-leaflets"]);
    let page = common::html(&public.join("fr/capsules/test/index.html"));
    let sources = common::attrs(&page, "video source", "src");
    assert_eq!(sources, ["/media/test/clip-1.mp4"]);
    assert_eq!(
        common::attrs(&page, "video track", "src"),
        ["/media/test/sous-titres-1.vtt"]
    );
    assert!(public.join("media/test/clip-1.mp4").is_file());
    assert!(public.join("media/test/sous-titres-1.vtt").is_file());
}

#[test]
fn footnotes_never_take_an_id_the_page_uses() {
    let site = Site::minimal();
    site.write(
        CAPSULE,
        &capsule(
            "",
            "Voir la note[^share-h], et[^undefined].\n\n[^share-h]: La note.",
        ),
    );
    let public = site.build(&["--no-leaflets"]);
    let page = common::html(&public.join("fr/capsules/test/index.html"));
    let ids = common::attrs(&page, "[id]", "id");
    let unique: std::collections::BTreeSet<&String> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "duplicate ids: {ids:?}");
    for href in common::attrs(&page, "a[href^='#']", "href") {
        assert!(ids.contains(&href[1..].to_string()), "{href} leads nowhere");
    }
    for labelled in common::attrs(&page, "[aria-labelledby]", "aria-labelledby") {
        assert_eq!(
            common::select(&page, &format!("#{labelled}")).len(),
            1,
            "{labelled}"
        );
    }
    assert!(common::text_of(&page, ".body").contains("[^undefined]"));
}

#[test]
fn deep_nesting_is_a_located_error_in_build_and_check() {
    let site = Site::minimal();
    site.write(CAPSULE, &capsule("", &format!("{}fond", "> ".repeat(500))));
    let err = site.failed_build();
    common::assert_error_at(
        &err,
        "lists and quotes nest more than 8 levels deep here",
        &format!("{CAPSULE}:6:17"),
    );
    let list: String = (0..300)
        .map(|i| format!("{}- x\n", "  ".repeat(i)))
        .collect();
    site.write(CAPSULE, &capsule("", &list));
    let out = site.vigie(&["check", "--now", common::NOW, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a JSON report");
    assert!(report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "content/invalid"
            && f["message"] == "lists and quotes nest more than 8 levels deep here"));
}

#[test]
fn a_long_line_of_slips_gives_a_short_report() {
    let site = Site::minimal();
    let line: String = (0..8000)
        .map(|i| format!("{}-ABC-{:03} ", 1 + i % 9, i % 1000))
        .collect();
    site.write(CAPSULE, &capsule("", &line));
    let out = site.vigie(&["check", "--now", common::NOW, "--no-leaflets"]);
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.stdout.len() < 60_000,
        "{} bytes of report",
        out.stdout.len()
    );
    assert_eq!(
        shown.matches("warning [privacy/plate]").count(),
        50,
        "{shown}"
    );
    assert!(
        shown.contains(
            "warning [privacy/more]: 7950 more privacy slips from here on are not listed"
        ),
        "{shown}"
    );
    let out = site.vigie(&[
        "check",
        "--now",
        common::NOW,
        "--no-leaflets",
        "--format",
        "json",
    ]);
    assert!(out.stdout.len() < 60_000);
}

#[test]
fn check_reports_what_does_not_load_with_the_rest() {
    let site = Site::minimal();
    site.write(
        "content/capsules/alerte/index.fr.md",
        "+++\ntitle = \"Alerte\"\nkind = \"alert\"\ndate = 2026-11-25\nexpires = 2026-12-20\n+++\nPrudence.\n",
    );
    site.write(CAPSULE, &capsule("", "Appelez le 0470 12 34 56."));
    let report_file = site.path().join("report.html");
    let out = site.vigie(&[
        "check",
        "--now",
        common::NOW,
        "--no-leaflets",
        "--format",
        "json",
        "--report",
        report_file.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a JSON report");
    let findings = report["findings"].as_array().unwrap();
    let invalid = findings
        .iter()
        .find(|f| f["rule"] == "content/invalid")
        .expect("the load error");
    assert_eq!(invalid["file"], "content/capsules/alerte/index.fr.md");
    assert_eq!(invalid["capsule"], "content/capsules/alerte");
    assert_eq!(
        (invalid["line"].as_u64(), invalid["column"].as_u64()),
        (Some(3), Some(8))
    );
    assert_eq!(
        invalid["message"],
        "a published alert needs privacy_reviewed = true"
    );
    assert!(
        findings.iter().any(|f| f["rule"] == "privacy/phone"),
        "the other capsule is checked too"
    );
    let html = common::html(&report_file);
    assert!(
        common::text_of(&html, "body").contains("a published alert needs privacy_reviewed = true")
    );
    let out = site.vigie(&["check", "--now", common::NOW, "--no-leaflets"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("error [content/invalid]: a published alert needs privacy_reviewed = true"),
        "{text}"
    );

    site.write(
        "site.toml",
        &MINIMAL_CONFIG.replace(
            "languages = [\"fr\", \"nl\"]",
            "languages = [\"fr\", \"nl\"]\nlanguage = 1",
        ),
    );
    let out = site.vigie(&["check", "--now", common::NOW, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a JSON report");
    assert_eq!(report["findings"][0]["file"], "site.toml");
    assert_eq!(report["findings"][0]["line"], 4);
}

#[test]
fn the_output_folder_is_never_the_site_or_someone_else_s_files() {
    let site = Site::minimal();
    for folder in ["content", "content/capsules", "static", "."] {
        let out = site.vigie(&[
            "build",
            "--now",
            common::NOW,
            "--output",
            site.path().join(folder).to_str().unwrap(),
        ]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{folder}: {err}");
        assert!(
            err.contains("is part of the site itself; building there would delete it"),
            "{folder}: {err}"
        );
    }
    assert!(site
        .path()
        .join("content/capsules/fermez/index.fr.md")
        .is_file());

    let documents = tempfile::tempdir().unwrap();
    std::fs::write(documents.path().join("budget.ods"), "mine").unwrap();
    let out = site.vigie(&[
        "build",
        "--now",
        common::NOW,
        "--no-leaflets",
        "--output",
        documents.path().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("holds files that Vigie did not write, and a build replaces the whole folder: choose an empty or new folder, or add --force"));
    assert!(documents.path().join("budget.ods").is_file());
    // Its own earlier output, and an empty folder, are fine; --force is a choice.
    let mine = tempfile::tempdir().unwrap();
    for _ in 0..2 {
        let out = site.vigie(&[
            "build",
            "--now",
            common::NOW,
            "--no-leaflets",
            "--output",
            mine.path().to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let out = site.vigie(&[
        "build",
        "--now",
        common::NOW,
        "--no-leaflets",
        "--force",
        "--output",
        documents.path().to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!documents.path().join("budget.ods").exists());
}

#[test]
fn a_public_symlink_is_built_through_and_kept() {
    let site = Site::minimal();
    let www = tempfile::tempdir().unwrap();
    let target = www.path().join("prevention");
    std::fs::create_dir_all(&target).unwrap();
    std::fs::write(www.path().join("other-site.html"), "neighbour").unwrap();
    std::os::unix::fs::symlink(&target, site.public()).unwrap();
    for _ in 0..3 {
        let out = site.vigie(&["build", "--now", common::NOW, "--no-leaflets"]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(
            site.public()
                .symlink_metadata()
                .unwrap()
                .file_type()
                .is_symlink(),
            "the link was replaced"
        );
        assert!(target.join("fr/capsules/fermez/index.html").is_file());
    }
    assert_eq!(
        std::fs::read_to_string(www.path().join("other-site.html")).unwrap(),
        "neighbour"
    );
    let left: Vec<String> = std::fs::read_dir(www.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left.len(), 2, "leftovers: {left:?}");
    // A link to a folder with someone else's files is refused, like --output.
    std::fs::remove_file(target.join(".vigie-output")).unwrap();
    let out = site.vigie(&["build", "--now", common::NOW, "--no-leaflets"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn a_leftover_from_an_interrupted_build_is_recovered() {
    let site = Site::minimal();
    site.build(&["--no-leaflets"]);
    // As if a build had been stopped between its two renames.
    std::fs::rename(site.public(), site.path().join(".public.vigie-old")).unwrap();
    std::fs::create_dir_all(site.path().join(".public.vigie-staging/fr")).unwrap();
    let public = site.build(&["--no-leaflets"]);
    assert!(public.join("fr/index.html").is_file());
    assert!(!site.path().join(".public.vigie-old").exists());
    assert!(!site.path().join(".public.vigie-staging").exists());
}

#[test]
fn the_starter_site_is_clean_in_its_own_check() {
    let dir = tempfile::tempdir().unwrap();
    for lang in ["fr", "nl", "de", "en"] {
        let root = dir.path().join(lang);
        let out = common::vigie_command()
            .args(["--lang", lang, "init"])
            .arg(&root)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        let out = common::vigie_command()
            .args(["--root"])
            .arg(&root)
            .args(["check", "--format", "json", "--no-leaflets"])
            .output()
            .unwrap();
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a JSON report");
        assert_eq!(
            report["findings"],
            serde_json::json!([]),
            "{lang}: {report:#}"
        );
        assert!(out.status.success());
    }
}
