//! Every fixture site, built whole (online and offline): every link the build writes leads to
//! a file it wrote, and every page's headings follow its outline.

mod common;

use common::{assert_links_resolve, assert_outline, Site};

/// Builds `site` online and offline and checks both.
fn check_whole_output(site: &Site, base_url: &str, root_path: &str) {
    let public = site.build(&[]);
    assert_links_resolve(&public, base_url, root_path);
    assert_outline(&public);
    let offline = site.path().join("offline");
    site.build(&["--offline", "--output", offline.to_str().unwrap()]);
    // Offline, nothing may lead to the web copy: every link is relative.
    assert_links_resolve(&offline, "file:///nowhere", "/nowhere/");
    assert_outline(&offline);
}

#[test]
fn the_bilingual_fixture_site() {
    let site = Site::fixture("bilingue");
    check_whole_output(
        &site,
        "https://www.test-commune.be/prevention",
        "/prevention/",
    );
    let public = site.public();
    // The ended alert keeps its page; its tag, which nothing listed carries, is not a link.
    let alert = common::html(&public.join("fr/capsules/alerte-terminee/index.html"));
    assert!(common::text_of(&alert, ".chips").contains("velos-gare"));
    assert!(!public.join("fr/tags/velos-gare").exists());
    // The page's `##` headings are `<h2>` under its `<h1>`.
    let contact = common::html(&public.join("fr/contact/index.html"));
    assert_eq!(
        common::text_of(&contact, "article h2"),
        "Par téléphone Sur place"
    );
    assert_eq!(common::text_of(&contact, "article h3"), "Le matin");
    let offline = common::html(&site.path().join("offline/fr/digest/index.html"));
    for link in common::attrs(&offline, "[href], [src]", "href")
        .into_iter()
        .chain(common::attrs(&offline, "[src]", "src"))
    {
        assert!(!link.contains("://"), "the offline digest links to {link}");
    }
}

#[test]
fn the_starter_site() {
    let dir = tempfile::tempdir().unwrap();
    let site = Site { dir };
    let out = common::vigie_command()
        .arg("init")
        .arg(site.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let toml = std::fs::read_to_string(site.path().join("site.toml")).unwrap();
    let base = toml
        .lines()
        .find_map(|l| l.strip_prefix("base_url = \""))
        .and_then(|l| l.split('"').next())
        .expect("a base_url")
        .to_string();
    let root_path = match base.splitn(4, '/').nth(3) {
        Some(p) if !p.is_empty() => format!("/{}/", p.trim_end_matches('/')),
        _ => "/".to_string(),
    };
    check_whole_output(&site, &base, &root_path);
}

#[test]
fn the_example_site_without_leaflets() {
    let site = Site::example();
    let public = site.build(&["--no-leaflets"]);
    assert_links_resolve(&public, "https://prevention.exemple.be", "/");
    assert_outline(&public);
    let offline = site.path().join("offline");
    site.build(&[
        "--no-leaflets",
        "--offline",
        "--output",
        offline.to_str().unwrap(),
    ]);
    assert_links_resolve(&offline, "file:///nowhere", "/nowhere/");
}
