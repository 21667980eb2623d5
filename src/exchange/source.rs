//! Where another site's offer is read from: its address on the web, its `exchange.json`, or
//! its built folder. What comes from there is untrusted: read within limits of size and time,
//! and pictures only from the offering site itself, never from outside the folder.

use std::io::Read;
use std::path::{Component, Path, PathBuf};
use std::time::Duration;

use super::{Offer, FILE_NAME, FORMAT, VERSION};
use crate::error::{Diagnostic, Error, Result, SourceFile};
use crate::messages::Message;

/// No offer is larger: a thousand capsules in four languages are about 10 MB.
pub const OFFER_LIMIT: u64 = 32 * 1024 * 1024;
/// No picture is larger: the offering site publishes at most 1600-pixel JPEGs.
pub const PICTURE_LIMIT: u64 = 20 * 1024 * 1024;
/// How long one request may take, answer included.
const TIMEOUT: Duration = Duration::from_secs(30);
/// Redirects followed: a site moved to HTTPS or to a new name, not a chain.
const REDIRECTS: u32 = 3;

/// An offer, with where it came from.
pub struct Source {
    /// How the webmaster named it, for messages.
    pub label: String,
    place: Place,
    pub offer: Offer,
}

enum Place {
    Web(ureq::Agent),
    /// The folder the offer's addresses are read in: the built site's.
    Folder(PathBuf),
}

impl Source {
    /// Reads the offer at `given`: an address (`https://…`, whose `exchange.json` is read), an
    /// `exchange.json` file, or a built site's folder.
    pub fn open(given: &str) -> Result<Source> {
        let (place, label, bytes) = if given.starts_with("https://") || given.starts_with("http://")
        {
            let address = if given.ends_with(".json") {
                given.to_string()
            } else {
                format!("{}/{FILE_NAME}", given.trim_end_matches('/'))
            };
            let agent = agent(&address)?;
            let bytes = get(&agent, &address, OFFER_LIMIT)?;
            (Place::Web(agent), address, bytes)
        } else {
            let path = PathBuf::from(given);
            let file = if path.is_dir() {
                path.join(FILE_NAME)
            } else {
                path.clone()
            };
            let bytes = read_file(&file, OFFER_LIMIT)?;
            let folder = file
                .parent()
                .map(Path::to_path_buf)
                .unwrap_or_else(|| PathBuf::from("."));
            (Place::Folder(folder), file.display().to_string(), bytes)
        };
        let offer = parse(&label, &bytes)?;
        Ok(Source {
            label,
            place,
            offer,
        })
    }

    /// The bytes of a picture the offer names: on the offering site only (its address below
    /// the site's own), fetched from the web, or read inside the folder without following a
    /// link out of it.
    pub fn picture(&self, url: &str) -> std::result::Result<Vec<u8>, String> {
        let site = &self.offer.site.url;
        let Some(path) = url.strip_prefix(site.as_str()) else {
            return Err(Message::new("exchange-not-on-site")
                .arg("url", url)
                .arg("site", site)
                .text());
        };
        let parts: Vec<&str> = path.split('/').collect();
        let safe = |p: &&str| {
            !p.is_empty()
                && !p.contains(['\\', ':', '?', '#', '%'])
                && matches!(Path::new(p).components().next(), Some(Component::Normal(_)))
                && Path::new(p).components().count() == 1
        };
        if !parts.iter().all(safe) {
            return Err(Message::new("exchange-not-plain").arg("url", url).text());
        }
        match &self.place {
            Place::Web(agent) => get(agent, url, PICTURE_LIMIT).map_err(|e| e.to_string()),
            Place::Folder(folder) => {
                let mut file = folder.clone();
                for part in &parts {
                    file.push(part);
                    // A link could lead anywhere on this computer: none is followed.
                    let meta = std::fs::symlink_metadata(&file)
                        .map_err(|e| format!("{}: {e}", file.display()))?;
                    if meta.file_type().is_symlink() {
                        return Err(Message::new("exchange-picture-link")
                            .arg("file", file.display())
                            .text());
                    }
                }
                read_file(&file, PICTURE_LIMIT).map_err(|e| e.to_string())
            }
        }
    }
}

/// An HTTP client for `address`: HTTPS, or plain HTTP to this computer alone (a test, a
/// preview), with a bounded time and few redirects.
fn agent(address: &str) -> Result<ureq::Agent> {
    let loopback = ["http://127.0.0.1", "http://localhost", "http://[::1]"]
        .iter()
        .any(|l| {
            address
                .strip_prefix(l)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', '/']))
        });
    if address.starts_with("http://") && !loopback {
        return Err(Error::Usage(
            Message::new("exchange-https-only")
                .arg("address", address)
                .text(),
        ));
    }
    let tls = ureq::tls::TlsConfig::builder()
        .provider(ureq::tls::TlsProvider::Rustls)
        .root_certs(ureq::tls::RootCerts::PlatformVerifier)
        .build();
    Ok(ureq::Agent::config_builder()
        .timeout_global(Some(TIMEOUT))
        .https_only(!loopback)
        .max_redirects(REDIRECTS)
        .tls_config(tls)
        .build()
        .into())
}

fn get(agent: &ureq::Agent, address: &str, limit: u64) -> Result<Vec<u8>> {
    let failed = |e: String| {
        Error::Usage(
            Message::new("exchange-failed")
                .arg("address", address)
                .arg("problem", e)
                .text(),
        )
    };
    let mut answer = agent.get(address).call().map_err(|e| match e {
        ureq::Error::StatusCode(404) => Error::Usage(
            Message::new("exchange-not-found")
                .arg("address", address)
                .text(),
        ),
        // rustls tells it as an I/O error: its words are the only sign.
        other if other.to_string().contains("certificate") => Error::Usage(
            Message::new("exchange-certificate")
                .arg("address", address)
                .arg("error", other)
                .text(),
        ),
        other => failed(other.to_string()),
    })?;
    answer
        .body_mut()
        .with_config()
        .limit(limit)
        .read_to_vec()
        .map_err(|e| match e {
            ureq::Error::BodyExceedsLimit(_) => too_large(address, limit),
            other => failed(other.to_string()),
        })
}

fn read_file(file: &Path, limit: u64) -> Result<Vec<u8>> {
    let opened = std::fs::File::open(file).map_err(|e| Error::io(file, e))?;
    let mut bytes = Vec::new();
    opened
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(file, e))?;
    if bytes.len() as u64 > limit {
        return Err(too_large(&file.display().to_string(), limit));
    }
    Ok(bytes)
}

fn too_large(what: &str, limit: u64) -> Error {
    Error::Usage(
        Message::new("exchange-too-large")
            .arg("what", what)
            .arg("megabytes", limit / 1024 / 1024)
            .text(),
    )
}

/// The offer in `bytes`; what is wrong named with its line and column.
fn parse(label: &str, bytes: &[u8]) -> Result<Offer> {
    let text = String::from_utf8_lossy(bytes);
    let file = SourceFile::new(label, text.as_ref());
    let at = |line: usize, column: usize| {
        let start: usize = text
            .split_inclusive('\n')
            .take(line.saturating_sub(1))
            .map(str::len)
            .sum::<usize>()
            + column.saturating_sub(1);
        // serde_json counts bytes: step back to the character the column falls in.
        let mut start = start.min(text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        start..start
    };
    // Its kind first, so that a stray JSON file is named as such rather than by its first
    // missing field.
    #[derive(serde::Deserialize)]
    struct Header {
        format: Option<String>,
        version: Option<serde_json::Value>,
    }
    let not_an_offer = || {
        Error::Content(vec![Diagnostic::said_in(
            label,
            Message::new("exchange-not-an-offer"),
        )])
    };
    let header: Header = serde_json::from_slice(bytes).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => not_an_offer(),
        _ => Error::Content(vec![file.said(
            at(e.line(), e.column()),
            Message::new("exchange-broken-json").arg("problem", e),
        )]),
    })?;
    if header.format.as_deref() != Some(FORMAT) {
        return Err(not_an_offer());
    }
    if header.version != Some(serde_json::Value::from(VERSION)) {
        return Err(Error::Content(vec![Diagnostic::said_in(
            label,
            Message::new("exchange-version")
                .arg(
                    "version",
                    header.version.map_or("—".into(), |v| v.to_string()),
                )
                .arg("reads", VERSION),
        )]));
    }
    serde_json::from_slice(bytes).map_err(|e| {
        Error::Content(vec![file.said(
            at(e.line(), e.column()),
            Message::new("exchange-not-format").arg("problem", e),
        )])
    })
}
