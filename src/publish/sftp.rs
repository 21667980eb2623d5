//! SFTP targets (`sftp://user@host:22/path`), with libssh2. The server's host key is checked
//! against the target's `known_hosts` key or `~/.ssh/known_hosts`, and an unknown one is
//! refused with its fingerprint; the login is a key file (`identity`), else the SSH agent,
//! else the password in `VIGIE_PUBLISH_PASSWORD`. No secret is ever printed.

use std::collections::HashSet;
use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::time::Duration;

use base64::Engine;

use super::target::{inside, Failure, Target};
use crate::config::PublishTarget;
use crate::error::{Error, Result};

/// How long a silent server is waited for.
const TIMEOUT: Duration = Duration::from_secs(20);
/// libssh2's SFTP status for a file that does not exist.
const NO_SUCH_FILE: i32 = 2;

pub struct Sftp {
    sftp: ssh2::Sftp,
    /// The folder on the server the site goes into.
    root: PathBuf,
    described: String,
    /// Folders known to exist, so that each is made once.
    made: HashSet<PathBuf>,
    // The session must outlive the SFTP channel.
    _session: ssh2::Session,
}

pub fn open(name: &str, url: &url::Url, target: &PublishTarget) -> Result<Sftp> {
    let host = url.host_str().unwrap_or_default().to_string();
    let port = url.port().unwrap_or(22);
    let user = match url.username() {
        "" => std::env::var("USER").unwrap_or_else(|_| "root".into()),
        u => u.to_string(),
    };
    let described = format!("sftp://{user}@{host}:{port}{}", url.path());
    let fail = |what: String| Error::Usage(format!("[publish.{name}] {described}: {what}"));
    let address = (host.as_str(), port)
        .to_socket_addrs()
        .map_err(|e| fail(format!("cannot find the server: {e}")))?
        .next()
        .ok_or_else(|| fail("cannot find the server".into()))?;
    let tcp = TcpStream::connect_timeout(&address, TIMEOUT)
        .map_err(|e| fail(format!("cannot connect: {e}")))?;
    let mut session = ssh2::Session::new().map_err(|e| fail(e.to_string()))?;
    session.set_timeout(TIMEOUT.as_millis() as u32);
    session.set_tcp_stream(tcp);
    session
        .handshake()
        .map_err(|e| fail(format!("the SSH handshake failed: {e}")))?;
    check_host_key(&session, &host, port, target).map_err(fail)?;
    log_in(&session, &user, target).map_err(fail)?;
    let sftp = session
        .sftp()
        .map_err(|e| fail(format!("the server offers no SFTP: {e}")))?;
    Ok(Sftp {
        sftp,
        root: PathBuf::from(url.path()),
        described,
        made: HashSet::new(),
        _session: session,
    })
}

/// The server must be the one the webmaster trusts: its key in the target's `known_hosts`,
/// or in `~/.ssh/known_hosts`.
fn check_host_key(
    session: &ssh2::Session,
    host: &str,
    port: u16,
    target: &PublishTarget,
) -> std::result::Result<(), String> {
    let (key, _) = session.host_key().ok_or("the server showed no host key")?;
    let encoded = base64::engine::general_purpose::STANDARD.encode(key);
    let trusted = match &target.known_hosts {
        Some(given) => given.split_whitespace().any(|word| word == encoded),
        None => {
            let mut known = session.known_hosts().map_err(|e| e.to_string())?;
            let file = std::env::var_os("HOME")
                .map(|h| Path::new(&h).join(".ssh/known_hosts"))
                .unwrap_or_default();
            let _ = known.read_file(&file, ssh2::KnownHostFileKind::OpenSSH);
            matches!(known.check_port(host, port, key), ssh2::CheckResult::Match)
        }
    };
    if trusted {
        return Ok(());
    }
    let fingerprint = session
        .host_key_hash(ssh2::HashType::Sha256)
        .map(|h| base64::engine::general_purpose::STANDARD_NO_PAD.encode(h))
        .unwrap_or_default();
    let scan = if port == 22 {
        format!("ssh-keyscan {host} >> ~/.ssh/known_hosts")
    } else {
        format!("ssh-keyscan -p {port} {host} >> ~/.ssh/known_hosts")
    };
    Err(format!(
        "the server's host key is not one you trust (SHA256:{fingerprint}). Check this fingerprint with your host, then trust it with `{scan}`, or give it as known_hosts = \"…\" in this [publish] table"
    ))
}

/// A key file, else the agent, else the password from the environment.
fn log_in(
    session: &ssh2::Session,
    user: &str,
    target: &PublishTarget,
) -> std::result::Result<(), String> {
    if let Some(identity) = &target.identity {
        let path = match identity.strip_prefix("~/") {
            Some(rest) => std::env::var_os("HOME")
                .map(|h| Path::new(&h).join(rest))
                .unwrap_or_else(|| PathBuf::from(identity)),
            None => PathBuf::from(identity),
        };
        let passphrase = std::env::var("VIGIE_PUBLISH_PASSPHRASE").ok();
        session
            .userauth_pubkey_file(user, None, &path, passphrase.as_deref())
            .map_err(|e| format!("the server refused the key {}: {e}", path.display()))?;
    } else if session.userauth_agent(user).is_err() {
        let password = std::env::var("VIGIE_PUBLISH_PASSWORD").map_err(|_| {
            "no way to log in: give identity = \"~/.ssh/id_ed25519\" in this [publish] table, start an SSH agent, or set VIGIE_PUBLISH_PASSWORD".to_string()
        })?;
        session
            .userauth_password(user, &password)
            .map_err(|_| format!("the server refused the password for {user}"))?;
    }
    if session.authenticated() {
        Ok(())
    } else {
        Err(format!("the server refused the login for {user}"))
    }
}

fn failure(e: ssh2::Error) -> Failure {
    Failure {
        // A lost connection is not something trying again on this session mends.
        transient: false,
        message: e.message().to_string(),
    }
}

impl Sftp {
    fn at(&self, path: &str) -> std::result::Result<PathBuf, Failure> {
        inside(&self.root, path)
    }

    /// Makes the folders above `file`, each once.
    fn make_folders(&mut self, file: &Path) {
        let mut missing = Vec::new();
        let mut folder = file.parent();
        while let Some(dir) = folder.filter(|d| !self.made.contains(*d) && *d != Path::new("/")) {
            missing.push(dir.to_path_buf());
            folder = dir.parent();
        }
        for dir in missing.into_iter().rev() {
            // An error here means the folder is there already, or the put says why.
            let _ = self.sftp.mkdir(&dir, 0o755);
            self.made.insert(dir);
        }
    }
}

impl Target for Sftp {
    fn describe(&self) -> String {
        self.described.clone()
    }

    fn read(&mut self, path: &str) -> std::result::Result<Option<Vec<u8>>, Failure> {
        let file = self.at(path)?;
        match self.sftp.open(&file) {
            Ok(mut f) => {
                let mut bytes = Vec::new();
                f.read_to_end(&mut bytes).map_err(|e| Failure {
                    message: e.to_string(),
                    transient: false,
                })?;
                Ok(Some(bytes))
            }
            Err(e) if e.code() == ssh2::ErrorCode::SFTP(NO_SUCH_FILE) => Ok(None),
            Err(e) => Err(failure(e)),
        }
    }

    fn put(&mut self, path: &str, bytes: &[u8]) -> std::result::Result<(), Failure> {
        let file = self.at(path)?;
        self.make_folders(&file);
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        let temporary = file.with_file_name(format!(".{name}.vigie-part"));
        let mut out = self.sftp.create(&temporary).map_err(failure)?;
        out.write_all(bytes).map_err(|e| Failure {
            message: e.to_string(),
            transient: false,
        })?;
        drop(out);
        let flags = ssh2::RenameFlags::OVERWRITE | ssh2::RenameFlags::ATOMIC;
        if self.sftp.rename(&temporary, &file, Some(flags)).is_err() {
            // SFTP version 3 servers (OpenSSH) do not rename over a file: it goes first.
            let _ = self.sftp.unlink(&file);
            self.sftp
                .rename(&temporary, &file, Some(flags))
                .map_err(failure)?;
        }
        Ok(())
    }

    fn remove(&mut self, path: &str) -> std::result::Result<(), Failure> {
        let file = self.at(path)?;
        match self.sftp.unlink(&file) {
            Ok(()) => {}
            Err(e) if e.code() == ssh2::ErrorCode::SFTP(NO_SUCH_FILE) => {}
            Err(e) => return Err(failure(e)),
        }
        let mut folder = file.parent();
        while let Some(dir) = folder.filter(|d| *d != self.root) {
            if self.sftp.rmdir(dir).is_err() {
                break;
            }
            self.made.remove(dir);
            folder = dir.parent();
        }
        Ok(())
    }

    fn list(&mut self) -> std::result::Result<Vec<String>, Failure> {
        let mut files = Vec::new();
        let mut folders = vec![self.root.clone()];
        while let Some(dir) = folders.pop() {
            let entries = match self.sftp.readdir(&dir) {
                Ok(entries) => entries,
                Err(e) if e.code() == ssh2::ErrorCode::SFTP(NO_SUCH_FILE) => continue,
                Err(e) => return Err(failure(e)),
            };
            for (path, stat) in entries {
                if stat.is_dir() {
                    folders.push(path);
                } else if stat.is_file() {
                    if let Ok(rel) = path.strip_prefix(&self.root) {
                        files.push(rel.to_string_lossy().replace('\\', "/"));
                    }
                }
            }
        }
        Ok(files)
    }
}
