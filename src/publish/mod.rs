//! `vigie publish`: the site online in one step. It builds the site as `vigie build` does
//! (the same checks stop it), compares it with the manifest the target holds, and sends only
//! new and changed files, in an order that keeps the site whole for its visitors, each under
//! a temporary name and renamed in place; files that left the site go last. Addresses people
//! may keep (pages, leaflets, feeds) are not removed without `--allow-removals`.
//!
//! Each file sent is written to a journal beside the site as soon as the target has it, so a
//! publish that was interrupted is completed by the next one, which sends what is missing and
//! nothing else.

pub mod ftp;
pub mod login;
pub mod manifest;
pub mod plan;
pub mod s3;
pub mod sftp;
pub mod target;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

use crate::build::{self, BuildOptions};
use crate::config::Config;
use crate::error::{Error, Result};
use crate::messages::{word, Message};
use crate::site::{LoadOptions, Moment};
use manifest::{Entry, Manifest};
use plan::Plan;
use target::Target;

pub struct PublishOptions {
    pub root: PathBuf,
    /// The `[publish.NAME]` target; default the first.
    pub name: Option<String>,
    pub now: Moment,
    pub allow_removals: bool,
    /// List the target instead of trusting its manifest.
    pub verify: bool,
    pub progress: bool,
}

/// A publish worked out, not yet sent: what `--dry-run` shows and the webmaster confirms.
pub struct Prepared {
    pub name: String,
    /// Where the site goes, as the webmaster knows it.
    pub target_description: String,
    pub plan: Plan,
    /// The site's public address.
    pub address: String,
    pub build: build::Summary,
    /// Something to know before sending, such as a target without a manifest.
    pub notes: Vec<Message>,
    local: Manifest,
    /// What the target holds, as compared.
    remote: Manifest,
    site_folder: PathBuf,
    cache: PathBuf,
    target: Box<dyn Target>,
}

/// What was sent.
pub struct Sent {
    pub files: usize,
    pub bytes: u64,
    pub removed: usize,
}

/// How many times a file is tried on a transient error, the waits doubling from the first.
const TRIES: u32 = 5;
const FIRST_WAIT: Duration = Duration::from_millis(200);

/// Bytes as the webmaster reads them: `12 KB`, `3.4 MB`.
pub fn human_bytes(bytes: u64) -> String {
    match bytes {
        b if b < 1_000 => format!("{b} bytes"),
        b if b < 1_000_000 => format!("{} KB", b.div_ceil(1_000)),
        b => format!("{:.1} MB", b as f64 / 1_000_000.0),
    }
}

/// The `[publish.NAME]` target of `config`, the first one when no name is given.
pub fn target_named<'a>(
    config: &'a Config,
    wanted: Option<&str>,
) -> Result<(&'a str, &'a crate::config::PublishTarget)> {
    let targets = config.publish_targets();
    let (name, target_config) = match wanted {
        Some(wanted) => targets
            .iter()
            .find(|(n, _)| *n == wanted)
            .copied()
            .ok_or_else(|| {
                let message = match targets.is_empty() {
                    true => Message::new("publish-no-targets"),
                    false => Message::new("publish-unknown-target")
                        .arg("name", wanted)
                        .arg(
                            "targets",
                            targets.iter().map(|t| t.0).collect::<Vec<_>>().join(", "),
                        ),
                };
                Error::Usage(message.text())
            })?,
        None => targets
            .first()
            .copied()
            .ok_or_else(|| Error::Usage(crate::messages::word("publish-no-targets")))?,
    };
    Ok((name, target_config))
}

pub fn prepare(options: &PublishOptions) -> Result<Prepared> {
    let (config, _) = Config::load(&options.root).map_err(Error::Content)?;
    let (name, target_config) = target_named(&config, options.name.as_deref())?;
    let name = name.to_string();
    let cache = options.root.join(".vigie-cache").join("publish");
    let site_folder = cache.join(&name);
    // The target is reached and read while the site builds: after a one-capsule edit, the
    // connection and the build take about as long as each other.
    // The build's summary speaks the caller's language: the workbench's request may have
    // picked another than the run's.
    let lang = crate::messages::current();
    let (build, reached) = std::thread::scope(|scope| {
        let building = scope.spawn(|| {
            crate::messages::speaking(lang, || {
                build::build(&BuildOptions {
                    load: LoadOptions {
                        root: options.root.clone(),
                        now: options.now,
                        drafts: false,
                        base_url: None,
                        offline: target_config.offline,
                        leaflets: true,
                    },
                    output: Some(site_folder.clone()),
                    progress: options.progress,
                    force: false,
                })
            })
        });
        let reached = Reached::new(&name, target_config);
        let built = building
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (built, reached)
    });
    // What is wrong with the site comes first: the webmaster fixes it before anything else.
    let build = build?;
    let Reached {
        mut target,
        describe,
        manifest: published,
        rules,
    } = reached?;
    let mut local = Manifest::of_folder(&site_folder)?;
    let mut notes = Vec::new();
    if target_config.url.get_ref().starts_with("ftp://") {
        notes.push(Message::new("publish-note-ftp"));
    }
    let failed = |what: &str, f: target::Failure| refused(&describe, what, f);
    let mut published = match published.map(|bytes| Manifest::from_json(&bytes)) {
        Some(Some(m)) => Some(m),
        Some(None) => {
            notes.push(Message::new("publish-note-bad-manifest").arg("file", manifest::FILE_NAME));
            None
        }
        None => {
            notes.push(Message::new("publish-note-no-manifest"));
            None
        }
    };
    let journalled = journal(&cache, &name, &describe);
    // A rule file on the target that is neither what Vigie sent nor what it would send (the
    // commune's own `.htaccess`, or Vigie's edited by IT) is theirs: left as it is, and said.
    for (file, bytes) in rules {
        let Some(ours) = local.files.get(file).copied() else {
            continue;
        };
        let there = Entry::of(&bytes);
        let sent = published.as_ref().and_then(|m| m.files.get(file)) == Some(&there)
            || journalled
                .iter()
                .any(|(path, e)| path == file && *e == there);
        if there != ours && !sent {
            local.files.remove(file);
            if let Some(m) = published.as_mut() {
                m.files.remove(file);
            }
            notes.push(
                Message::new("publish-note-own-rules")
                    .arg("file", file)
                    .arg("ours", site_folder.join(file).display()),
            );
        }
    }
    let mut remote = if options.verify {
        let mut listed = listed(target.as_mut()).map_err(|f| failed("list", f))?;
        // Vigie removes only what its own manifest says it published: the host's
        // `.htaccess`, a verification file, the commune's own documents stay.
        let ours = |path: &String| {
            local.files.contains_key(path)
                || published
                    .as_ref()
                    .is_some_and(|m| m.files.contains_key(path))
        };
        let before = listed.files.len();
        listed.files.retain(|path, _| ours(path));
        let foreign = before - listed.files.len();
        if foreign > 0 {
            notes.push(Message::new("publish-note-foreign").count("count", foreign));
        }
        listed
    } else {
        published.unwrap_or_default()
    };
    // What an interrupted publish to this same target already sent, each file checked on the
    // target before it is trusted.
    for (path, entry) in journalled {
        let there = target
            .read(&path, target::FILE_LIMIT)
            .map_err(|f| failed("read-back", f))?;
        if there.is_some_and(|bytes| Entry::of(&bytes) == entry) {
            remote.files.insert(path, entry);
        }
    }
    let plan = Plan::new(&local, &remote);
    if !options.allow_removals {
        let dead = plan.dead_addresses(&local);
        if !dead.is_empty() {
            let list: Vec<String> = dead
                .iter()
                .map(|p| format!("  {}/{p}", config.base_url.get_ref().trim_end_matches('/')))
                .collect();
            let said = Message::new("publish-dead-addresses").count("count", dead.len());
            return Err(Error::Publish(format!(
                "{said}\n{}\n{}",
                list.join("\n"),
                word("publish-dead-addresses-fix")
            )));
        }
        if plan.removes_too_much(&remote) {
            let said = Message::new("publish-removes-too-much")
                .arg("removed", plan.removals.len())
                .arg("files", remote.files.len())
                .arg("target", &describe);
            return Err(Error::Publish(said.text()));
        }
    }
    Ok(Prepared {
        name,
        target_description: describe,
        plan,
        address: config.base_url.get_ref().clone(),
        build,
        notes,
        local,
        remote,
        site_folder,
        cache,
        target,
    })
}

/// A target reached, with what a publish reads from it before comparing.
struct Reached {
    target: Box<dyn Target>,
    describe: String,
    /// The manifest's bytes, if the target holds one.
    manifest: Option<Vec<u8>>,
    /// The server rule files the target holds (`.htaccess`…), whoever wrote them.
    rules: Vec<(&'static str, Vec<u8>)>,
}

impl Reached {
    fn new(name: &str, config: &crate::config::PublishTarget) -> Result<Reached> {
        let mut target = target::open(name, config)?;
        let describe = target.describe();
        let failed = |what: &str, f: target::Failure| refused(&describe, what, f);
        let manifest = target
            .read(manifest::FILE_NAME, target::MANIFEST_LIMIT)
            .map_err(|f| failed("manifest", f))?;
        let mut rules = Vec::new();
        for file in crate::output::server::FILES {
            if let Some(bytes) = target
                .read(file, target::FILE_LIMIT)
                .map_err(|f| failed("holds", f))?
            {
                rules.push((file, bytes));
            }
        }
        Ok(Reached {
            target,
            describe,
            manifest,
            rules,
        })
    }
}

/// What the target refused, said with the target and what Vigie was doing (`publish-cannot`'s
/// `what`: list, read-back, manifest, holds).
fn refused(describe: &str, what: &str, f: target::Failure) -> Error {
    let said = Message::new("publish-cannot")
        .arg("target", describe)
        .arg("what", what)
        .arg("error", f.message);
    Error::Publish(said.text())
}

/// A target that cannot be opened: its table's name, its address, and the problem.
pub(super) fn failed(name: &str, target: &str, problem: impl std::fmt::Display) -> Error {
    let said = Message::new("publish-failed")
        .arg("name", name)
        .arg("target", target)
        .arg("problem", problem);
    Error::Publish(said.text())
}

/// The target's files, each read and hashed: what it really holds.
fn listed(target: &mut dyn Target) -> std::result::Result<Manifest, target::Failure> {
    let mut manifest = Manifest::new(Default::default());
    for path in target.list()? {
        if manifest::is_own(&path) || !target::is_safe(&path) {
            continue;
        }
        if let Some(bytes) = target.read(&path, target::FILE_LIMIT)? {
            manifest.files.insert(path, Entry::of(&bytes));
        }
    }
    Ok(manifest)
}

fn journal_path(cache: &Path, name: &str) -> PathBuf {
    cache.join(format!("{name}.sent"))
}

/// The journal's first line: the target it was written for. A journal of another target
/// (the `url` changed since) is not this one's.
fn journal_head(described: &str) -> String {
    format!("target {described}")
}

/// The files an earlier, interrupted publish to the target `described` sent: `hash size path`
/// lines after the head.
fn journal(cache: &Path, name: &str, described: &str) -> Vec<(String, Entry)> {
    let text = std::fs::read_to_string(journal_path(cache, name)).unwrap_or_default();
    let mut lines = text.lines();
    if lines.next() != Some(journal_head(described).as_str()) {
        return Vec::new();
    }
    lines
        .filter_map(|line| {
            let mut parts = line.splitn(3, ' ');
            let hash = blake3::Hash::from_hex(parts.next()?).ok()?;
            let size = parts.next()?.parse().ok()?;
            let path = parts.next()?;
            target::is_safe(path).then(|| {
                (
                    path.to_string(),
                    Entry {
                        size,
                        hash: manifest::Hash(*hash.as_bytes()),
                    },
                )
            })
        })
        .collect()
}

impl Prepared {
    /// Sends the plan: the files, the manifest, then the removals.
    pub fn send(mut self, progress: bool) -> Result<Sent> {
        let bar = if progress {
            ProgressBar::new(self.plan.upload_bytes())
        } else {
            ProgressBar::hidden()
        };
        bar.set_style(
            ProgressStyle::with_template("{msg:>10} [{bar:30}] {bytes}/{total_bytes}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar.set_message(crate::messages::word("publish-sending"));
        let journal_file = journal_path(&self.cache, &self.name);
        let head = journal_head(&self.target_description);
        // A journal of this target is added to; any other is started anew.
        let ours = std::fs::read_to_string(&journal_file)
            .is_ok_and(|text| text.lines().next() == Some(head.as_str()));
        let mut journal = std::fs::OpenOptions::new()
            .create(true)
            .write(true)
            .append(ours)
            .truncate(!ours)
            .open(&journal_file)
            .map_err(|e| Error::io(&journal_file, e))?;
        if !ours {
            writeln!(journal, "{head}").map_err(|e| Error::io(&journal_file, e))?;
        }
        for (path, entry) in &self.plan.uploads {
            let file = self.site_folder.join(path);
            let bytes = std::fs::read(&file).map_err(|e| Error::io(&file, e))?;
            with_tries(self.target.as_mut(), &self.target_description, path, |t| {
                t.put(path, &bytes)
            })?;
            writeln!(
                journal,
                "{} {} {path}",
                blake3::Hash::from(entry.hash.0).to_hex(),
                entry.size
            )
            .and_then(|()| journal.flush())
            .map_err(|e| Error::io(&journal_file, e))?;
            bar.inc(entry.size);
        }
        // The manifest says what the target really holds: while removals are under way, the
        // files still to remove are in it, so that a removal interrupted or refused is done
        // again by the next publish.
        let mut holding = self.local.clone();
        for path in &self.plan.removals {
            if let Some(entry) = self.remote.files.get(path) {
                holding.files.insert(path.clone(), *entry);
            }
        }
        let manifest = self.local.to_json();
        if !self.plan.removals.is_empty() {
            self.put_manifest(&holding.to_json())?;
            for path in &self.plan.removals {
                with_tries(self.target.as_mut(), &self.target_description, path, |t| {
                    t.remove(path)
                })?;
            }
        }
        self.put_manifest(&manifest)?;
        bar.finish_and_clear();
        drop(journal);
        let _ = std::fs::remove_file(&journal_file);
        let copy = self.cache.join(format!("{}.manifest.json", self.name));
        std::fs::write(&copy, &manifest).map_err(|e| Error::io(&copy, e))?;
        Ok(Sent {
            files: self.plan.uploads.len(),
            bytes: self.plan.upload_bytes(),
            removed: self.plan.removals.len(),
        })
    }
}

impl Prepared {
    fn put_manifest(&mut self, bytes: &[u8]) -> Result<()> {
        with_tries(
            self.target.as_mut(),
            &self.target_description,
            manifest::FILE_NAME,
            |t| t.put(manifest::FILE_NAME, bytes),
        )
    }
}

/// Runs `action` on the target, again after a wait on a transient failure.
fn with_tries(
    target: &mut dyn Target,
    description: &str,
    path: &str,
    mut action: impl FnMut(&mut dyn Target) -> std::result::Result<(), target::Failure>,
) -> Result<()> {
    let mut wait = FIRST_WAIT;
    let mut attempt = 1;
    loop {
        match action(target) {
            Ok(()) => return Ok(()),
            Err(f) if f.transient && attempt < TRIES => {
                std::thread::sleep(wait);
                wait *= 2;
                attempt += 1;
            }
            Err(f) => {
                let said = Message::new("publish-gave-up")
                    .arg("target", description)
                    .arg("path", path)
                    .arg("error", f.message)
                    .count("tries", attempt as usize);
                return Err(Error::Publish(said.text()));
            }
        }
    }
}
