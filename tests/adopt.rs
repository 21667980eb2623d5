//! `vigie import site`: capsules adopted from another site's offer, by its address (served by
//! the test on 127.0.0.1), its `exchange.json` and its built folder; hostile offers refused
//! with nothing written.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::time::Duration;

use common::{files, html, select, stderr, text_of, Site, MINIMAL_CONFIG, NOW};

/// A sharing site: a tip with a photo in two languages linking to a second tip, an alert.
fn offering_site(base_url: &str) -> Site {
    let site = Site::empty();
    let config = MINIMAL_CONFIG.replace("https://prevention.test.be", base_url);
    site.write(
        "site.toml",
        &format!("{config}\n[exchange]\nshare = true\npublisher = \"Zone de police Exemple\"\n"),
    );
    site.write_bytes(
        "content/capsules/fermez/photo.jpg",
        &common::jpeg(1800, 1200, Some(&common::exif_rotated_with_gps())),
    );
    site.write(
        "content/capsules/fermez/index.fr.md",
        "+++\ntitle = \"Fermez à clé\"\nkind = \"tip\"\ndate = 2026-11-20\ntags = [\"porte\"]\ndistricts = [\"centre\"]\n\
         [image]\nsrc = \"photo.jpg\"\nalt = \"Une porte fermée\"\ncredit = \"Zone de police\"\n\
         [leaflet]\nheadline = \"Même pour cinq minutes\"\n+++\n\
         Fermez toujours à clé. Voyez aussi [le vélo](@/capsules/velo).\n",
    );
    site.write(
        "content/capsules/fermez/index.nl.md",
        "+++\ntitle = \"Sluit af\"\n[image]\nalt = \"Een gesloten deur\"\n+++\nSluit altijd af.\n",
    );
    site.write(
        "content/capsules/velo/index.fr.md",
        "+++\ntitle = \"Le vélo\"\nkind = \"tip\"\ndate = 2026-11-10\n+++\nUn bon cadenas.\n",
    );
    site.write(
        "content/capsules/vols/index.fr.md",
        "+++\ntitle = \"Vols dans les voitures\"\nkind = \"alert\"\ndate = 2026-11-25\nexpires = 2026-12-20\nprivacy_reviewed = true\n+++\nNe laissez rien de visible.\n",
    );
    site
}

/// Every file under the adopting site's `content/`, with its bytes.
fn content(site: &Site) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = site.path().join("content");
    files(&dir)
        .into_iter()
        .map(|f| {
            let bytes = std::fs::read(dir.join(&f)).expect("read");
            (f, bytes)
        })
        .collect()
}

fn front_matter(file: &Path) -> toml::Table {
    let text = std::fs::read_to_string(file).expect("bundle file");
    let inner = text
        .strip_prefix("+++\n")
        .and_then(|t| t.split_once("\n+++\n"))
        .unwrap_or_else(|| panic!("front matter in {text}"))
        .0;
    inner.parse().expect("front matter is TOML")
}

fn import(site: &Site, args: &[&str]) -> std::process::Output {
    let mut all = vec!["import", "site"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--now", NOW]);
    site.vigie(&all)
}

#[test]
fn a_capsule_is_adopted_from_the_folder_with_its_translations_picture_and_origin() {
    let source = offering_site("https://prevention.test.be");
    let public = source.build(&[]);
    let site = Site::minimal();
    let out = import(&site, &[public.to_str().unwrap(), "--pick", "fermez"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("3 capsules offered; 1 adopted, 1 with their picture"),
        "{said}"
    );

    // `fermez` is taken by the site's own capsule: the adopted one gets a folder of its own.
    let dir = site.path().join("content/capsules/fermez-2");
    let fr = front_matter(&dir.join("index.fr.md"));
    assert_eq!(fr["title"].as_str(), Some("Fermez à clé"));
    assert_eq!(fr["kind"].as_str(), Some("tip"));
    assert_eq!(fr["draft"].as_bool(), Some(true));
    assert_eq!(fr["tags"].as_array().map(Vec::len), Some(1));
    assert_eq!(fr["districts"].as_array().map(Vec::len), Some(1));
    assert_eq!(fr["image"]["src"].as_str(), Some("photo.jpg"));
    assert_eq!(fr["image"]["alt"].as_str(), Some("Une porte fermée"));
    assert_eq!(
        fr["leaflet"]["headline"].as_str(),
        Some("Même pour cinq minutes")
    );
    let origin = &fr["origin"];
    assert_eq!(origin["site"].as_str(), Some("https://prevention.test.be/"));
    assert_eq!(
        origin["url"].as_str(),
        Some("https://prevention.test.be/fr/capsules/fermez/")
    );
    assert_eq!(origin["licence"].as_str(), Some("CC-BY-4.0"));
    assert_eq!(origin["publisher"].as_str(), Some("Zone de police Exemple"));
    assert_eq!(origin["adopted"].to_string(), "2026-11-30");
    let offer: serde_json::Value =
        serde_json::from_slice(&std::fs::read(public.join("exchange.json")).unwrap()).unwrap();
    let mut offer = offer;
    assert_eq!(
        origin["version"].as_str(),
        capsule(&mut offer, "fermez")["version"].as_str()
    );
    let text = std::fs::read_to_string(dir.join("index.fr.md")).unwrap();
    assert!(
        text.ends_with("[le vélo](https://prevention.test.be/fr/capsules/velo/).\n"),
        "{text}"
    );
    let nl = front_matter(&dir.join("index.nl.md"));
    assert_eq!(nl["title"].as_str(), Some("Sluit af"));
    assert_eq!(nl["image"]["alt"].as_str(), Some("Een gesloten deur"));
    assert!(nl.get("origin").is_none() && nl.get("kind").is_none());
    let photo = std::fs::read(dir.join("photo.jpg")).expect("the picture");
    let decoded = image::load_from_memory(&photo).expect("a picture");
    assert_eq!((decoded.width(), decoded.height()), (1200, 1800));
    assert!(!photo.windows(6).any(|w| w == b"Exif\0\0"), "no metadata");

    // Again: reported as adopted, nothing written.
    let before = content(&site);
    let out = import(&site, &[public.to_str().unwrap(), "--all", "--kind", "tip"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("1 adopted") && said.contains("1 already adopted (fermez)"),
        "{said}"
    );
    let after = content(&site);
    assert_eq!(before.len() + 1, after.len(), "only velo's file is new");
    assert!(
        before.iter().all(|b| after.contains(b)),
        "nothing written over"
    );

    // The adopted draft is content like any other: once published, it builds.
    let file = dir.join("index.fr.md");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("draft = true", "draft = false")).unwrap();
    let built = site.build(&[]);
    let page = html(&built.join("fr/capsules/fermez-2/index.html"));
    assert_eq!(text_of(&page, "h1"), "Fermez à clé");

    // Credit where it is due, in each language: the page, the feed entry, the leaflet.
    let credit = "D’après Zone de police Exemple (CC BY 4.0)";
    assert_eq!(text_of(&page, "p.origin"), credit);
    assert_eq!(
        common::attrs(&page, "p.origin a", "href"),
        ["https://prevention.test.be/fr/capsules/fermez/"]
    );
    let nl = html(&built.join("nl/capsules/fermez-2/index.html"));
    assert_eq!(
        text_of(&nl, "p.origin"),
        "Naar Zone de police Exemple (CC BY 4.0)"
    );
    let feed = feed_rs::parser::parse(&std::fs::read(built.join("fr/feed.xml")).unwrap()[..])
        .expect("the feed parses");
    let entry = feed
        .entries
        .iter()
        .find(|e| e.links.iter().any(|l| l.href.contains("/fermez-2/")))
        .expect("the adopted capsule's entry");
    let content = entry.content.as_ref().and_then(|c| c.body.clone()).unwrap();
    let fragment = scraper::Html::parse_fragment(&content);
    let paragraphs: Vec<String> = common::select(&fragment, "p")
        .iter()
        .map(|p| p.text().collect())
        .collect();
    assert!(paragraphs.iter().any(|p| p == credit), "{content}");
    let leaflet = common::pdf_text(&built.join("fr/capsules/fermez-2/leaflet.pdf"));
    let leaflet = leaflet.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(leaflet.contains(credit), "{leaflet}");
    // The site's own capsules owe nobody.
    let own = html(&built.join("fr/capsules/fermez/index.html"));
    assert!(common::select(&own, "p.origin").is_empty());
}

#[test]
fn capsules_are_adopted_from_the_exchange_file_and_from_the_address() {
    let (_source, public, address) = served_offering_site();

    let from_file = Site::minimal();
    let file = public.join("exchange.json");
    let out = import(
        &from_file,
        &[file.to_str().unwrap(), "--all", "--since", "2026-11-15"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let capsules = from_file.path().join("content/capsules");
    assert!(capsules.join("fermez-2/photo.jpg").is_file());
    assert!(capsules.join("vols/index.fr.md").is_file());
    assert!(!capsules.join("velo").exists(), "before --since");
    let alert = front_matter(&capsules.join("vols/index.fr.md"));
    assert_eq!(
        alert["privacy_reviewed"].as_bool(),
        Some(false),
        "reviewed here too"
    );
    assert!(alert["expires"].to_string().starts_with("2026-12-20"));

    let from_web = Site::minimal();
    let out = import(&from_web, &[&address, "--pick", "fermez", "--pick", "velo"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let capsules = from_web.path().join("content/capsules");
    let photo = std::fs::read(capsules.join("fermez-2/photo.jpg")).expect("fetched picture");
    assert!(image::load_from_memory(&photo).is_ok());
    assert!(capsules.join("velo/index.fr.md").is_file());

    // Without --pick or --all, the offer is listed and nothing adopted.
    let listing = Site::minimal();
    let out = import(&listing, &[&address]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("--pick") && err.contains("vols") && err.contains("Le vélo"),
        "{err}"
    );
    assert!(!listing.path().join("content/capsules/velo").exists());
    let out = import(&listing, &[&address, "--pick", "nope"]);
    assert!(stderr(&out).contains("--pick nope"), "{}", stderr(&out));

    // In the webmaster's language: the listing, and the comments written in the bundle.
    let french = |args: &[&str]| {
        let mut all = vec!["--lang", "fr", "import", "site"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--now", NOW]);
        listing.vigie(&all)
    };
    let err = stderr(&french(&[&address]));
    assert!(
        err.contains("offre 3 capsules") && err.contains("dites lesquelles adopter"),
        "{err}"
    );
    let out = french(&[&address, "--pick", "vols"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let alert = std::fs::read_to_string(listing.path().join("content/capsules/vols/index.fr.md"))
        .expect("adopted alert");
    assert!(
        alert.contains("draft = true   # adoptée de ")
            && alert.contains("privacy_reviewed = false   # true une fois relue"),
        "{alert}"
    );
}

/// A listener on a free port of 127.0.0.1, and its address.
fn listening() -> (TcpListener, String) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
    let address = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    (listener, address)
}

/// The offering site, built for and served on an address of its own until the test ends:
/// the site, its built folder and its address.
fn served_offering_site() -> (Site, PathBuf, String) {
    let (listener, address) = listening();
    let source = offering_site(&address);
    let public = source.build(&[]);
    serve(listener, public.clone());
    (source, public, address)
}

/// Serves `folder` over HTTP on `listener` until the test ends: a static site's host.
fn serve(listener: TcpListener, folder: PathBuf) {
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let mut reader = BufReader::new(&stream);
            let mut line = String::new();
            if reader.read_line(&mut line).is_err() {
                continue;
            }
            loop {
                let mut header = String::new();
                match reader.read_line(&mut header) {
                    Ok(n) if n > 2 => continue,
                    _ => break,
                }
            }
            let path = line
                .split(' ')
                .nth(1)
                .unwrap_or("/")
                .trim_start_matches('/');
            let file = folder.join(path);
            let mut stream = &stream;
            let _ = match std::fs::read(&file) {
                Ok(bytes) if !path.contains("..") => stream
                    .write_all(
                        format!(
                            "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                            bytes.len()
                        )
                        .as_bytes(),
                    )
                    .and_then(|()| stream.write_all(&bytes)),
                _ => stream.write_all(
                    b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                ),
            };
        }
    });
}

/// An offer from `public`'s exchange.json with `edit` applied, written in a folder of its own
/// (the pictures copied along): what a hostile or broken site could serve.
fn edited_offer(public: &Path, edit: impl Fn(&mut serde_json::Value)) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut offer: serde_json::Value =
        serde_json::from_slice(&std::fs::read(public.join("exchange.json")).unwrap()).unwrap();
    edit(&mut offer);
    std::fs::write(dir.path().join("exchange.json"), offer.to_string()).unwrap();
    let media = public.join("media");
    for f in files(&media) {
        let to = dir.path().join("media").join(&f);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(media.join(&f), to).unwrap();
    }
    dir
}

/// A change made to an offer.
type Edit = dyn Fn(&mut serde_json::Value);

/// The offered capsule `slug` in an offer.
fn capsule<'a>(offer: &'a mut serde_json::Value, slug: &str) -> &'a mut serde_json::Value {
    offer["capsules"]
        .as_array_mut()
        .expect("capsules")
        .iter_mut()
        .find(|c| c["slug"] == slug)
        .expect("offered")
}

/// Runs the import of `source`, which must fail saying `expected`, leaving content/ as it was.
fn assert_refused(site: &Site, source: &Path, expected: &str) {
    let before = content(site);
    let out = import(site, &[source.to_str().unwrap(), "--all"]);
    let err = stderr(&out);
    assert!(!out.status.success(), "accepted; expected {expected}");
    assert!(err.contains(expected), "expected «{expected}» in:\n{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(content(site), before, "{expected}: content/ changed");
    assert!(!site.path().join("content/.vigie-import").exists());
}

#[test]
fn hostile_offers_are_refused_naming_the_capsule_and_field_and_nothing_is_written() {
    let source = offering_site("https://prevention.test.be");
    let public = source.build(&[]);
    let site = Site::minimal();
    let picture = |o: &mut serde_json::Value, url: &str| {
        capsule(o, "fermez")["picture"]["url"] = url.into();
    };
    let cases: Vec<(Box<Edit>, &str)> = vec![
        (
            Box::new(|o| capsule(o, "fermez")["slug"] = "../../etc".into()),
            "capsule `../../etc`: `slug` is not a folder name",
        ),
        (
            Box::new(|o| capsule(o, "fermez")["translations"][0]["title"] = 5.into()),
            "does not follow its format: invalid type: integer `5`",
        ),
        (
            Box::new(|o| capsule(o, "fermez")["translations"][0]["title"] = " ".into()),
            "`translations[0].title` is empty",
        ),
        (
            Box::new(|o| capsule(o, "fermez")["date"] = "yesterday".into()),
            "`date` is not an RFC 3339 instant",
        ),
        (
            Box::new(|o| {
                capsule(o, "fermez")["translations"][0]["body"] = "x".repeat(300_000).into()
            }),
            "`translations[0].body` is longer than 200000 characters",
        ),
        (
            Box::new(move |o| picture(o, "https://ailleurs.example/x.jpg")),
            "is not on the offering site",
        ),
        (
            Box::new(move |o| {
                picture(o, "https://prevention.test.be/media/../../../../etc/passwd")
            }),
            "is not a plain file address",
        ),
        (
            Box::new(move |o| picture(o, "https://prevention.test.be/exchange.json")),
            "capsule `fermez`: `picture`: not a usable picture",
        ),
        (
            Box::new(|o| o["version"] = 2.into()),
            "version 2, which this Vigie does not read",
        ),
        (
            Box::new(|o| *o = serde_json::json!({"a": 1})),
            "not a Vigie exchange file",
        ),
    ];
    for (edit, expected) in cases {
        let dir = edited_offer(&public, edit);
        assert_refused(&site, dir.path(), expected);
    }

    // A link to a file outside the folder, posing as the picture.
    #[cfg(unix)]
    {
        let offer = edited_offer(&public, |_| {});
        let mut json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(offer.path().join("exchange.json")).unwrap())
                .unwrap();
        let url = capsule(&mut json, "fermez")["picture"]["url"]
            .as_str()
            .unwrap()
            .to_string();
        let photo = offer
            .path()
            .join(url.strip_prefix("https://prevention.test.be/").unwrap());
        let outside = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(outside.path(), common::jpeg(10, 10, None)).unwrap();
        std::fs::remove_file(&photo).unwrap();
        std::os::unix::fs::symlink(outside.path(), &photo).unwrap();
        assert_refused(&site, offer.path(), "is a link");
    }

    // Not JSON, too deep, too large.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("exchange.json");
    std::fs::write(
        &file,
        "{\"format\": \"vigie-exchange\",\n  \"version\": 1,\n  oops",
    )
    .unwrap();
    assert_refused(&site, &file, "exchange.json:3:");
    // A mistake just after a letter written in two bytes is located without a panic.
    std::fs::write(&file, "{\"format\": \"vigie-exchange\", \"é\"é}").unwrap();
    assert_refused(&site, &file, "exchange.json:1:");
    let (open, close) = ("[".repeat(100_000), "]".repeat(100_000));
    let deep =
        format!("{{\"format\": \"vigie-exchange\", \"version\": 1, \"site\": {open}{close}}}");
    std::fs::write(&file, deep).unwrap();
    assert_refused(&site, &file, "does not follow its format");
    std::fs::write(&file, vec![b' '; 33 * 1024 * 1024]).unwrap();
    assert_refused(&site, &file, "larger than 32 MB");
    assert_refused(&site, &dir.path().join("missing.json"), "missing.json");
    let out = import(&site, &["http://example.com/prevention"]);
    assert!(stderr(&out).contains("HTTPS only"), "{}", stderr(&out));
}

#[test]
fn markup_from_another_site_stays_text_on_the_adopting_site() {
    let source = offering_site("https://prevention.test.be");
    let public = source.build(&[]);
    let dir = edited_offer(&public, |o| {
        let t = &mut capsule(o, "velo")["translations"][0];
        t["title"] = "Vélo </title><script>alert(1)</script>\"\n+++\nkind = \"fun\"".into();
        t["body"] = "<script>alert(2)</script>\n\n+++\n\n<img src=x onerror=alert(3)>".into();
    });
    let site = Site::minimal();
    let out = import(&site, &[dir.path().to_str().unwrap(), "--pick", "velo"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let file = site.path().join("content/capsules/velo/index.fr.md");
    let fm = front_matter(&file);
    assert_eq!(
        fm["kind"].as_str(),
        Some("tip"),
        "the title cannot write front matter"
    );
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("draft = true", "draft = false")).unwrap();
    let built = site.build(&[]);
    let page = html(&built.join("fr/capsules/velo/index.html"));
    assert!(text_of(&page, "h1").starts_with("Vélo </title><script>"));
    assert!(select(&page, "[onerror]").is_empty());
    for script in select(&page, "script") {
        let code = script.text().collect::<String>() + script.value().attr("src").unwrap_or("");
        assert!(!code.contains("alert"), "a script from the offer: {code}");
    }
    assert!(text_of(&page, "main").contains("<script>alert(2)</script>"));
}

/// The `exchange/…` findings of `vigie check --format json`: (rule, capsule folder).
fn exchange_findings(site: &Site) -> Vec<(String, String)> {
    let out = site.vigie(&["check", "--format", "json", "--now", NOW, "--no-leaflets"]);
    let report: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stderr(&out)));
    let mut found: Vec<(String, String)> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| {
            f["rule"]
                .as_str()
                .is_some_and(|r| r.starts_with("exchange/"))
        })
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["capsule"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    found.sort();
    found
}

#[test]
fn check_says_when_the_source_changed_or_withdrew_an_adopted_capsule() {
    let (source, _public, address) = served_offering_site();
    let site = Site::minimal();
    let out = import(&site, &[&address, "--pick", "fermez", "--pick", "velo"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        exchange_findings(&site),
        [],
        "nothing changed at the source"
    );

    // The source edits one capsule (no longer linking the other) and withdraws the other.
    let fr = source.path().join("content/capsules/fermez/index.fr.md");
    let text = std::fs::read_to_string(&fr).unwrap();
    let text = text.replace(" Voyez aussi [le vélo](@/capsules/velo).", "");
    std::fs::write(&fr, text).unwrap();
    std::fs::remove_dir_all(source.path().join("content/capsules/velo")).unwrap();
    source.build(&[]);
    assert_eq!(
        exchange_findings(&site),
        [
            (
                "exchange/newer".to_string(),
                "content/capsules/fermez-2".to_string()
            ),
            (
                "exchange/withdrawn".to_string(),
                "content/capsules/velo".to_string()
            ),
        ]
    );

    // A source that cannot be reached is said once, and check still runs.
    drop(source);
    let site_words = exchange_findings(&site);
    assert_eq!(
        site_words,
        [("exchange/unreachable".to_string(), String::new())]
    );
}

#[test]
fn a_library_of_site_toml_is_adopted_from_by_its_name() {
    let (_source, _public, address) = served_offering_site();
    let site = Site::minimal();
    site.write(
        "site.toml",
        &format!("{MINIMAL_CONFIG}\n[[library]]\nname = \"Zone Exemple\"\nurl = \"{address}/\"\n"),
    );
    let out = import(&site, &["Zone Exemple", "--pick", "velo"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let velo = front_matter(&site.path().join("content/capsules/velo/index.fr.md"));
    assert_eq!(
        velo["origin"]["url"].as_str(),
        Some(format!("{address}/fr/capsules/velo/").as_str())
    );
}

#[test]
fn hostile_libraries_are_refused_where_they_are_written() {
    for (name, url, expected, at) in [
        (
            "\"\"",
            "\"https://a.test.be/\"",
            "a [[library]] name must be one line",
            "site.toml:16:8",
        ),
        (
            "\"<b>x</b>\\nY\"",
            "\"https://a.test.be/\"",
            "a [[library]] name must be one line",
            "site.toml:16:8",
        ),
        (
            "\"A\"",
            "\"http://prevention.test.be/\"",
            "plain HTTP",
            "site.toml:17:7",
        ),
        (
            "\"A\"",
            "\"file:///etc/passwd\"",
            "`file://` is not a web address",
            "site.toml:17:7",
        ),
        (
            "\"A\"",
            "\"https://user:secret@a.test.be/\"",
            "user or password",
            "site.toml:17:7",
        ),
        (
            "\"A\"",
            "\"https://a.test.be/?x=<script>\"",
            "query or a fragment",
            "site.toml:17:7",
        ),
        (
            "\"A\"",
            "\"../autre\"",
            "is not an address",
            "site.toml:17:7",
        ),
    ] {
        let site = Site::minimal();
        site.write(
            "site.toml",
            &format!("{MINIMAL_CONFIG}\n[[library]]\nname = {name}\nurl = {url}\n"),
        );
        let err = site.failed_build();
        assert!(
            err.contains(expected) && err.contains(at),
            "{expected} at {at}:\n{err}"
        );
        assert!(err.contains("help:"), "a hint for {url}:\n{err}");
    }
    let site = Site::minimal();
    site.write(
        "site.toml",
        &format!(
            "{MINIMAL_CONFIG}\n[[library]]\nname = \"A\"\nurl = \"https://a.test.be/\"\n\
             [[library]]\nname = \"A\"\nurl = \"https://b.test.be/\"\n\
             [[library]]\nname = \"B\"\nurl = \"https://a.test.be\"\n\
             [[library]]\nname = \"C\"\nurl = \"https://c.test.be/\"\nsecret = 1\n"
        ),
    );
    let err = site.failed_build();
    assert!(err.contains("site.toml:27:1"), "unknown key: {err}");
    let site = Site::minimal();
    site.write(
        "site.toml",
        &format!(
            "{MINIMAL_CONFIG}\n[[library]]\nname = \"A\"\nurl = \"https://a.test.be/\"\n\
             [[library]]\nname = \"A\"\nurl = \"https://b.test.be/\"\n\
             [[library]]\nname = \"B\"\nurl = \"https://a.test.be\"\n"
        ),
    );
    let err = site.failed_build();
    common::assert_error_at(&err, "the library `A` is listed twice", "site.toml:19:8");
    common::assert_error_at(
        &err,
        "the address of `B` is already another library's",
        "site.toml:23:7",
    );
}

/// The workbench's Library screen as its reader sees it, read with the token.
fn library_screen(server: &common::server::Server, query: &str) -> scraper::Html {
    let bearer = format!("Bearer {}", server.token);
    let reply = server.send(
        "GET",
        &format!("/__vigie/edit/library{query}"),
        &[("Authorization", &bearer)],
        b"",
    );
    assert_eq!(reply.status, 200, "{}", reply.text());
    scraper::Html::parse_document(&reply.text())
}

fn adopt_on_workbench(server: &common::server::Server, form: &str) -> common::server::Reply {
    let bearer = format!("Bearer {}", server.token);
    let origin = format!("http://{}", server.host);
    server.send(
        "POST",
        "/__vigie/edit/library/adopt",
        &[
            ("Authorization", &bearer),
            ("Origin", &origin),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        form.as_bytes(),
    )
}

#[test]
fn the_library_screen_lists_adopts_and_shows_what_changed_at_the_source() {
    let (source, public, address) = served_offering_site();
    // A hostile library: the same offer on its own address, its photo 1 pixel by 4,000.
    let (hostile_listener, hostile) = listening();
    let tall = edited_offer(&public, |offer| {
        *offer = serde_json::from_str(&offer.to_string().replace(&address, &hostile)).unwrap();
    });
    for f in files(&tall.path().join("media")) {
        if f.extension().is_some_and(|e| e == "jpg") {
            std::fs::write(
                tall.path().join("media").join(f),
                common::jpeg(1, 4000, None),
            )
            .unwrap();
        }
    }
    serve(hostile_listener, tall.path().to_path_buf());
    let site = Site::minimal();
    site.write(
        "site.toml",
        &format!(
            "{MINIMAL_CONFIG}\n[[library]]\nname = \"Zone Exemple\"\nurl = \"{address}/\"\n\
             [[library]]\nname = \"Éteinte\"\nurl = \"http://127.0.0.1:9/\"\n\
             [[library]]\nname = \"Hostile\"\nurl = \"{hostile}/\"\n"
        ),
    );
    let server = common::server::Server::start(&site);

    // Each offered capsule, its picture shown through the workbench, an Adopt button.
    let screen = library_screen(&server, "");
    let offers = select(&screen, "li.offer");
    assert_eq!(offers.len(), 3, "{}", screen.html());
    assert_eq!(select(&screen, "li.offer form button").len(), 3);
    let titles: Vec<String> = select(&screen, "li.offer h3")
        .iter()
        .map(|h| h.text().collect())
        .collect();
    assert!(titles.contains(&"Fermez à clé".to_string()), "{titles:?}");
    let img = select(&screen, "#offer-fermez img");
    let src = img[0].value().attr("src").expect("a picture");
    assert!(src.starts_with("/__vigie/edit/library/picture?"), "{src}");
    assert_eq!(img[0].value().attr("alt"), Some("Une porte fermée"));
    let bearer = format!("Bearer {}", server.token);
    let picture = server.send("GET", src, &[("Authorization", &bearer)], b"");
    assert_eq!(picture.status, 200);
    assert_eq!(
        picture.header("content-type").as_deref(),
        Some("image/jpeg")
    );
    let body = picture.body.clone();
    let preview = image::load_from_memory(&body)
        .unwrap_or_else(|e| panic!("{e}: {} {:?}", picture.head, &body[..body.len().min(40)]));
    assert_eq!(
        (preview.width(), preview.height()),
        (320, 480),
        "the 1200×1800 photo (once turned) within 480 px"
    );
    assert!(
        !body.windows(4).any(|w| w == b"Exif"),
        "re-encoded: no metadata"
    );
    let missing = server.send(
        "GET",
        "/__vigie/edit/library/picture?n=0&slug=velo",
        &[("Authorization", &bearer)],
        b"",
    );
    assert_eq!(missing.status, 404, "velo has no picture");
    let tall_preview = server.send(
        "GET",
        "/__vigie/edit/library/picture?n=2&slug=fermez",
        &[("Authorization", &bearer)],
        b"",
    );
    assert_eq!(tall_preview.status, 200, "{}", tall_preview.text());
    let tall_preview = image::load_from_memory(&tall_preview.body).expect("a picture");
    assert_eq!(
        (tall_preview.width(), tall_preview.height()),
        (1, 480),
        "within 480 px, whatever the shape"
    );

    // Adopt: the draft is made and opened in the form.
    let adopted = adopt_on_workbench(&server, "n=0&slug=fermez");
    assert_eq!(adopted.status, 303, "{}", adopted.text());
    assert_eq!(
        adopted.header("location").as_deref(),
        Some("/__vigie/edit/capsules/fermez-2")
    );
    let draft = front_matter(&site.path().join("content/capsules/fermez-2/index.fr.md"));
    assert_eq!(draft["draft"].as_bool(), Some(true));
    assert_eq!(
        draft["origin"]["url"].as_str(),
        Some(format!("{address}/fr/capsules/fermez/").as_str())
    );
    // Once the preview has it, the screen says it is adopted; adopting again opens it.
    let adopted_here = || {
        let screen = library_screen(&server, "");
        select(
            &screen,
            "#offer-fermez a[href='/__vigie/edit/capsules/fermez-2']",
        )
        .len()
            == 1
    };
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while !adopted_here() {
        assert!(std::time::Instant::now() < deadline, "never shown adopted");
        std::thread::sleep(Duration::from_millis(200));
    }
    // The form says where the draft comes from, linked to the original.
    let form = server.send(
        "GET",
        "/__vigie/edit/capsules/fermez-2",
        &[("Authorization", &bearer)],
        b"",
    );
    let form = scraper::Html::parse_document(&form.text());
    let credit = select(&form, "p.origin a");
    assert_eq!(credit.len(), 1, "{}", form.html());
    assert_eq!(
        credit[0].value().attr("href"),
        Some(format!("{address}/fr/capsules/fermez/").as_str())
    );
    assert_eq!(
        credit[0].text().collect::<String>(),
        "Zone de police Exemple"
    );
    let again = adopt_on_workbench(&server, "n=0&slug=fermez");
    assert_eq!(
        again.header("location").as_deref(),
        Some("/__vigie/edit/capsules/fermez-2")
    );
    assert!(!site.path().join("content/capsules/fermez-3").exists());

    // The source changes its title and a line of its body: the screen shows both.
    let fr = source.path().join("content/capsules/fermez/index.fr.md");
    let text = std::fs::read_to_string(&fr)
        .unwrap()
        .replace("Fermez à clé\"", "Fermez toujours à clé\"")
        .replace("Fermez toujours à clé.", "Fermez à double tour.");
    std::fs::write(&fr, text).unwrap();
    source.build(&[]);
    let screen = library_screen(&server, "?reread=1");
    assert_eq!(
        select(&screen, "#offer-fermez .status-review").len(),
        1,
        "changed at the source"
    );
    let fields: Vec<String> = select(&screen, "#offer-fermez .differences h4")
        .iter()
        .map(|h| h.text().collect::<String>())
        .collect();
    assert!(fields.contains(&"Titre FR".to_string()), "{fields:?}");
    assert!(fields.contains(&"Texte FR".to_string()), "{fields:?}");
    let removed: Vec<String> = select(&screen, "#offer-fermez .diff .del")
        .iter()
        .map(|l| l.text().collect())
        .collect();
    let added: Vec<String> = select(&screen, "#offer-fermez .diff .ins")
        .iter()
        .map(|l| l.text().collect())
        .collect();
    assert!(
        removed.iter().any(|l| l.contains("- Fermez à clé")),
        "{removed:?}"
    );
    assert!(
        added.iter().any(|l| l.contains("+ Fermez toujours à clé")),
        "{added:?}"
    );
    assert!(added.iter().any(|l| l.contains("double tour")), "{added:?}");

    // A library that cannot be read says so on its screen; the others still work.
    let screen = library_screen(&server, "?n=1");
    assert_eq!(select(&screen, "[role=alert]").len(), 1);
    assert!(select(&screen, "li.offer").is_empty());

    // Hostile forms: nothing written.
    let before = content(&site);
    for (form, status) in [
        ("n=7&slug=fermez", 400),
        ("n=abc&slug=fermez", 400),
        ("n=0", 400),
        ("n=0&slug=..%2F..%2Fetc", 422),
        ("n=0&slug=%3Cscript%3E", 422),
        ("n=1&slug=fermez", 422),
    ] {
        let reply = adopt_on_workbench(&server, form);
        assert_eq!(reply.status, status, "{form}: {}", reply.text());
        assert!(!reply.text().contains("<script>"), "{form}: escaped");
    }
    let picture = server.send(
        "GET",
        "/__vigie/edit/library/picture?n=0&slug=..%2Fvelo",
        &[("Authorization", &bearer)],
        b"",
    );
    assert_eq!(picture.status, 404);
    assert_eq!(content(&site), before);
    // Without this origin, no adoption at all.
    let foreign = server.send(
        "POST",
        "/__vigie/edit/library/adopt",
        &[
            ("Authorization", &bearer),
            ("Origin", "http://evil.example"),
        ],
        b"n=0&slug=velo",
    );
    assert_eq!(foreign.status, 403);
    assert!(!site.path().join("content/capsules/velo").exists());
}

#[test]
fn a_picture_adopted_once_is_taken_from_the_cache_the_next_time() {
    let source = offering_site("https://prevention.test.be");
    let public = source.build(&[]);
    let copy = edited_offer(&public, |_| {});
    let site = Site::minimal();
    let from = copy.path().to_str().unwrap();
    let out = import(&site, &[from, "--pick", "fermez"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let bundle = site.path().join("content/capsules/fermez-2");
    let first = std::fs::read(bundle.join("photo.jpg")).expect("the photo");
    std::fs::remove_dir_all(&bundle).unwrap();
    // The source's pictures are gone: only the cache can give the photo now.
    std::fs::remove_dir_all(copy.path().join("media")).unwrap();
    let out = import(&site, &[from, "--pick", "fermez"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        std::fs::read(bundle.join("photo.jpg")).expect("again"),
        first
    );
    // A new version of the capsule is not taken from the cache.
    std::fs::remove_dir_all(&bundle).unwrap();
    let changed = edited_offer(&public, |offer| {
        capsule(offer, "fermez")["version"] = "0".repeat(64).into()
    });
    std::fs::remove_dir_all(changed.path().join("media")).unwrap();
    let out = import(
        &site,
        &[changed.path().to_str().unwrap(), "--pick", "fermez"],
    );
    assert!(!out.status.success());
    assert!(stderr(&out).contains("`picture`"), "{}", stderr(&out));
    assert!(!bundle.exists());
}

/// An `openssl s_server` answering on 127.0.0.1 with a self-signed certificate, stopped when
/// dropped.
struct UntrustedServer(std::process::Child);

impl Drop for UntrustedServer {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn a_source_whose_certificate_is_not_trusted_is_refused_and_nothing_written() {
    use std::process::{Command, Stdio};
    let dir = tempfile::tempdir().unwrap();
    common::self_signed_certificate(dir.path());
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let _server = UntrustedServer(
        Command::new("openssl")
            .args(["s_server", "-quiet", "-www", "-accept"])
            .arg(format!("127.0.0.1:{port}"))
            .arg("-cert")
            .arg(dir.path().join("cert.pem"))
            .arg("-key")
            .arg(dir.path().join("key.pem"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("openssl s_server"),
    );
    let listening = (0..100).any(|_| {
        std::thread::sleep(Duration::from_millis(100));
        std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
    });
    assert!(listening, "openssl s_server did not start in 10 s");

    let site = Site::minimal();
    let before = content(&site);
    let out = import(&site, &[&format!("https://127.0.0.1:{port}/"), "--all"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("certificate is not trusted"), "{err}");
    assert_eq!(content(&site), before);
}
