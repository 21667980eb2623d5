//! The workbench: write, review and preview capsules in the browser, served by `vigie serve`
//! beside the preview, under `/__vigie/edit/` (its screens) and `/__vigie/api/` (the JSON API
//! they use, documented in `docs/workbench.md`).
//!
//! This server writes files, so every request proves it comes from the webmaster: the token
//! printed at start (random at each start), given once in the address and exchanged for an
//! HttpOnly, SameSite=Strict cookie, or sent as `Authorization: Bearer`. The preview has
//! already refused a foreign `Host` (DNS rebinding); a write must also come from this origin
//! (`Origin`), so that no other page the browser has open can post to it. No CORS headers are
//! ever sent. Every path is confined to `content/`.
//!
//! - `api`: the endpoints; `source`: a capsule's files as JSON, and saves edited in place;
//!   `save`: atomic writes and the history of saves; `media`: uploads; `screens`: the
//!   server-rendered pages, with their script and style compiled in; `publish`: the Publish
//!   screen, `vigie publish` with its summary shown before anything is sent; `library`: the
//!   Library screen, capsules other sites offer, adopted from there.

mod api;
mod library;
mod media;
mod publish;
mod save;
mod screens;
pub mod source;

use crate::messages::Message;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tiny_http::{Header, Method, Request, Response};

use crate::error::{Error, Result};
use crate::site::{LoadOptions, Site};
use source::{Place, What};

/// Where the workbench lives.
pub const EDIT: &str = "/__vigie/edit/";
const API: &str = "/__vigie/api/";
const COOKIE: &str = "vigie_workbench";
/// The largest request body taken: an upload of 40 MB with its multipart framing.
pub(crate) const MAX_BODY: u64 = 41 * 1024 * 1024;

/// Whether `path` is the workbench's, not the preview's.
pub fn owns(path: &str) -> bool {
    path.starts_with("/__vigie/edit") || path.starts_with(API)
}

pub struct Workbench {
    token: String,
    root: PathBuf,
    load: LoadOptions,
    /// The site as last loaded by the workbench itself when the preview's build failed, with
    /// the capsule folders that did not load.
    fallback: Mutex<Option<Fallback>>,
    /// Saves one at a time: the version check and the write are one step.
    saving: Mutex<()>,
    overview: Mutex<Option<(usize, Arc<api::Overview>)>>,
    /// Publishes one at a time: they share the build folder and the target.
    publishing: Mutex<()>,
    /// The offers of the site's libraries, read for the Library screen.
    shelf: library::Shelf,
}

struct Fallback {
    version: u64,
    site: Arc<Site>,
    broken: Vec<(String, String)>,
}

/// One request, read: what the endpoints work from.
pub struct Call {
    pub method: Method,
    pub path: String,
    pub query: String,
    pub body: Vec<u8>,
    headers: Vec<Header>,
}

impl Call {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|h| h.field.as_str().as_str().eq_ignore_ascii_case(name))
            .map(|h| h.value.as_str())
    }

    pub fn param(&self, name: &str) -> Option<String> {
        url::form_urlencoded::parse(self.query.as_bytes())
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
    }

    fn cookie(&self, name: &str) -> Option<&str> {
        self.header("Cookie")?.split(';').find_map(|c| {
            let (k, v) = c.trim().split_once('=')?;
            (k == name).then_some(v)
        })
    }
}

/// What an endpoint answers.
pub struct Answer {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    pub headers: Vec<(&'static str, String)>,
}

impl Answer {
    pub fn json(status: u16, value: &serde_json::Value) -> Answer {
        Answer {
            status,
            content_type: "application/json",
            body: value.to_string().into_bytes(),
            headers: Vec::new(),
        }
    }

    /// A refusal, as `{"error": …}`: a catalogue message is said in the request's language.
    pub fn error(status: u16, message: impl std::fmt::Display) -> Answer {
        Answer::json(status, &serde_json::json!({ "error": message.to_string() }))
    }

    pub fn html(status: u16, page: String) -> Answer {
        Answer {
            status,
            content_type: "text/html; charset=utf-8",
            body: page.into_bytes(),
            headers: Vec::new(),
        }
    }

    pub fn bytes(content_type: &'static str, body: Vec<u8>) -> Answer {
        Answer {
            status: 200,
            content_type,
            body,
            headers: Vec::new(),
        }
    }

    pub fn redirect(to: &str) -> Answer {
        Answer {
            status: 303,
            content_type: "text/plain; charset=utf-8",
            body: Vec::new(),
            headers: vec![("Location", to.to_string())],
        }
    }

    pub fn with(mut self, name: &'static str, value: String) -> Answer {
        self.headers.push((name, value));
        self
    }
}

impl Workbench {
    pub fn new(load: LoadOptions) -> Result<Workbench> {
        let mut bytes = [0u8; 24];
        getrandom::fill(&mut bytes).map_err(|e| {
            Error::Usage(
                crate::messages::Message::new("workbench-token")
                    .arg("error", e)
                    .text(),
            )
        })?;
        Ok(Workbench {
            token: bytes.iter().map(|b| format!("{b:02x}")).collect(),
            root: load.root.clone(),
            load,
            fallback: Mutex::new(None),
            saving: Mutex::new(()),
            overview: Mutex::new(None),
            publishing: Mutex::new(()),
            shelf: library::Shelf::default(),
        })
    }

    /// The address that opens the workbench, with its token.
    pub fn address(&self, preview: &str) -> String {
        format!(
            "{}{EDIT}?token={}",
            preview.trim_end_matches('/'),
            self.token
        )
    }

    /// Answers one workbench request; `site` is the preview's last good build (none after an
    /// error, when the workbench loads what it can itself), `version` its build number.
    pub fn answer(&self, mut request: Request, site: Option<Arc<Site>>, version: u64) {
        let url = request.url().to_string();
        let (path, query) = url.split_once('?').unwrap_or((&url, ""));
        let mut call = Call {
            method: request.method().clone(),
            path: path.to_string(),
            query: query.to_string(),
            body: Vec::new(),
            headers: request.headers().to_vec(),
        };
        // The token and the origin are checked on the headers alone: a stranger's body is never
        // read.
        let answer = match self.refusal(&call) {
            Some(refusal) => refusal,
            None => match read_body(&mut request) {
                Ok(body) => {
                    call.body = body;
                    self.route(&call, site, version)
                }
                Err(answer) => answer,
            },
        };
        let mut response = Response::from_data(answer.body).with_status_code(answer.status);
        let fixed = [
            ("Content-Type", answer.content_type.to_string()),
            ("Cache-Control", "no-store".to_string()),
            ("X-Content-Type-Options", "nosniff".to_string()),
            ("Referrer-Policy", "same-origin".to_string()),
            ("X-Frame-Options", "SAMEORIGIN".to_string()),
        ];
        for (name, value) in fixed.into_iter().chain(answer.headers) {
            if let Ok(h) = Header::from_bytes(name.as_bytes(), value.as_bytes()) {
                response.add_header(h);
            }
        }
        let _ = request.respond(response);
    }

    /// The answer to a request that goes no further than its headers: the token exchanged for
    /// the cookie, or a refusal for want of the token or of this server's origin.
    fn refusal(&self, call: &Call) -> Option<Answer> {
        if call.path.starts_with(EDIT) && call.param("token").is_some() {
            return Some(self.exchange_token(call));
        }
        if !self.is_authorised(call) {
            return Some(if call.path.starts_with(API) {
                Answer::error(401, Message::new("workbench-open-with-address"))
            } else {
                Answer::html(401, screens::locked(call))
            });
        }
        if call.method != Method::Get && call.method != Method::Head && !self.same_origin(call) {
            return Some(Answer::error(403, Message::new("workbench-other-site")));
        }
        None
    }

    fn route(&self, call: &Call, site: Option<Arc<Site>>, version: u64) -> Answer {
        let site = match self.site(site, version) {
            Ok(site) => site,
            Err(e) => return Answer::html(500, screens::broken(call, &e.to_string())),
        };
        // Everything this request says, it says in the interface language its user picked
        // (else the site's), whatever the language of the run.
        let ui = screens::interface(call, Some(&site));
        let lang = crate::messages::Lang::from_code(&ui).unwrap_or(crate::messages::Lang::En);
        crate::messages::speaking(lang, || match call.path.strip_prefix(API) {
            Some(rest) => api::route(self, call, &site, rest),
            None => screens::route(self, call, &site),
        })
    }

    /// `?token=` in the address: the cookie is set, and the token leaves the address bar
    /// (and the history).
    fn exchange_token(&self, call: &Call) -> Answer {
        match call.param("token") {
            Some(token) if same(&token, &self.token) => Answer::redirect(EDIT).with(
                "Set-Cookie",
                format!(
                    "{COOKIE}={}; HttpOnly; SameSite=Strict; Path=/__vigie/",
                    self.token
                ),
            ),
            _ => Answer::html(401, screens::locked(call)),
        }
    }

    fn is_authorised(&self, call: &Call) -> bool {
        let bearer = call
            .header("Authorization")
            .and_then(|a| a.strip_prefix("Bearer "));
        bearer
            .or_else(|| call.cookie(COOKIE))
            .is_some_and(|t| same(t.trim(), &self.token))
    }

    /// A write carries the `Origin` of this server (pages are served with `Referrer-Policy:
    /// same-origin`: under `no-referrer`, a browser sends `Origin: null` with a form); a request with the bearer token and no
    /// `Origin` is a script of the webmaster's, not a browser page.
    fn same_origin(&self, call: &Call) -> bool {
        match (call.header("Origin"), call.header("Host")) {
            (Some(origin), Some(host)) => origin == format!("http://{host}"),
            (None, _) => call
                .header("Authorization")
                .is_some_and(|a| a.starts_with("Bearer ")),
            _ => false,
        }
    }

    /// The site to work on: the preview's, or (after a failed build) what loads, kept until
    /// the next build.
    fn site(&self, preview: Option<Arc<Site>>, version: u64) -> Result<Arc<Site>> {
        if let Some(site) = preview {
            return Ok(site);
        }
        let mut fallback = self.fallback.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(f) = fallback.as_ref() {
            if f.version == version {
                return Ok(Arc::clone(&f.site));
            }
        }
        let (site, errors) = Site::load_all(&self.load)?;
        let site = Arc::new(site);
        *fallback = Some(Fallback {
            version,
            site: Arc::clone(&site),
            broken: api::broken_bundles(&errors),
        });
        Ok(site)
    }

    /// The capsule folders that do not load, each with its first error: none when `site` is the
    /// preview's (its build loaded everything), those of the workbench's own load otherwise.
    pub fn broken(&self, site: &Arc<Site>) -> Vec<(String, String)> {
        let fallback = self.fallback.lock().unwrap_or_else(|e| e.into_inner());
        match fallback.as_ref() {
            Some(f) if Arc::ptr_eq(&f.site, site) => f.broken.clone(),
            _ => Vec::new(),
        }
    }

    /// The bundle folder of `slug` under `content/capsules/`; none for a slug that is not one
    /// (a `..`, a slash, a folder that does not exist).
    pub fn bundle(&self, slug: &str) -> Option<PathBuf> {
        if slug.is_empty() || crate::content::slug::slugify(slug) != slug {
            return None;
        }
        let capsules = self.root.join("content").join("capsules");
        std::fs::read_dir(&capsules)
            .ok()?
            .flatten()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
            .find(|e| crate::content::slug::slugify(&e.file_name().to_string_lossy()) == slug)
            .map(|e| e.path())
    }

    /// The capsule or page `slug`; none for a slug that is not one.
    pub fn place(&self, what: What, slug: &str) -> Option<Place> {
        match what {
            What::Capsule => self.bundle(slug).map(Place::capsule),
            What::Page => {
                if slug.is_empty() || crate::content::slug::slugify(slug) != slug {
                    return None;
                }
                let pages = self.root.join("content").join("pages");
                std::fs::read_dir(pages)
                    .ok()?
                    .flatten()
                    .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                    .find_map(|e| {
                        let name = e.file_name().to_string_lossy().into_owned();
                        let stem = name.strip_suffix(".md")?;
                        let stem = stem.split_once('.').map_or(stem, |(s, _)| s);
                        (crate::content::slug::slugify(stem) == slug)
                            .then(|| Place::page(&self.root, slug, stem))
                    })
            }
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }
}

/// How long a request's body may take to arrive, in all: 40 MB over the slowest Wi-Fi a
/// webmaster would use, and the bound on how long a stalled upload holds its thread.
const BODY_DEADLINE: Duration = Duration::from_secs(120);

/// The body of an authorised request, read until the deadline; a refusal past it, past the
/// size an upload may be, or when the connection breaks.
fn read_body(request: &mut Request) -> std::result::Result<Vec<u8>, Answer> {
    let mut body = Vec::new();
    let reader = Deadline {
        inner: request.as_reader(),
        until: Instant::now() + BODY_DEADLINE,
    };
    match reader.take(MAX_BODY + 1).read_to_end(&mut body) {
        Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {
            Err(Answer::error(408, Message::new("workbench-too-slow")))
        }
        Err(_) => Err(Answer::error(
            400,
            Message::new("workbench-unreadable-request"),
        )),
        Ok(_) if body.len() as u64 > MAX_BODY => {
            Err(Answer::error(413, Message::new("workbench-too-large")))
        }
        Ok(_) => Ok(body),
    }
}

/// A reader that fails once its time is up, checked before each read: a client that trickles
/// a byte at a time still ends.
struct Deadline<R> {
    inner: R,
    until: Instant,
}

impl<R: Read> Read for Deadline<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if Instant::now() > self.until {
            return Err(std::io::ErrorKind::TimedOut.into());
        }
        self.inner.read(buf)
    }
}

/// Compares two tokens in a time that does not depend on where they differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}
