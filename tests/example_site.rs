//! The example commune, built for real and read back with an HTML and an XML parser.

mod common;

use std::path::Path;

use common::{all_links, attrs, files, html, select, target_of, text_of, Site, NOW};

const ACTIVE_ALERT: &str = "faux-techniciens-de-l-eau";
const ENDED_ALERT: &str = "cambriolages-quartier-gare";
const SCHEDULED: &str = "cadeaux-sous-le-sapin";
const DRAFT: &str = "poste-de-quartier-demenage";

#[test]
fn every_internal_link_and_asset_resolves() {
    let site = Site::example();
    let public = site.build(&[]);
    let mut checked = 0;
    for (page, link) in all_links(&public) {
        if ["https://", "mailto:", "tel:", "sms:"]
            .iter()
            .any(|scheme| link.starts_with(scheme))
        {
            continue;
        }
        if link.starts_with('#') {
            continue;
        }
        // The screen slideshow alone links relatively: it also plays from a USB stick.
        let target = if page.starts_with("fr/screen") || page.starts_with("nl/screen") {
            Some(normalise(
                &public.join(&page).parent().expect("folder").join(&link),
            ))
        } else {
            target_of(&public, &link)
        };
        let target = target
            .unwrap_or_else(|| panic!("{}: link {link} is not root-relative", page.display()));
        assert!(
            target.is_file(),
            "{}: link {link} leads nowhere",
            page.display()
        );
        checked += 1;
    }
    assert!(checked > 500, "only {checked} links checked");
}

#[test]
fn scheduled_and_draft_capsules_appear_in_no_file() {
    let site = Site::example();
    let public = site.build(&[]);
    let titles = [
        "Fêtes : les cadeaux sous le sapin",
        "Le poste de police de quartier de la gare déménage",
    ];
    for file in files(&public) {
        let bytes = std::fs::read(public.join(&file)).expect("read");
        let text = String::from_utf8_lossy(&bytes);
        for needle in [SCHEDULED, DRAFT].iter().chain(&titles) {
            assert!(
                !text.contains(needle),
                "{} mentions {needle}",
                file.display()
            );
        }
        assert!(
            !file.to_string_lossy().contains(SCHEDULED) && !file.to_string_lossy().contains(DRAFT)
        );
    }
}

#[test]
fn drafts_and_scheduled_capsules_are_built_when_asked() {
    let site = Site::example();
    let public = site.build(&["--drafts"]);
    let doc = html(&public.join(format!("fr/capsules/{DRAFT}/index.html")));
    assert!(text_of(&doc, ".notice").contains("Brouillon"));
    // Scheduled capsules too, marked as not published yet.
    let doc = html(&public.join(format!("fr/capsules/{SCHEDULED}/index.html")));
    assert!(text_of(&doc, ".notice").contains("pas encore publiée"));
}

#[test]
fn home_shows_active_alerts_first_and_no_ended_alert() {
    let site = Site::example();
    let public = site.build(&[]);
    for lang in ["fr", "nl"] {
        let doc = html(&public.join(lang).join("index.html"));
        let hrefs = attrs(&doc, "main .card :is(h2, h3) a", "href");
        assert!(
            hrefs[0].contains(ACTIVE_ALERT),
            "{lang}: first card is {}",
            hrefs[0]
        );
        assert!(
            !hrefs.iter().any(|h| h.contains(ENDED_ALERT)),
            "{lang}: ended alert listed"
        );
        let alerts = attrs(&doc, ".alerts .card :is(h2, h3) a", "href");
        assert_eq!(alerts.len(), 1);
    }
    let alerts_list = html(&public.join("fr/kinds/alert/index.html"));
    let listed = attrs(&alerts_list, ".card :is(h2, h3) a", "href");
    assert_eq!(
        listed,
        vec![format!("/fr/capsules/{ACTIVE_ALERT}/")],
        "only the active alert is listed"
    );
}

#[test]
fn an_ended_alert_keeps_its_page_with_a_notice() {
    let site = Site::example();
    let public = site.build(&[]);
    let doc = html(&public.join(format!("fr/capsules/{ENDED_ALERT}/index.html")));
    let notice = text_of(&doc, ".notice.ended");
    assert!(
        notice.contains("terminée depuis le 19 octobre 2026"),
        "{notice}"
    );
}

#[test]
fn language_switcher_leads_to_the_same_capsule() {
    let site = Site::example();
    let public = site.build(&[]);
    let doc = html(&public.join(format!("fr/capsules/{ACTIVE_ALERT}/index.html")));
    assert_eq!(attrs(&doc, "html", "lang"), vec!["fr-BE"]);
    let switch = attrs(&doc, ".langs a[hreflang='nl-BE']", "href");
    assert_eq!(switch, vec![format!("/nl/capsules/{ACTIVE_ALERT}/")]);
    let alternates = attrs(&doc, "link[rel=alternate][hreflang]", "href");
    assert!(alternates.contains(&format!(
        "https://prevention.exemple.be/nl/capsules/{ACTIVE_ALERT}/"
    )));
    assert_eq!(
        attrs(&doc, "link[rel=canonical]", "href"),
        vec![format!(
            "https://prevention.exemple.be/fr/capsules/{ACTIVE_ALERT}/"
        )]
    );
    // A capsule with no Dutch translation switches to the Dutch home page.
    let doc = html(&public.join("fr/capsules/cylindre-de-securite/index.html"));
    assert_eq!(
        attrs(&doc, ".langs a[hreflang='nl-BE']", "href"),
        vec!["/nl/"]
    );
    assert!(!public.join("nl/capsules/cylindre-de-securite").exists());
}

#[test]
fn dates_are_written_per_locale() {
    let site = Site::example();
    let public = site.build(&[]);
    let fr = html(&public.join(format!("fr/capsules/{ACTIVE_ALERT}/index.html")));
    let nl = html(&public.join(format!("nl/capsules/{ACTIVE_ALERT}/index.html")));
    assert_eq!(text_of(&fr, ".meta time"), "26 novembre 2026");
    assert_eq!(text_of(&nl, ".meta time"), "26 november 2026");
    assert_eq!(
        attrs(&fr, ".meta time", "datetime"),
        vec!["2026-11-26T09:00:00+01:00"]
    );
}

#[test]
fn internal_links_in_bodies_follow_the_language() {
    let site = Site::example();
    let public = site.build(&[]);
    let fr = html(&public.join("fr/capsules/conseiller-techno-prevention/index.html"));
    let nl = html(&public.join("nl/capsules/conseiller-techno-prevention/index.html"));
    assert_eq!(attrs(&fr, ".body a", "href"), vec!["/fr/contact/"]);
    assert_eq!(attrs(&nl, ".body a", "href"), vec!["/nl/contact/"]);
}

#[test]
fn lists_paginate_and_cover_kinds_tags_and_districts() {
    let site = Site::example();
    for i in 0..14 {
        site.write(
            &format!("content/capsules/extra-{i:02}/index.fr.md"),
            &format!("+++\ntitle = \"Conseil {i}\"\nkind = \"tip\"\ndate = 2026-01-{:02}\ntags = [\"portes\"]\n+++\nTexte.\n", i + 1),
        );
    }
    let public = site.build(&[]);
    let first = html(&public.join("fr/kinds/tip/index.html"));
    assert_eq!(select(&first, ".card").len(), 12);
    let next = attrs(&first, "a[rel=next]", "href");
    assert_eq!(next, vec!["/fr/kinds/tip/page/2/"]);
    let second = html(&public.join("fr/kinds/tip/page/2/index.html"));
    assert!(!select(&second, ".card").is_empty());
    assert_eq!(
        attrs(&second, "a[rel=prev]", "href"),
        vec!["/fr/kinds/tip/"]
    );
    let tag = html(&public.join("fr/tags/portes/index.html"));
    assert_eq!(
        text_of(&tag, "h1"),
        "Thème\u{a0}: Portes",
        "French puts a non-breaking space before a colon"
    );
    let district = html(&public.join("nl/districts/centre/index.html"));
    assert_eq!(text_of(&district, "h1"), "Wijk: Centrum");
}

#[test]
fn sitemap_lists_translations_as_alternates() {
    let site = Site::example();
    let public = site.build(&[]);
    let xml = std::fs::read_to_string(public.join("sitemap.xml")).expect("sitemap");
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut locs = Vec::new();
    let mut alternates = 0;
    let mut in_loc = false;
    loop {
        match reader.read_event().expect("well-formed sitemap") {
            quick_xml::events::Event::Start(e) if e.name().as_ref() == "loc" => in_loc = true,
            quick_xml::events::Event::Text(t) if in_loc => {
                locs.push(t.xml10_content().into_owned());
                in_loc = false;
            }
            quick_xml::events::Event::Empty(e) if e.name().as_ref() == "xhtml:link" => {
                alternates += 1
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    assert!(locs.contains(&format!(
        "https://prevention.exemple.be/nl/capsules/{ACTIVE_ALERT}/"
    )));
    assert!(!locs
        .iter()
        .any(|l| l.contains(SCHEDULED) || l.contains(DRAFT)));
    assert!(alternates > 20);
    let robots = std::fs::read_to_string(public.join("robots.txt")).expect("robots");
    assert!(robots.contains("Sitemap: https://prevention.exemple.be/sitemap.xml"));
}

#[test]
fn two_builds_are_byte_identical() {
    let site = Site::example();
    let first = site.build(&[]);
    let snapshot: Vec<_> = files(&first)
        .into_iter()
        .map(|f| (f.clone(), std::fs::read(first.join(&f)).expect("read")))
        .collect();
    let second = site.build(&[]);
    let again: Vec<_> = files(&second)
        .into_iter()
        .map(|f| (f.clone(), std::fs::read(second.join(&f)).expect("read")))
        .collect();
    assert_eq!(snapshot.len(), again.len());
    for ((a, x), (b, y)) in snapshot.iter().zip(&again) {
        assert_eq!(a, b);
        assert!(x == y, "{} differs between builds", a.display());
    }
}

#[test]
fn a_capsule_page_weighs_under_30_kb_before_images() {
    let site = Site::example();
    let public = site.build(&[]);
    let page = public.join(format!("fr/capsules/{ACTIVE_ALERT}/index.html"));
    let doc = html(&page);
    let mut total = std::fs::metadata(&page).expect("page").len();
    for css in attrs(&doc, "link[rel=stylesheet]", "href") {
        total += std::fs::metadata(target_of(&public, &css).expect("local"))
            .expect("css")
            .len();
    }
    // The share script only adds buttons; it counts in the page's weight.
    for script in attrs(&doc, "script[src]", "src") {
        total += std::fs::metadata(target_of(&public, &script).expect("local"))
            .expect("script")
            .len();
    }
    assert!(total < 30 * 1024, "{total} bytes");
}

#[test]
fn the_root_chooses_a_language_and_a_one_language_site_redirects() {
    let site = Site::example();
    let public = site.build(&[]);
    let root = html(&public.join("index.html"));
    assert_eq!(attrs(&root, "a.button", "href"), vec!["/fr/", "/nl/"]);
    assert!(attrs(&root, "meta[http-equiv=refresh]", "content").is_empty());

    let single = Site::minimal();
    single.write(
        "site.toml",
        &common::MINIMAL_CONFIG.replace("[\"fr\", \"nl\"]", "[\"fr\"]"),
    );
    let public = single.build(&[]);
    let root = html(&public.join("index.html"));
    assert_eq!(
        attrs(&root, "meta[http-equiv=refresh]", "content"),
        vec!["0; url=/fr/"]
    );
}

#[test]
fn offline_copy_links_are_relative_and_resolve_from_disk() {
    let site = Site::example();
    let public = site.build(&["--offline"]);
    let mut checked = 0;
    for (page, link) in all_links(&public) {
        if link.contains("://")
            || link.starts_with("mailto:")
            || link.starts_with("tel:")
            || link.starts_with("sms:")
            || link.starts_with('#')
        {
            continue;
        }
        assert!(
            !link.starts_with('/'),
            "{}: {link} is not relative",
            page.display()
        );
        let base = public.join(&page);
        let target = normalise(
            &base
                .parent()
                .expect("folder")
                .join(link.split(['#', '?']).next().unwrap_or_default()),
        );
        assert!(target.is_file(), "{}: {link} leads nowhere", page.display());
        let file = link.contains("assets/")
            || link.contains("media/")
            || [
                ".svg", ".pdf", ".txt", ".jpg", ".xml", ".ico", ".ics", ".css", ".zip",
            ]
            .iter()
            .any(|ext| link.ends_with(ext));
        if !file {
            let path = link.split(['#', '?']).next().unwrap_or_default();
            assert!(
                path.ends_with("index.html") || path.ends_with(".html"),
                "{}: {link}",
                page.display()
            );
        }
        checked += 1;
    }
    assert!(checked > 500);
}

fn normalise(path: &Path) -> std::path::PathBuf {
    let mut out = std::path::PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[test]
fn now_decides_what_is_published() {
    let site = Site::example();
    let out = site.vigie(&["build", "--now", "2026-12-20"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let public = site.public();
    assert!(public
        .join(format!("fr/capsules/{SCHEDULED}/index.html"))
        .is_file());
    let home = html(&public.join("fr/index.html"));
    assert!(
        select(&home, ".alerts").is_empty(),
        "the alert ended on 10 December"
    );
    assert_ne!(NOW, "2026-12-20");
}

/// Every page a search engine may show links the site's icon, which exists and is an icon
/// drawn from the logo, and has a description (its own, or the site's).
#[test]
fn every_page_has_an_icon_and_a_description() {
    let site = Site::example();
    let public = site.build(&["--no-leaflets"]);
    let icon = image::load_from_memory_with_format(
        &std::fs::read(public.join("favicon.ico")).expect("favicon.ico is written"),
        image::ImageFormat::Ico,
    )
    .expect("favicon.ico is an icon")
    .to_rgba8();
    assert_eq!(icon.dimensions(), (48, 48));
    assert!(
        icon.pixels().any(|p| p.0[..3].iter().all(|&c| c < 128)),
        "the logo's dark shapes are drawn in the icon"
    );
    let mut pages = 0;
    for file in files(&public) {
        if file.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let doc = html(&public.join(&file));
        if !select(&doc, "meta[name=robots][content=noindex]").is_empty() {
            continue; // the 404 page and the mail digest, which no search engine lists
        }
        if !select(&doc, "meta[http-equiv=refresh]").is_empty() && file.as_os_str() != "index.html"
        {
            continue; // an alias's redirect, which no search engine lists
        }
        let icons = attrs(&doc, "link[rel=icon]", "href");
        assert_eq!(icons.len(), 1, "{}: icon links {icons:?}", file.display());
        let target = target_of(&public, &icons[0]).expect("root-relative");
        assert_eq!(target, public.join("favicon.ico"), "{}", file.display());
        let description = attrs(&doc, "meta[name=description]", "content");
        assert!(
            description.len() == 1 && description[0].split_whitespace().count() >= 3,
            "{}: description {description:?}",
            file.display()
        );
        pages += 1;
    }
    assert!(pages > 50, "only {pages} pages");
}

/// A site's own `static/favicon.ico` is published as it is; a site without a logo gets the
/// theme's icon; a logo that cannot be drawn stops the build naming it.
#[test]
fn the_icon_is_the_sites_own_or_the_themes_and_a_broken_logo_is_named() {
    let own = Site::minimal();
    let bytes = std::fs::read(
        Site::example()
            .build(&["--no-leaflets"])
            .join("favicon.ico"),
    )
    .expect("an icon");
    own.write_bytes("static/favicon.ico", &bytes);
    let public = own.build(&[]);
    assert_eq!(std::fs::read(public.join("favicon.ico")).unwrap(), bytes);

    let bare = Site::minimal();
    let public = bare.build(&[]);
    let icon = image::load_from_memory(&std::fs::read(public.join("favicon.ico")).unwrap())
        .expect("an icon")
        .to_rgba8();
    // The theme's shield on its blue square.
    assert_eq!(icon.get_pixel(24, 1).0, [0x12, 0x3f, 0x6b, 255]);

    let broken = Site::minimal();
    broken.write(
        "static/logo.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect",
    );
    let config = std::fs::read_to_string(broken.path().join("site.toml")).unwrap();
    broken.write(
        "site.toml",
        &config.replacen("\n", "\nlogo = \"static/logo.svg\"\n", 1),
    );
    let err = broken.failed_build();
    assert!(err.contains("static/logo.svg"), "{err}");
    assert!(err.contains("favicon.ico"), "{err}");
}
