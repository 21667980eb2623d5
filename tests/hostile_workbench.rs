//! What a hostile picture, request or careless hand still tried against the workbench and the
//! preview, each against a real `vigie serve` on port 0 and a real build.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::time::{Duration, Instant};

use common::server::Server;
use common::Site;

/// One drawing holding every way found to run a script or reach an outside address through a
/// picture: links rewritten by animation, character references, CSS escapes, comments inside
/// function names, `image-set()`, `ping`, `xml:base`. No address is written with an escape, so
/// that finding none of them in what a browser reads proves it gone.
const HOSTILE_SVG: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="400" height="300" viewBox="0 0 400 300">
<a><set attributeName="href" to="&#106;avascript:fetch('/__vigie/api/capsules',{method:'POST'})"/><rect width="400" height="300" fill="#123f6b"/></a>
<a><animate attributeName="href" values="javascript:alert(1)"/><circle r="20" cx="50" cy="50"/></a>
<a xlink:href="&#x6A;ava&#9;script:alert(2)"><rect width="9" height="9"/></a>
<style>@\69mport "https://evil.example/a.css";</style>
<style>&#64;import "https://evil.example/b.css";</style>
<style>rect { fill: u\72l(https://evil.example/c) }</style>
<style>rect { background: image-set("https://evil.example/d.png" 1x) }</style>
<style>rect { fill: u/**/rl(https://evil.example/e) }</style>
<rect width="9" height="9" style="fill:&#117;rl(https://evil.example/f)"/>
<a href="#top" ping="https://evil.example/g"><rect width="9" height="9"/></a>
<image href="https://evil.example/h.png" width="9" height="9"/>
<g xml:base="https://evil.example/"><use href="i.svg#x"/></g>
<circle r="30" cx="200" cy="150" fill="#f5c400"/>
</svg>"##;

/// Every attribute value and text of an SVG as a browser's parser reads it (character
/// references decoded), lower-cased, for whatever in it is a script or an outside address.
fn what_a_browser_reads(svg: &str) -> String {
    let doc = scraper::Html::parse_fragment(svg);
    let mut seen = String::new();
    for node in doc.tree.nodes() {
        match node.value() {
            scraper::Node::Element(e) => {
                seen.push_str(&format!(" <{}", e.name()));
                for (name, value) in e.attrs() {
                    seen.push_str(&format!(" {name}={value}"));
                }
            }
            scraper::Node::Text(t) => seen.push_str(t),
            _ => {}
        }
    }
    seen.to_lowercase()
}

fn assert_harmless(svg: &str, whence: &str) {
    let read = what_a_browser_reads(svg);
    for bad in [
        "javascript",
        "evil.example",
        "<set",
        "<animate",
        "ping=",
        "xml:base",
    ] {
        assert!(!read.contains(bad), "{bad} survived in {whence}:\n{svg}");
    }
    assert!(read.contains("#f5c400"), "the drawing was lost in {whence}");
}

fn site_with_hostile_svg() -> Site {
    let site = Site::minimal();
    site.write("content/capsules/fermez/plan.svg", HOSTILE_SVG);
    site.write(
        "content/capsules/fermez/index.fr.md",
        "+++\ntitle = \"Fermez à clé\"\nkind = \"tip\"\ndate = 2026-11-20\n[image]\nsrc = \"plan.svg\"\nalt = \"Un plan\"\n+++\nFermez toujours à clé.\n",
    );
    site
}

#[test]
fn a_hostile_svg_is_published_as_drawing_only_and_served_under_a_policy() {
    let site = site_with_hostile_svg();
    let public = site.build(&["--no-leaflets"]);
    let svgs: Vec<_> = common::files(&public)
        .into_iter()
        .filter(|f| f.starts_with("media") && f.extension().is_some_and(|e| e == "svg"))
        .collect();
    assert!(!svgs.is_empty(), "the build published no SVG");
    for svg in &svgs {
        let text = std::fs::read_to_string(public.join(svg)).unwrap();
        assert_harmless(&text, &svg.display().to_string());
    }

    // The preview serves the same drawing with a policy that runs and fetches nothing.
    let server = Server::start(&site);
    let path = format!("/{}", svgs[0].display());
    let (status, head, body) = server.get(&path);
    assert_eq!(status, 200, "{path}");
    assert_harmless(&body, "the preview");
    let policy = policy_of(&head);
    assert_eq!(
        policy,
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    );
}

fn policy_of(head: &str) -> String {
    head.lines()
        .find_map(|l| l.strip_prefix("content-security-policy:"))
        .map(|v| v.trim().to_string())
        .unwrap_or_else(|| panic!("no Content-Security-Policy:\n{head}"))
}

#[test]
fn a_hostile_svg_uploaded_to_the_workbench_is_stored_and_shown_as_drawing_only() {
    let site = Site::minimal();
    let server = Server::start(&site);
    let reply = server.upload("fermez", "plan.svg", HOSTILE_SVG.as_bytes());
    assert_eq!(reply.status, 201, "{}", reply.text());
    let name = reply.json()["src"].as_str().unwrap().to_string();
    let stored = Path::new("content/capsules/fermez").join(&name);
    let kept = std::fs::read_to_string(site.path().join(&stored)).unwrap();
    assert_harmless(&kept, "the stored upload");

    let cookie_free = format!("/__vigie/api/capsules/fermez/media/{name}");
    let bearer = format!("Bearer {}", server.token);
    let shown = server.send("GET", &cookie_free, &[("Authorization", &bearer)], b"");
    assert_eq!(shown.status, 200, "{}", shown.text());
    assert_harmless(&shown.text(), "the workbench's view of it");
    assert_eq!(
        shown.header("Content-Security-Policy").as_deref(),
        Some("default-src 'none'; style-src 'unsafe-inline'; img-src data:")
    );
}

#[test]
fn slow_bodies_hold_neither_the_preview_nor_the_workbench() {
    let site = Site::minimal();
    let server = Server::start(&site);
    // More slow writers than the preview has threads, without the token and with it, to the
    // API and to the preview: each sends its headers and a first byte, then nothing.
    let bearer = format!("Bearer {}", server.token);
    let origin = format!("http://{}", server.host);
    let slow: Vec<TcpStream> = (0..8)
        .map(|n| {
            let mut stream = TcpStream::connect(&server.host).unwrap();
            let (path, auth) = match n % 4 {
                0 => ("/__vigie/api/capsules", String::new()),
                1 => ("/__vigie/api/capsules/fermez/media", String::new()),
                2 => (
                    "/__vigie/api/capsules",
                    format!("Authorization: {bearer}\r\nOrigin: {origin}\r\n"),
                ),
                _ => ("/", String::new()),
            };
            write!(
                stream,
                "POST {path} HTTP/1.1\r\nHost: {}\r\n{auth}Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{{",
                server.host
            )
            .unwrap();
            stream
        })
        .collect();
    std::thread::sleep(Duration::from_millis(300));

    for path in ["/", "/__vigie/api/capsules"] {
        let started = Instant::now();
        let mut stream = TcpStream::connect(&server.host).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {}\r\nAuthorization: {bearer}\r\nConnection: close\r\n\r\n",
            server.host
        )
        .unwrap();
        let mut answer = Vec::new();
        let read = stream.read_to_end(&mut answer);
        assert!(
            read.is_ok() && answer.starts_with(b"HTTP/1.1 200"),
            "{path} did not answer while slow bodies were held: {read:?} {}",
            String::from_utf8_lossy(&answer)
        );
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "{path} took {:?}",
            started.elapsed()
        );
    }

    // A stranger's body is never read: the refusal comes before it is complete.
    let mut stranger = TcpStream::connect(&server.host).unwrap();
    stranger
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    write!(
        stranger,
        "PUT /__vigie/api/capsules/fermez HTTP/1.1\r\nHost: {}\r\nContent-Length: 100000\r\n\r\n{{",
        server.host
    )
    .unwrap();
    let mut status = [0u8; 12];
    stranger.read_exact(&mut status).unwrap();
    assert_eq!(&status, b"HTTP/1.1 401");
    drop(slow);
}

fn png(width: u32, height: u32, shade: u8) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    image::GrayImage::from_pixel(width, height, image::Luma([shade]))
        .write_to(&mut out, image::ImageFormat::Png)
        .unwrap();
    out.into_inner()
}

#[test]
fn uploads_of_one_name_each_keep_their_own_picture() {
    let site = Site::minimal();
    let server = Server::start(&site);
    let bundle = site.path().join("content/capsules/fermez");
    // Names the naming step once looped on forever, and names Windows refuses.
    for (n, (sent, kept)) in [
        ("index.png", "photo-index.png"),
        ("Index-1.png", "photo-index-1.png"),
        ("indexation.png", "photo-indexation.png"),
        ("index.png", "photo-index-2.png"),
        ("CON.png", "con-file.png"),
        ("nul.PNG", "nul-file.png"),
    ]
    .into_iter()
    .enumerate()
    {
        let bytes = png(8, 8, n as u8);
        let reply = server.upload("fermez", sent, &bytes);
        assert_eq!(reply.status, 201, "{sent}: {}", reply.text());
        assert_eq!(reply.json()["src"], kept, "{sent}");
        assert_eq!(std::fs::read(bundle.join(kept)).unwrap(), bytes, "{kept}");
    }

    // Four uploads of one name at once: four names, each file with its own bytes.
    let server = std::sync::Arc::new(server);
    let sent: Vec<Vec<u8>> = (0..4).map(|n| png(16, 16, 100 + n)).collect();
    let replies: Vec<_> = sent
        .iter()
        .cloned()
        .map(|bytes| {
            let server = std::sync::Arc::clone(&server);
            std::thread::spawn(move || server.upload("fermez", "porte.png", &bytes))
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|t| t.join().unwrap())
        .collect();
    let mut names = std::collections::BTreeSet::new();
    for (bytes, reply) in sent.iter().zip(&replies) {
        assert_eq!(reply.status, 201, "{}", reply.text());
        let name = reply.json()["src"].as_str().unwrap().to_string();
        assert_eq!(&std::fs::read(bundle.join(&name)).unwrap(), bytes, "{name}");
        names.insert(name);
    }
    assert_eq!(names.len(), 4, "{names:?}");
    // No scratch file is left in the bundle.
    let left: Vec<_> = std::fs::read_dir(&bundle)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn pictures_the_build_would_refuse_are_refused_at_upload() {
    let site = Site::minimal();
    let server = Server::start(&site);
    // A real JPEG whose header claims 12,000 × 12,000 pixels (a decompression bomb).
    let mut bomb = common::jpeg(16, 16, None);
    let sof = bomb
        .windows(2)
        .position(|w| w == [0xFF, 0xC0])
        .expect("a baseline JPEG");
    bomb[sof + 5..sof + 9].copy_from_slice(&[0x2E, 0xE0, 0x2E, 0xE0]);
    let tall = r#"<svg xmlns="http://www.w3.org/2000/svg" width="30001" height="1"/>"#;
    for (name, bytes, declared) in [
        ("bombe.jpg", bomb, "12000×12000"),
        ("large.png", png(11_000, 11_000, 0), "11000×11000"),
        ("ligne.png", png(30_001, 1, 0), "30001×1"),
        ("ligne.svg", tall.as_bytes().to_vec(), "30001×1"),
    ] {
        let reply = server.upload("fermez", name, &bytes);
        assert_eq!(reply.status, 415, "{name}: {}", reply.text());
        // Said in the interface's language: the site's first, French.
        let error = reply.json()["error"].as_str().unwrap().to_string();
        assert!(
            error.contains(&format!(
                "l'image annonce {declared} pixels, plus que Vigie n'accepte"
            )),
            "{name}: {error}"
        );
        assert!(
            !site
                .path()
                .join("content/capsules/fermez")
                .join(name)
                .exists(),
            "{name} was kept"
        );
    }
}

#[test]
fn undo_never_overwrites_a_change_made_since_the_last_save() {
    let site = Site::minimal();
    let server = Server::start(&site);
    let file = site.path().join("content/capsules/fermez/index.fr.md");
    let saved = server.save_edited("capsules/fermez", |l| {
        l["fr"]["front_matter"]["title"] = serde_json::json!("Fermez à double tour");
    });
    assert_eq!(saved.status, 200, "{}", saved.text());

    // A hand edit after the save: undo refuses, and the edit stays.
    let by_hand = std::fs::read_to_string(&file)
        .unwrap()
        .replace("Fermez toujours", "Fermez TOUJOURS");
    std::fs::write(&file, &by_hand).unwrap();
    let refused = server.api("POST", "capsules/fermez/undo", None);
    assert_eq!(refused.status, 409, "{}", refused.text());
    assert!(refused.json()["error"]
        .as_str()
        .unwrap()
        .contains("changed since the last save"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), by_hand);

    // The capsule deleted and made again under the same name: its history is not its own.
    std::fs::remove_dir_all(site.path().join("content/capsules/fermez")).unwrap();
    site.write(
        "content/capsules/fermez/index.fr.md",
        "+++\ntitle = \"Une autre capsule\"\nkind = \"fun\"\ndate = 2026-11-21\n+++\nAutre chose.\n",
    );
    let refused = server.api("POST", "capsules/fermez/undo", None);
    assert_eq!(refused.status, 409, "{}", refused.text());
    assert!(std::fs::read_to_string(&file)
        .unwrap()
        .contains("Une autre capsule"));

    // Saved again, undone: that save's earlier files come back.
    let again = server.save_edited("capsules/fermez", |l| {
        l["fr"]["front_matter"]["title"] = serde_json::json!("Encore une autre");
    });
    assert_eq!(again.status, 200, "{}", again.text());
    let undone = server.api("POST", "capsules/fermez/undo", None);
    assert_eq!(undone.status, 200, "{}", undone.text());
    assert!(std::fs::read_to_string(&file)
        .unwrap()
        .contains("Une autre capsule"));
}

/// The front matter of a file as the build reads it: between the first two `+++` lines.
fn front_matter(text: &str) -> toml::Table {
    let rest = text.strip_prefix("+++\n").expect("opens with +++");
    let end = rest.find("\n+++\n").expect("a closing +++");
    rest[..end + 1].parse().expect("TOML")
}

#[test]
fn text_that_reads_like_the_end_of_the_front_matter_is_kept_as_text() {
    let site = Site::minimal();
    let server = Server::start(&site);
    let title = "Vol\n+++\nkind = \"alert\"";
    let made = server.api(
        "POST",
        "capsules",
        Some(&serde_json::json!({"title": title, "kind": "tip", "lang": "fr"})),
    );
    assert_eq!(made.status, 201, "{}", made.text());
    let slug = made.json()["slug"].as_str().unwrap().to_string();
    let text = std::fs::read_to_string(
        site.path()
            .join("content/capsules")
            .join(&slug)
            .join("index.fr.md"),
    )
    .unwrap();
    let fm = front_matter(&text);
    assert_eq!(fm["title"].as_str(), Some(title), "{text}");
    assert_eq!(fm["kind"].as_str(), Some("tip"), "{text}");

    let summary = "Deux lignes\n+++\net la suite";
    let saved = server.save_edited("capsules/fermez", |l| {
        l["fr"]["front_matter"]["summary"] = serde_json::json!(summary);
    });
    assert_eq!(saved.status, 200, "{}", saved.text());
    let text =
        std::fs::read_to_string(site.path().join("content/capsules/fermez/index.fr.md")).unwrap();
    assert_eq!(
        front_matter(&text)["summary"].as_str(),
        Some(summary),
        "{text}"
    );

    // The site still builds, with both capsules.
    let public = site.build(&["--no-leaflets", "--drafts"]);
    assert!(public.join("fr/capsules/fermez/index.html").is_file());
}

#[test]
fn a_request_declaring_an_immense_body_is_refused_and_the_preview_goes_on() {
    let site = Site::minimal();
    let server = Server::start(&site);
    for path in ["/", "/__vigie/api/capsules", "/__vigie/edit/"] {
        let mut stream = TcpStream::connect(&server.host).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        write!(
            stream,
            "POST {path} HTTP/1.1\r\nHost: {}\r\nContent-Length: 1000000000000000\r\n\r\n",
            server.host
        )
        .unwrap();
        let mut status = [0u8; 12];
        stream.read_exact(&mut status).unwrap();
        assert_eq!(&status, b"HTTP/1.1 413", "{path}");
    }
    let (status, _, _) = server.get("/");
    assert_eq!(status, 200, "the preview is gone");
}
