//! FTP targets: `ftps://user@host:21/path` (explicit TLS, the certificate checked against the
//! system's authorities or the target's `certificate` file) and `ftp://`, which still exists
//! at small hosts and is allowed with a warning, since its password travels in clear. The
//! password comes from `VIGIE_PUBLISH_PASSWORD` or the system keyring; no secret is ever printed.

use std::collections::HashSet;
use std::net::ToSocketAddrs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use suppaftp::list::{File, ListParser};
use suppaftp::native_tls::{Certificate, TlsConnector};
use suppaftp::types::FileType;
use suppaftp::{FtpError, NativeTlsConnector, NativeTlsFtpStream, Status};

use super::target::{home_path, inside, missing_folders, read_limited, Failure, Target};
use crate::config::PublishTarget;
use crate::error::Result;
use crate::messages::Message;

const TIMEOUT: Duration = Duration::from_secs(20);

pub struct Ftp {
    ftp: NativeTlsFtpStream,
    /// The folder on the server the site goes into, `/` when it is the login's own.
    root: String,
    described: String,
    /// Folders known to exist, so that each is made once.
    made: HashSet<PathBuf>,
}

pub fn open(name: &str, url: &url::Url, target: &PublishTarget) -> Result<Ftp> {
    let secure = url.scheme() == "ftps";
    let host = url.host_str().unwrap_or_default().to_string();
    let port = url.port().unwrap_or(21);
    let user = match url.username() {
        "" => "anonymous".to_string(),
        u => percent_encoding::percent_decode_str(u)
            .decode_utf8_lossy()
            .into_owned(),
    };
    let described = format!("{}://{user}@{host}:{port}{}", url.scheme(), url.path());
    let fail = |problem: Message| super::failed(name, &described, problem);
    // A certificate file that cannot be used is said before any server is asked.
    let connector = secure
        .then(|| connector(target))
        .transpose()
        .map_err(fail)?;
    let address = (host.as_str(), port)
        .to_socket_addrs()
        .map_err(|e| fail(Message::new("publish-no-server").arg("error", e)))?
        .next()
        .ok_or_else(|| fail(Message::new("publish-no-server").arg("error", &host)))?;
    let mut ftp = NativeTlsFtpStream::connect_timeout(address, TIMEOUT)
        .map_err(|e| fail(Message::new("publish-cannot-connect").arg("error", e)))?;
    if let Some(connector) = connector {
        ftp = ftp
            .into_secure(connector, &host)
            .map_err(|e| fail(Message::new("publish-tls-refused").arg("error", answer(&e))))?;
    }
    let password = super::login::password(target.url.get_ref())
        .ok_or_else(|| fail(Message::new("publish-no-password")))?;
    ftp.login(user.as_str(), password.as_str())
        .map_err(|_| fail(Message::new("publish-password-refused").arg("user", &user)))?;
    // FTP's default ASCII type would rewrite the line ends of every page.
    ftp.transfer_type(FileType::Binary)
        .map_err(|e| super::failed(name, &described, answer(&e)))?;
    let root = match url.path().trim_end_matches('/') {
        "" => "/".to_string(),
        path => percent_encoding::percent_decode_str(path)
            .decode_utf8_lossy()
            .into_owned(),
    };
    Ok(Ftp {
        ftp,
        root,
        described,
        made: HashSet::new(),
    })
}

/// The system's authorities, and the target's own certificate for a self-signed server.
fn connector(target: &PublishTarget) -> std::result::Result<NativeTlsConnector, Message> {
    let mut builder = TlsConnector::builder();
    if let Some(file) = &target.certificate {
        let path = home_path(file);
        let pem = std::fs::read(&path).map_err(|e| {
            Message::new("publish-certificate-unreadable")
                .arg("file", path.display())
                .arg("error", e)
        })?;
        let certificate = Certificate::from_pem(&pem).map_err(|e| {
            Message::new("publish-certificate-not-pem")
                .arg("file", path.display())
                .arg("error", e)
        })?;
        builder.add_root_certificate(certificate);
    }
    builder
        .build()
        .map(NativeTlsConnector::from)
        .map_err(|e| Message::new("publish-tls-cannot-start").arg("error", e))
}

/// The server's own words, when it answered.
fn answer(e: &FtpError) -> String {
    match e {
        FtpError::UnexpectedResponse(r) => Message::new("publish-server-answered")
            .arg("code", r.status.code())
            .arg("answer", r.as_string().unwrap_or_default())
            .text(),
        other => other.to_string(),
    }
}

fn failure(e: FtpError) -> Failure {
    Failure {
        // A busy server (421, 450, 451) may take the file a moment later.
        transient: matches!(&e, FtpError::UnexpectedResponse(r) if matches!(r.status.code(), 421 | 450 | 451)),
        message: answer(&e),
    }
}

fn is_missing(e: &FtpError) -> bool {
    matches!(e, FtpError::UnexpectedResponse(r) if r.status == Status::FileUnavailable)
}

impl Ftp {
    fn at(&self, path: &str) -> std::result::Result<String, Failure> {
        Ok(inside(Path::new(&self.root), path)?
            .to_string_lossy()
            .into_owned())
    }

    /// Makes the folders above `file`, each once.
    fn make_folders(&mut self, file: &str) {
        for dir in missing_folders(Path::new(file), &self.made) {
            // An error here means the folder is there already, or the put says why.
            let _ = self.ftp.mkdir(dir.to_string_lossy());
            self.made.insert(dir);
        }
    }

    /// The files and folders of one folder, by MLSD where the server has it, else LIST.
    fn entries(&mut self, dir: &str) -> std::result::Result<Vec<File>, FtpError> {
        match self.ftp.mlsd(Some(dir)) {
            Ok(lines) => Ok(lines
                .iter()
                .filter_map(|l| ListParser::parse_mlsd(l).ok())
                .collect()),
            Err(FtpError::UnexpectedResponse(r)) if r.status == Status::FileUnavailable => {
                Ok(Vec::new())
            }
            Err(_) => Ok(self
                .ftp
                .list(Some(dir))?
                .iter()
                .filter_map(|l| {
                    ListParser::parse_posix(l)
                        .or_else(|_| ListParser::parse_dos(l))
                        .ok()
                })
                .collect()),
        }
    }
}

impl Target for Ftp {
    fn describe(&self) -> String {
        self.described.clone()
    }

    fn read(&mut self, path: &str, limit: u64) -> std::result::Result<Option<Vec<u8>>, Failure> {
        let file = self.at(path)?;
        let mut read = None;
        let answer = self.ftp.retr(&file, |reader| {
            read = Some(read_limited(reader, path, limit));
            Ok(())
        });
        if let Some(Err(failure)) = read {
            return Err(failure);
        }
        match answer.map(|()| read.and_then(Result::ok).unwrap_or_default()) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if is_missing(&e) => Ok(None),
            Err(e) => Err(failure(e)),
        }
    }

    fn put(&mut self, path: &str, bytes: &[u8]) -> std::result::Result<(), Failure> {
        let file = self.at(path)?;
        self.make_folders(&file);
        let (folder, name) = file.rsplit_once('/').unwrap_or(("", &file));
        let temporary = format!("{folder}/.{name}.vigie-part");
        self.ftp
            .put_file(&temporary, &mut &bytes[..])
            .map_err(failure)?;
        if self.ftp.rename(&temporary, &file).is_err() {
            // Some servers do not rename over a file: it goes first.
            let _ = self.ftp.rm(&file);
            self.ftp.rename(&temporary, &file).map_err(failure)?;
        }
        Ok(())
    }

    fn remove(&mut self, path: &str) -> std::result::Result<(), Failure> {
        let file = self.at(path)?;
        match self.ftp.rm(&file) {
            Ok(()) => {}
            Err(e) if is_missing(&e) => {}
            Err(e) => return Err(failure(e)),
        }
        let mut folder = Path::new(&file).parent();
        while let Some(dir) = folder.filter(|d| *d != Path::new(&self.root)) {
            if self.ftp.rmdir(dir.to_string_lossy()).is_err() {
                break;
            }
            self.made.remove(dir);
            folder = dir.parent();
        }
        Ok(())
    }

    fn list(&mut self) -> std::result::Result<Vec<String>, Failure> {
        let mut files = Vec::new();
        let mut folders = vec![String::new()];
        while let Some(rel) = folders.pop() {
            let dir = match rel.as_str() {
                "" => self.root.clone(),
                rel => self.at(rel)?,
            };
            for entry in self.entries(&dir).map_err(failure)? {
                let name = entry.name();
                if name == "." || name == ".." {
                    continue;
                }
                let path = match rel.as_str() {
                    "" => name.to_string(),
                    rel => format!("{rel}/{name}"),
                };
                if entry.is_directory() {
                    folders.push(path);
                } else if entry.is_file() {
                    files.push(path);
                }
            }
        }
        Ok(files)
    }
}
