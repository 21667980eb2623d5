//! Writes the same N capsules twice: as a Vigie site and as a Hugo site with equivalent pages
//! (capsule pages, paginated lists per kind and tag, home, sitemap), for the build benchmark in
//! `benches/compare-hugo.sh`. With P, the first P capsules each get a 12-megapixel photo that
//! both tools turn into the same widths and formats (JPEG and WebP at 480, 800, 1200 and 1600
//! pixels, a 1200×630 and a 1080×1080 crop). With POOL, those capsules share POOL different
//! photos (hard links), which gives every leaflet of the print benchmark a photo without
//! gigabytes of pictures.
//!
//! `cargo run --release --example generate_site -- OUT_DIR N [P [POOL]]`

use std::fmt::Write as _;
use std::path::Path;

const KINDS: [&str; 4] = ["tip", "alert", "news", "fun"];
const TAGS: [&str; 12] = [
    "portes",
    "fenetres",
    "vacances",
    "velo",
    "voisinage",
    "eclairage",
    "cles",
    "serrures",
    "hiver",
    "fetes",
    "absence",
    "quartier",
];
const SENTENCES: [&str; 8] = [
    "Un cambrioleur n’a besoin que de quelques secondes pour ouvrir une porte simplement tirée.",
    "Fermez à clé à chaque sortie, même pour aller chercher le pain ou promener le chien.",
    "Une fenêtre en position basculée s’ouvre en quelques secondes avec un simple outil.",
    "Demandez à un voisin de vider votre boîte aux lettres pendant les vacances.",
    "Installez un éclairage extérieur à détecteur de mouvement près des portes.",
    "Faites graver votre vélo et attachez toujours le cadre à un point fixe.",
    "En cas de doute, n’ouvrez pas et appelez le 101.",
    "Notre conseiller en techno-prévention passe gratuitement chez vous.",
];

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let (Some(out), Some(n)) = (
        args.next(),
        args.next().and_then(|n| n.parse::<usize>().ok()),
    ) else {
        eprintln!("usage: generate_site OUT_DIR N [PHOTOS [POOL]]");
        std::process::exit(2);
    };
    let photos = args
        .next()
        .and_then(|p| p.parse::<usize>().ok())
        .unwrap_or(0);
    let pool = args
        .next()
        .and_then(|p| p.parse::<usize>().ok())
        .unwrap_or(photos)
        .max(1);
    let out = Path::new(&out);
    write(&out.join("vigie/site.toml"), VIGIE_CONFIG)?;
    write(&out.join("hugo/hugo.toml"), HUGO_CONFIG)?;
    for (name, text) in HUGO_LAYOUTS {
        write(&out.join("hugo/layouts").join(name), text)?;
    }
    for i in 0..n {
        let kind = KINDS[i % 7 % 4];
        let tags = [TAGS[i % TAGS.len()], TAGS[(i / 3 + 5) % TAGS.len()]];
        let day = 1 + i % 28;
        let month = 1 + (i / 28) % 12;
        let year = 2025 - (i / 336) as i32;
        let words: Vec<&str> = SENTENCES[i % SENTENCES.len()]
            .split_whitespace()
            .take(6)
            .collect();
        let title = format!("Conseil n° {i} : {}", words.join(" "));
        let mut body = String::new();
        for p in 0..3 {
            for s in 0..3 {
                body.push_str(SENTENCES[(i + p * 3 + s) % SENTENCES.len()]);
                body.push(' ');
            }
            if p == 1 {
                body.push_str("Voir **la liste** ci-dessous.\n\n- portes\n- fenêtres\n- éclairage");
            }
            body.push_str("\n\n");
        }
        let date = format!("{year}-{month:02}-{day:02}");
        let tag_list = format!("[\"{}\", \"{}\"]", tags[0], tags[1]);
        let mut vigie = format!(
            "+++\ntitle = \"{title}\"\nkind = \"{kind}\"\ndate = {date}\ntags = {tag_list}\n"
        );
        if kind == "alert" {
            let _ = writeln!(vigie, "expires = {}-{month:02}-{day:02}", year + 1);
        }
        if kind == "alert" || kind == "news" {
            vigie.push_str("privacy_reviewed = true\n");
        }
        if i < photos {
            vigie.push_str("[image]\nsrc = \"photo.jpg\"\nalt = \"Une photo d'essai\"\n");
        }
        vigie.push_str("+++\n");
        vigie.push_str(&body);
        write(
            &out.join(format!("vigie/content/capsules/capsule-{i:05}/index.fr.md")),
            &vigie,
        )?;
        let hugo = format!(
            "+++\ntitle = \"{title}\"\ndate = {date}\ntags = {tag_list}\nkinds = [\"{kind}\"]\n+++\n{body}"
        );
        write(
            &out.join(format!("hugo/content/capsules/capsule-{i:05}/index.md")),
            &hugo,
        )?;
        if i < photos {
            let photo = |tool: &str, k: usize| {
                out.join(format!("{tool}/content/capsules/capsule-{k:05}/photo.jpg"))
            };
            if i < pool {
                std::fs::write(photo("vigie", i), photo_jpeg(i as u32))?;
            } else {
                std::fs::hard_link(photo("vigie", i % pool), photo("vigie", i))?;
            }
            std::fs::hard_link(photo("vigie", i), photo("hugo", i))?;
        }
    }
    Ok(())
}

/// A 4000×3000 picture with gradients, a shape and grain, so that it compresses like a photo.
fn photo_jpeg(seed: u32) -> Vec<u8> {
    let (w, h) = (4000u16, 3000u16);
    let mut pixels = Vec::with_capacity(usize::from(w) * usize::from(h) * 3);
    let mut noise = seed.wrapping_mul(2_654_435_761).max(1);
    for y in 0..u32::from(h) {
        for x in 0..u32::from(w) {
            noise ^= noise << 13;
            noise ^= noise >> 17;
            noise ^= noise << 5;
            let grain = (noise % 24) as u8;
            let disc = (x as i32 - 2000).pow(2) + (y as i32 - 1500).pow(2) < 900_000;
            let r = ((x * 255 / 4000) as u8)
                .wrapping_add(seed as u8)
                .saturating_add(grain);
            let g = if disc { 200 } else { (y * 255 / 3000) as u8 }.saturating_add(grain);
            let b = (((x + y) / 28) as u8).saturating_add(grain);
            pixels.extend_from_slice(&[r, g, b]);
        }
    }
    let mut out = Vec::new();
    match jpeg_encoder::Encoder::new(&mut out, 90).encode(
        &pixels,
        w,
        h,
        jpeg_encoder::ColorType::Rgb,
    ) {
        Ok(()) => out,
        Err(e) => panic!("encoding a test photo: {e}"),
    }
}

fn write(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, text)
}

const VIGIE_CONFIG: &str = r#"title = "Banc d'essai"
base_url = "https://bench.exemple.be"
languages = ["fr"]
publisher = "Banc d'essai"

[contacts.prevention]
name = "Service de prévention"
phone = "+32 64 00 00 00"
"#;

const HUGO_CONFIG: &str = r#"baseURL = "https://bench.exemple.be/"
languageCode = "fr-BE"
defaultContentLanguage = "fr"
title = "Banc d'essai"
[taxonomies]
tag = "tags"
kind = "kinds"
[pagination]
pagerSize = 12
"#;

/// Templates of the same weight as Vigie's: a page, a paginated list, a home.
const HUGO_LAYOUTS: [(&str, &str); 4] = [
    (
        "baseof.html",
        r#"<!DOCTYPE html><html lang="fr-BE"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }} – {{ site.Title }}</title><link rel="canonical" href="{{ .Permalink }}">{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .Permalink }}">{{ end }}</head><body><header><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a><nav><ul>{{ range site.Taxonomies.kinds }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a></li>{{ end }}</ul></nav></header><main>{{ block "main" . }}{{ end }}</main><footer><p>Urgence : 112</p></footer></body></html>"#,
    ),
    (
        "single.html",
        r#"{{ define "main" }}<article><p><time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "2 January 2006" }}</time></p><h1>{{ .Title }}</h1>{{ with .Resources.GetMatch "photo.jpg" }}{{ $img := . }}<picture><source type="image/webp" srcset="{{ range slice 480 800 1200 1600 }}{{ if le . $img.Width }}{{ with $img.Resize (printf "%dx webp q75" .) }}{{ .RelPermalink }} {{ .Width }}w, {{ end }}{{ end }}{{ end }}"><img srcset="{{ range slice 480 800 1200 1600 }}{{ if le . $img.Width }}{{ with $img.Resize (printf "%dx jpg q80" .) }}{{ .RelPermalink }} {{ .Width }}w, {{ end }}{{ end }}{{ end }}" alt=""></picture>{{ with $img.Fill "1200x630 Center jpg q80" }}<meta property="og:image" content="{{ .Permalink }}">{{ end }}{{ with $img.Fill "1080x1080 Center jpg q80" }}<link rel="preload" href="{{ .RelPermalink }}">{{ end }}{{ end }}<div>{{ .Content }}</div><ul>{{ range .GetTerms "tags" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul></article>{{ end }}"#,
    ),
    (
        "list.html",
        r#"{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3><p>{{ .Summary | plainify }}</p></li>{{ end }}</ul>{{ with .Paginator.Next }}<a href="{{ .URL }}">Suivant</a>{{ end }}{{ end }}"#,
    ),
    (
        "home.html",
        r#"{{ define "main" }}<h1>{{ site.Title }}</h1><ul>{{ range first 9 (where site.RegularPages "Section" "capsules") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}"#,
    ),
];
