//! `vigie publish` over SFTP, to a real OpenSSH server that each test starts on 127.0.0.1 with
//! a host key and a user key made for it (`.ci/run` installs Debian's openssh-server).

mod common;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::{stderr, Site, MINIMAL_CONFIG};

/// An sshd of our own, stopped when dropped.
struct SshServer {
    child: Option<Child>,
    dir: tempfile::TempDir,
    port: u16,
}

impl SshServer {
    fn start() -> SshServer {
        let dir = tempfile::tempdir().unwrap();
        let keygen = |name: &str| {
            let status = Command::new("ssh-keygen")
                .args(["-q", "-t", "ed25519", "-N", "", "-f"])
                .arg(dir.path().join(name))
                .status()
                .expect("ssh-keygen (openssh-client)");
            assert!(status.success());
        };
        keygen("host");
        keygen("user");
        std::fs::copy(
            dir.path().join("user.pub"),
            dir.path().join("authorized_keys"),
        )
        .unwrap();
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let config = dir.path().join("sshd_config");
        std::fs::write(
            &config,
            format!(
                "Port {port}\nListenAddress 127.0.0.1\nHostKey {d}/host\nPidFile {d}/sshd.pid\nAuthorizedKeysFile {d}/authorized_keys\nPasswordAuthentication no\nKbdInteractiveAuthentication no\nUsePAM no\nPermitRootLogin prohibit-password\nStrictModes no\nSubsystem sftp internal-sftp\n",
                d = dir.path().display()
            ),
        )
        .unwrap();
        std::fs::create_dir_all(dir.path().join("www")).unwrap();
        let mut server = SshServer {
            child: None,
            dir,
            port,
        };
        server.run();
        server
    }

    /// Starts the server, again after `stop`, on the same port and folder.
    fn run(&mut self) {
        std::fs::create_dir_all("/run/sshd").expect("the privilege separation folder");
        let child = Command::new("/usr/sbin/sshd")
            .args(["-D", "-e", "-f"])
            .arg(self.dir.path().join("sshd_config"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("sshd (openssh-server; .ci/run installs it)");
        self.child = Some(child);
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("sshd did not start on port {}", self.port);
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

    fn host_key(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("host.pub"))
            .unwrap()
            .trim()
            .to_string()
    }

    fn user_key(&self) -> PathBuf {
        self.dir.path().join("user")
    }
}

impl Drop for SshServer {
    fn drop(&mut self) {
        self.stop();
    }
}

fn site_for(server: &SshServer, extra: &str) -> Site {
    let site = Site::minimal();
    site.write(
        "site.toml",
        &format!(
            "{MINIMAL_CONFIG}\n[publish.web]\nurl = \"sftp://root@127.0.0.1:{}{}\"\n{extra}",
            server.port,
            server.www().display()
        ),
    );
    site.write(
        "content/capsules/velo/index.fr.md",
        "+++\ntitle = \"Gravez votre vélo\"\nkind = \"tip\"\ndate = 2026-11-10\n+++\nUn vélo gravé se revend mal.\n",
    );
    site
}

/// `vigie publish --yes` with a home of its own (no known_hosts, no agent).
fn publish_command(site: &Site, home: &Path, env: &[(&str, &str)]) -> Command {
    let mut command = common::vigie_command();
    command
        .arg("--root")
        .arg(site.path())
        .args(["publish", "--now", common::NOW, "--yes"])
        .env("HOME", home)
        .env_remove("SSH_AUTH_SOCK")
        .envs(env.iter().copied());
    command
}

fn publish(site: &Site, home: &Path, env: &[(&str, &str)]) -> std::process::Output {
    publish_command(site, home, env).output().unwrap()
}

/// The target's host key and the user's key, for a publish that logs in.
fn trusted(server: &SshServer) -> String {
    format!(
        "known_hosts = \"{}\"\nidentity = \"{}\"\n",
        server.host_key(),
        server.user_key().display()
    )
}

#[test]
fn a_site_published_over_sftp_is_the_build_and_then_only_what_changed() {
    let server = SshServer::start();
    let home = tempfile::tempdir().unwrap();
    let site = site_for(&server, &trusted(&server));
    let out = publish(&site, home.path(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("The site: https://prevention.test.be"));
    common::assert_same_files(&server.www(), &site.build(&[]));

    let before = common::written_at(&server.www());
    std::thread::sleep(Duration::from_millis(20));
    site.write(
        "content/capsules/fermez/index.fr.md",
        "+++\ntitle = \"Fermez à clé\"\nkind = \"tip\"\ndate = 2026-11-20\n+++\nFermez toujours à clé, même pour cinq minutes.\n",
    );
    let out = publish(&site, home.path(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    let after = common::written_at(&server.www());
    common::assert_only_what_changed_was_sent(&before, &after, "fermez", "velo");
}

#[test]
fn an_unknown_host_key_or_a_refused_login_sends_nothing_and_shows_no_secret() {
    let server = SshServer::start();
    let home = tempfile::tempdir().unwrap();
    let site = site_for(
        &server,
        &format!("identity = \"{}\"\n", server.user_key().display()),
    );
    let out = publish(&site, home.path(), &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(
        err.contains("the server's host key is not one you trust (SHA256:"),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "ssh-keyscan -p {} 127.0.0.1 >> ~/.ssh/known_hosts",
            server.port
        )),
        "{err}"
    );
    assert!(common::files(&server.www()).is_empty());

    // Trusted, but with no key and a password the server does not take.
    let secret = "hunter2-never-shown";
    let site = site_for(
        &server,
        &format!("known_hosts = \"{}\"\n", server.host_key()),
    );
    let out = publish(&site, home.path(), &[("VIGIE_PUBLISH_PASSWORD", secret)]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(
        err.contains("the server refused the password for root"),
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
fn a_publish_cut_off_by_the_server_leaves_whole_files_and_the_next_completes_it() {
    let mut server = SshServer::start();
    let home = tempfile::tempdir().unwrap();
    let site = site_for(&server, &trusted(&server));
    common::add_capsules(&site, 30);
    let mut publishing = publish_command(&site, home.path(), &[])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    common::wait_until_sending(&server.www(), &mut publishing);
    server.stop();
    let cut_off = publishing.wait_with_output().unwrap();
    common::assert_cut_off_then_completed(&site, &server.www(), &cut_off, || {
        server.run();
        publish(&site, home.path(), &[])
    });
}

#[test]
fn an_escaped_folder_a_known_hosts_file_and_links_planted_on_the_server() {
    let server = SshServer::start();
    let home = tempfile::tempdir().unwrap();
    // The host key in a known_hosts file, as OpenSSH's UserKnownHostsFile names one.
    let known = home.path().join("hosts");
    std::fs::write(
        &known,
        format!("[127.0.0.1]:{} {}\n", server.port, server.host_key()),
    )
    .unwrap();
    let folder = server.www().join("mon dossier é");
    let site = Site::minimal();
    site.write(
        "site.toml",
        &format!(
            "{MINIMAL_CONFIG}\n[publish.web]\nurl = \"sftp://root@127.0.0.1:{}{}/mon%20dossier%20%C3%A9\"\nknown_hosts = \"{}\"\nidentity = \"{}\"\n",
            server.port,
            server.www().display(),
            known.display(),
            server.user_key().display()
        ),
    );
    site.write(
        "content/capsules/velo/index.fr.md",
        "+++\ntitle = \"Gravez votre vélo\"\nkind = \"tip\"\ndate = 2026-11-10\n+++\nUn vélo gravé se revend mal.\n",
    );
    // A temporary name planted as a link to a file outside the site.
    let outside = tempfile::tempdir().unwrap();
    let victim = outside.path().join("shadow");
    std::fs::write(&victim, "secret\n").unwrap();
    std::fs::create_dir_all(folder.join("fr/capsules/velo")).unwrap();
    std::os::unix::fs::symlink(
        &victim,
        folder.join("fr/capsules/velo/.index.html.vigie-part"),
    )
    .unwrap();

    let out = publish(&site, home.path(), &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    common::assert_same_files(&folder, &site.build(&[]));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "secret\n");

    // A published folder swapped for a link to a folder outside: nothing is removed there.
    let velo = folder.join("fr/capsules/velo");
    std::fs::remove_dir_all(&velo).unwrap();
    std::fs::write(outside.path().join("index.html"), "not the site's").unwrap();
    std::os::unix::fs::symlink(outside.path(), &velo).unwrap();
    std::fs::remove_dir_all(site.path().join("content/capsules/velo")).unwrap();
    let mut command = publish_command(&site, home.path(), &[]);
    let out = command.arg("--allow-removals").output().unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(err.contains("is a link"), "{err}");
    assert_eq!(
        std::fs::read_to_string(outside.path().join("index.html")).unwrap(),
        "not the site's"
    );

    // A known_hosts file without this server: the refusal says where it looked.
    std::fs::write(&known, "").unwrap();
    let out = publish(&site, home.path(), &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(
        err.contains(&format!(
            "it is not in the known_hosts file {}",
            known.display()
        )),
        "{err}"
    );
}
