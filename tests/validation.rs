//! Every bad-input rule: its fixture, its exact message and place, exit code 1, nothing written.

mod common;

use common::{stderr, Site, MINIMAL_CONFIG};

/// Builds `site` and expects exactly this error among the reported ones.
#[track_caller]
fn expect_error(site: &Site, file: &str, line: usize, column: usize, message: &str) -> String {
    let out = site.vigie(&["build", "--now", common::NOW]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "exit code; stderr:\n{err}");
    let expected = if line == 0 {
        format!("error: {message}\n  --> {file}\n")
    } else {
        format!("error: {message}\n  --> {file}:{line}:{column}\n")
    };
    assert!(err.contains(&expected), "expected\n{expected}\nin\n{err}");
    assert!(!site.public().exists(), "a failed build wrote public/");
    err
}

const CAPSULE: &str = "content/capsules/test/index.fr.md";

fn with_capsule(text: &str) -> Site {
    let site = Site::minimal();
    site.write(CAPSULE, text);
    site
}

#[test]
fn unknown_site_key_suggests_the_right_one() {
    let site = Site::minimal();
    site.write(
        "site.toml",
        &MINIMAL_CONFIG.replace("publisher =", "publischer ="),
    );
    let err = expect_error(&site, "site.toml", 5, 1, "unknown field `publischer`");
    assert!(err.contains("help: did you mean `publisher`?"), "{err}");
    assert!(
        err.contains("5 | publischer = \"Commune de Test\"\n  | ^^^^^^^^^^"),
        "caret under the key:\n{err}"
    );
}

#[test]
fn site_needs_an_absolute_base_url() {
    let site = Site::minimal();
    site.write(
        "site.toml",
        &MINIMAL_CONFIG.replace("https://prevention.test.be", "prevention.test.be"),
    );
    expect_error(
        &site,
        "site.toml",
        2,
        12,
        "base_url `prevention.test.be` is not an absolute web address (https://…)",
    );
}

#[test]
fn required_language_must_be_a_site_language() {
    let site = Site::minimal();
    site.write(
        "site.toml",
        &MINIMAL_CONFIG.replace(
            "required_languages = [\"fr\"]",
            "required_languages = [\"de\"]",
        ),
    );
    expect_error(
        &site,
        "site.toml",
        4,
        23,
        "language `de` is not in `languages`",
    );
}

#[test]
fn unknown_time_zone() {
    let site = Site::minimal();
    site.write(
        "site.toml",
        &format!("timezone = \"Europe/Bruxelles\"\n{MINIMAL_CONFIG}"),
    );
    expect_error(
        &site,
        "site.toml",
        1,
        12,
        "unknown time zone `Europe/Bruxelles`",
    );
}

#[test]
fn unknown_theme() {
    let site = Site::minimal();
    site.write("site.toml", &format!("theme = \"fancy\"\n{MINIMAL_CONFIG}"));
    expect_error(
        &site,
        "site.toml",
        1,
        9,
        "no theme `fancy`: the folder themes/fancy/ does not exist",
    );
}

#[test]
fn missing_site_toml() {
    let site = Site::empty();
    expect_error(
        &site,
        "site.toml",
        0,
        0,
        "cannot read site.toml: No such file or directory (os error 2)",
    );
}

#[test]
fn unknown_front_matter_key_suggests_the_right_one() {
    let site = with_capsule("+++\ntitel = \"X\"\nkind = \"tip\"\ndate = 2026-11-01\n+++\nTexte.\n");
    let err = expect_error(&site, CAPSULE, 2, 1, "unknown field `titel`");
    assert!(err.contains("did you mean `title`?"), "{err}");
}

#[test]
fn unknown_kind_suggests_the_right_one() {
    let site = with_capsule("+++\ntitle = \"X\"\nkind = \"tipp\"\ndate = 2026-11-01\n+++\n");
    let err = expect_error(&site, CAPSULE, 3, 8, "unknown variant `tipp`");
    assert!(err.contains("did you mean `tip`?"), "{err}");
}

#[test]
fn kind_is_required() {
    let site = with_capsule("+++\ntitle = \"X\"\ndate = 2026-11-01\n+++\n");
    expect_error(&site, CAPSULE, 1, 1, "the capsule has no `kind`");
}

#[test]
fn date_is_required() {
    let site = with_capsule("+++\ntitle = \"X\"\nkind = \"tip\"\n+++\n");
    expect_error(&site, CAPSULE, 1, 1, "the capsule has no `date`");
}

#[test]
fn title_is_required_in_each_translation() {
    let site = with_capsule("+++\nkind = \"tip\"\ndate = 2026-11-01\n+++\n");
    expect_error(&site, CAPSULE, 1, 1, "this translation has no `title`");
}

#[test]
fn an_alert_needs_an_expiry() {
    let site = with_capsule(
        "+++\ntitle = \"X\"\nkind = \"alert\"\ndate = 2026-11-01\nprivacy_reviewed = true\n+++\n",
    );
    expect_error(&site, CAPSULE, 3, 8, "an alert needs an `expires` date");
}

#[test]
fn expiry_must_follow_the_date() {
    let site = with_capsule(
        "+++\ntitle = \"X\"\nkind = \"alert\"\ndate = 2026-11-01\nexpires = 2026-10-01\nprivacy_reviewed = true\n+++\n",
    );
    expect_error(&site, CAPSULE, 5, 11, "`expires` is not after `date`");
}

#[test]
fn published_news_needs_a_privacy_review() {
    let site = with_capsule("+++\ntitle = \"X\"\nkind = \"news\"\ndate = 2026-11-01\n+++\n");
    expect_error(
        &site,
        CAPSULE,
        3,
        8,
        "a published news item needs privacy_reviewed = true",
    );
    // A draft may wait for its review.
    let site =
        with_capsule("+++\ntitle = \"X\"\nkind = \"news\"\ndate = 2026-11-01\ndraft = true\n+++\n");
    assert!(site
        .vigie(&["build", "--now", common::NOW])
        .status
        .success());
}

#[test]
fn a_photo_needs_alt_text() {
    let site = with_capsule("+++\ntitle = \"X\"\nkind = \"tip\"\ndate = 2026-11-01\n[image]\nsrc = \"p.svg\"\nalt = \"  \"\n+++\n");
    site.write(
        "content/capsules/test/p.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    expect_error(
        &site,
        CAPSULE,
        7,
        7,
        "the photo has no alt text in this language",
    );
}

#[test]
fn a_photo_needs_alt_text_in_every_translation() {
    let site = with_capsule("+++\ntitle = \"X\"\nkind = \"tip\"\ndate = 2026-11-01\n[image]\nsrc = \"p.svg\"\nalt = \"Une porte\"\n+++\n");
    site.write(
        "content/capsules/test/p.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    site.write(
        "content/capsules/test/index.nl.md",
        "+++\ntitle = \"Y\"\n+++\n",
    );
    expect_error(
        &site,
        "content/capsules/test/index.nl.md",
        1,
        1,
        "the photo has no alt text in this language",
    );
}

#[test]
fn a_required_translation_is_missing() {
    let site = Site::minimal();
    site.write(
        "content/capsules/alleen-nl/index.nl.md",
        "+++\ntitle = \"Y\"\nkind = \"tip\"\ndate = 2026-11-01\n+++\n",
    );
    expect_error(
        &site,
        "content/capsules/alleen-nl",
        0,
        0,
        "the capsule has no `fr` translation, which site.toml requires",
    );
}

#[test]
fn language_independent_fields_must_agree() {
    let site = with_capsule("+++\ntitle = \"X\"\nkind = \"tip\"\ndate = 2026-11-01\n+++\n");
    site.write(
        "content/capsules/test/index.nl.md",
        "+++\ntitle = \"Y\"\nkind = \"fun\"\n+++\n",
    );
    let err = expect_error(
        &site,
        "content/capsules/test/index.nl.md",
        3,
        8,
        "`kind` differs between translations: index.fr.md says \"tip\"",
    );
    assert!(err.contains("give it in one translation only"), "{err}");
}

#[test]
fn districts_must_be_known() {
    let site = with_capsule(
        "+++\ntitle = \"X\"\nkind = \"tip\"\ndate = 2026-11-01\ndistricts = [\"centr\"]\n+++\n",
    );
    let err = expect_error(&site, CAPSULE, 5, 14, "unknown district `centr`");
    assert!(err.contains("did you mean `centre`?"), "{err}");
}

#[test]
fn two_folders_with_the_same_address_collide() {
    let site = Site::minimal();
    site.write(
        "content/capsules/Fermez/index.fr.md",
        "+++\ntitle = \"X\"\nkind = \"tip\"\ndate = 2026-11-01\n+++\n",
    );
    expect_error(
        &site,
        "content/capsules/fermez",
        0,
        0,
        "the address `fermez` is already used by content/capsules/Fermez",
    );
}

#[test]
fn media_paths_stay_inside_the_bundle() {
    for (src, column) in [
        ("../../../site.toml", 7),
        ("/etc/passwd", 7),
        ("C:/x.jpg", 7),
    ] {
        let site = with_capsule(&format!(
            "+++\ntitle = \"X\"\nkind = \"tip\"\ndate = 2026-11-01\n[image]\nsrc = \"{src}\"\nalt = \"a\"\n+++\n"
        ));
        expect_error(
            &site,
            CAPSULE,
            6,
            column,
            &format!("`{src}` is not a file of this capsule's folder"),
        );
    }
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_out_of_the_bundle_is_refused() {
    let site = with_capsule("+++\ntitle = \"X\"\nkind = \"tip\"\ndate = 2026-11-01\n[image]\nsrc = \"p.jpg\"\nalt = \"a\"\n+++\n");
    std::os::unix::fs::symlink(
        "/etc/hostname",
        site.path().join("content/capsules/test/p.jpg"),
    )
    .expect("symlink");
    expect_error(
        &site,
        CAPSULE,
        6,
        7,
        "no file `p.jpg` in content/capsules/test",
    );
}

#[test]
fn a_missing_media_file_suggests_a_close_name() {
    let site = with_capsule("+++\ntitle = \"X\"\nkind = \"tip\"\ndate = 2026-11-01\n[image]\nsrc = \"photo.jpg\"\nalt = \"a\"\n+++\n");
    site.write("content/capsules/test/photo.jpeg", "x");
    let err = expect_error(
        &site,
        CAPSULE,
        6,
        7,
        "no file `photo.jpg` in content/capsules/test",
    );
    assert!(err.contains("did you mean \"photo.jpeg\"?"), "{err}");
}

#[test]
fn internal_links_must_resolve() {
    let site = with_capsule("+++\ntitle = \"X\"\nkind = \"tip\"\ndate = 2026-11-01\n+++\nVoir [ceci](@/capsules/fermer).\n");
    let err = expect_error(&site, CAPSULE, 6, 6, "there is no capsule `fermer`");
    assert!(err.contains("did you mean `fermez`?"), "{err}");
    let site = with_capsule(
        "+++\ntitle = \"X\"\nkind = \"tip\"\ndate = 2026-11-01\n+++\n[contact](@/pages/contact)\n",
    );
    expect_error(&site, CAPSULE, 6, 1, "there is no page `contact`");
    let site = with_capsule(
        "+++\ntitle = \"X\"\nkind = \"tip\"\ndate = 2026-11-01\n+++\n[x](@/ailleurs/y)\n",
    );
    expect_error(
        &site,
        CAPSULE,
        6,
        1,
        "`@/ailleurs/y` is not an internal link Vigie knows",
    );
}

#[test]
fn a_link_to_a_draft_would_lead_nowhere() {
    let site = with_capsule(
        "+++\ntitle = \"X\"\nkind = \"tip\"\ndate = 2026-11-01\n+++\n[x](@/capsules/brouillon)\n",
    );
    site.write(
        "content/capsules/brouillon/index.fr.md",
        "+++\ntitle = \"B\"\nkind = \"tip\"\ndate = 2026-11-01\ndraft = true\n+++\n",
    );
    expect_error(
        &site,
        CAPSULE,
        6,
        1,
        "the capsule `brouillon` is a draft, so this link would lead nowhere",
    );
}

#[test]
fn files_must_be_utf8() {
    let site = Site::minimal();
    site.write_bytes(
        CAPSULE,
        b"+++\ntitle = \"Cl\xe9s\"\nkind = \"tip\"\ndate = 2026-11-01\n+++\n",
    );
    expect_error(&site, CAPSULE, 2, 12, "the file is not valid UTF-8 here");
}

#[test]
fn front_matter_must_open_and_close() {
    let site = with_capsule("title = \"X\"\n");
    expect_error(
        &site,
        CAPSULE,
        1,
        1,
        "the file does not start with front matter",
    );
    let site = with_capsule("+++\ntitle = \"X\"\nkind = \"tip\"\n");
    expect_error(&site, CAPSULE, 1, 1, "the front matter is never closed");
}

#[test]
fn toml_syntax_errors_are_located() {
    let site = with_capsule("+++\ntitle = \"X\nkind = \"tip\"\n+++\n");
    let err = expect_error(&site, CAPSULE, 2, 11, "invalid basic string, expected `\"`");
    assert!(err.contains("2 | title = \"X"), "{err}");
}

#[test]
fn translation_files_name_site_languages() {
    let site = Site::minimal();
    site.write(
        "content/capsules/fermez/index.de.md",
        "+++\ntitle = \"X\"\n+++\n",
    );
    expect_error(
        &site,
        "content/capsules/fermez/index.de.md",
        0,
        0,
        "`de` is not one of the site's languages",
    );
}

#[test]
fn pictures_in_the_body_are_refused() {
    let site = with_capsule("+++\ntitle = \"X\"\nkind = \"tip\"\ndate = 2026-11-01\n+++\n![a](https://tracker.example/p.png)\n");
    expect_error(
        &site,
        CAPSULE,
        6,
        1,
        "pictures inside the text are not supported",
    );
}

#[test]
fn a_capsule_folder_needs_a_text() {
    let site = Site::minimal();
    site.write("content/capsules/vide/photo.jpg", "x");
    expect_error(
        &site,
        "content/capsules/vide",
        0,
        0,
        "this capsule folder has no index.md or index.<lang>.md",
    );
}

#[test]
fn a_leaflet_contact_must_exist() {
    let site = with_capsule("+++\ntitle = \"X\"\nkind = \"tip\"\ndate = 2026-11-01\n[leaflet]\ncontact = \"prevntion\"\n+++\n");
    let err = expect_error(&site, CAPSULE, 6, 11, "no contact `prevntion` in site.toml");
    assert!(err.contains("did you mean `prevention`?"), "{err}");
}

#[test]
fn pages_cannot_take_vigie_addresses() {
    let site = Site::minimal();
    site.write("content/pages/capsules.fr.md", "+++\ntitle = \"X\"\n+++\n");
    expect_error(
        &site,
        "content/pages/capsules.fr.md",
        0,
        0,
        "`capsules` is an address Vigie uses for its own pages",
    );
}

#[test]
fn a_video_needs_captions() {
    let site = with_capsule(
        "+++\ntitle = \"X\"\nkind = \"tip\"\ndate = 2026-11-01\n[video]\nsrc = \"clip.mp4\"\n+++\n",
    );
    site.write("content/capsules/test/clip.mp4", "x");
    expect_error(
        &site,
        CAPSULE,
        1,
        1,
        "the video has no captions in this language",
    );
}

#[test]
fn all_errors_are_reported_together() {
    let site = with_capsule("+++\ntitle = \"X\"\ndate = 2026-11-01\n+++\n");
    site.write(
        "content/capsules/autre/index.fr.md",
        "+++\ntitle = \"Y\"\nkind = \"tip\"\n+++\n",
    );
    let err = expect_error(&site, CAPSULE, 1, 1, "the capsule has no `kind`");
    assert!(
        err.contains(
            "error: the capsule has no `date`\n  --> content/capsules/autre/index.fr.md:1:1"
        ),
        "{err}"
    );
    assert!(
        err.contains("2 errors in the site's content; nothing was written."),
        "{err}"
    );
}

#[test]
fn a_failed_build_leaves_the_previous_output_intact() {
    let site = Site::minimal();
    let public = site.build(&[]);
    let before = std::fs::read(public.join("fr/capsules/fermez/index.html")).expect("built page");
    site.write(CAPSULE, "+++\ntitle = \"X\"\n+++\n");
    let out = site.vigie(&["build", "--now", common::NOW]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        std::fs::read(public.join("fr/capsules/fermez/index.html")).expect("still there"),
        before
    );
    assert!(!public.join("fr/capsules/test").exists());
    let leftovers: Vec<_> = std::fs::read_dir(site.path())
        .expect("site")
        .flatten()
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            // The staging folder is kept for the next build; the previous output is whole.
            name.ends_with(".vigie-old")
        })
        .collect();
    assert!(leftovers.is_empty(), "the previous output left aside");
}

#[test]
fn usage_errors_exit_with_2() {
    let site = Site::minimal();
    for args in [
        &["build", "--now", "yesterday"][..],
        &["build", "--base-url", "ftp://x"],
        &["frobnicate"],
    ] {
        let out = site.vigie(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    }
}

#[test]
fn building_into_the_site_itself_is_refused() {
    let site = Site::minimal();
    let out = site.vigie(&[
        "build",
        "--now",
        common::NOW,
        "--output",
        site.path().to_str().expect("utf-8 path"),
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(site.path().join("site.toml").exists());
}

#[test]
fn press_and_social_links_must_be_web_addresses() {
    let site = with_capsule(
        "+++\ntitle = \"X\"\nkind = \"tip\"\ndate = 2026-11-01\n[[press]]\nurl = \"javascript:alert(1)\"\noutlet = \"X\"\n+++\n",
    );
    expect_error(
        &site,
        CAPSULE,
        6,
        7,
        "`javascript:alert(1)` is not a web address",
    );
    let site = with_capsule(
        "+++\ntitle = \"X\"\nkind = \"tip\"\ndate = 2026-11-01\n[[social]]\nnetwork = \"facebook\"\nurl = \"facebook.com/x\"\n+++\n",
    );
    expect_error(
        &site,
        CAPSULE,
        7,
        7,
        "`facebook.com/x` is not a web address",
    );
}
