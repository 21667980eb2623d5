//! The server rules the build writes (`.htaccess`, `_headers`, `_redirects`), read back from a
//! real Apache from Debian on 127.0.0.1, started by the test with `AllowOverride All` and the
//! modules a shared host has, and again with almost none of them.

mod common;

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::server::{send, Reply};
use common::Site;

const APACHE: &str = "/usr/sbin/apache2";
const MODULES: &str = "/usr/lib/apache2/modules";
/// What every host has: without these no static site is served at all.
const ESSENTIAL: [&str; 4] = ["mpm_event", "authz_core", "dir", "mime"];
/// What the rules use, each inside `<IfModule>`.
const SHARED_HOST: [&str; 7] = [
    "headers", "filter", "deflate", "brotli", "expires", "alias", "rewrite",
];

/// An Apache serving one folder, stopped when dropped.
struct Apache {
    child: Child,
    host: String,
    _dir: tempfile::TempDir,
}

impl Apache {
    fn start(root: &Path, modules: &[&str]) -> Apache {
        assert!(
            Path::new(APACHE).exists(),
            "these tests need Apache: apt-get install apache2 (.ci/run installs it)"
        );
        let dir = tempfile::tempdir().expect("a folder for Apache");
        // Apache serves as www-data: it must reach the built site. The folders up to the
        // temporary folder, never that folder itself: /tmp made 0755 locks every other user
        // (apt among them) out of it.
        let temp = std::env::temp_dir();
        let mut up = Some(root);
        while let Some(folder) = up.filter(|f| f.starts_with(&temp) && *f != temp.as_path()) {
            open_to_all(folder);
            up = folder.parent();
        }
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let loads: String = modules
            .iter()
            .map(|m| format!("LoadModule {m}_module {MODULES}/mod_{m}.so\n"))
            .collect();
        let config = format!(
            r#"ServerRoot "{run}"
DefaultRuntimeDir "{run}"
PidFile "{run}/apache.pid"
Listen 127.0.0.1:{port}
ServerName 127.0.0.1
User www-data
Group www-data
{loads}ErrorLog "{run}/error.log"
LogLevel warn
TypesConfig /etc/mime.types
DocumentRoot "{root}"
DirectoryIndex index.html
<Directory "{root}">
  AllowOverride All
  Require all granted
</Directory>
"#,
            run = dir.path().display(),
            root = root.display(),
        );
        std::fs::write(dir.path().join("apache.conf"), config).expect("write the configuration");
        let child = Command::new(APACHE)
            .arg("-f")
            .arg(dir.path().join("apache.conf"))
            // One process, no children left behind when it is killed.
            .args(["-X", "-DFOREGROUND"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start Apache");
        let host = format!("127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect(&host).is_err() {
            assert!(
                Instant::now() < deadline,
                "Apache did not start: {}",
                std::fs::read_to_string(dir.path().join("error.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Apache {
            child,
            host,
            _dir: dir,
        }
    }

    fn get(&self, path: &str, headers: &[(&str, &str)]) -> Reply {
        send(&self.host, "GET", path, headers, b"")
    }

    fn error_log(&self) -> String {
        std::fs::read_to_string(self._dir.path().join("error.log")).unwrap_or_default()
    }
}

impl Drop for Apache {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn open_to_all(folder: &Path) {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(folder)
        .expect("a folder")
        .permissions()
        .mode();
    std::fs::set_permissions(folder, std::fs::Permissions::from_mode(mode | 0o755))
        .expect("open the folder to Apache");
}

/// The example site with one capsule renamed, its old folder name kept in `aliases`.
fn renamed_example() -> (Site, PathBuf) {
    let site = Site::example();
    let capsules = site.path().join("content/capsules");
    std::fs::rename(
        capsules.join("fermez-a-cle"),
        capsules.join("fermez-a-cle-toujours"),
    )
    .expect("rename the capsule");
    let file = capsules.join("fermez-a-cle-toujours/index.fr.md");
    let text = std::fs::read_to_string(&file).expect("read the capsule");
    let text = text.replacen(
        "kind = \"tip\"\n",
        "kind = \"tip\"\naliases = [\"fermez-a-cle\"]\n",
        1,
    );
    std::fs::write(&file, text).expect("write the capsule");
    let public = site.build(&[]);
    (site, public)
}

fn one_file(public: &Path, folder: &str, extension: &str) -> String {
    let found = common::files(&public.join(folder))
        .into_iter()
        .find(|p| p.extension().is_some_and(|e| e == extension))
        .unwrap_or_else(|| panic!("no .{extension} under {folder}"));
    format!("/{folder}/{}", found.to_string_lossy())
}

fn policy(reply: &Reply) -> Vec<String> {
    let value = reply
        .header("content-security-policy")
        .unwrap_or_else(|| panic!("no Content-Security-Policy in\n{}", reply.head));
    value.split(';').map(|d| d.trim().to_string()).collect()
}

#[test]
fn apache_serves_the_built_site_with_its_headers_its_404_page_and_its_redirects() {
    let (_site, public) = renamed_example();
    let mut modules = ESSENTIAL.to_vec();
    modules.extend(SHARED_HOST);
    let apache = Apache::start(&public, &modules);

    let page = apache.get("/fr/", &[]);
    assert_eq!(page.status, 200, "{}\n{}", page.head, apache.error_log());
    assert_eq!(
        page.header("x-content-type-options").as_deref(),
        Some("nosniff")
    );
    assert_eq!(
        page.header("referrer-policy").as_deref(),
        Some("same-origin")
    );
    assert!(page
        .header("permissions-policy")
        .is_some_and(|p| p.contains("camera=()")));
    assert_eq!(
        page.header("cache-control").as_deref(),
        Some("public, max-age=300")
    );
    let page_policy = policy(&page);
    for wanted in [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
    ] {
        assert!(
            page_policy.iter().any(|d| d == wanted),
            "{wanted} in {page_policy:?}"
        );
    }
    assert!(
        !page.head.contains("unsafe-inline"),
        "pages need nothing inline: {}",
        page.head
    );

    let stylesheet = one_file(&public, "assets", "css");
    let plain = apache.get(&stylesheet, &[]);
    assert_eq!(plain.status, 200);
    assert_eq!(
        plain.header("cache-control").as_deref(),
        Some("public, max-age=31536000, immutable")
    );
    assert_eq!(plain.header("content-encoding"), None);
    assert_eq!(
        plain.body,
        std::fs::read(public.join(&stylesheet[1..])).expect("the stylesheet")
    );
    for (accepted, given) in [("br, gzip", "br"), ("gzip", "gzip")] {
        let compressed = apache.get(&stylesheet, &[("Accept-Encoding", accepted)]);
        assert_eq!(
            compressed.header("content-encoding").as_deref(),
            Some(given),
            "Accept-Encoding: {accepted}\n{}",
            compressed.head
        );
        assert!(compressed
            .header("vary")
            .is_some_and(|v| v.contains("accept-encoding")));
    }
    let page = apache.get("/fr/", &[("Accept-Encoding", "gzip")]);
    assert_eq!(page.header("content-encoding").as_deref(), Some("gzip"));
    assert_eq!(page.header("transfer-encoding"), None, "{}", page.head);
    let mut unpacked = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::GzDecoder::new(page.body.as_slice()),
        &mut unpacked,
    )
    .expect("gzip");
    assert_eq!(
        unpacked,
        std::fs::read(public.join("fr/index.html")).expect("the home page")
    );

    for (feed, kind) in [
        ("/fr/feed.xml", "application/rss+xml"),
        ("/fr/atom.xml", "application/atom+xml"),
        ("/fr/feed.json", "application/feed+json"),
    ] {
        let reply = apache.get(feed, &[]);
        assert_eq!(reply.status, 200, "{feed}");
        assert!(
            reply
                .header("content-type")
                .is_some_and(|t| t.starts_with(kind)),
            "{feed}: {}",
            reply.head
        );
        assert_eq!(
            reply.header("cache-control").as_deref(),
            Some("public, max-age=300")
        );
    }

    // Pictures, in media/ and straight from static/, under the strict SVG policy.
    for svg in [one_file(&public, "media", "svg"), "/logo.svg".to_string()] {
        let reply = apache.get(&svg, &[]);
        assert_eq!(reply.status, 200, "{svg}");
        assert_eq!(
            reply.header("content-type").as_deref(),
            Some("image/svg+xml")
        );
        let expected: Vec<String> = vigie::images::svg::POLICY
            .to_ascii_lowercase()
            .split(';')
            .map(|d| d.trim().to_string())
            .collect();
        assert_eq!(policy(&reply), expected, "{svg}");
    }

    // The digest is written for mail programs: its inline styles are allowed, there only.
    let digest = apache.get("/fr/digest/", &[]);
    assert_eq!(digest.status, 200);
    assert!(policy(&digest)
        .iter()
        .any(|d| d.contains("'unsafe-inline'")));

    // A missing address gets the site's own 404 page, with the headers: in the language the
    // address is in, in all of them when it tells none.
    for (path, page, languages) in [
        ("/fr/capsules/nulle-part/", "fr/404.html", vec!["fr"]),
        ("/nl/nergens.html", "nl/404.html", vec!["nl"]),
        ("/nulle-part/", "404.html", vec!["fr", "nl"]),
        ("/frites/", "404.html", vec!["fr", "nl"]),
    ] {
        let missing = apache.get(path, &[]);
        assert_eq!(missing.status, 404, "{path}");
        let own = std::fs::read_to_string(public.join(page)).expect("the 404 page");
        assert_eq!(missing.text(), own, "{path}");
        let doc = scraper::Html::parse_document(&own);
        let sections: Vec<&str> = common::select(&doc, "main section")
            .iter()
            .filter_map(|s| s.value().attr("lang")?.split('-').next())
            .collect();
        assert_eq!(sections, languages, "{page}");
        assert_eq!(
            missing.header("x-content-type-options").as_deref(),
            Some("nosniff")
        );
    }

    // The renamed capsule's old addresses lead to the new ones, its leaflet too.
    for (old, new) in [
        (
            "/fr/capsules/fermez-a-cle/",
            "/fr/capsules/fermez-a-cle-toujours/",
        ),
        (
            "/nl/capsules/fermez-a-cle/leaflet.pdf",
            "/nl/capsules/fermez-a-cle-toujours/leaflet.pdf",
        ),
    ] {
        let reply = apache.get(old, &[]);
        assert_eq!(reply.status, 301, "{old}: {}", reply.head);
        let location = reply.header("location").expect("a Location");
        assert!(location.ends_with(new), "{old} leads to {location}");
        let there = location
            .split_once(&apache.host)
            .map_or(location.as_str(), |(_, p)| p);
        assert_eq!(apache.get(there, &[]).status, 200, "{there}");
    }
}

#[test]
fn a_host_with_none_of_the_optional_modules_still_serves_the_site() {
    let (_site, public) = renamed_example();
    let apache = Apache::start(&public, &ESSENTIAL);
    for path in [
        "/",
        "/fr/",
        "/fr/feed.xml",
        "/logo.svg",
        "/fr/capsules/fermez-a-cle-toujours/",
    ] {
        let reply = apache.get(path, &[("Accept-Encoding", "br, gzip")]);
        assert_eq!(
            reply.status,
            200,
            "{path}: {}\n{}",
            reply.head,
            apache.error_log()
        );
        assert_eq!(reply.header("content-encoding"), None);
    }
    assert_eq!(apache.get("/fr/nulle-part/", &[]).status, 404);
}

#[test]
fn static_hosts_get_the_same_rules_in_their_own_files() {
    let (_site, public) = renamed_example();
    let redirects = std::fs::read_to_string(public.join("_redirects")).expect("_redirects");
    let rules: Vec<Vec<&str>> = redirects
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split_whitespace().collect())
        .collect();
    for lang in ["fr", "nl"] {
        let from = format!("/{lang}/capsules/fermez-a-cle/");
        let to = format!("/{lang}/capsules/fermez-a-cle-toujours/");
        assert!(
            rules.contains(&vec![from.as_str(), to.as_str(), "301"]),
            "{rules:?}"
        );
        let splat = format!("{from}*");
        let splat_to = format!("{to}:splat");
        assert!(rules.contains(&vec![splat.as_str(), splat_to.as_str(), "301"]));
    }
    assert_eq!(rules.len(), 4, "{rules:?}");

    // `_headers`: a path at the start of a line, its headers indented under it.
    let headers = std::fs::read_to_string(public.join("_headers")).expect("_headers");
    let mut by_path: Vec<(String, Vec<(String, String)>)> = Vec::new();
    for line in headers
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        match line.strip_prefix("  ") {
            Some(header) => {
                let (name, value) = header.split_once(": ").expect("Name: value");
                by_path
                    .last_mut()
                    .expect("a path first")
                    .1
                    .push((name.to_string(), value.to_string()));
            }
            None => by_path.push((line.to_string(), Vec::new())),
        }
    }
    let of = |path: &str, name: &str| -> Option<String> {
        by_path
            .iter()
            .find(|(p, _)| p == path)
            .and_then(|(_, h)| h.iter().find(|(n, _)| n == name))
            .map(|(_, v)| v.clone())
    };
    assert_eq!(
        of("/*", "X-Content-Type-Options").as_deref(),
        Some("nosniff")
    );
    assert_eq!(of("/*", "X-Frame-Options").as_deref(), Some("SAMEORIGIN"));
    for folder in ["/assets/*", "/media/*"] {
        assert_eq!(
            of(folder, "Cache-Control").as_deref(),
            Some("public, max-age=31536000, immutable")
        );
        assert_eq!(
            of(folder, "Content-Security-Policy").as_deref(),
            Some(vigie::images::svg::POLICY)
        );
    }
    assert_eq!(
        of("/logo.svg", "Content-Security-Policy").as_deref(),
        Some(vigie::images::svg::POLICY)
    );
    // The broadest rule first: on hosts where the last match wins, the specific ones win.
    assert_eq!(by_path[0].0, "/*");

    // Netlify keeps the last matching rule's value, Cloudflare Pages joins them all: for both to
    // send the same, no file of the site gets one header from two rules.
    let matches = |pattern: &str, path: &str| match pattern.strip_suffix('*') {
        Some(prefix) => path.starts_with(prefix),
        None => path == pattern,
    };
    for file in common::files(&public) {
        let path = format!("/{}", file.to_string_lossy().replace('\\', "/"));
        let mut seen: Vec<&str> = Vec::new();
        for (_, headers) in by_path.iter().filter(|(p, _)| matches(p, &path)) {
            for (name, _) in headers {
                assert!(!seen.contains(&name.as_str()), "{path} gets {name} twice");
                seen.push(name);
            }
        }
    }

    // So the pages carry their policy themselves, ahead of anything it governs; the digest,
    // written for mail programs, carries none and gets its own from `_headers`.
    for (page, wanted) in [
        ("fr/index.html", Some(vigie::output::server::PAGE_POLICY)),
        ("index.html", Some(vigie::output::server::PAGE_POLICY)),
        ("404.html", Some(vigie::output::server::PAGE_POLICY)),
        (
            "fr/capsules/fermez-a-cle-toujours/index.html",
            Some(vigie::output::server::PAGE_POLICY),
        ),
        (
            "fr/capsules/fermez-a-cle/index.html",
            Some(vigie::output::server::PAGE_POLICY),
        ),
        ("fr/digest/index.html", None),
    ] {
        assert_eq!(meta_policy(&public.join(page)).as_deref(), wanted, "{page}");
    }
    assert!(of("/fr/digest/*", "Content-Security-Policy")
        .is_some_and(|p| p.contains("'unsafe-inline'")));
}

/// The policy a page's `<meta http-equiv>` gives, checked to come before any stylesheet or
/// script (a `<meta>` policy governs only what follows it).
fn meta_policy(page: &Path) -> Option<String> {
    let html = std::fs::read_to_string(page).unwrap_or_else(|e| panic!("{}: {e}", page.display()));
    let doc = scraper::Html::parse_document(&html);
    let head = common::select(&doc, "head > *");
    let at = head.iter().position(|e| {
        e.value()
            .attr("http-equiv")
            .is_some_and(|h| h.eq_ignore_ascii_case("content-security-policy"))
    })?;
    let first_load = head
        .iter()
        .position(|e| matches!(e.value().name(), "link" | "script" | "style"));
    assert!(
        first_load.is_none_or(|l| at < l),
        "{}: the policy comes too late",
        page.display()
    );
    head[at].value().attr("content").map(str::to_string)
}

#[test]
fn the_rules_are_left_out_when_asked_offline_and_when_the_webmaster_has_their_own() {
    const RULES: [&str; 3] = [".htaccess", "_headers", "_redirects"];
    let site = Site::example();
    let offline = site.build(&["--offline"]);
    for name in RULES {
        assert!(!offline.join(name).exists(), "{name} in the offline copy");
    }
    // No policy in the pages either: `'self'` means nothing to `file:`.
    assert_eq!(meta_policy(&offline.join("fr/index.html")), None);
    // Nor in a preview, which its server serves with a reload script.
    let preview = site.build(&["--drafts"]);
    assert_eq!(meta_policy(&preview.join("fr/index.html")), None);

    // The webmaster's own `.htaccess` in static/ is published as it is.
    let own = "# La commune\nRedirect /ancien /fr/\n";
    site.write("static/.htaccess", own);
    let public = site.build(&[]);
    assert_eq!(
        std::fs::read_to_string(public.join(".htaccess")).expect(".htaccess"),
        own
    );
    assert!(public.join("_headers").is_file());

    let config = std::fs::read_to_string(site.path().join("site.toml")).expect("site.toml");
    site.write("site.toml", &format!("{config}\n[server]\nrules = false\n"));
    let public = site.build(&[]);
    for name in ["_headers", "_redirects"] {
        assert!(!public.join(name).exists(), "{name} with rules = false");
    }
    assert_eq!(meta_policy(&public.join("fr/index.html")), None);

    site.write(
        "site.toml",
        &format!("{config}\n[server]\nrules = \"oui\"\n"),
    );
    let out = site.vigie(&["build", "--now", common::NOW]);
    assert_eq!(out.status.code(), Some(1));
    let err = common::stderr(&out);
    assert!(err.contains("site.toml") && err.contains("rules"), "{err}");
}

#[test]
fn nothing_in_the_base_address_can_end_a_rule_or_start_another() {
    let site = Site::example();
    // Blanks are refused with the address; quotes and backslashes are not blanks.
    let public = site.build(&["--base-url", "https://exemple.be/pr\u{e9}vention\"x\\/"]);
    let htaccess = std::fs::read_to_string(public.join(".htaccess")).expect(".htaccess");
    assert!(
        htaccess
            .lines()
            .any(|l| l == "ErrorDocument 404 /pr%C3%A9vention%22x%5C/404.html"),
        "{htaccess}"
    );
    let headers = std::fs::read_to_string(public.join("_headers")).expect("_headers");
    assert!(
        headers.lines().any(|l| l == "/pr%C3%A9vention%22x%5C/*"),
        "{headers}"
    );
}
