//! `vigie serve`: a preview of the site, with drafts and scheduled capsules marked "not
//! published", served on loopback; each save rebuilds what it touches and reloads the open
//! pages.
//!
//! - The preview is written to `.vigie-cache/preview/` and served from there, only files under
//!   it (no `..`, no symbolic link leading out), with the site's own 404 page.
//! - A save inside one capsule's bundle reloads that bundle alone and rewrites its pages, the
//!   list pages whose capsules changed, and the feeds, digest and sitemap; any other save
//!   (site.toml, a page, a template, the theme, a static file) rebuilds everything.
//! - Leaflets are typeset when the browser asks for one, and again on a thread of their own
//!   after their capsule is saved, so that PDF work never delays a reload; a booklet is made
//!   when it is asked for, and dropped when a capsule changes.
//! - Pages get a small script, in the preview only, that waits on `/__vigie/events` (Server-Sent
//!   Events, one event per connection) and reloads the page when a build ends.
//! - A failed build leaves the server running: every page shows the errors until a save
//!   fixes them.

use std::net::IpAddr;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use indicatif::ProgressBar;
use notify::{RecursiveMode, Watcher};
use tiny_http::{Header, Request, Response, Server};

use crate::content::slug::slugify;
use crate::error::{Error, Result};
use crate::messages::Message;
use crate::output::{self, html, OutputDir, RenderContext, Renderer, Touched};
use crate::site::{LoadOptions, Moment, Site};
use crate::workbench::{self, Workbench};

/// The address the preview's script waits on for the end of a build.
const EVENTS: &str = "/__vigie/events";
/// Saves closer together than this are one change: editors write a file in several steps.
const SETTLE: Duration = Duration::from_millis(30);
/// How long an events connection is held before it is answered with nothing new.
const HOLD: Duration = Duration::from_secs(25);
const HTTP_THREADS: usize = 4;
/// Pages waiting for a reload at once; more (a runaway tab, an attack) are told to retry.
const MAX_WAITING: usize = 64;

pub struct ServeOptions {
    pub root: PathBuf,
    pub now: Moment,
    pub bind: IpAddr,
    /// 0 picks a free port.
    pub port: u16,
    /// When `port` is taken (another site already open, say), take any free one instead of
    /// failing: a double-clicked Vigie has nobody to read an error and choose a port.
    pub or_any_port: bool,
}

/// What the watcher tells the HTTP threads: which build the files on disk are, and the
/// errors of the last build if it failed.
struct Preview {
    state: Mutex<Built>,
    changed: Condvar,
    folder: PathBuf,
    /// The site of the last successful build, for leaflets asked for; none after an error.
    site: Mutex<Option<Arc<Site>>>,
    /// Held while leaflets are typeset, so that two typesettings never write the same file.
    typesetting: Mutex<()>,
    /// The reload-event requests held until a build ends, all answered by one thread.
    waiting: Mutex<Vec<Waiting>>,
    /// The `Host` values this server answers to, against DNS rebinding.
    hosts: Hosts,
    workbench: Workbench,
}

/// A page waiting to hear of the next build.
struct Waiting {
    since: u64,
    until: Instant,
    request: Request,
}

/// The `Host` headers the preview answers: `localhost`, `127.0.0.1` and the bound address,
/// each with the port. A page on another site that a rebinding DNS points at 127.0.0.1 sends
/// its own host name, and is refused. When bound to every interface (`--bind 0.0.0.0`), any
/// IP address is accepted too, since others reach it by one, and no name can be rebound to
/// an address.
struct Hosts {
    port: u16,
    bound: IpAddr,
}

impl Hosts {
    fn allows(&self, host: Option<&str>) -> bool {
        let Some(host) = host else {
            return false;
        };
        let Some((name, port)) = host.rsplit_once(':') else {
            return false;
        };
        if port.parse::<u16>().ok() != Some(self.port) {
            return false;
        }
        let address = name
            .strip_prefix('[')
            .and_then(|n| n.strip_suffix(']'))
            .unwrap_or(name)
            .parse::<IpAddr>();
        match address {
            Ok(ip) => {
                ip == self.bound
                    || ip == IpAddr::from([127, 0, 0, 1])
                    || (self.bound.is_unspecified() && !ip.is_unspecified())
            }
            Err(_) => name.eq_ignore_ascii_case("localhost"),
        }
    }
}

#[derive(Default)]
struct Built {
    version: u64,
    error: Option<String>,
}

impl Preview {
    fn finished(&self, error: Option<String>) {
        let mut built = self.state.lock().unwrap_or_else(|e| e.into_inner());
        built.version += 1;
        built.error = error;
        self.changed.notify_all();
    }

    fn site(&self) -> Option<Arc<Site>> {
        self.site.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    fn set_site(&self, site: Option<Arc<Site>>) {
        *self.site.lock().unwrap_or_else(|e| e.into_inner()) = site;
    }

    /// Typesets what a missing PDF needs: a capsule's leaflets, or every leaflet and the
    /// booklets for a booklet.
    fn typeset(&self, path: &str) -> Result<()> {
        let Some(site) = self.site() else {
            return Ok(());
        };
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let touched = match parts.as_slice() {
            [_, "capsules", slug, "leaflet.pdf"] => Some(Touched {
                slug: (*slug).to_string(),
                list_pages: Default::default(),
            }),
            [_, "booklet.pdf"] => None,
            _ => return Ok(()),
        };
        self.leaflets(&site, touched.as_ref())
    }

    /// Typesets the leaflets `touched` names (all, and the booklets, for none), one
    /// typesetting at a time so that two never write the same file.
    fn leaflets(&self, site: &Site, touched: Option<&Touched>) -> Result<()> {
        let _one_at_a_time = self.typesetting.lock().unwrap_or_else(|e| e.into_inner());
        let leaflets: Vec<Box<dyn Renderer>> = vec![
            Box::new(output::leaflets::Leaflets),
            Box::new(output::leaflets::Booklets),
        ];
        write_outputs(site, &self.folder, touched, leaflets)
    }

    fn current(&self) -> (u64, Option<String>) {
        let built = self.state.lock().unwrap_or_else(|e| e.into_inner());
        (built.version, built.error.clone())
    }

    /// Holds a reload-event request until a build newer than `since` ends, or `HOLD` passes;
    /// beyond `MAX_WAITING` held requests, answers at once so that the page asks again later.
    fn wait(&self, since: u64, request: Request) {
        if self.current().0 > since {
            respond_event(request, "retry: 250\ndata: reload\n\n");
            return;
        }
        let mut waiting = self.waiting.lock().unwrap_or_else(|e| e.into_inner());
        if waiting.len() >= MAX_WAITING {
            drop(waiting);
            respond_event(request, "retry: 5000\n: busy\n\n");
            return;
        }
        waiting.push(Waiting {
            since,
            until: Instant::now() + HOLD,
            request,
        });
    }

    /// The one thread that answers held reload-event requests, when a build ends or their
    /// time is up.
    fn answer_waiting(&self) {
        loop {
            let version = {
                let built = self.state.lock().unwrap_or_else(|e| e.into_inner());
                let (built, _) = self
                    .changed
                    .wait_timeout(built, Duration::from_secs(1))
                    .unwrap_or_else(|e| e.into_inner());
                built.version
            };
            let now = Instant::now();
            let due: Vec<Waiting> = {
                let mut waiting = self.waiting.lock().unwrap_or_else(|e| e.into_inner());
                let (due, rest) = std::mem::take(&mut *waiting)
                    .into_iter()
                    .partition(|w| w.since < version || w.until <= now);
                *waiting = rest;
                due
            };
            for w in due {
                let body = if w.since < version {
                    "retry: 250\ndata: reload\n\n"
                } else {
                    "retry: 250\n: nothing new\n\n"
                };
                respond_event(w.request, body);
            }
        }
    }
}

fn respond_event(request: Request, body: &str) {
    let _ = request.respond(
        Response::from_string(body)
            .with_header(header("Content-Type", "text/event-stream"))
            .with_header(header("Cache-Control", "no-store")),
    );
}

/// Serves the preview and the workbench until the process is stopped. `announce` gets their
/// addresses once the first build has ended (with or without errors).
pub fn serve(options: ServeOptions, announce: impl FnOnce(&str, &str)) -> Result<()> {
    let server = Server::http((options.bind, options.port))
        .or_else(|e| match options.or_any_port {
            true => Server::http((options.bind, 0)),
            false => Err(e),
        })
        .map_err(|e| {
            Error::Usage(
                Message::new("serve-cannot-listen")
                    .arg("address", format!("{}:{}", options.bind, options.port))
                    .arg("error", e)
                    .text(),
            )
        })?;
    let port = server
        .server_addr()
        .to_ip()
        .map_or(options.port, |a| a.port());
    let host = if options.bind.is_unspecified() {
        "127.0.0.1".to_string()
    } else if options.bind.is_ipv6() {
        format!("[{}]", options.bind)
    } else {
        options.bind.to_string()
    };
    let address = format!("http://{host}:{port}/");
    let root = std::path::absolute(&options.root).map_err(|e| Error::io(&options.root, e))?;
    let folder = root.join(".vigie-cache").join("preview");
    std::fs::create_dir_all(&folder).map_err(|e| Error::io(&folder, e))?;
    let folder = folder.canonicalize().map_err(|e| Error::io(&folder, e))?;
    let load = LoadOptions {
        root: root.clone(),
        now: options.now,
        drafts: true,
        base_url: Some(address.trim_end_matches('/').to_string()),
        offline: false,
        leaflets: true,
    };
    let workbench = Workbench::new(load.clone())?;
    let preview = Arc::new(Preview {
        state: Mutex::new(Built::default()),
        changed: Condvar::new(),
        folder: folder.clone(),
        site: Mutex::new(None),
        typesetting: Mutex::new(()),
        waiting: Mutex::new(Vec::new()),
        hosts: Hosts {
            port,
            bound: options.bind,
        },
        workbench,
    });
    let mut builder = Builder {
        load,
        folder: folder.clone(),
        site: None,
        preview: Arc::clone(&preview),
    };
    builder.full();

    let server = Arc::new(server);
    for n in 0..HTTP_THREADS {
        let server = Arc::clone(&server);
        let preview = Arc::clone(&preview);
        let folder = folder.clone();
        thread(&format!("http-{n}"), move || {
            while let Ok(request) = server.recv() {
                if declares_too_much(&request) {
                    abandon(request);
                } else if has_unread_body(&request) {
                    let (folder, preview) = (folder.clone(), Arc::clone(&preview));
                    // Out of threads, the request is dropped, which answers it with a 500.
                    let _ = thread("request-body", move || answer(request, &folder, &preview));
                } else {
                    answer(request, &folder, &preview);
                }
            }
        })?;
    }
    let waiter = Arc::clone(&preview);
    thread("reload-events", move || waiter.answer_waiting())?;
    announce(&address, &preview.workbench.address(&address));

    let (tx, rx) = channel();
    let mut watcher = notify::recommended_watcher(tx).map_err(watch_error)?;
    watcher
        .watch(&root.join("site.toml"), RecursiveMode::NonRecursive)
        .map_err(watch_error)?;
    for dir in ["content", "templates", "themes", "static"] {
        let dir = root.join(dir);
        if dir.is_dir() {
            watcher
                .watch(&dir, RecursiveMode::Recursive)
                .map_err(watch_error)?;
        }
    }
    while let Some(paths) = next_change(&rx) {
        builder.changed(&paths);
    }
    Ok(())
}

/// Whether tiny_http has left the body of this request unread (it reads bodies up to 1 KB
/// before handing the request over). Reading such a body, or dropping the request unread
/// (tiny_http then drains it), waits on the client; a slow client must not hold one of the few
/// threads that answer everyone, so such a request is answered on a thread of its own.
fn has_unread_body(request: &Request) -> bool {
    request.body_length().is_some_and(|n| n > 1024)
        || request
            .headers()
            .iter()
            .any(|h| h.field.equiv("Transfer-Encoding"))
}

/// Whether a request declares a body larger than any the preview or the workbench takes.
fn declares_too_much(request: &Request) -> bool {
    request
        .body_length()
        .is_some_and(|n| n as u64 > workbench::MAX_BODY)
}

/// Answers 413 and abandons the connection without dropping the request. tiny_http drains an
/// unread body when its request is dropped, into one buffer of the size the client declared:
/// `Content-Length: 1000000000000000` made the allocation fail and the process abort. The
/// abandoned connection keeps its socket and one of tiny_http's threads: a cost only a hostile
/// client pays for, and far less than the preview gone.
fn abandon(request: Request) {
    let response = Response::from_string("This request is larger than the preview takes.\n")
        .with_status_code(413)
        .with_header(header("Content-Type", "text/plain; charset=utf-8"));
    std::mem::forget(request.upgrade("close", response));
}

/// Starts a named thread; a machine out of threads gets an error, not a panic.
fn thread(name: &str, work: impl FnOnce() + Send + 'static) -> Result<()> {
    std::thread::Builder::new()
        .name(name.to_string())
        .spawn(work)
        .map(|_| ())
        .map_err(|e| {
            Error::Usage(
                Message::new("thread-impossible")
                    .arg("name", name)
                    .arg("error", e)
                    .text(),
            )
        })
}

fn watch_error(e: notify::Error) -> Error {
    Error::Usage(Message::new("watch-impossible").arg("error", e).text())
}

/// The files of the next change, once saves have settled; none when the watcher is gone.
fn next_change(rx: &Receiver<notify::Result<notify::Event>>) -> Option<Vec<PathBuf>> {
    loop {
        let mut paths = Vec::new();
        let mut event = rx.recv().ok()?;
        loop {
            if let Ok(e) = event {
                if !matches!(e.kind, notify::EventKind::Access(_)) {
                    paths.extend(e.paths.into_iter().filter(|p| !is_editor_file(p)));
                }
            }
            match rx.recv_timeout(SETTLE) {
                Ok(next) => event = next,
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return None,
            }
        }
        if !paths.is_empty() {
            paths.sort();
            paths.dedup();
            return Some(paths);
        }
    }
}

/// Swap, backup and lock files that editors write beside the file being edited.
fn is_editor_file(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name == "4913"
}

/// Rebuilds the preview as files change.
struct Builder {
    load: LoadOptions,
    folder: PathBuf,
    /// The site of the last successful build; none after an error.
    site: Option<Arc<Site>>,
    preview: Arc<Preview>,
}

impl Builder {
    fn changed(&mut self, paths: &[PathBuf]) {
        match self.bundle_of(paths) {
            Some(bundle) if self.site.is_some() => self.capsule(&bundle),
            _ => self.full(),
        }
    }

    /// The one capsule bundle every changed file belongs to, if there is one.
    fn bundle_of(&self, paths: &[PathBuf]) -> Option<PathBuf> {
        let capsules = self.load.root.join("content").join("capsules");
        let mut bundles = paths.iter().map(|p| {
            let rest = p.strip_prefix(&capsules).ok()?;
            match rest.components().next()? {
                Component::Normal(name) => Some(capsules.join(name)),
                _ => None,
            }
        });
        let first = bundles.next()??;
        bundles.all(|b| b.as_ref() == Some(&first)).then_some(first)
    }

    /// Loads and writes the whole site (every output but leaflets, which follow on their own
    /// thread).
    fn full(&mut self) {
        let started = Instant::now();
        let result = Site::load(&self.load).and_then(|site| {
            crate::check::publishable(&site, None)?;
            self.write(&site, None, outputs_before_leaflets())?;
            Ok(site)
        });
        match result {
            Ok(site) => {
                let site = Arc::new(site);
                println!(
                    "{}",
                    Message::new("serve-built")
                        .count("capsules", site.built_capsules().count())
                        .arg("milliseconds", started.elapsed().as_millis())
                        .text()
                );
                self.preview.set_site(Some(Arc::clone(&site)));
                self.preview.finished(None);
                self.site = Some(site);
            }
            Err(e) => self.failed(&e),
        }
    }

    /// Loads the bundle in `dir` again and writes what it touches.
    fn capsule(&mut self, dir: &Path) {
        let Some(old) = self.site.clone() else {
            return self.full();
        };
        let started = Instant::now();
        let name = dir.file_name().unwrap_or_default().to_string_lossy();
        let slug = slugify(&name);
        let result = old.with_capsule_reloaded(dir).and_then(|site| {
            crate::check::publishable(&site, Some(&slug))?;
            let touched = Touched {
                list_pages: html::changed_list_pages(&old, &site, &slug),
                slug: slug.clone(),
            };
            self.write(&site, Some(&touched), outputs_before_leaflets())?;
            Ok((site, touched))
        });
        match result {
            Ok((site, touched)) => {
                let site = Arc::new(site);
                println!(
                    "{}",
                    Message::new("serve-rebuilt")
                        .arg(
                            "folder",
                            dir.strip_prefix(&self.load.root).unwrap_or(dir).display()
                        )
                        .arg("milliseconds", started.elapsed().as_millis())
                        .text()
                );
                self.preview.set_site(Some(Arc::clone(&site)));
                self.preview.finished(None);
                self.leaflets_after(touched);
                self.site = Some(site);
            }
            Err(e) => self.failed(&e),
        }
    }

    fn failed(&mut self, error: &Error) {
        eprintln!("{error}");
        self.site = None;
        self.preview.set_site(None);
        self.preview.finished(Some(error.to_string()));
    }

    /// Runs `outputs` into the preview folder, in place.
    fn write(
        &self,
        site: &Site,
        touched: Option<&Touched>,
        outputs: Vec<Box<dyn Renderer>>,
    ) -> Result<()> {
        write_outputs(site, &self.folder, touched, outputs)
    }

    /// Typesets the leaflets of a capsule just saved, on a thread of their own, if they were
    /// made before; the booklets, now out of date, go until they are asked for again.
    fn leaflets_after(&self, touched: Touched) {
        let preview = Arc::clone(&self.preview);
        let started = thread("leaflets", move || {
            let Some(site) = preview.site() else {
                return;
            };
            for lang in site.languages() {
                let _ = std::fs::remove_file(
                    preview
                        .folder
                        .join(output::leaflets::booklet_path(&site, lang)),
                );
            }
            let made_before = site.languages().iter().any(|lang| {
                let pdf = output::leaflets::leaflet_path(&site, lang, &touched.slug);
                preview.folder.join(pdf).exists()
            });
            if !made_before {
                return;
            }
            if let Err(e) = preview.leaflets(&site, Some(&touched)) {
                eprintln!("{e}");
                preview.finished(Some(e.to_string()));
            }
        });
        // Out of threads: the leaflet is typeset when the browser asks for it.
        if let Err(e) = started {
            eprintln!("{e}");
        }
    }
}

/// Every output of a build but the leaflets and booklets, in the build's order.
fn outputs_before_leaflets() -> Vec<Box<dyn Renderer>> {
    output::all()
        .into_iter()
        .flatten()
        .filter(|o| !matches!(o.name(), "leaflets" | "booklets"))
        .collect()
}

fn write_outputs(
    site: &Site,
    folder: &Path,
    touched: Option<&Touched>,
    outputs: Vec<Box<dyn Renderer>>,
) -> Result<()> {
    let out = OutputDir::in_place(folder.to_path_buf());
    let progress = ProgressBar::hidden();
    let ctx = RenderContext {
        site,
        out: &out,
        progress: &progress,
        touched,
    };
    for renderer in outputs {
        // Files and pages that sum up the site stay as they are when one capsule changed.
        if touched.is_some() && renderer.name() == "files" {
            continue;
        }
        renderer.render(&ctx)?;
    }
    Ok(())
}

/// Answers one request: the reload events, a file of the preview, the errors of a failed
/// build, or the site's 404 page.
fn answer(request: Request, folder: &Path, preview: &Arc<Preview>) {
    let url = request.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    let host = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Host"))
        .map(|h| h.value.as_str().to_string());
    if !preview.hosts.allows(host.as_deref()) {
        let _ = request.respond(
            Response::from_string("This preview answers only to localhost and 127.0.0.1.\n")
                .with_status_code(403)
                .with_header(header("Content-Type", "text/plain; charset=utf-8")),
        );
        return;
    }
    if workbench::owns(path) {
        let version = preview.current().0;
        preview.workbench.answer(request, preview.site(), version);
        return;
    }
    if path == EVENTS {
        let since = query
            .split('&')
            .find_map(|p| p.strip_prefix("since="))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        preview.wait(since, request);
        return;
    }
    let (version, error) = preview.current();
    let mut found = file_for(folder, path);
    if found.is_none() && path.ends_with(".pdf") {
        match preview.typeset(path) {
            Ok(()) => found = file_for(folder, path),
            Err(e) => eprintln!("{e}"),
        }
    }
    let wants_page = found
        .as_ref()
        .is_none_or(|f| f.extension().is_some_and(|e| e == "html"));
    let response = match (error, found) {
        (Some(error), _) if wants_page => page(500, &error_page(&error), version),
        (_, Some(file)) => match std::fs::read(&file) {
            Ok(bytes) if file.extension().is_some_and(|e| e == "html") => {
                page(200, &String::from_utf8_lossy(&bytes), version)
            }
            Ok(bytes) => {
                let mut response = Response::from_data(bytes)
                    .with_header(header("Content-Type", content_type(&file)))
                    .with_header(header("Cache-Control", "no-store"));
                if file
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("svg"))
                {
                    response.add_header(header(
                        "Content-Security-Policy",
                        crate::images::svg::POLICY,
                    ));
                }
                response
            }
            Err(_) => not_found(folder, path, version),
        },
        (_, None) => not_found(folder, path, version),
    };
    let _ = request.respond(response);
}

/// A response header; names and values here are ASCII constants, which tiny_http accepts.
fn header(name: &'static str, value: &'static str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("an ASCII header")
}

/// The file a URL path names inside the preview folder: percent-decoded, a folder giving its
/// `index.html`; none for a path with `..`, or one that a symbolic link leads out of the
/// folder.
pub fn file_for(folder: &Path, path: &str) -> Option<PathBuf> {
    let decoded = percent_encoding::percent_decode_str(path)
        .decode_utf8()
        .ok()?;
    let mut file = folder.to_path_buf();
    for part in decoded.split('/').filter(|p| !p.is_empty()) {
        if part == ".." || part == "." || part.contains('\\') || part.contains('\0') {
            return None;
        }
        file.push(part);
    }
    if file.is_dir() {
        file.push("index.html");
    }
    let real = file.canonicalize().ok()?;
    (real.starts_with(folder) && real.is_file()).then_some(real)
}

/// The type a file is served with: by the preview, and by a storage that serves what it is given.
pub(crate) fn content_type(file: &Path) -> &'static str {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    match name.rsplit('.').next().unwrap_or_default() {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" if name == "feed.json" => "application/feed+json",
        "json" => "application/json",
        "xml" if name == "atom.xml" => "application/atom+xml",
        "xml" if name == "feed.xml" => "application/rss+xml",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "pdf" => "application/pdf",
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "webp" => "image/webp",
        "svg" => "image/svg+xml",
        "ico" => "image/x-icon",
        "mp4" => "video/mp4",
        "webm" => "video/webm",
        "vtt" => "text/vtt; charset=utf-8",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// An HTML page with the reload script added at its end.
fn page(status: u16, html: &str, version: u64) -> Response<std::io::Cursor<Vec<u8>>> {
    let script = format!(
        "<script>(function(){{var e=new EventSource('{EVENTS}?since={version}');e.onmessage=function(){{e.close();location.reload()}}}})()</script>"
    );
    Response::from_string(format!("{html}{script}"))
        .with_status_code(status)
        .with_header(header("Content-Type", "text/html; charset=utf-8"))
        .with_header(header("Cache-Control", "no-store"))
}

/// The site's 404 page, in the language the address starts with when there is one, as the
/// `.htaccess` has Apache do.
fn not_found(folder: &Path, path: &str, version: u64) -> Response<std::io::Cursor<Vec<u8>>> {
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    let language = (!first.is_empty()
        && first
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-'))
    .then(|| folder.join(first).join("404.html"));
    let html = language
        .into_iter()
        .chain([folder.join("404.html")])
        .find_map(|file| std::fs::read_to_string(file).ok())
        .unwrap_or_else(|| "<!DOCTYPE html><title>404</title><h1>404</h1>".to_string());
    page(404, &html, version)
}

/// The errors of a failed build, as a page: what `vigie build` would print, in the
/// webmaster's language.
fn error_page(error: &str) -> String {
    use crate::messages::word;
    let escape = tera::escape_html;
    format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title></head>\
         <body style=\"font:1rem/1.5 system-ui,sans-serif;margin:2rem;max-width:60rem\">\
         <h1 style=\"color:#b3261e\">{heading}</h1>\
         <p>{fix}</p>\
         <pre style=\"white-space:pre-wrap;background:#f2f4f7;padding:1rem;border-left:4px solid #b3261e\">{error}</pre></body></html>",
        lang = crate::messages::current().code(),
        title = escape(&word("preview-failed-title")),
        heading = escape(&word("preview-failed")),
        fix = escape(&word("preview-failed-fix")),
        error = escape(error),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_files_inside_the_folder_are_served() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("preview");
        std::fs::create_dir_all(folder.join("fr")).unwrap();
        std::fs::write(folder.join("fr/index.html"), "x").unwrap();
        std::fs::write(dir.path().join("secret.txt"), "s").unwrap();
        let folder = folder.canonicalize().unwrap();
        assert!(file_for(&folder, "/fr/").is_some());
        assert!(file_for(&folder, "/fr/index.html").is_some());
        assert!(file_for(&folder, "/../secret.txt").is_none());
        assert!(file_for(&folder, "/%2e%2e/secret.txt").is_none());
        assert!(file_for(&folder, "/fr/..%2f..%2fsecret.txt").is_none());
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("secret.txt"), folder.join("link.txt"))
                .unwrap();
            assert!(file_for(&folder, "/link.txt").is_none());
        }
    }
}
