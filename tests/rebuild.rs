//! A rebuild inside the site's folder brings the previous output up to date instead of writing
//! every file again: what did not change keeps its file, what changed is replaced, what left
//! the site goes, and the result is the same as a clean build.

mod common;

use std::path::Path;

use common::{assert_same_files, Site};

const STAGING: &str = ".public.vigie-staging";

/// Builds the site anew into a folder of its own and checks that `public` holds the same
/// files; gives that folder, for more comparisons.
fn assert_equals_clean_build(site: &Site, public: &Path, extra: &[&str]) -> tempfile::TempDir {
    let clean = tempfile::tempdir().unwrap();
    let output = clean.path().join("public");
    let mut args = vec![
        "build",
        "--now",
        common::NOW,
        "--output",
        output.to_str().unwrap(),
    ];
    args.extend(extra);
    let out = site.vigie(&args);
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert_same_files(public, &output);
    clean
}

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

    let clean = assert_equals_clean_build(&site, &public, &[]);
    // Nothing is kept beside an output outside the site's folder.
    let beside: Vec<_> = std::fs::read_dir(clean.path()).unwrap().flatten().collect();
    assert_eq!(beside.len(), 1, "{beside:?}");

    // The kept folder is the second build's, with a folder where this build writes a file;
    // then the third's, with a file where the next one writes a folder.
    let public = site.build(&[]);
    assert!(public.join("extra").is_file());
    assert_equals_clean_build(&site, &public, &[]);
    std::fs::remove_file(site.path().join("static/extra")).unwrap();
    site.write("static/extra/deeper/note.txt", "une note plus bas");
    let public = site.build(&[]);
    assert!(public.join("extra/deeper/note.txt").is_file());
    assert_equals_clean_build(&site, &public, &[]);
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

/// The pages of an output and their keys, as its page index lists them.
fn page_index(public: &Path) -> std::collections::BTreeMap<String, (String, u64)> {
    let bytes = std::fs::read(public.join(".vigie-pages")).expect("a page index");
    serde_json::from_slice(&bytes).expect("a page index in JSON")
}

#[test]
fn a_page_is_rendered_again_only_when_its_data_changed_and_the_index_tells_the_truth() {
    let site = Site::example();
    site.build(&["--no-leaflets"]);
    let public = site.build(&["--no-leaflets"]);
    let before = page_index(&public);
    // The pages listed are the output's, with their sizes: every capsule page and kit page
    // among them (the digest and screens, made by outputs of their own, are not listed).
    let pages: Vec<String> = common::files(&public)
        .into_iter()
        .map(|f| f.to_string_lossy().replace('\\', "/"))
        .filter(|f| f.ends_with(".html"))
        .collect();
    assert!(before.keys().all(|page| pages.contains(page)), "{before:?}");
    let capsule_pages = pages
        .iter()
        .filter(|p| p.contains("/capsules/") && !p.contains("/page/"));
    for page in capsule_pages {
        assert!(before.contains_key(page), "{page} is not in the index");
    }
    for (page, (_, size)) in &before {
        assert_eq!(
            std::fs::metadata(public.join(page)).unwrap().len(),
            *size,
            "{page}"
        );
    }
    let edited = "content/capsules/fermez-a-cle/index.fr.md";
    let text = std::fs::read_to_string(site.path().join(edited)).unwrap();
    site.write(edited, &format!("{text}\nUne phrase de plus.\n"));
    let public = site.build(&["--no-leaflets"]);
    let after = page_index(&public);
    let changed: Vec<&String> = after
        .iter()
        .filter(|(page, entry)| before.get(*page) != Some(entry))
        .map(|(page, _)| page)
        .collect();
    assert!(
        changed.contains(&&"fr/capsules/fermez-a-cle/index.html".to_string()),
        "{changed:?}"
    );
    assert!(
        !changed.contains(&&"fr/capsules/boite-aux-lettres/index.html".to_string()),
        "{changed:?}"
    );
    assert!(
        changed.len() < after.len() / 4,
        "{} of {} pages",
        changed.len(),
        after.len()
    );
}

/// A capsule's page is kept by a key made from its capsule and what it reads of the rest of
/// the site: a capsule it links to gaining a translation changes where its link leads, and the
/// page is rendered again.
#[test]
fn a_kept_capsule_page_follows_the_capsules_it_links_to() {
    let site = Site::example();
    let linking = "content/capsules/fermez-a-cle/index.nl.md";
    let text = std::fs::read_to_string(site.path().join(linking)).unwrap();
    site.write(
        linking,
        &format!("{text}\n[Een veiligheidscilinder](@/capsules/cylindre-de-securite).\n"),
    );
    site.build(&["--no-leaflets"]);
    let public = site.build(&["--no-leaflets"]);
    let link = |public: &Path| {
        let page = common::html(&public.join("nl/capsules/fermez-a-cle/index.html"));
        common::select(&page, "a")
            .into_iter()
            .filter_map(|a| a.value().attr("href"))
            .find(|href| href.contains("cylindre-de-securite"))
            .map(str::to_string)
            .expect("the link to the cylinder")
    };
    // Without a Dutch text, the link leads to the French one.
    assert!(link(&public).contains("/fr/"), "{}", link(&public));
    let french = std::fs::read_to_string(
        site.path()
            .join("content/capsules/cylindre-de-securite/index.fr.md"),
    )
    .unwrap();
    site.write(
        "content/capsules/cylindre-de-securite/index.nl.md",
        &french.replace("title = \"", "title = \"NL "),
    );
    let public = site.build(&["--no-leaflets"]);
    assert!(!link(&public).contains("/fr/"), "{}", link(&public));
    assert_equals_clean_build(&site, &public, &["--no-leaflets"]);
}

/// A build that fails half-way may have rewritten pages of the kept folder; its page index is
/// gone, so the next build renders them all instead of trusting it.
#[test]
fn after_a_failed_build_every_page_is_rendered_again() {
    let site = Site::minimal();
    let capsule = "content/capsules/fermez/index.fr.md";
    let original = std::fs::read_to_string(site.path().join(capsule)).unwrap();
    site.build(&["--no-leaflets"]);
    site.build(&["--no-leaflets"]);
    // A title of the same length in bytes, so that no size gives the rewritten pages away.
    assert_eq!("Fermer à clé".len(), "Fermez à clé".len());
    site.write(capsule, &original.replace("Fermez à clé", "Fermer à clé"));
    site.write("templates/capsule.html", "{{ nowhere.to_be_found }}");
    let out = site.vigie(&["build", "--no-leaflets", "--now", common::NOW]);
    assert_eq!(out.status.code(), Some(1), "{}", common::stderr(&out));
    assert!(!site.path().join(STAGING).join(".vigie-pages").exists());
    site.write(capsule, &original);
    std::fs::remove_file(site.path().join("templates/capsule.html")).unwrap();
    let public = site.build(&["--no-leaflets"]);
    assert_equals_clean_build(&site, &public, &["--no-leaflets"]);
}

/// The page index in the kept folder is read back by the next build: one that lies (paths out
/// of the folder, sizes that are not the files', not JSON at all) never makes a wrong page or
/// a write outside.
#[test]
fn a_page_index_that_lies_is_not_believed() {
    let site = Site::minimal();
    let outside = tempfile::tempdir().unwrap();
    let public = site.build(&["--no-leaflets"]);
    let mut index = page_index(&public);
    site.build(&["--no-leaflets"]);
    let kept = site.path().join(STAGING);
    // The kept pages hand-edited with other sizes, the index claiming their earlier keys and
    // sizes, and naming files out of the folder.
    for (page, (key, _)) in index.clone() {
        std::fs::write(kept.join(&page), "<p>changé à la main</p>").unwrap();
        index.insert(
            format!("../../{}/{page}", outside.path().display()),
            (key, 20),
        );
    }
    std::fs::write(
        kept.join(".vigie-pages"),
        serde_json::to_vec(&index).unwrap(),
    )
    .unwrap();
    let public = site.build(&["--no-leaflets"]);
    let clean = assert_equals_clean_build(&site, &public, &["--no-leaflets"]);
    assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
    // Not JSON: every page rendered, the build goes on.
    site.build(&["--no-leaflets"]);
    std::fs::write(
        site.path().join(STAGING).join(".vigie-pages"),
        "{ pas du json",
    )
    .unwrap();
    let public = site.build(&["--no-leaflets"]);
    assert_same_files(&public, &clean.path().join("public"));
}
