//! Share links on capsule pages, read back with an HTML parser and decoded.

mod common;

use common::{attrs, html, select, Site};
use percent_encoding::percent_decode_str;

/// The decoded query parameters of a link.
fn query(href: &str) -> Vec<(String, String)> {
    let query = href.split_once('?').map_or("", |(_, q)| q);
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            assert!(
                !value.contains(' ') && !value.contains('+'),
                "unencoded: {value}"
            );
            let value = percent_decode_str(value).decode_utf8().expect("UTF-8");
            (key.to_string(), value.into_owned())
        })
        .collect()
}

#[test]
fn share_links_carry_the_title_and_address_percent_encoded() {
    let site = Site::minimal();
    let title = "Vols & vélos #1 ? 🚲 100 % sûr";
    site.write(
        "content/capsules/fermez/index.fr.md",
        &format!("+++\ntitle = \"{title}\"\nkind = \"tip\"\ndate = 2026-11-20\nsummary = \"Attachez & gravez.\"\n+++\nTexte.\n"),
    );
    let public = site.build(&["--no-leaflets"]);
    let page = html(&public.join("fr/capsules/fermez/index.html"));
    let url = "https://prevention.test.be/fr/capsules/fermez/";
    let links = attrs(&page, ".share a", "href");
    let find = |prefix: &str| {
        links
            .iter()
            .find(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("no link to {prefix} in {links:?}"))
            .clone()
    };
    let x = query(&find("https://twitter.com/intent/tweet?"));
    assert_eq!(
        x,
        vec![("text".into(), title.into()), ("url".into(), url.into())]
    );
    let facebook = query(&find("https://www.facebook.com/sharer/sharer.php?"));
    assert_eq!(facebook, vec![("u".into(), url.into())]);
    let whatsapp = query(&find("https://wa.me/?"));
    assert_eq!(whatsapp, vec![("text".into(), format!("{title} {url}"))]);
    let bluesky = query(&find("https://bsky.app/intent/compose?"));
    assert_eq!(bluesky, vec![("text".into(), format!("{title} {url}"))]);
    let telegram = query(&find("https://t.me/share/url?"));
    assert_eq!(telegram[0], ("url".into(), url.into()));
    let linkedin = query(&find("https://www.linkedin.com/sharing/share-offsite/?"));
    assert_eq!(linkedin, vec![("url".into(), url.into())]);
    let mail = query(&find("mailto:?"));
    assert_eq!(mail[0], ("subject".into(), title.into()));
    assert_eq!(
        mail[1],
        ("body".into(), format!("Attachez & gravez.\r\n\r\n{url}"))
    );
    let sms = query(&find("sms:?&"));
    assert_eq!(sms, vec![("body".into(), format!("{title} {url}"))]);
    let mastodon = find("/fr/share/mastodon/?");
    assert_eq!(
        query(&mastodon),
        vec![("text".into(), format!("{title} {url}"))]
    );
    assert!(public.join("fr/share/mastodon/index.html").is_file());
    for a in select(&page, ".share a") {
        assert_eq!(a.value().attr("rel"), Some("noopener noreferrer"));
    }
}

#[test]
fn only_the_configured_networks_are_offered_and_the_script_is_small() {
    let site = Site::minimal();
    site.write(
        "site.toml",
        &format!(
            "{}\n[share]\nnetworks = [\"whatsapp\", \"email\"]\n",
            common::MINIMAL_CONFIG
        ),
    );
    let public = site.build(&["--no-leaflets"]);
    let page = html(&public.join("fr/capsules/fermez/index.html"));
    let links = attrs(&page, ".share a", "href");
    assert_eq!(links.len(), 2, "{links:?}");
    assert!(links[0].starts_with("https://wa.me/") && links[1].starts_with("mailto:"));
    assert!(!public.join("fr/share/mastodon/index.html").exists());
    // Web Share and copy-link are buttons the script reveals; without it they stay hidden.
    for button in select(&page, ".share button") {
        assert!(button.value().attr("hidden").is_some());
    }
    let script = attrs(&page, "script[src]", "src");
    assert_eq!(script.len(), 1);
    let bytes = std::fs::metadata(public.join(script[0].trim_start_matches('/')))
        .expect("the script")
        .len();
    assert!(bytes < 2048, "share script of {bytes} bytes");
}
