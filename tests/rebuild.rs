//! A rebuild inside the site's folder brings the previous output up to date instead of writing
//! every file again: what did not change keeps its file, what changed is replaced, what left
//! the site goes, and the result is the same as a clean build.

mod common;

use std::path::Path;

use common::{assert_same_files, Site};

const STAGING: &str = ".public.vigie-staging";

#[cfg(unix)]
fn inode(path: &Path) -> u64 {
    use std::os::unix::fs::MetadataExt;
    std::fs::symlink_metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .ino()
}

#[test]
fn a_rebuild_after_edits_equals_a_clean_build() {
    let site = Site::example();
    site.build(&[]);
    // A capsule edited, one removed, a static file added: three builds, so that the kept
    // folder of the first is brought up to date by the third.
    let edited = "content/capsules/fermez-a-cle/index.fr.md";
    let text = std::fs::read_to_string(site.path().join(edited)).unwrap();
    site.write(edited, &format!("{text}\nUne phrase de plus.\n"));
    std::fs::remove_dir_all(site.path().join("content/capsules/velo-grave")).unwrap();
    site.write("static/extra/note.txt", "une note");
    site.build(&[]);
    site.write(edited, &format!("{text}\nDeux phrases de plus. Voilà.\n"));
    // A file where the kept folder has a folder, and the other way round.
    std::fs::remove_dir_all(site.path().join("static/extra")).unwrap();
    site.write("static/extra", "un fichier maintenant");
    let public = site.build(&[]);
    assert!(
        site.path().join(STAGING).is_dir(),
        "the previous output was not kept"
    );
    assert!(!public.join("fr/capsules/velo-grave").exists());
    assert!(public.join("extra").is_file());

    let clean = tempfile::tempdir().unwrap();
    let out = site.vigie(&[
        "build",
        "--now",
        common::NOW,
        "--output",
        clean.path().join("public").to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert_same_files(&public, &clean.path().join("public"));
    // Nothing is kept beside an output outside the site's folder.
    let beside: Vec<_> = std::fs::read_dir(clean.path()).unwrap().flatten().collect();
    assert_eq!(beside.len(), 1, "{beside:?}");
}

#[cfg(unix)]
#[test]
fn a_file_that_did_not_change_is_not_written_again() {
    let site = Site::example();
    let unchanged = "fr/capsules/boite-aux-lettres/index.html";
    let changed = "fr/capsules/fermez-a-cle/index.html";
    let public = site.build(&["--no-leaflets"]);
    let (first_unchanged, first_changed) = (
        inode(&public.join(unchanged)),
        std::fs::read(public.join(changed)).unwrap(),
    );
    site.build(&["--no-leaflets"]);
    let edited = "content/capsules/fermez-a-cle/index.fr.md";
    let text = std::fs::read_to_string(site.path().join(edited)).unwrap();
    site.write(edited, &format!("{text}\nUne phrase de plus.\n"));
    // The third build brings the first one's files up to date.
    let public = site.build(&["--no-leaflets"]);
    assert_eq!(inode(&public.join(unchanged)), first_unchanged);
    let page = std::fs::read_to_string(public.join(changed)).unwrap();
    assert_ne!(page.as_bytes(), first_changed);
    assert!(page.contains("Une phrase de plus."));
}

#[cfg(unix)]
#[test]
fn a_link_left_in_the_kept_folder_is_removed_never_followed() {
    let site = Site::minimal();
    site.build(&["--no-leaflets"]);
    site.build(&["--no-leaflets"]);
    let kept = site.path().join(STAGING);
    assert!(kept.join("fr/index.html").is_file());
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), "secret").unwrap();
    std::fs::remove_dir_all(kept.join("fr")).unwrap();
    std::os::unix::fs::symlink(outside.path(), kept.join("fr")).unwrap();
    std::fs::remove_file(kept.join("index.html")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.txt"), kept.join("index.html")).unwrap();

    let public = site.build(&["--no-leaflets"]);
    let left: Vec<_> = std::fs::read_dir(outside.path())
        .unwrap()
        .flatten()
        .collect();
    assert_eq!(left.len(), 1, "written through a link: {left:?}");
    assert_eq!(
        std::fs::read_to_string(outside.path().join("secret.txt")).unwrap(),
        "secret"
    );
    for entry in walkdir::WalkDir::new(&public) {
        let entry = entry.unwrap();
        assert!(
            !entry.path_is_symlink(),
            "{} is a link",
            entry.path().display()
        );
    }
    assert!(public.join("fr/capsules/fermez/index.html").is_file());
}

/// The kept folder's leaflets are hard links to cache entries, as are the published ones: a
/// leaflet replaced there must never be written through the link, which would change the
/// published leaflet while the build runs.
#[test]
fn a_leaflet_replaced_in_the_kept_folder_leaves_the_published_one_whole() {
    let site = Site::minimal();
    let capsule = "content/capsules/fermez/index.fr.md";
    let original = std::fs::read_to_string(site.path().join(capsule)).unwrap();
    let leaflet = "fr/capsules/fermez/leaflet.pdf";
    let first = std::fs::read(site.build(&[]).join(leaflet)).unwrap();
    site.build(&[]);
    site.write(capsule, &format!("{original}Une phrase de plus.\n"));
    let public = site.build(&[]);
    assert_ne!(std::fs::read(public.join(leaflet)).unwrap(), first);
    // The output published until this build, now the kept folder, is as it was published.
    let previous = site.path().join(STAGING).join(leaflet);
    assert_eq!(std::fs::read(previous).unwrap(), first);
}

/// Outside the site's folder (`--output /var/www/…`) nothing is kept beside the output, so the
/// build starts from hard links to the published files: an unchanged page keeps its inode,
/// a changed one is replaced, never written through the link, and a link planted in the
/// published folder is not followed.
#[cfg(unix)]
#[test]
fn an_output_outside_the_site_keeps_the_files_that_did_not_change() {
    let site = Site::example();
    let beside = tempfile::tempdir().unwrap();
    let www = beside.path().join("www");
    let build = |to: &Path| {
        let out = site.vigie(&[
            "build",
            "--now",
            common::NOW,
            "--no-leaflets",
            "--output",
            to.to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", common::stderr(&out));
    };
    let unchanged = "fr/capsules/boite-aux-lettres/index.html";
    let changed = "fr/capsules/fermez-a-cle/index.html";
    build(&www);
    let first_inode = inode(&www.join(unchanged));
    let first_page = std::fs::read(www.join(changed)).unwrap();
    // Another name for the published page: a write through the link would show here.
    std::fs::hard_link(www.join(changed), beside.path().join("witness.html")).unwrap();
    let secret = beside.path().join("secret");
    std::fs::create_dir(&secret).unwrap();
    std::fs::write(secret.join("key.txt"), "secret").unwrap();
    std::os::unix::fs::symlink(&secret, www.join("fr/planted")).unwrap();
    std::os::unix::fs::symlink(secret.join("key.txt"), www.join("planted.txt")).unwrap();

    let edited = "content/capsules/fermez-a-cle/index.fr.md";
    let text = std::fs::read_to_string(site.path().join(edited)).unwrap();
    site.write(edited, &format!("{text}\nUne phrase de plus.\n"));
    build(&www);

    assert_eq!(inode(&www.join(unchanged)), first_inode);
    let page = std::fs::read_to_string(www.join(changed)).unwrap();
    assert!(page.contains("Une phrase de plus."));
    assert_eq!(
        std::fs::read(beside.path().join("witness.html")).unwrap(),
        first_page
    );
    assert_eq!(
        std::fs::read_to_string(secret.join("key.txt")).unwrap(),
        "secret"
    );
    assert_eq!(std::fs::read_dir(&secret).unwrap().count(), 1);
    assert!(!www.join("fr/planted").exists() && !www.join("planted.txt").exists());
    // Nothing left beside the output but what the test put there.
    let mut left: Vec<String> = std::fs::read_dir(beside.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["secret", "witness.html", "www"]);
    let clean = tempfile::tempdir().unwrap();
    build(&clean.path().join("www"));
    assert_same_files(&www, &clean.path().join("www"));
}
