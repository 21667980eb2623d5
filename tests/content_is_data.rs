//! Hostile content comes out as text, and no input makes Vigie panic.

mod common;

use common::{attrs, html, select, text_of, Site};
use vigie::site::{LoadOptions, Moment, Site as Model};

const HOSTILE: &str = r#"+++
title = "<script>alert('titre')</script> & \"guillemets\""
kind = "tip"
date = 2026-11-20
summary = "<img src=x onerror=alert(1)> résumé"
tags = ["<b>tag</b>"]
+++
<script>alert('corps')</script>

<iframe src="https://tracker.example/"></iframe>

[clic](javascript:alert(1)) [données](data:text/html,<script>x</script>) [ok](https://exemple.be/?a=1&b=2)

Texte <b onmouseover="alert(1)">gras</b> fin.
"#;

#[test]
fn hostile_titles_summaries_and_bodies_come_out_escaped() {
    let site = Site::minimal();
    site.write("content/capsules/hostile/index.fr.md", HOSTILE);
    let public = site.build(&[]);
    let doc = html(&public.join("fr/capsules/hostile/index.html"));

    // The only script is the theme's own share script, loaded from the site.
    for script in select(&doc, "script") {
        let src = script.value().attr("src").unwrap_or_default();
        assert!(
            src.starts_with("/assets/share.") && script.inner_html().is_empty(),
            "a script element came through: {}",
            script.html()
        );
    }
    assert!(select(&doc, "iframe").is_empty());
    assert!(select(&doc, "main img").is_empty());
    assert!(select(&doc, "[onmouseover], [onerror]").is_empty());
    assert!(
        select(&doc, ".body b").is_empty(),
        "raw HTML is text, not markup"
    );

    assert_eq!(
        text_of(&doc, "h1"),
        "<script>alert('titre')</script> & \"guillemets\""
    );
    let body = text_of(&doc, ".body");
    assert!(
        body.contains("<script>alert('corps')</script>"),
        "raw HTML shown as text: {body}"
    );
    assert!(
        body.contains("<b onmouseover=\"alert(1)\">gras</b>"),
        "{body}"
    );
    assert_eq!(
        attrs(&doc, "meta[name=description]", "content"),
        vec!["<img src=x onerror=alert(1)> résumé"]
    );

    let hrefs = attrs(&doc, ".body a", "href");
    assert_eq!(
        hrefs,
        vec!["https://exemple.be/?a=1&b=2"],
        "only safe links are kept"
    );
    assert!(
        body.contains("clic") && body.contains("données"),
        "the text of dropped links stays"
    );

    // The same text in the lists that show the capsule.
    let home = html(&public.join("fr/index.html"));
    assert!(select(&home, "script").is_empty());
    assert!(text_of(&home, ".card :is(h2, h3)").contains("<script>alert('titre')</script>"));
    let tags = html(&public.join("fr/tags/index.html"));
    assert_eq!(text_of(&tags, ".terms a"), "<b>tag</b>");
}

/// Every prefix of a valid capsule file, loaded in-process: errors, never a panic.
#[test]
fn no_truncation_of_a_capsule_makes_vigie_panic() {
    let site = Site::minimal();
    let full = "\u{feff}+++\ntitle = \"Fermé à clé\"\nkind = \"alert\"\ndate = 2026-11-20T09:00:00+01:00\nexpires = 2026-12-01\nprivacy_reviewed = true\ndistricts = [\"centre\"]\n[image]\nsrc = \"p.svg\"\nalt = \"é\"\nfocus = [0.5, 0.2]\n[video]\nurl = \"https://exemple.be/v\"\n[[press]]\nurl = \"https://x.be\"\noutlet = \"X\"\n+++\n# Titre\n\n[lien](@/capsules/fermez) ![i](x.png) <b>é</b>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nNote[^1].\n\n[^1]: Pied.\n";
    site.write(
        "content/capsules/test/p.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    let options = LoadOptions {
        root: site.path().to_path_buf(),
        now: Moment::parse(common::NOW).expect("date"),
        drafts: false,
        base_url: None,
        offline: false,
        leaflets: false,
    };
    let mut loaded = 0;
    for end in (0..=full.len()).filter(|&i| full.is_char_boundary(i)) {
        site.write("content/capsules/test/index.fr.md", &full[..end]);
        if Model::load(&options).is_ok() {
            loaded += 1;
        }
    }
    assert!(loaded > 0, "the whole file should load");
}

#[test]
fn arbitrary_bytes_in_front_matter_give_errors_not_panics() {
    let site = Site::minimal();
    let samples: [&[u8]; 8] = [
        b"+++\n\xff\xfe\x00\n+++\n",
        b"+++\ntitle = [[[\n+++\n",
        b"+++\ndate = 9999-99-99\n+++\n",
        b"+++\ntitle = \"x\"\nkind = \"tip\"\ndate = 9999-12-31T23:59:59-23:59\n+++\n",
        b"+++\n[image]\nfocus = [1e309, -0.0]\n+++\n",
        b"+++\n+++\n+++\n",
        b"+++",
        b"",
    ];
    for bytes in samples {
        site.write_bytes("content/capsules/test/index.fr.md", bytes);
        let out = site.vigie(&["build", "--now", common::NOW]);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{:?}: {}",
            String::from_utf8_lossy(bytes),
            common::stderr(&out)
        );
        assert!(!common::stderr(&out).contains("panicked"));
    }
}
