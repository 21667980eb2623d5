//! `vigie serve`, run as residents' webmaster runs it: a real server on a free port, pages
//! fetched over HTTP, capsule files edited on disk.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::mpsc::channel;
use std::time::Duration;

use common::server::{get, request, Server};
use common::Site;

/// The build a page was served from, from its reload script.
fn version_of(body: &str) -> u64 {
    let at = body.find("since=").expect("the reload script") + "since=".len();
    body[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .expect("a version")
}

/// Makes `edit`, then waits as the page's script does, event after event, until `path`
/// shows what `done` looks for (the preview also reloads pages when leaflets are ready);
/// gives the page's status and body.
fn reload_after(
    server: &Server,
    page: &str,
    edit: impl FnOnce(),
    path: &str,
    done: impl Fn(u16, &str) -> bool,
) -> (u16, String) {
    let mut since = version_of(page);
    let (tx, rx) = channel();
    let wait = |since: u64| {
        let host = server.host.clone();
        let tx = tx.clone();
        std::thread::spawn(move || {
            let _ = tx.send(get(&host, &format!("/__vigie/events?since={since}")));
        });
    };
    wait(since);
    std::thread::sleep(Duration::from_millis(200));
    edit();
    for _ in 0..5 {
        let (status, head, event) = rx
            .recv_timeout(Duration::from_secs(20))
            .expect("a reload event within 20 s");
        assert_eq!(status, 200);
        assert!(head.contains("content-type: text/event-stream"), "{head}");
        if !event.contains("data: reload") {
            wait(since);
            continue;
        }
        let (status, _, body) = server.get(path);
        if done(status, &body) {
            return (status, body);
        }
        since = version_of(&body);
        wait(since);
    }
    panic!("{path} never showed the edit");
}

const CAPSULE: &str = "content/capsules/fermez/index.fr.md";

#[test]
fn a_saved_capsule_is_rebuilt_and_the_open_pages_reload() {
    let site = Site::minimal();
    site.write(
        "content/capsules/plus-tard/index.fr.md",
        "+++\ntitle = \"Prévu pour décembre\"\nkind = \"tip\"\ndate = 2026-12-15\n+++\nBientôt.\n",
    );
    site.write("content/capsules/brouillon/index.fr.md", "+++\ntitle = \"Encore un brouillon\"\nkind = \"tip\"\ndate = 2026-11-01\ndraft = true\n+++\nPas prêt.\n");
    let server = Server::start(&site);

    let (status, head, page) = server.get("/fr/capsules/fermez/");
    assert_eq!(status, 200);
    assert!(head.contains("content-type: text/html"), "{head}");
    assert!(page.contains("Fermez à clé"));
    // Scheduled and draft capsules are in the preview, marked.
    let (status, _, scheduled) = server.get("/fr/capsules/plus-tard/");
    assert_eq!(status, 200);
    assert!(
        scheduled.contains("pas encore publiée"),
        "no notice on a scheduled capsule"
    );
    let (_, _, draft) = server.get("/fr/capsules/brouillon/");
    assert!(draft.contains("Brouillon"), "no notice on a draft");
    // Files come with their types; unknown paths get the site's 404 page.
    let (_, head, _) = server.get("/fr/feed.xml");
    assert!(head.contains("content-type: application/rss+xml"), "{head}");
    // Leaflets are typeset when asked for.
    let (status, head, pdf) = server.get("/fr/capsules/fermez/leaflet.pdf");
    assert_eq!(status, 200);
    assert!(head.contains("content-type: application/pdf"), "{head}");
    assert!(pdf.starts_with("%PDF-"));
    let (status, _, missing) = server.get("/fr/nowhere/");
    assert_eq!(status, 404);
    assert!(
        missing.contains("Page introuvable"),
        "not the site's 404 page"
    );

    reload_after(
        &server,
        &page,
        || {
            site.write(CAPSULE, "+++\ntitle = \"Fermez à double tour\"\nkind = \"tip\"\ndate = 2026-11-20\n+++\nToujours.\n")
        },
        "/fr/capsules/fermez/",
        |status, page| status == 200 && page.contains("Fermez à double tour"),
    );
    let (_, _, home) = server.get("/fr/");
    assert!(
        home.contains("Fermez à double tour"),
        "the home page still lists the old title"
    );
}

#[test]
fn a_broken_save_shows_the_error_and_the_next_good_save_recovers() {
    let site = Site::minimal();
    let server = Server::start(&site);
    let (_, _, page) = server.get("/fr/capsules/fermez/");
    let (_, error) = reload_after(
        &server,
        &page,
        || {
            site.write(CAPSULE, "+++\ntitle = \"Fermez à clé\"\nkind = \"tipp\"\ndate = 2026-11-20\n+++\nFermez toujours à clé.\n")
        },
        "/fr/capsules/fermez/",
        |status, _| status == 500,
    );
    let page = scraper::Html::parse_document(&error);
    let text_of = |css: &str| {
        page.select(&scraper::Selector::parse(css).expect("selector"))
            .next()
            .map(|e| e.text().collect::<String>())
    };
    let said = text_of("pre").unwrap_or_default();
    assert!(
        said.contains("content/capsules/fermez/index.fr.md:3:8"),
        "{error}"
    );
    assert!(said.contains("unknown variant `tipp`"), "{error}");
    let heading = text_of("html[lang=en] h1");
    assert_eq!(heading.as_deref(), Some("The build failed"), "{error}");
    reload_after(
        &server,
        &error,
        || {
            site.write(CAPSULE, "+++\ntitle = \"Fermez à clé, réparé\"\nkind = \"tip\"\ndate = 2026-11-20\n+++\nFermez toujours à clé.\n")
        },
        "/fr/capsules/fermez/",
        |status, page| status == 200 && page.contains("Fermez à clé, réparé"),
    );
}

#[test]
fn nothing_outside_the_preview_is_served() {
    let site = Site::minimal();
    let server = Server::start(&site);
    for path in [
        "/../site.toml",
        "/%2e%2e/site.toml",
        "/fr/..%2f..%2f..%2fsite.toml",
        "/..%5c..%5csite.toml",
    ] {
        let (status, _, body) = server.get(path);
        assert_eq!(status, 404, "{path}");
        assert!(!body.contains("base_url"), "{path} served site.toml");
    }
}

/// A GET with the `Host` header given, for the DNS-rebinding check: its status.
fn get_with_host(address: &str, host: &str, path: &str) -> u16 {
    request(address, host, path).0
}

#[test]
fn only_local_host_names_are_answered_against_dns_rebinding() {
    let site = Site::minimal();
    let server = Server::start(&site);
    let port = server.host.rsplit_once(':').expect("a port").1.to_string();
    for host in [format!("127.0.0.1:{port}"), format!("localhost:{port}")] {
        assert_eq!(get_with_host(&server.host, &host, "/fr/"), 200, "{host}");
    }
    for host in [
        format!("evil.example:{port}"),
        format!("127.0.0.1.nip.io:{port}"),
        "127.0.0.1:1".to_string(),
        "localhost".to_string(),
        String::new(),
    ] {
        assert_eq!(
            get_with_host(&server.host, &host, "/fr/"),
            403,
            "Host {host:?}"
        );
        assert_eq!(
            get_with_host(&server.host, &host, "/__vigie/events?since=0"),
            403,
            "Host {host:?}"
        );
    }
}

#[test]
fn many_waiting_pages_never_stop_the_preview() {
    let site = Site::minimal();
    let server = Server::start(&site);
    // Far more reload-event connections than the preview holds; each stays open.
    let held: Vec<TcpStream> = (0..300)
        .map(|_| {
            let mut stream = TcpStream::connect(&server.host).expect("connect");
            write!(
                stream,
                "GET /__vigie/events?since=999999 HTTP/1.1\r\nHost: {}\r\n\r\n",
                server.host
            )
            .expect("send");
            stream
        })
        .collect();
    let (status, _, page) = server.get("/fr/capsules/fermez/");
    assert_eq!(status, 200, "the preview still answers pages");
    assert!(page.contains("Fermez à clé"));
    // Those beyond what is held are told to come back later, at once.
    let mut last = held.into_iter().last().expect("a connection");
    last.set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    let mut reply = Vec::new();
    let mut chunk = [0u8; 512];
    while !String::from_utf8_lossy(&reply).contains("busy") {
        let n = last.read(&mut chunk).expect("an answer to the last one");
        assert!(n > 0, "closed without an answer");
        reply.extend_from_slice(&chunk[..n]);
    }
    assert!(String::from_utf8_lossy(&reply).starts_with("HTTP/1.1 200"));
}

#[test]
fn a_missing_address_gets_the_404_page_of_its_language() {
    let site = Site::fixture("bilingue");
    let server = Server::start(&site);
    for (path, wanted, other) in [
        ("/nl/nergens/", "Pagina niet gevonden", "Page introuvable"),
        (
            "/fr/nulle-part/",
            "Page introuvable",
            "Pagina niet gevonden",
        ),
    ] {
        let (status, _, body) = server.get(path);
        assert_eq!(status, 404, "{path}");
        assert!(
            body.contains(wanted) && !body.contains(other),
            "{path}: {body}"
        );
    }
    // No language in the address, or one that is not a folder name: every language.
    for path in ["/nulle-part/", "/%2e%2e/x", "/../nl/x", "/n%2Fl/x"] {
        let (status, _, body) = server.get(path);
        assert_eq!(status, 404, "{path}");
        assert!(
            body.contains("Page introuvable") && body.contains("Pagina niet gevonden"),
            "{path}: {body}"
        );
    }
}

#[test]
fn the_preview_s_leaflets_page_says_when_a_leaflet_falls_back_to_its_short_text() {
    let site = Site::minimal();
    let server = Server::start(&site);
    let (status, _, page) = server.get("/fr/leaflets/");
    assert_eq!(status, 200);
    let warnings = |body: &str| -> Vec<String> {
        let doc = scraper::Html::parse_document(body);
        common::select(&doc, ".print-warn")
            .into_iter()
            .map(|e| e.text().collect())
            .collect()
    };
    assert!(warnings(&page).is_empty(), "{:?}", warnings(&page));
    let long =
        "Fermez la porte à double tour chaque soir, même pour une courte absence. ".repeat(150);
    let (_, page) = reload_after(
        &server,
        &page,
        || {
            site.write(
                CAPSULE,
                &format!("+++\ntitle = \"Fermez à clé\"\nkind = \"tip\"\ndate = 2026-11-20\n[leaflet]\nshort = \"Fermez à clé.\"\n+++\n{long}\n"),
            )
        },
        "/fr/leaflets/",
        |status, page| status == 200 && !warnings(page).is_empty(),
    );
    assert_eq!(
        warnings(&page),
        ["texte trop long pour le dépliant, qui imprime le texte court"]
    );
}
