//! Writes the same N capsules twice: as a Vigie site and as a Hugo site with equivalent pages
//! (capsule pages, paginated lists per kind and tag, home, sitemap), for the build benchmark in
//! `benches/compare-hugo.sh`. With P, the first P capsules each get a 12-megapixel photo that
//! both tools turn into the same widths and formats (JPEG and WebP at 480, 800, 1200 and 1600
//! pixels, a 1200×630 and a 1080×1080 crop). With POOL, those capsules share POOL different
//! photos (hard links), which gives every leaflet of the print benchmark a photo without
//! gigabytes of pictures.
//!
//! With `--long`, each body is about 250 words with headings, a list and links, and the
//! capsules carry three of 30 tags: the corpus of the equal-work comparison (issue 20).
//!
//! `cargo run --release --example generate_site -- [--long] OUT_DIR N [P [POOL]]`

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
const SENTENCES: [&str; 16] = [
    "Un cambrioleur n’a besoin que de quelques secondes pour ouvrir une porte simplement tirée.",
    "Fermez à clé à chaque sortie, même pour aller chercher le pain ou promener le chien.",
    "Une fenêtre en position basculée s’ouvre en quelques secondes avec un simple outil.",
    "Demandez à un voisin de vider votre boîte aux lettres pendant les vacances.",
    "Installez un éclairage extérieur à détecteur de mouvement près des portes.",
    "Faites graver votre vélo et attachez toujours le cadre à un point fixe.",
    "En cas de doute, n’ouvrez pas et appelez le 101.",
    "Notre conseiller en techno-prévention passe gratuitement chez vous.",
    "Ne laissez jamais de clés sous le paillasson ni dans une jardinière près de la porte.",
    "Un voisin attentif qui signale une camionnette inconnue rend service à toute la rue.",
    "Photographiez vos objets de valeur et notez leurs numéros de série en lieu sûr.",
    "Personne de la police ne vous demandera jamais votre code bancaire par téléphone.",
    "Une minuterie qui allume une lampe le soir donne l'impression que la maison est habitée.",
    "Rangez l'échelle et les outils du jardin : ils servent aussi aux cambrioleurs.",
    "Signalez votre absence à la police locale, qui passe devant votre maison.",
    "Un cadenas en U de bonne qualité décourage la plupart des voleurs de vélos.",
];

/// Thirty tags for the long corpus: the twelve above and eighteen more.
const MORE_TAGS: [&str; 18] = [
    "voiture",
    "jardin",
    "cave",
    "garage",
    "alarme",
    "camera",
    "seniors",
    "arnaque",
    "telephone",
    "internet",
    "commerce",
    "ecole",
    "parking",
    "nuit",
    "ete",
    "demenagement",
    "chantier",
    "marche",
];
const HEADINGS: [&str; 6] = [
    "Ce que vous pouvez faire",
    "Pourquoi c'est important",
    "Les bons réflexes",
    "Pour aller plus loin",
    "En cas de problème",
    "Ce que fait la zone de police",
];

/// About 250 words: two sections with a heading each, a list, and links (to the police's site
/// and to another capsule, `CAPSULE-<n>`, which each tool's site writes its own way).
fn long_body(i: usize, n: usize) -> String {
    let sentence = |k: usize| SENTENCES[(i + k) % SENTENCES.len()];
    let mut body = String::new();
    for k in 0..4 {
        body.push_str(sentence(k));
        body.push(' ');
    }
    let _ = write!(
        body,
        "\n\n## {}\n\n{} {} {}\n\n",
        HEADINGS[i % HEADINGS.len()],
        sentence(4),
        sentence(5),
        sentence(6)
    );
    for k in 0..4 {
        let _ = writeln!(body, "- {}", sentence(7 + k));
    }
    let _ = write!(
        body,
        "\n## {}\n\n{} Lisez aussi [le conseil n° {}](CAPSULE-{:05}) et les conseils de \
         [la police fédérale](https://www.police.be/fr/prevention). {} {} {}\n\n{} {} {} {}\n",
        HEADINGS[(i + 3) % HEADINGS.len()],
        sentence(11),
        (i + 1) % n,
        (i + 1) % n,
        sentence(12),
        sentence(13),
        sentence(14),
        sentence(15),
        sentence(16),
        sentence(17),
        sentence(18),
    );
    body
}

fn main() -> std::io::Result<()> {
    let long = std::env::args().any(|a| a == "--long");
    let mut args = std::env::args().skip(1).filter(|a| a != "--long");
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
        let all_tags: Vec<&str> = TAGS.iter().chain(&MORE_TAGS).copied().collect();
        let tags: Vec<&str> = if long {
            vec![
                all_tags[i % 30],
                all_tags[(i / 3 + 7) % 30],
                all_tags[(i / 7 + 19) % 30],
            ]
        } else {
            vec![TAGS[i % TAGS.len()], TAGS[(i / 3 + 5) % TAGS.len()]]
        };
        let day = 1 + i % 28;
        let month = 1 + (i / 28) % 12;
        let year = 2025 - (i / 336) as i32;
        let words: Vec<&str> = SENTENCES[i % SENTENCES.len()]
            .split_whitespace()
            .take(6)
            .collect();
        let title = format!("Conseil n° {i} : {}", words.join(" "));
        let mut body = String::new();
        for p in 0..if long { 0 } else { 3 } {
            for s in 0..3 {
                body.push_str(SENTENCES[(i + p * 3 + s) % SENTENCES.len()]);
                body.push(' ');
            }
            if p == 1 {
                body.push_str("Voir **la liste** ci-dessous.\n\n- portes\n- fenêtres\n- éclairage");
            }
            body.push_str("\n\n");
        }
        if long {
            body = long_body(i, n);
        }
        let date = format!("{year}-{month:02}-{day:02}");
        let tag_list = format!("{tags:?}");
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
        vigie.push_str(&body.replace("CAPSULE-", "@/capsules/capsule-"));
        write(
            &out.join(format!("vigie/content/capsules/capsule-{i:05}/index.fr.md")),
            &vigie,
        )?;
        // An ended alert keeps its page but leaves lists and feeds, in both tools (the
        // benchmarks build as of 2026-11-30).
        let ended = kind == "alert" && (year + 1, month, day) < (2026, 11, 30);
        let hugo = format!(
            "+++\ntitle = \"{title}\"\ndate = {date}\ntags = {tag_list}\nkinds = [\"{kind}\"]\n{}+++\n{}",
            if ended { "[build]\nlist = \"never\"\n" } else { "" },
            body.replace("CAPSULE-", "../capsule-")
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

/// Hugo makes the same set of files as Vigie (issue 20, equal work): every page under the
/// language's prefix; per capsule its page and its social kit page (`share/`, an output
/// format); paginated lists of all capsules, per kind and per tag; the tag index; RSS, Atom
/// and JSON feeds of the language (50 entries, the whole text in each) and RSS per tag and
/// kind; the e-mail digest (HTML and text); sitemap and robots.txt.
const HUGO_CONFIG: &str = r#"baseURL = "https://bench.exemple.be/"
languageCode = "fr-BE"
defaultContentLanguage = "fr"
defaultContentLanguageInSubdir = true
title = "Banc d'essai"
enableRobotsTXT = true
[languages.fr]
languageCode = "fr-BE"
[taxonomies]
tag = "tags"
kind = "kinds"
[pagination]
pagerSize = 12
[services.rss]
limit = 50
[mediaTypes."application/atom+xml"]
suffixes = ["xml"]
[mediaTypes."application/feed+json"]
suffixes = ["json"]
[outputFormats.rss]
baseName = "feed"
[outputFormats.atom]
mediaType = "application/atom+xml"
baseName = "atom"
rel = "alternate"
[outputFormats.jsonfeed]
mediaType = "application/feed+json"
baseName = "feed"
isPlainText = true
rel = "alternate"
[outputFormats.kit]
mediaType = "text/html"
baseName = "share/index"
isHTML = true
permalinkable = false
notAlternative = true
[outputFormats.digest]
mediaType = "text/html"
baseName = "digest/index"
isHTML = true
permalinkable = false
notAlternative = true
[outputFormats.digesttext]
mediaType = "text/plain"
baseName = "digest/digest"
isPlainText = true
permalinkable = false
notAlternative = true
[outputs]
home = ["html", "rss", "atom", "jsonfeed", "digest", "digesttext"]
page = ["html", "kit"]
section = ["html"]
taxonomy = ["html"]
term = ["html", "rss"]
"#;

/// Templates of the same weight as Vigie's: a page, its kit, a paginated list, a home, the
/// feeds and the digest.
const HUGO_LAYOUTS: [(&str, &str); 11] = [
    (
        "baseof.html",
        r##"<!DOCTYPE html><html lang="fr-BE"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }} – {{ site.Title }}</title><link rel="canonical" href="{{ .Permalink }}">{{ with site.Home.OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .Permalink }}">{{ end }}{{ with site.Home.OutputFormats.Get "atom" }}<link rel="alternate" type="application/atom+xml" href="{{ .Permalink }}">{{ end }}{{ with site.Home.OutputFormats.Get "jsonfeed" }}<link rel="alternate" type="application/feed+json" href="{{ .Permalink }}">{{ end }}<meta property="og:title" content="{{ .Title }}"><meta property="og:url" content="{{ .Permalink }}"><meta property="og:locale" content="fr_BE"></head><body><a class="skip" href="#main">Aller au contenu</a><header><a href="{{ site.Home.RelPermalink }}">{{ site.Title }}</a><nav><ul>{{ range site.Taxonomies.kinds }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a></li>{{ end }}<li><a href="{{ site.Home.RelPermalink }}tags/">Thèmes</a></li></ul></nav></header><main id="main">{{ block "main" . }}{{ end }}</main><footer><p>Urgence : 112 · Police : 101</p><p><a href="{{ site.Home.RelPermalink }}feed.xml">RSS</a> · <a href="{{ site.Home.RelPermalink }}atom.xml">Atom</a> · <a href="{{ site.Home.RelPermalink }}feed.json">JSON Feed</a></p></footer></body></html>"##,
    ),
    (
        "single.html",
        r##"{{ define "main" }}<article><p><time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "2 January 2006" }}</time></p><h1>{{ .Title }}</h1>{{ with .Resources.GetMatch "photo.jpg" }}{{ $img := . }}<picture><source type="image/webp" srcset="{{ range slice 480 800 1200 1600 }}{{ if le . $img.Width }}{{ with $img.Resize (printf "%dx webp q75" .) }}{{ .RelPermalink }} {{ .Width }}w, {{ end }}{{ end }}{{ end }}"><img srcset="{{ range slice 480 800 1200 1600 }}{{ if le . $img.Width }}{{ with $img.Resize (printf "%dx jpg q80" .) }}{{ .RelPermalink }} {{ .Width }}w, {{ end }}{{ end }}{{ end }}" alt=""></picture>{{ with $img.Fill "1200x630 Center jpg q80" }}<meta property="og:image" content="{{ .Permalink }}">{{ end }}{{ with $img.Fill "1080x1080 Center jpg q80" }}<link rel="preload" href="{{ .RelPermalink }}">{{ end }}{{ end }}<div>{{ .Content }}</div><ul>{{ range .GetTerms "tags" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ $url := .Permalink }}{{ $text := printf "%s %s" .Title $url }}<ul class="share">{{ range slice "https://www.facebook.com/sharer/sharer.php?u=" "https://x.com/intent/post?text=" "https://wa.me/?text=" "https://t.me/share/url?url=" "https://www.linkedin.com/sharing/share-offsite/?url=" "https://bsky.app/intent/compose?text=" "mailto:?body=" "sms:?&body=" }}<li><a href="{{ . }}{{ $text | urlquery }}" rel="noopener">{{ . }}</a></li>{{ end }}</ul><p><a href="share/">Kit de partage</a></p></article>{{ end }}"##,
    ),
    (
        "single.kit.html",
        r##"{{ define "main" }}<h1><span class="kicker">Kit de partage</span> {{ .Title }}</h1><p class="lead">Les textes prêts à publier, pour chaque réseau.</p><p><a href="{{ .RelPermalink }}">Retour à la capsule</a></p>{{ $page := . }}{{ $summary := .Summary | plainify | htmlUnescape }}{{ range $network, $limit := dict "facebook" 2000 "instagram" 2200 "x" 280 "bluesky" 300 "mastodon" 500 "linkedin" 3000 "whatsapp" 1000 "telegram" 1000 "sms" 160 }}{{ $text := printf "%s\n\n%s\n\n%s #prevention #securite" $page.Title $summary $page.Permalink }}{{ if gt (len $text) $limit }}{{ $text = printf "%s %s" (truncate (sub $limit 30) $page.Title) $page.Permalink }}{{ end }}<section class="kit" aria-labelledby="kit-{{ $network }}"><h2 id="kit-{{ $network }}">{{ $network }}</h2><p><label for="kit-{{ $network }}-text">Texte</label><br><textarea id="kit-{{ $network }}-text" readonly rows="6">{{ $text }}</textarea><br><button type="button" class="copy" hidden data-copy-from="kit-{{ $network }}-text" data-done="Copié">Copier</button></p><p class="count">{{ len $text }} / {{ $limit }}</p></section>{{ end }}{{ end }}"##,
    ),
    (
        "list.html",
        r##"{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3><p>{{ .Summary | plainify }}</p></li>{{ end }}</ul>{{ with .Paginator.Next }}<a href="{{ .URL }}">Suivant</a>{{ end }}{{ end }}"##,
    ),
    (
        "taxonomy.html",
        r##"{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>{{ end }}"##,
    ),
    (
        "home.html",
        r##"{{ define "main" }}<h1>{{ site.Title }}</h1><ul>{{ range first 9 (where site.RegularPages "Section" "capsules") }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}"##,
    ),
    (
        "list.rss.xml",
        r##"{{ printf "<?xml version=\"1.0\" encoding=\"utf-8\"?>" | safeHTML }}<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>{{ site.Title }}{{ if not .IsHome }} · {{ .Title }}{{ end }}</title><link>{{ .Permalink }}</link><description>{{ site.Title }}</description><language>fr-BE</language>{{ with .OutputFormats.Get "rss" }}<atom:link href="{{ .Permalink }}" rel="self" type="application/rss+xml"/>{{ end }}{{ range first 50 .RegularPages }}<item><title>{{ .Title }}</title><link>{{ .Permalink }}</link><guid isPermaLink="true">{{ .Permalink }}</guid><pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" }}</pubDate><description>{{ .Content | transform.XMLEscape | safeHTML }}</description></item>{{ end }}</channel></rss>"##,
    ),
    (
        "home.atom.xml",
        r##"{{ printf "<?xml version=\"1.0\" encoding=\"utf-8\"?>" | safeHTML }}<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr-BE"><title>{{ site.Title }}</title><id>{{ .Permalink }}</id><link href="{{ .Permalink }}"/>{{ with .OutputFormats.Get "atom" }}<link rel="self" href="{{ .Permalink }}"/>{{ end }}<updated>{{ now.Format "2006-01-02T15:04:05-07:00" }}</updated>{{ range first 50 (where site.RegularPages "Section" "capsules") }}<entry><title>{{ .Title }}</title><id>{{ .Permalink }}</id><link href="{{ .Permalink }}"/><updated>{{ .Date.Format "2006-01-02T15:04:05-07:00" }}</updated><summary>{{ .Summary | plainify }}</summary><content type="html">{{ .Content | transform.XMLEscape | safeHTML }}</content></entry>{{ end }}</feed>"##,
    ),
    (
        "home.jsonfeed.json",
        r##"{{ $items := slice }}{{ range first 50 (where site.RegularPages "Section" "capsules") }}{{ $items = $items | append (dict "id" .Permalink "url" .Permalink "title" .Title "summary" (.Summary | plainify) "content_html" .Content "date_published" (.Date.Format "2006-01-02T15:04:05-07:00")) }}{{ end }}{{ dict "version" "https://jsonfeed.org/version/1.1" "title" site.Title "home_page_url" .Permalink "feed_url" (printf "%sfeed.json" .Permalink) "language" "fr-BE" "items" $items | jsonify }}"##,
    ),
    (
        "home.digest.html",
        r##"<!DOCTYPE html><html lang="fr-BE"><head><meta charset="utf-8"><title>{{ site.Title }}</title></head><body><h1>{{ site.Title }}</h1>{{ range first 10 (where site.RegularPages "Section" "capsules") }}<h2><a href="{{ .Permalink }}">{{ .Title }}</a></h2><p>{{ .Summary | plainify }}</p>{{ end }}</body></html>"##,
    ),
    (
        "home.digesttext.txt",
        r##"{{ site.Title }}
{{ range first 10 (where site.RegularPages "Section" "capsules") }}
{{ .Title }}
{{ .Summary | plainify | htmlUnescape }}
{{ .Permalink }}
{{ end }}"##,
    ),
];
