//! `vigie publish` over FTPS and FTP, to a real pure-ftpd that each test starts on 127.0.0.1
//! with a virtual user, explicit TLS and a self-signed certificate made for it (`.ci/run`
//! installs Debian's pure-ftpd and openssl).

mod common;

use std::io::Write;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::{stderr, Site, MINIMAL_CONFIG};

const PASSWORD: &str = "correct-horse-ftp";

/// A pure-ftpd of our own, stopped when dropped.
struct FtpServer {
    child: Option<Child>,
    dir: tempfile::TempDir,
    port: u16,
}

impl FtpServer {
    fn start() -> FtpServer {
        let dir = tempfile::tempdir().unwrap();
        // The virtual user writes as `nobody`, who must reach the site's folder.
        let mode = |path: &Path, mode: u32| {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
        };
        mode(dir.path(), 0o755);
        let www = dir.path().join("www");
        std::fs::create_dir(&www).unwrap();
        mode(&www, 0o777);
        common::self_signed_certificate(dir.path());
        let mut pem = std::fs::read(dir.path().join("key.pem")).unwrap();
        pem.extend(std::fs::read(dir.path().join("cert.pem")).unwrap());
        std::fs::write(dir.path().join("server.pem"), pem).unwrap();
        let mut pure_pw = Command::new("pure-pw")
            .args([
                "useradd",
                "webmaster",
                "-u",
                "65534",
                "-g",
                "65534",
                "-m",
                "-d",
            ])
            .arg(&www)
            .arg("-f")
            .arg(dir.path().join("passwd"))
            .arg("-F")
            .arg(dir.path().join("users.pdb"))
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("pure-pw (pure-ftpd; .ci/run installs it)");
        write!(pure_pw.stdin.take().unwrap(), "{PASSWORD}\n{PASSWORD}\n").unwrap();
        assert!(pure_pw.wait().unwrap().success());
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut server = FtpServer {
            child: None,
            dir,
            port,
        };
        server.run();
        server
    }

    /// Starts the server, again after `stop`, on the same port and folder.
    fn run(&mut self) {
        let d = self.dir.path();
        let child = Command::new("pure-ftpd")
            .arg(format!("--bind=127.0.0.1,{}", self.port))
            .arg(format!("--login=puredb:{}", d.join("users.pdb").display()))
            .args(["--noanonymous", "--chrooteveryone", "--tls=1"])
            .arg(format!("--certfile={}", d.join("server.pem").display()))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("pure-ftpd (.ci/run installs it)");
        self.child = Some(child);
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("pure-ftpd did not start on port {}", self.port);
    }

    /// Stops the server and every session it serves, as a host going down would.
    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            common::kill_tree(&mut child);
        }
    }

    fn www(&self) -> PathBuf {
        self.dir.path().join("www")
    }

    fn certificate(&self) -> PathBuf {
        self.dir.path().join("cert.pem")
    }
}

impl Drop for FtpServer {
    fn drop(&mut self) {
        self.stop();
    }
}

fn site_for(server: &FtpServer, scheme: &str, extra: &str) -> Site {
    let site = Site::minimal();
    site.write(
        "site.toml",
        &format!(
            "{MINIMAL_CONFIG}\n[publish.web]\nurl = \"{scheme}://webmaster@127.0.0.1:{}/\"\n{extra}",
            server.port,
        ),
    );
    site.write(
        "content/capsules/velo/index.fr.md",
        "+++\ntitle = \"Gravez votre vélo\"\nkind = \"tip\"\ndate = 2026-11-10\n+++\nUn vélo gravé se revend mal.\n",
    );
    site
}

fn publish_command(site: &Site, password: &str) -> Command {
    let mut command = common::vigie_command();
    command
        .arg("--root")
        .arg(site.path())
        .args(["publish", "--now", common::NOW, "--yes"])
        .env("VIGIE_PUBLISH_PASSWORD", password);
    command
}

fn publish(site: &Site, password: &str) -> std::process::Output {
    publish_command(site, password).output().unwrap()
}

fn trusting(server: &FtpServer) -> String {
    format!("certificate = \"{}\"\n", server.certificate().display())
}

#[test]
fn a_site_published_over_ftps_is_the_build_and_then_only_what_changed() {
    let server = FtpServer::start();
    let site = site_for(&server, "ftps", &trusting(&server));
    let out = publish(&site, PASSWORD);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("The site: https://prevention.test.be"),
        "{said}"
    );
    assert!(!said.contains("in clear") && !stderr(&out).contains("in clear"));
    common::assert_same_files(&server.www(), &site.build(&[]));

    let before = common::written_at(&server.www());
    std::thread::sleep(Duration::from_millis(1100));
    site.write(
        "content/capsules/fermez/index.fr.md",
        "+++\ntitle = \"Fermez à clé\"\nkind = \"tip\"\ndate = 2026-11-20\n+++\nFermez toujours à clé, même pour cinq minutes.\n",
    );
    let out = publish(&site, PASSWORD);
    assert!(out.status.success(), "{}", stderr(&out));
    let after = common::written_at(&server.www());
    common::assert_only_what_changed_was_sent(&before, &after, "fermez", "velo");
    common::assert_same_files(&server.www(), &site.build(&[]));
}

#[test]
fn an_untrusted_certificate_or_a_wrong_password_sends_nothing_and_shows_no_secret() {
    let server = FtpServer::start();
    let site = site_for(&server, "ftps", "");
    let out = publish(&site, PASSWORD);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(err.contains("the server's TLS was refused"), "{err}");
    assert!(err.contains("certificate = \"…\""), "{err}");
    assert!(common::files(&server.www()).is_empty());

    let secret = "hunter2-never-shown";
    let site = site_for(&server, "ftps", &trusting(&server));
    let out = publish(&site, secret);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(
        err.contains(&format!(
            "[publish.web] ftps://webmaster@127.0.0.1:{}/: the server refused the password for webmaster",
            server.port
        )),
        "{err}"
    );
    assert!(!err.contains(secret) && !String::from_utf8_lossy(&out.stdout).contains(secret));
    assert!(common::files(&server.www()).is_empty());
    for file in common::files(site.path()) {
        let bytes = std::fs::read(site.path().join(&file)).unwrap();
        assert!(
            !String::from_utf8_lossy(&bytes).contains(secret),
            "{} holds the secret",
            file.display()
        );
    }
}

#[test]
fn plain_ftp_publishes_with_a_warning_that_the_password_travels_in_clear() {
    let server = FtpServer::start();
    let site = site_for(&server, "ftp", "");
    let out = publish(&site, PASSWORD);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
    assert!(
        said.contains("ftp:// sends your password and the files in clear"),
        "{said}"
    );
    common::assert_same_files(&server.www(), &site.build(&[]));
}

#[test]
fn a_publish_cut_off_by_the_server_leaves_whole_files_and_the_next_completes_it() {
    let mut server = FtpServer::start();
    let site = site_for(&server, "ftps", &trusting(&server));
    common::add_capsules(&site, 30);
    let mut publishing = publish_command(&site, PASSWORD)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    common::wait_until_sending(&server.www(), &mut publishing);
    server.stop();
    let cut_off = publishing.wait_with_output().unwrap();
    common::assert_cut_off_then_completed(&site, &server.www(), &cut_off, || {
        server.run();
        publish(&site, PASSWORD)
    });
}

#[test]
fn a_password_kept_with_login_is_used_from_the_keyring_and_never_written() {
    let server = FtpServer::start();
    let keyring = common::Keyring::start();
    let site = site_for(&server, "ftps", &trusting(&server));
    let vigie = |args: &[&str], stdin: &[u8]| {
        let mut command = common::vigie_command();
        command
            .arg("--root")
            .arg(site.path())
            .args(args)
            .env_remove("VIGIE_PUBLISH_PASSWORD")
            .envs(keyring.env())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = command.spawn().unwrap();
        child.stdin.take().unwrap().write_all(stdin).unwrap();
        child.wait_with_output().unwrap()
    };
    let publish = || vigie(&["publish", "--now", common::NOW, "--yes"], b"");

    // Without a password anywhere, the error says how to give one.
    let out = publish();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(err.contains("vigie publish NAME --login"), "{err}");
    assert!(common::files(&server.www()).is_empty());

    // A wrong password kept: refused by the server, nothing sent, nothing shown.
    let wrong = "wrong-but-secret";
    let out = vigie(
        &["publish", "web", "--login"],
        format!("{wrong}\n").as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = publish();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(err.contains("refused the password"), "{err}");
    assert!(!err.contains(wrong));

    // The right one replaces it, and the site goes up.
    let out = vigie(&["publish", "--login"], format!("{PASSWORD}\n").as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("kept in the system keyring"));
    let out = publish();
    assert!(out.status.success(), "{}", stderr(&out));
    common::assert_same_files(&server.www(), &site.build(&[]));

    // No secret in any output, in the site, its cache, or the keyring's own files in clear.
    assert!(!String::from_utf8_lossy(&out.stdout).contains(PASSWORD));
    assert!(!stderr(&out).contains(PASSWORD));
    for folder in [site.path(), keyring.folder()] {
        for file in common::files(folder) {
            let bytes = std::fs::read(folder.join(&file)).unwrap();
            assert!(
                !bytes
                    .windows(PASSWORD.len())
                    .any(|w| w == PASSWORD.as_bytes()),
                "{} holds the password in clear",
                file.display()
            );
        }
    }

    // Hostile or empty answers keep nothing; a folder or S3 target needs no --login.
    let out = vigie(&["publish", "--login"], b"");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no password given"),
        "{}",
        stderr(&out)
    );
    let out = vigie(&["publish", "nowhere", "--login"], b"x\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no [publish.nowhere]"),
        "{}",
        stderr(&out)
    );
    let out = vigie(&["publish", "--login", "--yes"], b"x\n");
    assert_eq!(
        out.status.code(),
        Some(2),
        "--login sends nothing, so takes no --yes"
    );
    assert!(
        publish().status.success(),
        "the kept password is still the right one"
    );
}
