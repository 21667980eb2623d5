//! What a hostile target or a careless webmaster tried against `vigie publish`, and what must
//! hold: nothing outside the target is touched, nothing Vigie did not publish is removed, a
//! removal that failed is done again, a journal is trusted only for its own target, and no
//! password is ever shown.

mod common;

use std::path::Path;

use common::{stderr, Site, MINIMAL_CONFIG};

fn site_publishing_to(target: &Path) -> Site {
    let site = Site::minimal();
    point_at(&site, target);
    site.write(
        "content/capsules/velo/index.fr.md",
        "+++\ntitle = \"Gravez votre vélo\"\nkind = \"tip\"\ndate = 2026-11-10\n+++\nUn vélo gravé se revend mal.\n",
    );
    site
}

fn point_at(site: &Site, target: &Path) {
    site.write(
        "site.toml",
        &format!(
            "{MINIMAL_CONFIG}\n[publish.share]\nurl = \"file://{}\"\n",
            target.display()
        ),
    );
}

fn publish(site: &Site, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["publish", "--now", common::NOW, "--yes"];
    args.extend_from_slice(extra);
    site.vigie(&args)
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn publishing_never_writes_or_removes_through_a_link_on_the_target() {
    let target = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let victim = outside.path().join("passwd");
    std::fs::write(&victim, "root:x:0:0\n").unwrap();
    let site = site_publishing_to(target.path());

    // A temporary name planted as a link to a file outside.
    std::fs::create_dir_all(target.path().join("fr/capsules/velo")).unwrap();
    std::os::unix::fs::symlink(
        &victim,
        target
            .path()
            .join("fr/capsules/velo/.index.html.vigie-part"),
    )
    .unwrap();
    let out = publish(&site, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "root:x:0:0\n");
    common::assert_same_files(target.path(), &site.build(&[]));

    // A published folder replaced by a link to a folder outside, holding a file of the same
    // name as one the manifest lists: removing the capsule must not delete it.
    let velo = target.path().join("fr/capsules/velo");
    std::fs::remove_dir_all(&velo).unwrap();
    std::fs::write(outside.path().join("index.html"), "not the site's").unwrap();
    std::os::unix::fs::symlink(outside.path(), &velo).unwrap();
    std::fs::remove_dir_all(site.path().join("content/capsules/velo")).unwrap();
    let out = publish(&site, &["--allow-removals"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(err.contains("is a link"), "{err}");
    assert_eq!(
        std::fs::read_to_string(outside.path().join("index.html")).unwrap(),
        "not the site's"
    );
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "root:x:0:0\n");
}

#[test]
fn verify_leaves_alone_what_vigie_never_published() {
    let target = tempfile::tempdir().unwrap();
    let site = site_publishing_to(target.path());
    assert!(publish(&site, &[]).status.success());
    let foreign = [
        ".htaccess",
        "google-site-verification.txt",
        "documents/reglement.pdf",
    ];
    for file in foreign {
        let path = target.path().join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, "the commune's own").unwrap();
    }
    let out = publish(&site, &["--verify", "--allow-removals"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for file in foreign {
        assert_eq!(
            std::fs::read_to_string(target.path().join(file))
                .ok()
                .as_deref(),
            Some("the commune's own"),
            "{file} was removed or overwritten"
        );
    }
    assert!(
        stdout(&out).contains("3 files on the target were not published by Vigie"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_removal_that_failed_is_done_by_the_next_publish() {
    let target = tempfile::tempdir().unwrap();
    let site = site_publishing_to(target.path());
    assert!(publish(&site, &[]).status.success());
    std::fs::remove_dir_all(site.path().join("content/capsules/velo")).unwrap();
    // The page to remove is, this once, a folder that cannot be removed as a file.
    let page = target.path().join("fr/capsules/velo/index.html");
    std::fs::remove_file(&page).unwrap();
    std::fs::create_dir_all(page.join("busy")).unwrap();
    let out = publish(&site, &["--allow-removals"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));

    // The page is back as a file, as it was online: the next publish removes it.
    std::fs::remove_dir_all(&page).unwrap();
    std::fs::write(&page, "<p>withdrawn</p>").unwrap();
    let out = publish(&site, &["--allow-removals"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!page.exists(), "the withdrawn page is still online");
    common::assert_same_files(target.path(), &site.build(&[]));
}

#[test]
fn the_journal_of_an_interrupted_publish_counts_only_for_its_own_target() {
    let first = tempfile::tempdir().unwrap();
    let site = site_publishing_to(first.path());
    // A folder where a late page must go makes the first publish stop midway, after some
    // files were sent and journalled.
    let blocker = first.path().join("sitemap.xml");
    std::fs::create_dir_all(blocker.join("in-the-way")).unwrap();
    let out = publish(&site, &[]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(first.path().join("fr/capsules/velo/index.html").is_file());

    // Another target: every file goes there.
    let second = tempfile::tempdir().unwrap();
    point_at(&site, second.path());
    let out = publish(&site, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    common::assert_same_files(second.path(), &site.build(&[]));

    // Back to the first target, whose files were changed by hand since: what differs is sent.
    std::fs::remove_dir_all(&blocker).unwrap();
    std::fs::write(first.path().join("fr/capsules/velo/index.html"), "tampered").unwrap();
    point_at(&site, first.path());
    let out = publish(&site, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    common::assert_same_files(first.path(), &site.build(&[]));
}

#[test]
fn a_password_in_a_publish_address_is_never_shown() {
    for table in [
        // A TOML error on the same line.
        "[publish.web]\nurl = \"sftp://webmaster:hunter2@ftp.example.be/www\" offline = true\n",
        // An unknown key in an inline table on the line.
        "[publish]\nweb = { url = \"ftps://webmaster:hunter2@ftp.example.be/www\", colour = \"blue\" }\n",
        // A wrong type, whose message quotes the value.
        "[publish.web]\nurl = \"file:///tmp/x\"\noffline = \"sftp://webmaster:hunter2@ftp.example.be/www\"\n",
    ] {
        let site = Site::minimal();
        site.write("site.toml", &format!("{MINIMAL_CONFIG}\n{table}"));
        for command in [
            vec!["build", "--now", common::NOW],
            vec!["check", "--now", common::NOW],
            vec!["check", "--now", common::NOW, "--format", "json"],
            vec!["publish", "--now", common::NOW, "--dry-run"],
        ] {
            let out = site.vigie(&command);
            assert!(!out.status.success(), "{command:?} accepted {table}");
            let said = format!("{}{}", stdout(&out), stderr(&out));
            assert!(!said.contains("hunter2"), "{command:?} showed it:\n{said}");
            assert!(said.contains("site.toml"), "{command:?} said:\n{said}");
        }
    }
}

#[test]
fn a_capsule_renamed_with_its_alias_keeps_every_address_it_had() {
    let target = tempfile::tempdir().unwrap();
    let site = site_publishing_to(target.path());
    assert!(publish(&site, &[]).status.success());
    let before: Vec<_> = common::files(target.path())
        .into_iter()
        .filter(|f| f.starts_with("fr/capsules/velo"))
        .collect();
    assert!(before.len() >= 3, "{before:?}");

    std::fs::remove_dir_all(site.path().join("content/capsules/velo")).unwrap();
    site.write(
        "content/capsules/gravure-velo/index.fr.md",
        "+++\ntitle = \"Gravez votre vélo\"\nkind = \"tip\"\ndate = 2026-11-10\naliases = [\"velo\"]\n+++\nUn vélo gravé se revend mal.\n",
    );
    // No --allow-removals: nothing is to be removed.
    let out = publish(&site, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    for file in &before {
        assert!(
            target.path().join(file).is_file(),
            "{} went",
            file.display()
        );
    }
    let new = target.path().join("fr/capsules/gravure-velo");
    assert_eq!(
        std::fs::read(target.path().join("fr/capsules/velo/leaflet.pdf")).unwrap(),
        std::fs::read(new.join("leaflet.pdf")).unwrap(),
        "the old leaflet address gives the leaflet"
    );
    let share = common::html(&target.path().join("fr/capsules/velo/share/index.html"));
    assert_eq!(
        common::attrs(&share, "meta[http-equiv=refresh]", "content"),
        ["0; url=/fr/capsules/gravure-velo/share/"]
    );
    common::assert_same_files(target.path(), &site.build(&[]));
}
