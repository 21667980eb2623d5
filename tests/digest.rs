//! The e-mail digest, read back as a mail program would: HTML with nothing but inline styles
//! and absolute addresses to the site's own files, and text in lines of 72 characters.

mod common;

use common::{html, select, target_of, Site};

const BASE: &str = "https://prevention.exemple.be/";

/// The file an absolute address of the site leads to.
fn file_of(public: &std::path::Path, url: &str) -> std::path::PathBuf {
    let path = url
        .strip_prefix(BASE)
        .unwrap_or_else(|| panic!("not on the site: {url}"));
    target_of(public, &format!("/{path}")).expect("a path")
}

#[test]
fn the_html_digest_is_one_column_styled_inline_with_absolute_links_to_its_own_files() {
    let site = Site::example();
    let public = site.build(&["--no-leaflets"]);
    let page = html(&public.join("fr/digest/index.html"));
    assert_eq!(select(&page, "html")[0].value().attr("lang"), Some("fr-BE"));
    for forbidden in [
        "style",
        "link[rel=stylesheet]",
        "script",
        "[class]",
        "iframe",
    ] {
        assert!(
            select(&page, forbidden).is_empty(),
            "a mail program would not keep {forbidden}"
        );
    }
    let column = select(&page, "body > table")[0]
        .value()
        .attr("style")
        .unwrap();
    assert!(column.contains("max-width:600px"), "{column}");
    for a in select(&page, "a[href]") {
        let href = a.value().attr("href").unwrap();
        if href.starts_with("mailto:") || href.starts_with("tel:") {
            continue;
        }
        assert!(file_of(&public, href).is_file(), "{href} leads nowhere");
    }
    let images = select(&page, "img");
    assert!(!images.is_empty());
    for img in images {
        let src = img.value().attr("src").unwrap();
        assert!(file_of(&public, src).is_file(), "{src}");
        assert!(
            !img.value()
                .attr("alt")
                .unwrap_or_default()
                .trim()
                .is_empty(),
            "{src} has no alt text"
        );
        assert!(img.value().attr("width").is_some() && img.value().attr("height").is_some());
    }
    // The latest capsules, the running alert first, as many as `[digest] limit` (8 by default).
    let titles: Vec<String> = select(&page, "h2 a")
        .iter()
        .map(|a| a.text().collect())
        .collect();
    assert_eq!(titles.len(), 8, "{titles:?}");
    assert!(titles[0].starts_with("Faux techniciens"), "{titles:?}");
}

#[test]
fn the_text_digest_keeps_to_72_characters_and_matches_the_html() {
    let site = Site::example();
    let config = std::fs::read_to_string(site.path().join("site.toml")).unwrap();
    site.write("site.toml", &format!("{config}\n[digest]\nlimit = 3\n"));
    let public = site.build(&["--no-leaflets"]);
    for lang in ["fr", "nl"] {
        let text =
            std::fs::read_to_string(public.join(format!("{lang}/digest/digest.txt"))).unwrap();
        for line in text.lines() {
            let lone_address = line.starts_with(BASE) && !line.contains(' ');
            assert!(
                line.chars().count() <= 72 || lone_address,
                "{lang}: {} characters: {line}",
                line.chars().count()
            );
        }
        let urls: Vec<&str> = text.lines().filter(|l| l.contains("://")).collect();
        for url in &urls {
            assert!(
                url.starts_with(BASE),
                "{lang}: not an absolute address of the site: {url}"
            );
            assert!(file_of(&public, url).is_file(), "{url} leads nowhere");
        }
        let page = html(&public.join(format!("{lang}/digest/index.html")));
        let capsules: Vec<String> = select(&page, "h2 a")
            .iter()
            .map(|a| a.value().attr("href").unwrap().to_string())
            .collect();
        assert_eq!(capsules.len(), 3);
        let in_text: Vec<&&str> = urls.iter().filter(|u| u.contains("/capsules/")).collect();
        assert_eq!(
            in_text,
            capsules
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .iter()
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn a_digest_limit_of_zero_is_refused() {
    let site = Site::minimal();
    site.write(
        "site.toml",
        &format!("{}\n[digest]\nlimit = 0\n", common::MINIMAL_CONFIG),
    );
    let out = site.vigie(&["build", "--now", common::NOW]);
    assert!(!out.status.success());
    let err = common::stderr(&out);
    assert!(err.contains("site.toml:16:1"), "{err}");
    assert!(err.contains("[digest] limit must be at least 1"), "{err}");
    assert!(err.contains("remove the line to keep the default"), "{err}");
}
