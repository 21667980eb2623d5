//! `vigie` with no command, as a shortcut or a double-click starts it: the workbench opened in
//! the browser, or a clear word where there is no site.

mod common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::sync::mpsc::channel;
use std::time::{Duration, Instant};

use common::server::get;
use common::{kill_tree, Site};

/// A folder with an `xdg-open` that writes down what it was asked to open, first on `PATH`:
/// the test sees which address Vigie opened, and no real browser starts.
#[cfg(target_os = "linux")]
fn browser_that_writes_down(dir: &std::path::Path) -> (String, std::path::PathBuf) {
    use std::os::unix::fs::PermissionsExt;
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).expect("bin folder");
    let opened = dir.join("opened.txt");
    let script = bin.join("xdg-open");
    // Written aside, then renamed: the test must never read a file the shell has created
    // but not yet written (that race failed CI once).
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf '%s' \"$1\" > '{0}.part' && mv '{0}.part' '{0}'\n",
            opened.display()
        ),
    )
    .expect("write xdg-open");
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    (path, opened)
}

/// A started `vigie`, stopped when the test ends, even by a failed assertion.
struct Running(std::process::Child);

impl Drop for Running {
    fn drop(&mut self) {
        kill_tree(&mut self.0);
    }
}

#[cfg(target_os = "linux")]
#[test]
fn vigie_alone_in_a_site_folder_opens_the_workbench_even_when_its_port_is_taken() {
    let site = Site::minimal();
    let elsewhere = tempfile::tempdir().expect("temporary folder");
    let (path, opened) = browser_that_writes_down(elsewhere.path());
    // The usual port held by something else (or already by another program): Vigie takes
    // another rather than failing where nobody reads the error.
    let _holder = std::net::TcpListener::bind("127.0.0.1:1111");
    let mut vigie = Running(
        common::vigie_command()
            .current_dir(site.path())
            .env("PATH", path)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start vigie"),
    );
    let stdout = vigie.0.stdout.take().expect("stdout");
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut said = Vec::new();
    while !said.iter().any(|l: &String| l.contains("Ctrl+C")) {
        match rx.recv_timeout(Duration::from_secs(60)) {
            Ok(line) => said.push(line),
            Err(e) => panic!("vigie said {said:?}, then {e}"),
        }
    }
    let said = said.join("\n");
    let address_after = |label: &str| {
        said.lines()
            .find(|l| l.starts_with(label))
            .and_then(|l| l.split_whitespace().find(|w| w.starts_with("http://")))
            .unwrap_or_else(|| panic!("no {label} address in {said}"))
            .to_string()
    };
    let workbench = address_after("Workbench");
    let preview = address_after("Preview");
    assert!(said.contains("To stop Vigie"), "{said}");
    let host = preview
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    assert_ne!(host, "127.0.0.1:1111", "the taken port was not used");
    let (status, _, page) = get(&host, "/fr/");
    assert_eq!(status, 200, "{page}");
    let path = workbench.trim_start_matches(&format!("http://{host}"));
    // The workbench's address trades its token for a cookie, and sends on to the workbench.
    let (status, head, _) = get(&host, path);
    assert_eq!(status, 303, "{head}");
    assert!(head.to_lowercase().contains("set-cookie:"), "{head}");
    // The browser was asked to open the workbench, token and all.
    let deadline = Instant::now() + Duration::from_secs(10);
    while !opened.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let asked = std::fs::read_to_string(&opened).unwrap_or_default();
    assert_eq!(asked, workbench);
}

#[test]
fn vigie_alone_without_a_site_and_without_a_terminal_creates_nothing_and_says_how() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let folder = dir.path().join("Mes documents").join("Prévention été");
    std::fs::create_dir_all(&folder).expect("folder");
    let mut child = Running(
        common::vigie_command()
            .current_dir(&folder)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start vigie"),
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(status) = child.0.try_wait().expect("wait") {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "vigie kept running without a site and without a terminal"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    let mut said = String::new();
    let mut stderr = child.0.stderr.take().expect("stderr");
    std::io::Read::read_to_string(&mut stderr, &mut said).expect("read stderr");
    assert_eq!(status.code(), Some(2), "{said}");
    assert!(said.contains("There is no site in"), "{said}");
    assert!(
        said.contains("Prévention été"),
        "the folder is named: {said}"
    );
    assert!(said.contains("vigie init"), "how to create one: {said}");
    assert_eq!(
        std::fs::read_dir(&folder).expect("read folder").count(),
        0,
        "nothing was created"
    );
    // `--help` answers as before.
    let help = common::vigie_command()
        .arg("--help")
        .output()
        .expect("vigie --help");
    assert!(help.status.success());
    assert!(String::from_utf8_lossy(&help.stdout).contains("Usage: vigie"));
}

/// `vigie` alone in a folder without a site, at a terminal (a pseudo-terminal made by
/// util-linux's `script`): the question is asked in the person's language, and the answer is
/// obeyed. What the terminal showed so far, read on a thread so that no read blocks the test.
#[cfg(target_os = "linux")]
fn at_a_terminal(folder: &std::path::Path, path: &str) -> (Running, std::sync::mpsc::Receiver<u8>) {
    let mut child = Running(
        std::process::Command::new("script")
            .args(["-qec", "exec \"$VIGIE_BIN\"", "/dev/null"])
            .env("VIGIE_BIN", env!("CARGO_BIN_EXE_vigie"))
            .env("SHELL", "/bin/sh")
            .env("VIGIE_LANG", "fr")
            .env("PATH", path)
            .current_dir(folder)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start vigie in a pseudo-terminal"),
    );
    let stdout = child.0.stdout.take().expect("stdout");
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        for byte in std::io::Read::bytes(stdout).map_while(Result::ok) {
            if tx.send(byte).is_err() {
                break;
            }
        }
    });
    (child, rx)
}

/// Reads what the terminal shows until it holds `wanted`, for at most a minute.
#[cfg(target_os = "linux")]
fn until_shown(rx: &std::sync::mpsc::Receiver<u8>, shown: &mut Vec<u8>, wanted: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let text = String::from_utf8_lossy(shown).into_owned();
        if text.contains(wanted) {
            return text;
        }
        let left = deadline.saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(byte) => shown.push(byte),
            Err(e) => panic!("waited for {wanted:?}; the terminal showed {text:?}, then {e}"),
        }
    }
}

#[cfg(target_os = "linux")]
#[test]
fn vigie_alone_at_a_terminal_asks_before_creating_a_site_and_obeys_the_answer() {
    use std::io::Write;
    let dir = tempfile::tempdir().expect("temporary folder");
    let (path, opened) = browser_that_writes_down(dir.path());
    let folder = dir.path().join("Mes documents").join("Prévention été");
    std::fs::create_dir_all(&folder).expect("folder");

    // "non": nothing is created, and Vigie says so and ends.
    let (mut vigie, rx) = at_a_terminal(&folder, &path);
    let mut shown = Vec::new();
    until_shown(&rx, &mut shown, "En créer un ici ? [o/N]");
    let mut stdin = vigie.0.stdin.take().expect("stdin");
    stdin.write_all(b"non\n").expect("answer");
    until_shown(&rx, &mut shown, "Rien n'a été créé.");
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(status) = vigie.0.try_wait().expect("wait") {
            break status;
        }
        assert!(Instant::now() < deadline, "vigie kept running after no");
        std::thread::sleep(Duration::from_millis(50));
    };
    drop(stdin);
    assert!(status.success(), "{status:?}");
    assert_eq!(
        std::fs::read_dir(&folder).expect("read folder").count(),
        0,
        "nothing is created after no"
    );
    assert!(!opened.exists(), "no browser was opened after no");

    // "oui": the site is made there, served, and its workbench opened in the browser.
    let (mut vigie, rx) = at_a_terminal(&folder, &path);
    let mut shown = Vec::new();
    until_shown(&rx, &mut shown, "[o/N]");
    let mut stdin = vigie.0.stdin.take().expect("stdin");
    stdin.write_all(b"oui\n").expect("answer");
    let said = until_shown(&rx, &mut shown, "Ctrl+C");
    assert!(said.contains("Atelier"), "{said}");
    assert!(folder.join("site.toml").is_file(), "site.toml was created");
    let deadline = Instant::now() + Duration::from_secs(10);
    while !opened.exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let asked = std::fs::read_to_string(&opened).expect("the browser was asked to open");
    assert!(asked.starts_with("http://127.0.0.1:"), "{asked}");
    assert!(
        said.contains(&asked),
        "the opened address is the one shown: {said}"
    );
    let host = asked
        .trim_start_matches("http://")
        .split('/')
        .next()
        .expect("host")
        .to_string();
    let (status, head, _) = get(&host, asked.trim_start_matches(&format!("http://{host}")));
    assert_eq!(status, 303, "the workbench's address answers: {head}");
    drop(stdin);
    drop(vigie);
}
