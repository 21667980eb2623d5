//! The feeds of the example site, read back with feed-rs and validated with the rss crate.

mod common;

use std::path::Path;

use common::{attrs, html, Site};

const ACTIVE_ALERT: &str = "faux-techniciens-de-l-eau";
const ENDED_ALERT: &str = "cambriolages-quartier-gare";
const BASE: &str = "https://prevention.exemple.be";

fn parse(public: &Path, path: &str) -> feed_rs::model::Feed {
    let bytes = std::fs::read(public.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"));
    feed_rs::parser::parse(&bytes[..]).unwrap_or_else(|e| panic!("{path} does not parse: {e}"))
}

/// Every `href` and `src` in an entry's HTML content.
fn content_links(entry: &feed_rs::model::Entry) -> Vec<String> {
    let body = entry
        .content
        .as_ref()
        .and_then(|c| c.body.clone())
        .unwrap_or_default();
    let doc = scraper::Html::parse_fragment(&body);
    let mut links = Vec::new();
    for (css, attr) in [("[href]", "href"), ("[src]", "src")] {
        let selector = scraper::Selector::parse(css).expect("selector");
        links.extend(
            doc.select(&selector)
                .filter_map(|e| e.value().attr(attr))
                .map(str::to_string),
        );
    }
    links
}

#[test]
fn every_feed_parses_links_to_itself_and_uses_absolute_urls() {
    let site = Site::example();
    let public = site.build(&[]);
    for lang in ["fr", "nl"] {
        for (file, self_type) in [
            ("feed.xml", "application/rss+xml"),
            ("atom.xml", "application/atom+xml"),
            ("feed.json", ""),
        ] {
            let path = format!("{lang}/{file}");
            let feed = parse(&public, &path);
            let url = format!("{BASE}/{path}");
            if self_type.is_empty() {
                let json: serde_json::Value =
                    serde_json::from_slice(&std::fs::read(public.join(&path)).expect("json"))
                        .expect("JSON");
                assert_eq!(json["feed_url"], url);
                assert_eq!(json["version"], "https://jsonfeed.org/version/1.1");
            } else {
                let self_links: Vec<_> = feed
                    .links
                    .iter()
                    .filter(|l| l.rel.as_deref() == Some("self"))
                    .collect();
                assert_eq!(self_links.len(), 1, "{path}: self link");
                assert_eq!(self_links[0].href, url, "{path}");
            }
            assert!(!feed.entries.is_empty(), "{path} is empty");
            assert_eq!(
                feed.language.map(|l| l.to_ascii_lowercase()),
                Some(format!("{lang}-be")),
                "{path}: language"
            );
            for entry in &feed.entries {
                let link = &entry.links[0].href;
                assert!(
                    link.starts_with(&format!("{BASE}/{lang}/capsules/")),
                    "{path}: {link}"
                );
                assert_eq!(&entry.id, link, "{path}: the id is the permalink");
                assert!(entry.published.is_some(), "{path}: {link} has no date");
                for href in content_links(entry) {
                    assert!(
                        href.starts_with("https://")
                            || href.starts_with("mailto:")
                            || href.starts_with("tel:"),
                        "{path}: {href}"
                    );
                }
            }
        }
    }
}

#[test]
fn feeds_hold_what_is_published_and_current() {
    let site = Site::example();
    let public = site.build(&[]);
    let main = parse(&public, "fr/feed.xml");
    let ids: Vec<&str> = main.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids.len(),
        15,
        "16 built capsules in French, less the ended alert: {ids:?}"
    );
    assert!(
        ids[0].ends_with(&format!("/{ACTIVE_ALERT}/")),
        "newest first"
    );
    for gone in [
        ENDED_ALERT,
        "cadeaux-sous-le-sapin",
        "poste-de-quartier-demenage",
    ] {
        assert!(
            !ids.iter().any(|id| id.contains(gone)),
            "{gone} is in the feed"
        );
    }
    let alerts = parse(&public, "fr/alerts/feed.xml");
    let ids: Vec<&str> = alerts.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, vec![format!("{BASE}/fr/capsules/{ACTIVE_ALERT}/")]);
    let district = parse(&public, "nl/districts/centre/feed.xml");
    assert!(district
        .entries
        .iter()
        .all(|e| e.id.starts_with(&format!("{BASE}/nl/"))));
    assert!(!district.entries.is_empty());
    let tag = parse(&public, "fr/tags/velo/feed.xml");
    assert_eq!(
        tag.entries.len(),
        2,
        "the engraving tip and the engraving day"
    );
}

#[test]
fn the_limit_caps_every_feed() {
    let site = Site::example();
    let config = std::fs::read_to_string(site.path().join("site.toml")).expect("config");
    site.write("site.toml", &config.replace("limit = 50", "limit = 3"));
    let public = site.build(&[]);
    for path in [
        "fr/feed.xml",
        "fr/atom.xml",
        "fr/feed.json",
        "fr/tags/portes/feed.xml",
    ] {
        assert!(parse(&public, path).entries.len() <= 3, "{path}");
    }
    assert_eq!(parse(&public, "fr/feed.xml").entries.len(), 3);
}

#[test]
fn rss_passes_the_rss_crate_validation_with_rfc822_dates_and_real_enclosure_lengths() {
    use rss::validation::Validate;
    let site = Site::example();
    let public = site.build(&[]);
    for path in [
        "fr/feed.xml",
        "nl/feed.xml",
        "fr/alerts/feed.xml",
        "fr/tags/portes/feed.xml",
    ] {
        let channel = rss::Channel::read_from(&std::fs::read(public.join(path)).expect("rss")[..])
            .expect("RSS");
        channel.validate().unwrap_or_else(|e| panic!("{path}: {e}"));
        for item in channel.items() {
            let date = item.pub_date().expect("pubDate");
            assert!(
                jiff::fmt::rfc2822::parse(date).is_ok(),
                "{path}: {date} is not RFC 822"
            );
            let guid = item.guid().expect("guid");
            assert!(guid.is_permalink() && guid.value().starts_with(BASE));
            let enclosure = item
                .enclosure()
                .expect("every example capsule has a picture");
            let file = public.join(enclosure.url().trim_start_matches(&format!("{BASE}/")));
            let size = std::fs::metadata(&file).expect("enclosure file").len();
            assert_eq!(
                enclosure.length(),
                size.to_string(),
                "{path}: {}",
                enclosure.url()
            );
        }
    }
}

#[test]
fn pages_announce_their_feeds_own_language_first() {
    let site = Site::example();
    let public = site.build(&[]);
    let doc = html(&public.join("nl/capsules/fermez-a-cle/index.html"));
    let feeds = attrs(&doc, "link[rel=alternate][type]", "href");
    assert_eq!(feeds[0], format!("{BASE}/nl/feed.xml"));
    assert!(
        feeds.contains(&format!("{BASE}/nl/atom.xml"))
            && feeds.contains(&format!("{BASE}/nl/feed.json"))
    );
    assert!(feeds.contains(&format!("{BASE}/fr/feed.xml")));
    for href in &feeds {
        let file = public.join(href.trim_start_matches(&format!("{BASE}/")));
        assert!(file.is_file(), "{href} leads nowhere");
    }
}
