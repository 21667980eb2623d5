//! Shared by the integration tests: fixture sites in temporary folders, the real `vigie`
//! binary, and readers for what it writes.

#![allow(dead_code)]

pub mod server;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use scraper::{Html, Selector};

/// The moment the example site and fixtures are built at.
pub const NOW: &str = "2026-11-30";

/// The `vigie` binary, speaking English whatever the machine's locale: the tests read its
/// messages. The tests of other languages set `VIGIE_LANG` again, or `--lang`.
pub fn vigie_command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_vigie"));
    command.env("VIGIE_LANG", "en");
    command
}

/// A site in a temporary folder.
pub struct Site {
    pub dir: tempfile::TempDir,
}

pub const MINIMAL_CONFIG: &str = r#"title = "Prévention test"
base_url = "https://prevention.test.be"
languages = ["fr", "nl"]
required_languages = ["fr"]
publisher = "Commune de Test"

[contacts.prevention]
name = "Service de prévention"
phone = "+32 2 000 00 00"
email = "prevention@test.be"

[districts]
centre = { fr = "Centre", nl = "Centrum" }
"#;

impl Site {
    /// A two-language site with one good capsule.
    pub fn minimal() -> Site {
        let site = Site::empty();
        site.write("site.toml", MINIMAL_CONFIG);
        site.write(
            "content/capsules/fermez/index.fr.md",
            "+++\ntitle = \"Fermez à clé\"\nkind = \"tip\"\ndate = 2026-11-20\n+++\nFermez toujours à clé.\n",
        );
        site
    }

    pub fn empty() -> Site {
        Site {
            dir: tempfile::tempdir().expect("temporary folder"),
        }
    }

    /// A copy of the repository's example site.
    pub fn example() -> Site {
        let site = Site::empty();
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        for sub in ["site.toml", "content", "static"] {
            copy_tree(&repo.join(sub), &site.path().join(sub));
        }
        site
    }

    /// A copy of a fixture site in `tests/sites/<name>/`.
    pub fn fixture(name: &str) -> Site {
        let site = Site::empty();
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/sites")
            .join(name);
        copy_tree(&dir, site.path());
        site
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, rel: &str, text: &str) {
        self.write_bytes(rel, text.as_bytes());
    }

    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) {
        let path = self.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("create folders");
        std::fs::write(path, bytes).expect("write fixture");
    }

    /// Runs `vigie --root <site> <args>`.
    pub fn vigie(&self, args: &[&str]) -> Output {
        vigie_command()
            .arg("--root")
            .arg(self.path())
            .args(args)
            .output()
            .expect("run vigie")
    }

    /// `vigie build --now NOW` into `public/`; panics with the errors if it fails.
    pub fn build(&self, extra: &[&str]) -> PathBuf {
        let mut args = vec!["build", "--now", NOW];
        args.extend_from_slice(extra);
        let out = self.vigie(&args);
        assert!(
            out.status.success(),
            "build failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        self.public()
    }

    /// `vigie build --now NOW` that must fail on content, leaving no `public/`: its stderr.
    pub fn failed_build(&self) -> String {
        let out = self.vigie(&["build", "--now", NOW]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "exit code; stderr:\n{err}");
        assert!(!self.public().exists(), "a failed build wrote public/");
        err
    }

    pub fn public(&self) -> PathBuf {
        self.path().join("public")
    }
}

fn copy_tree(from: &Path, to: &Path) {
    if from.is_file() {
        std::fs::copy(from, to).expect("copy file");
        return;
    }
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let target = to.join(entry.path().strip_prefix(from).expect("inside"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// Checks that `err` reports `message` at `location` (`file:line:col`), as Vigie prints it.
#[track_caller]
pub fn assert_error_at(err: &str, message: &str, location: &str) {
    let expected = format!("error: {message}\n  --> {location}");
    assert!(err.contains(&expected), "expected\n{expected}\nin\n{err}");
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Every file under `dir`, relative, sorted.
pub fn files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().strip_prefix(dir).expect("inside").to_path_buf())
        .collect();
    files.sort();
    files
}

pub fn html(path: &Path) -> Html {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Html::parse_document(&text)
}

pub fn select<'a>(doc: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    let selector = Selector::parse(css).expect("selector");
    doc.select(&selector).collect()
}

pub fn text_of(doc: &Html, css: &str) -> String {
    select(doc, css)
        .iter()
        .map(|e| e.text().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn attrs(doc: &Html, css: &str, attr: &str) -> Vec<String> {
    select(doc, css)
        .iter()
        .filter_map(|e| e.value().attr(attr))
        .map(str::to_string)
        .collect()
}

/// The file a root-relative link points to in `public`, if the link is internal.
pub fn target_of(public: &Path, link: &str) -> Option<PathBuf> {
    let path = link.split(['#', '?']).next().unwrap_or_default();
    let rest = path.strip_prefix('/')?;
    let mut target = public.join(rest);
    if path.ends_with('/') {
        target.push("index.html");
    }
    Some(target)
}

/// Every `href` and `src` of every HTML page under `public`, with the page it is on.
pub fn all_links(public: &Path) -> BTreeSet<(PathBuf, String)> {
    let mut links = BTreeSet::new();
    for file in files(public)
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "html"))
    {
        let doc = html(&public.join(&file));
        for (css, attr) in [("[href]", "href"), ("[src]", "src"), ("[poster]", "poster")] {
            for value in attrs(&doc, css, attr) {
                links.insert((file.clone(), value));
            }
        }
    }
    links
}

/// A self-signed certificate for 127.0.0.1, made by `openssl` in `dir`: `key.pem` and
/// `cert.pem`, for the tests' own TLS servers.
pub fn self_signed_certificate(dir: &Path) {
    let status = Command::new("openssl")
        .args([
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        ])
        .args([
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ])
        .arg("-keyout")
        .arg(dir.join("key.pem"))
        .arg("-out")
        .arg(dir.join("cert.pem"))
        .stderr(std::process::Stdio::null())
        .status()
        .expect("openssl (.ci/run installs it)");
    assert!(status.success());
}

/// A JPEG of `width` × `height` with a gradient, and the given APP1 (EXIF) segment.
pub fn jpeg(width: u16, height: u16, exif: Option<&[u8]>) -> Vec<u8> {
    let mut pixels = Vec::with_capacity(usize::from(width) * usize::from(height) * 3);
    for y in 0..height {
        for x in 0..width {
            pixels.extend_from_slice(&[(x % 256) as u8, (y % 256) as u8, 128]);
        }
    }
    let mut out = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut out, 90);
    if let Some(exif) = exif {
        encoder
            .add_app_segment(1, exif.to_vec())
            .expect("app segment");
    }
    encoder
        .encode(&pixels, width, height, jpeg_encoder::ColorType::Rgb)
        .expect("encode");
    out
}

/// EXIF with orientation 6 (turn 90° clockwise) and a GPS position.
pub fn exif_rotated_with_gps() -> Vec<u8> {
    let mut e = b"Exif\0\0".to_vec();
    // TIFF header, little endian, IFD0 at offset 8.
    e.extend_from_slice(b"II*\0\x08\0\0\0");
    // IFD0: 2 entries.
    e.extend_from_slice(&2u16.to_le_bytes());
    // Orientation: tag 0x0112, SHORT, count 1, value 6.
    e.extend_from_slice(&[0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0]);
    // GPS IFD pointer: tag 0x8825, LONG, count 1, offset 38.
    e.extend_from_slice(&[0x25, 0x88, 4, 0, 1, 0, 0, 0, 38, 0, 0, 0]);
    e.extend_from_slice(&0u32.to_le_bytes());
    // GPS IFD at 38: GPSLatitudeRef "N".
    e.extend_from_slice(&1u16.to_le_bytes());
    e.extend_from_slice(&[0x01, 0x00, 2, 0, 2, 0, 0, 0, b'N', 0, 0, 0]);
    e.extend_from_slice(&0u32.to_le_bytes());
    e
}

/// Checks that every link of every page under `public` leads to a file of the site: `href`,
/// `src`, `poster` and `srcset`, root-relative (below `root_path`, `/` or `/prevention/`),
/// relative (an offline copy) or absolute at `base_url`, and `#fragment`s to an id of the
/// page they lead to. Panics with every link that leads nowhere.
pub fn assert_links_resolve(public: &Path, base_url: &str, root_path: &str) {
    let mut broken = Vec::new();
    let pages: Vec<PathBuf> = files(public)
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "html"))
        .collect();
    for page in &pages {
        let doc = html(&public.join(page));
        let mut links = Vec::new();
        for (css, attr) in [("[href]", "href"), ("[src]", "src"), ("[poster]", "poster")] {
            links.extend(attrs(&doc, css, attr));
        }
        for srcset in attrs(&doc, "[srcset]", "srcset") {
            links.extend(
                srcset
                    .split(',')
                    .filter_map(|c| c.split_whitespace().next().map(str::to_string)),
            );
        }
        let folder = page.parent().unwrap_or(Path::new("")).to_path_buf();
        for link in links {
            if link.starts_with("mailto:") || link.starts_with("tel:") || link.starts_with("sms:") {
                continue;
            }
            let (path, fragment) = match link.split_once('#') {
                Some((p, f)) => (p.to_string(), Some(f.to_string())),
                None => (link.clone(), None),
            };
            let path = path.split('?').next().unwrap_or_default().to_string();
            let target = if path.is_empty() {
                Some(page.clone())
            } else if let Some(rest) = path.strip_prefix(base_url) {
                Some(file_of(Path::new(""), rest.trim_start_matches('/'), &path))
            } else if path.contains("://") || path.starts_with("//") {
                // A link off the site (a network's share page, a press article).
                None
            } else if let Some(rest) = path.strip_prefix(root_path) {
                Some(file_of(Path::new(""), rest, &path))
            } else if path.starts_with('/') {
                broken.push(format!(
                    "{}: {link} is outside the site's path",
                    page.display()
                ));
                None
            } else {
                Some(file_of(&folder, &path, &path))
            };
            let Some(target) = target else { continue };
            let full = public.join(&target);
            if !full.is_file() {
                broken.push(format!("{}: {link}", page.display()));
                continue;
            }
            if let Some(id) = fragment.filter(|f| !f.is_empty()) {
                if full.extension().is_some_and(|e| e == "html") {
                    let there = html(&full);
                    if select(&there, &format!("[id='{id}']")).is_empty() {
                        broken.push(format!("{}: {link} (no id `{id}` there)", page.display()));
                    }
                }
            }
        }
    }
    assert!(
        broken.is_empty(),
        "links that lead nowhere:\n{}",
        broken.join("\n")
    );
}

/// The file a link path names from `folder`: `..` climbs, a folder gives its `index.html`.
fn file_of(folder: &Path, path: &str, _link: &str) -> PathBuf {
    let decoded = percent_encoding::percent_decode_str(path)
        .decode_utf8_lossy()
        .into_owned();
    let mut parts: Vec<String> = folder
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    for part in decoded.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p.to_string()),
        }
    }
    let mut file: PathBuf = parts.iter().collect();
    if decoded.is_empty() || decoded.ends_with('/') {
        file.push("index.html");
    }
    file
}

/// Checks that the headings of every page under `public` follow an outline: the first is the
/// page's `<h1>`, and none goes more than one level below the one before it.
pub fn assert_outline(public: &Path) {
    let mut wrong = Vec::new();
    for page in files(public)
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "html"))
    {
        let doc = html(&public.join(&page));
        let levels: Vec<u8> = select(&doc, "h1, h2, h3, h4, h5, h6")
            .iter()
            .map(|h| h.value().name().as_bytes()[1] - b'0')
            .collect();
        let mut previous = 0;
        for &level in &levels {
            if level > previous + 1 {
                wrong.push(format!("{}: {levels:?}", page.display()));
                break;
            }
            previous = level;
        }
    }
    assert!(
        wrong.is_empty(),
        "pages whose headings skip a level:\n{}",
        wrong.join("\n")
    );
}

/// When each file of a folder was last written, Vigie's own marks (`.vigie-*`) left out: what
/// a server holds, to count what a publish really sent.
pub fn written_at(dir: &Path) -> std::collections::BTreeMap<String, std::time::SystemTime> {
    files(dir)
        .into_iter()
        .map(|f| f.to_string_lossy().into_owned())
        .filter(|f| !f.contains(".vigie-"))
        .map(|f| {
            let t = std::fs::metadata(dir.join(&f)).unwrap().modified().unwrap();
            (f, t)
        })
        .collect()
}

/// Checks that after one capsule was edited, a publish wrote again that capsule's page and
/// what lists it, but not the other capsule's files nor the assets: a third of the site at
/// most. Gives the files written again.
pub fn assert_only_what_changed_was_sent(
    before: &std::collections::BTreeMap<String, std::time::SystemTime>,
    after: &std::collections::BTreeMap<String, std::time::SystemTime>,
    edited: &str,
    untouched: &str,
) -> Vec<String> {
    let sent = rewritten(before, after);
    let page = format!("fr/capsules/{edited}/index.html");
    assert!(sent.contains(&page), "{page} not sent: {sent:?}");
    let other = format!("fr/capsules/{untouched}/");
    assert!(
        !sent
            .iter()
            .any(|f| f.starts_with(&other) || f.starts_with("assets/")),
        "{sent:?}"
    );
    assert!(
        sent.len() < before.len() / 3,
        "{} of {} files sent",
        sent.len(),
        before.len()
    );
    sent
}

/// The files written again between two `written_at` of the same folder.
pub fn rewritten(
    before: &std::collections::BTreeMap<String, std::time::SystemTime>,
    after: &std::collections::BTreeMap<String, std::time::SystemTime>,
) -> Vec<String> {
    after
        .iter()
        .filter(|(f, t)| before.get(*f) != Some(*t))
        .map(|(f, _)| f.clone())
        .collect()
}

/// Checks that two folders hold the same files, byte for byte, Vigie's own marks aside.
pub fn assert_same_files(a: &Path, b: &Path) {
    let site_files = |d: &Path| {
        files(d)
            .into_iter()
            .filter(|f| !f.to_string_lossy().contains(".vigie-"))
            .collect::<Vec<_>>()
    };
    assert_eq!(site_files(a), site_files(b));
    for f in site_files(a) {
        assert!(
            std::fs::read(a.join(&f)).unwrap() == std::fs::read(b.join(&f)).unwrap(),
            "{} differs",
            f.display()
        );
    }
}

/// The texts of the QR codes in the picture at `path` (a rendered page, a screenshot).
pub fn qr_texts(path: &Path) -> Vec<String> {
    qr_texts_in(image::open(path).expect("a picture").to_luma8())
}

/// The text of every QR code rqrr finds in a grey picture.
pub fn qr_texts_in(picture: image::GrayImage) -> Vec<String> {
    let mut prepared = rqrr::PreparedImage::prepare(picture);
    prepared
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect()
}

/// The text of a PDF, as poppler reads it (its layout kept).
pub fn pdf_text(path: &Path) -> String {
    pdftotext(&["-layout"], path)
}

/// The text poppler reads on page `n` (from 1) of a PDF.
pub fn pdf_page_text(path: &Path, n: usize) -> String {
    let n = n.to_string();
    pdftotext(&["-f", &n, "-l", &n], path)
}

fn pdftotext(args: &[&str], path: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(args)
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success(), "{}", stderr(&out));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Adds `count` capsules with a paragraph each, for a site with enough files that a publish
/// takes a moment.
pub fn add_capsules(site: &Site, count: usize) {
    for i in 0..count {
        site.write(
            &format!("content/capsules/conseil-{i}/index.fr.md"),
            &format!("+++\ntitle = \"Conseil numéro {i}\"\nkind = \"tip\"\ndate = 2026-10-{:02}\n+++\nFermez la porte du garage, conseil {i}.\n", 1 + i % 28),
        );
    }
}

/// Waits until a publish under way has put its first files on the server's folder `www`, for
/// the test to stop the server under it: at their own names, not only the first file's
/// temporary one (a cut then would leave nothing sent to check).
pub fn wait_until_sending(www: &Path, publishing: &mut std::process::Child) {
    for _ in 0..6000 {
        if !written_at(www).is_empty() {
            return;
        }
        if let Ok(Some(status)) = publishing.try_wait() {
            panic!("the publish ended ({status}) before it sent anything");
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("the publish sent nothing in 30 s");
}

/// After a publish was cut off by its server (`cut_off`): it failed, saying the next publish
/// completes it; every file at its final name on the server is whole; and the next publish
/// (`next`, which starts the server again) sends what is missing and nothing else.
pub fn assert_cut_off_then_completed(
    site: &Site,
    www: &Path,
    cut_off: &Output,
    next: impl FnOnce() -> Output,
) {
    let err = stderr(cut_off);
    assert!(!cut_off.status.success(), "the publish was not cut off");
    assert!(
        err.contains("the next `vigie publish` sends the rest"),
        "{err}"
    );
    let built = site.build(&[]);
    let there = written_at(www);
    assert!(!there.is_empty(), "nothing was sent before the cut");
    for file in there.keys() {
        assert!(
            std::fs::read(www.join(file)).unwrap() == std::fs::read(built.join(file)).unwrap(),
            "{file} was left half-written at its address"
        );
    }
    let out = next();
    assert!(out.status.success(), "{}", stderr(&out));
    let after = written_at(www);
    let resent: Vec<_> = rewritten(&there, &after)
        .into_iter()
        .filter(|f| there.contains_key(f))
        .collect();
    // The file in flight when the server went may have reached its place unrecorded.
    assert!(resent.len() <= 1, "sent again: {resent:?}");
    assert_same_files(www, &built);
}

/// Kills a server and every process it started (one per session for sshd and pure-ftpd), as a
/// host going down would.
pub fn kill_tree(child: &mut std::process::Child) {
    let parent_of = |pid: u32| -> Option<u32> {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
        // The name in parentheses may hold spaces; the parent is the second field after it.
        stat.rsplit_once(')')?
            .1
            .split_whitespace()
            .nth(1)?
            .parse()
            .ok()
    };
    let mut tree = vec![child.id()];
    let mut grown = true;
    while grown {
        grown = false;
        for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
            let Some(pid) = entry
                .file_name()
                .to_str()
                .and_then(|n| n.parse::<u32>().ok())
            else {
                continue;
            };
            if !tree.contains(&pid) && parent_of(pid).is_some_and(|p| tree.contains(&p)) {
                tree.push(pid);
                grown = true;
            }
        }
    }
    for pid in tree.iter().rev() {
        let _ = Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .status();
    }
    let _ = child.wait();
}

/// A desktop's keyring of its own: a private D-Bus session bus and GNOME Keyring's Secret
/// Service on it, with its files in a temporary home; stopped when dropped. Vigie started with
/// `env()` keeps and reads its passwords there, never in the machine's own keyring.
pub struct Keyring {
    home: tempfile::TempDir,
    bus: String,
    pids: Vec<u32>,
}

impl Keyring {
    pub fn start() -> Keyring {
        for tool in ["/usr/bin/dbus-daemon", "/usr/bin/gnome-keyring-daemon"] {
            assert!(
                Path::new(tool).exists(),
                "this test needs {tool}: apt-get install dbus-daemon gnome-keyring (.ci/run installs them)"
            );
        }
        let home = tempfile::tempdir().expect("a home for the keyring");
        let config = home.path().join("bus.conf");
        std::fs::write(
            &config,
            format!(
                r#"<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN" "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig><type>session</type><listen>unix:dir={}</listen><auth>EXTERNAL</auth>
<policy context="default"><allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/><allow receive_sender="*"/></policy></busconfig>"#,
                home.path().display()
            ),
        )
        .expect("write the bus configuration");
        let bus = Command::new("timeout")
            .args([
                "10",
                "dbus-daemon",
                "--fork",
                "--print-address=1",
                "--print-pid=1",
            ])
            .arg(format!("--config-file={}", config.display()))
            .output()
            .expect("start dbus-daemon");
        let said = String::from_utf8_lossy(&bus.stdout).into_owned();
        let mut lines = said.lines();
        let address = lines.next().expect("the bus's address").to_string();
        let mut pids: Vec<u32> = lines.filter_map(|l| l.trim().parse().ok()).collect();
        let mut keyring = Command::new("timeout")
            .args([
                "10",
                "gnome-keyring-daemon",
                "--unlock",
                "--components=secrets",
                "--daemonize",
            ])
            .env("HOME", home.path())
            .env("DBUS_SESSION_BUS_ADDRESS", &address)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("start gnome-keyring-daemon");
        // The keyring's own password, which unlocks it for the whole test.
        std::io::Write::write_all(keyring.stdin.as_mut().expect("stdin"), b"unlock-me")
            .expect("unlock the keyring");
        drop(keyring.stdin.take());
        let started = keyring.wait_with_output().expect("gnome-keyring-daemon");
        assert!(
            started.status.success(),
            "gnome-keyring-daemon did not start"
        );
        // Its process is found by the bus it serves.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        loop {
            let found = std::fs::read_dir("/proc")
                .into_iter()
                .flatten()
                .flatten()
                .find_map(|e| {
                    let pid: u32 = e.file_name().to_str()?.parse().ok()?;
                    let environ = std::fs::read(format!("/proc/{pid}/environ")).ok()?;
                    let cmd = std::fs::read_to_string(format!("/proc/{pid}/cmdline")).ok()?;
                    (cmd.contains("gnome-keyring-daemon")
                        && String::from_utf8_lossy(&environ).contains(&address))
                    .then_some(pid)
                });
            if let Some(pid) = found {
                pids.push(pid);
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "no gnome-keyring-daemon on the bus"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        Keyring {
            home,
            bus: address,
            pids,
        }
    }

    /// The environment that sends a program to this keyring.
    pub fn env(&self) -> [(&str, String); 2] {
        [
            ("HOME", self.home.path().display().to_string()),
            ("DBUS_SESSION_BUS_ADDRESS", self.bus.clone()),
        ]
    }

    /// Every file the keyring holds, for a test that looks for a secret in clear.
    pub fn folder(&self) -> &Path {
        self.home.path()
    }
}

impl Drop for Keyring {
    fn drop(&mut self) {
        for pid in &self.pids {
            let _ = Command::new("kill").arg(pid.to_string()).status();
        }
    }
}
