//! `vigie publish` to a folder target (`file://`): what a mounted share or a USB stick gets.

mod common;

use std::path::Path;

use common::{stderr, Site, MINIMAL_CONFIG};

/// A site with a `[publish.share]` target in a temporary folder.
fn site_publishing_to(target: &Path) -> Site {
    let site = Site::minimal();
    site.write(
        "site.toml",
        &format!(
            "{MINIMAL_CONFIG}\n[publish.share]\nurl = \"file://{}\"\n",
            target.display()
        ),
    );
    site.write(
        "content/capsules/velo/index.fr.md",
        "+++\ntitle = \"Gravez votre vélo\"\nkind = \"tip\"\ndate = 2026-11-10\n+++\nUn vélo gravé se revend mal.\n",
    );
    site
}

fn publish(site: &Site, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["publish", "--now", common::NOW, "--yes"];
    args.extend_from_slice(extra);
    site.vigie(&args)
}

#[test]
fn the_first_publish_is_the_build_and_the_next_sends_only_what_changed() {
    let target = tempfile::tempdir().unwrap();
    let site = site_publishing_to(target.path());
    let out = publish(&site, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("Published:"), "{said}");
    assert!(
        said.contains("The site: https://prevention.test.be"),
        "{said}"
    );
    let built = site.build(&[]);
    common::assert_same_files(target.path(), &built);
    assert!(target.path().join(".vigie-manifest.json").is_file());

    let out = publish(&site, &[]);
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("Nothing to publish"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    let before = common::written_at(target.path());
    std::thread::sleep(std::time::Duration::from_millis(20));
    site.write(
        "content/capsules/velo/index.fr.md",
        "+++\ntitle = \"Gravez votre vélo\"\nkind = \"tip\"\ndate = 2026-11-10\n+++\nUn vélo gravé se revend mal, et se retrouve.\n",
    );
    let out = publish(&site, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let after = common::written_at(target.path());
    // The capsule's page, leaflet and kit, and what lists it; not the other capsule's files.
    common::assert_only_what_changed_was_sent(&before, &after, "velo", "fermez");
    common::assert_same_files(target.path(), &site.build(&[]));
}

#[test]
fn a_dry_run_sends_nothing_and_a_script_must_say_yes() {
    let target = tempfile::tempdir().unwrap();
    let site = site_publishing_to(target.path());
    let out = site.vigie(&["publish", "--now", common::NOW, "--dry-run"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("To share ("), "{said}");
    assert!(
        said.contains("  send    fr/capsules/velo/index.html"),
        "{said}"
    );
    assert!(common::files(target.path()).is_empty());
    let out = site.vigie(&["publish", "--now", common::NOW]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("add --yes to publish from a script"));
    assert!(common::files(target.path()).is_empty());
}

#[test]
fn removing_a_capsule_is_refused_unless_it_has_an_alias_or_removals_are_allowed() {
    let target = tempfile::tempdir().unwrap();
    let site = site_publishing_to(target.path());
    assert!(publish(&site, &[]).status.success());
    // The capsule is renamed: its old address would disappear.
    std::fs::rename(
        site.path().join("content/capsules/velo"),
        site.path().join("content/capsules/gravure-velo"),
    )
    .unwrap();
    let out = publish(&site, &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(
        err.contains("  https://prevention.test.be/fr/capsules/velo/index.html"),
        "{err}"
    );
    assert!(err.contains("aliases = [\"old-name\"]"), "{err}");
    assert!(
        target.path().join("fr/capsules/velo/index.html").is_file(),
        "nothing sent"
    );
    // With its old name as an alias, the old address leads to the new one.
    site.write(
        "content/capsules/gravure-velo/index.fr.md",
        "+++\ntitle = \"Gravez votre vélo\"\nkind = \"tip\"\ndate = 2026-11-10\naliases = [\"velo\"]\n+++\nUn vélo gravé se revend mal.\n",
    );
    let out = publish(&site, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let old = common::html(&target.path().join("fr/capsules/velo/index.html"));
    assert_eq!(
        common::attrs(&old, "meta[http-equiv=refresh]", "content"),
        ["0; url=/fr/capsules/gravure-velo/"]
    );
    assert_eq!(
        common::attrs(&old, "link[rel=canonical]", "href"),
        ["https://prevention.test.be/fr/capsules/gravure-velo/"]
    );
    let sitemap = std::fs::read_to_string(target.path().join("sitemap.xml")).unwrap();
    assert!(
        !sitemap.contains("/capsules/velo/"),
        "an alias is listed nowhere"
    );
    // Removed for good: only with --allow-removals.
    std::fs::remove_dir_all(site.path().join("content/capsules/gravure-velo")).unwrap();
    assert_eq!(publish(&site, &[]).status.code(), Some(3));
    let out = publish(&site, &["--allow-removals"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!target.path().join("fr/capsules/gravure-velo").exists());
    assert!(!target.path().join("fr/capsules/velo").exists());
}

#[test]
fn an_interrupted_publish_is_completed_by_the_next_and_verify_finds_what_differs() {
    let target = tempfile::tempdir().unwrap();
    let site = site_publishing_to(target.path());
    assert!(publish(&site, &[]).status.success());
    site.write(
        "content/capsules/velo/index.fr.md",
        "+++\ntitle = \"Gravez votre vélo\"\nkind = \"tip\"\ndate = 2026-11-10\n+++\nUn vélo gravé se revend mal, et se retrouve.\n",
    );
    // A folder where a page must go makes the publish fail midway.
    let blocker = target.path().join("fr/kinds/tip/index.html");
    std::fs::remove_file(&blocker).unwrap();
    std::fs::create_dir_all(blocker.join("in-the-way")).unwrap();
    let out = publish(&site, &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(err.contains("fr/kinds/tip/index.html"), "{err}");
    assert!(
        err.contains("the next `vigie publish` sends the rest"),
        "{err}"
    );
    for file in common::files(target.path()) {
        assert!(
            !file.to_string_lossy().contains(".vigie-part"),
            "a half-written file was left: {}",
            file.display()
        );
    }
    std::fs::remove_dir_all(&blocker).unwrap();
    let before = common::written_at(target.path());
    let out = publish(&site, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let after = common::written_at(target.path());
    let resent = common::rewritten(&before, &after);
    assert!(
        !resent
            .iter()
            .any(|f| f.as_str() == "fr/capsules/velo/index.html"),
        "sent twice: {resent:?}"
    );
    // The page removed by hand is not in the manifest's view: --verify finds it.
    common::assert_same_files(target.path(), &site.build(&[]));
    std::fs::remove_file(target.path().join("fr/capsules/fermez/index.html")).unwrap();
    let out = publish(&site, &[]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Nothing to publish"));
    let out = publish(&site, &["--verify"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("1 new, 0 changed"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    common::assert_same_files(target.path(), &site.build(&[]));
}

#[test]
fn targets_are_checked_when_the_site_loads() {
    for (table, message) in [
        (
            "url = \"gopher://x.be/\"",
            "[publish.web] `gopher://` is not a way Vigie publishes",
        ),
        (
            "url = \"sftp://user:secret@x.be/www\"",
            "[publish.web] the address holds a password, and site.toml is no place for one",
        ),
    ] {
        let site = Site::minimal();
        site.write(
            "site.toml",
            &format!("{MINIMAL_CONFIG}\n[publish.web]\n{table}\n"),
        );
        let out = site.vigie(&["publish", "--now", common::NOW, "--dry-run"]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(
            err.contains(&format!("error: {message}\n  --> site.toml:16:7")),
            "{err}"
        );
        assert!(
            !err.contains("secret") || !err.contains("user:secret@"),
            "the password is shown: {err}"
        );
    }
    let site = Site::minimal();
    site.write("site.toml", &format!("{MINIMAL_CONFIG}\n[publish.web]\nurl = \"sftp://user@x.be/www\"\npassword = \"secret\"\n"));
    let out = site.vigie(&["publish", "--now", common::NOW, "--dry-run"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("unknown field `password`"),
        "{}",
        stderr(&out)
    );
    let out = Site::minimal().vigie(&["publish", "--now", common::NOW]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("site.toml has no [publish.NAME] table"));
}

#[test]
fn an_alias_is_an_address_no_other_capsule_has() {
    let site = Site::minimal();
    site.write(
        "content/capsules/velo/index.fr.md",
        "+++\ntitle = \"Vélo\"\nkind = \"tip\"\ndate = 2026-11-10\naliases = [\"fermez\", \"Vieux Vélo\"]\n+++\nTexte.\n",
    );
    let out = site.vigie(&["build", "--now", common::NOW]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        err.contains(
            "error: `Vieux Vélo` is not an address\n  --> content/capsules/velo/index.fr.md:5:22"
        ),
        "{err}"
    );
    site.write(
        "content/capsules/velo/index.fr.md",
        "+++\ntitle = \"Vélo\"\nkind = \"tip\"\ndate = 2026-11-10\naliases = [\"fermez\"]\n+++\nTexte.\n",
    );
    let err = stderr(&site.vigie(&["build", "--now", common::NOW]));
    assert!(
        err.contains("error: the alias `fermez` is the address of content/capsules/fermez\n  --> content/capsules/velo\n"),
        "{err}"
    );
}

#[test]
fn publish_due_sends_exactly_once_when_a_scheduled_capsule_falls_due() {
    let target = tempfile::tempdir().unwrap();
    let site = site_publishing_to(target.path());
    site.write(
        "content/capsules/plus-tard/index.fr.md",
        "+++\ntitle = \"Prévu pour décembre\"\nkind = \"tip\"\ndate = 2026-12-05\n+++\nBientôt.\n",
    );
    let due = |now: &str| {
        let out = site.vigie(&["publish", "--due", "--now", now]);
        assert!(out.status.success(), "{}", stderr(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let first = due("2026-11-30");
    assert!(first.contains("Published:"), "{first}");
    assert!(
        first.contains("Next change due: 2026-12-05T00:00:00+01:00"),
        "{first}"
    );
    for now in ["2026-11-30", "2026-12-02", "2026-12-04T23:59:00+01:00"] {
        let said = due(now);
        assert!(said.contains("Nothing to publish"), "{now}: {said}");
    }
    assert!(!target.path().join("fr/capsules/plus-tard").exists());
    let said = due("2026-12-05T08:00:00+01:00");
    assert!(said.contains("Published:"), "{said}");
    assert!(target
        .path()
        .join("fr/capsules/plus-tard/index.html")
        .is_file());
    for now in ["2026-12-05T09:00:00+01:00", "2026-12-20"] {
        let said = due(now);
        assert!(said.contains("Nothing to publish"), "{now}: {said}");
    }
}

#[test]
fn the_hosts_own_rule_file_is_left_as_it_is_and_said() {
    let target = tempfile::tempdir().unwrap();
    let own = "# Le service informatique\nRedirect /ancien-site https://exemple.be/\n";
    std::fs::write(target.path().join(".htaccess"), own).unwrap();
    let site = site_publishing_to(target.path());
    let out = publish(&site, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("own .htaccess"), "{said}");
    assert_eq!(
        std::fs::read_to_string(target.path().join(".htaccess")).unwrap(),
        own
    );
    // The other rule files are Vigie's and are sent.
    let built = site.build(&[]);
    for name in ["_headers", "_redirects"] {
        assert_eq!(
            std::fs::read(target.path().join(name)).unwrap(),
            std::fs::read(built.join(name)).unwrap()
        );
    }

    // Still theirs at the next publish, and after --verify, which removes nothing of theirs.
    for extra in [&[][..], &["--verify"][..]] {
        let out = publish(&site, extra);
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(
            std::fs::read_to_string(target.path().join(".htaccess")).unwrap(),
            own
        );
    }

    // Once they remove theirs, Vigie's goes up.
    std::fs::remove_file(target.path().join(".htaccess")).unwrap();
    let out = publish(&site, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        std::fs::read(target.path().join(".htaccess")).unwrap(),
        std::fs::read(built.join(".htaccess")).unwrap()
    );
}
