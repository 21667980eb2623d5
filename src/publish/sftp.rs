//! SFTP targets (`sftp://user@host:22/path`), with libssh2. The server's host key is checked
//! against the target's `known_hosts` key or `~/.ssh/known_hosts`, and an unknown one is
//! refused with its fingerprint; the login is a key file (`identity`), else the SSH agent,
//! else the password in `VIGIE_PUBLISH_PASSWORD` or the system keyring. No secret is ever printed.

use std::collections::HashSet;
use std::io::Write;
use std::net::{TcpStream, ToSocketAddrs};
use std::path::{Path, PathBuf};
use std::time::Duration;

use base64::Engine;

use super::target::{folders_on_the_way, home_path, inside, read_limited, Failure, Node, Target};
use crate::config::PublishTarget;
use crate::error::{Error, Result};
use crate::messages::Message;

/// How long a silent server is waited for.
const TIMEOUT: Duration = Duration::from_secs(20);
/// libssh2's SFTP status for a file that does not exist.
const NO_SUCH_FILE: i32 = 2;

pub struct Sftp {
    sftp: ssh2::Sftp,
    /// The folder on the server the site goes into.
    root: PathBuf,
    described: String,
    /// Folders seen to be plain folders (not links), or made, so that each is checked once.
    real: HashSet<PathBuf>,
    // The session must outlive the SFTP channel.
    _session: ssh2::Session,
}

pub fn open(name: &str, url: &url::Url, target: &PublishTarget) -> Result<Sftp> {
    let host = url.host_str().unwrap_or_default().to_string();
    let port = url.port().unwrap_or(22);
    let user = match url.username() {
        "" => std::env::var("USER").unwrap_or_else(|_| "root".into()),
        u => percent_encoding::percent_decode_str(u)
            .decode_utf8_lossy()
            .into_owned(),
    };
    // The folder as the server names it: `%20` in the address is a space, `%C3%A9` an `é`.
    let folder = percent_encoding::percent_decode_str(url.path())
        .decode_utf8()
        .map_err(|_| {
            Error::Usage(
                crate::messages::Message::new("publish-folder-not-utf8")
                    .arg("name", name)
                    .arg("folder", url.path())
                    .text(),
            )
        })?
        .into_owned();
    let described = format!("sftp://{user}@{host}:{port}{folder}");
    let fail = |problem: Message| super::failed(name, &described, problem);
    let address = (host.as_str(), port)
        .to_socket_addrs()
        .map_err(|e| fail(Message::new("publish-no-server").arg("error", e)))?
        .next()
        .ok_or_else(|| fail(Message::new("publish-no-server").arg("error", &host)))?;
    let tcp = TcpStream::connect_timeout(&address, TIMEOUT)
        .map_err(|e| fail(Message::new("publish-cannot-connect").arg("error", e)))?;
    let mut session = ssh2::Session::new().map_err(|e| super::failed(name, &described, e))?;
    session.set_timeout(TIMEOUT.as_millis() as u32);
    session.set_tcp_stream(tcp);
    session
        .handshake()
        .map_err(|e| fail(Message::new("publish-ssh-handshake").arg("error", e)))?;
    check_host_key(&session, &host, port, target).map_err(fail)?;
    log_in(&session, &user, target).map_err(fail)?;
    let sftp = session
        .sftp()
        .map_err(|e| fail(Message::new("publish-no-sftp").arg("error", e)))?;
    Ok(Sftp {
        sftp,
        root: PathBuf::from(folder),
        described,
        real: HashSet::new(),
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
) -> std::result::Result<(), Message> {
    let (key, _) = session
        .host_key()
        .ok_or_else(|| Message::new("publish-no-host-key"))?;
    let encoded = base64::engine::general_purpose::STANDARD.encode(key);
    let in_file = |file: &Path, required: bool| -> std::result::Result<bool, Message> {
        let mut known = session
            .known_hosts()
            .map_err(|e| Message::new("publish-ssh-handshake").arg("error", e))?;
        if let Err(e) = known.read_file(file, ssh2::KnownHostFileKind::OpenSSH) {
            if required {
                return Err(Message::new("publish-known-hosts-unreadable")
                    .arg("file", file.display())
                    .arg("error", e));
            }
        }
        Ok(matches!(
            known.check_port(host, port, key),
            ssh2::CheckResult::Match
        ))
    };
    // A key line has words (`ssh-ed25519 AAAA…`); a file is a path without spaces.
    // Where the key was looked for: `publish-host-key-unknown`'s `where` and `file`.
    let (trusted, looked_in, file) = match &target.known_hosts {
        Some(given) if given.trim().contains(char::is_whitespace) => (
            given.split_whitespace().any(|word| word == encoded),
            "line",
            PathBuf::new(),
        ),
        Some(given) => {
            let file = home_path(given.trim());
            (in_file(&file, true)?, "file", file)
        }
        None => {
            let file = std::env::var_os("HOME")
                .map(|h| Path::new(&h).join(".ssh/known_hosts"))
                .unwrap_or_default();
            (in_file(&file, false)?, "home", file)
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
    Err(Message::new("publish-host-key-unknown")
        .arg("fingerprint", fingerprint)
        .arg("where", looked_in)
        .arg("file", file.display())
        .arg("scan", scan))
}

/// A key file, else the agent, else the password from the environment.
fn log_in(
    session: &ssh2::Session,
    user: &str,
    target: &PublishTarget,
) -> std::result::Result<(), Message> {
    if let Some(identity) = &target.identity {
        let path = home_path(identity);
        let passphrase = std::env::var("VIGIE_PUBLISH_PASSPHRASE").ok();
        session
            .userauth_pubkey_file(user, None, &path, passphrase.as_deref())
            .map_err(|e| {
                Message::new("publish-key-refused")
                    .arg("file", path.display())
                    .arg("error", e)
            })?;
    } else if session.userauth_agent(user).is_err() {
        let password = super::login::password(target.url.get_ref())
            .ok_or_else(|| Message::new("publish-no-way-in"))?;
        session
            .userauth_password(user, &password)
            .map_err(|_| Message::new("publish-password-refused").arg("user", user))?;
    }
    if session.authenticated() {
        Ok(())
    } else {
        Err(Message::new("publish-login-refused").arg("user", user))
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
    /// The file `path`, its folders checked (never a link): those missing are made when
    /// `make` is set.
    fn at(&mut self, path: &str, make: bool) -> std::result::Result<PathBuf, Failure> {
        let file = inside(&self.root, path)?;
        let sftp = &self.sftp;
        let missing = folders_on_the_way(&self.root, &file, &mut self.real, |dir| {
            match sftp.lstat(dir) {
                Ok(stat) if stat.is_dir() => Ok(Node::Folder),
                Ok(_) => Ok(Node::Other),
                Err(e) if e.code() == ssh2::ErrorCode::SFTP(NO_SUCH_FILE) => Ok(Node::Missing),
                Err(e) => Err(failure(e)),
            }
        })?;
        if make {
            for dir in missing {
                // An error here means the folder is there already, or the put says why.
                let _ = self.sftp.mkdir(&dir, 0o755);
                self.real.insert(dir);
            }
        }
        Ok(file)
    }
}

impl Target for Sftp {
    fn describe(&self) -> String {
        self.described.clone()
    }

    fn read(&mut self, path: &str, limit: u64) -> std::result::Result<Option<Vec<u8>>, Failure> {
        let file = self.at(path, false)?;
        match self.sftp.open(&file) {
            Ok(mut f) => read_limited(&mut f, path, limit).map(Some),
            Err(e) if e.code() == ssh2::ErrorCode::SFTP(NO_SUCH_FILE) => Ok(None),
            Err(e) => Err(failure(e)),
        }
    }

    fn put(&mut self, path: &str, bytes: &[u8]) -> std::result::Result<(), Failure> {
        let file = self.at(path, true)?;
        let name = file.file_name().unwrap_or_default().to_string_lossy();
        let temporary = file.with_file_name(format!(".{name}.vigie-part"));
        // A leftover (or a link planted under that name) goes first, and the new file is
        // created only where nothing is: never written through a link.
        match self.sftp.unlink(&temporary) {
            Ok(()) => {}
            Err(e) if e.code() == ssh2::ErrorCode::SFTP(NO_SUCH_FILE) => {}
            Err(e) => return Err(failure(e)),
        }
        let mut out = self
            .sftp
            .open_mode(
                &temporary,
                ssh2::OpenFlags::WRITE | ssh2::OpenFlags::CREATE | ssh2::OpenFlags::EXCLUSIVE,
                0o644,
                ssh2::OpenType::File,
            )
            .map_err(failure)?;
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
        let file = self.at(path, false)?;
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
            self.real.remove(dir);
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
