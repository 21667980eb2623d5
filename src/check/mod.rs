//! `vigie check`: the colleague who rereads everything before it goes out. Privacy slips
//! (`privacy`), content that will read or print badly (`content`), and the mix of kinds and
//! the coming days (`mix`); `report` writes the findings as text, JSON or an HTML page.
//!
//! Grave privacy slips in an alert or a news item (a plate, a valid national register number,
//! an IBAN) are errors that stop `vigie build` too; everything else is a warning.

pub mod calendar;
pub mod content;
pub mod mix;
pub mod privacy;
pub mod report;

use std::path::PathBuf;

use rayon::prelude::*;
use serde::Serialize;

use crate::content::capsule::{Capsule, Status};
use crate::content::front_matter::Kind;
use crate::error::{Diagnostic, Error, Result};
use crate::images::cache::Cache;
use crate::messages::Message;
use crate::output::{leaflets, OutputDir, RenderContext};
use crate::site::{LoadOptions, Site};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One thing to fix or to look at, located in a file.
#[derive(Debug, Clone)]
pub struct Finding {
    pub severity: Severity,
    /// A stable name, such as `privacy/plate` or `content/title-length`.
    pub rule: &'static str,
    /// The capsule's folder, for grouping; none for what concerns the site as a whole.
    pub capsule: Option<PathBuf>,
    pub diagnostic: Diagnostic,
}

/// Everything `check` found and worked out.
pub struct Report {
    pub findings: Vec<Finding>,
    pub mix: mix::Mix,
    pub calendar: mix::Calendar,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
    }
}

/// Loads the site (drafts and scheduled capsules included: they are about to go out) and
/// checks it; the leaflets are typeset (or taken from the cache) into a scratch folder to learn
/// which fall back to their short text. What does not load is reported as findings with the
/// rest: a capsule with an error is left out of the other rules, and an error in `site.toml`
/// leaves only its own findings (then there is no site).
pub fn run(load: &LoadOptions) -> Result<(Option<Site>, Report)> {
    let (site, load_errors) = match Site::load_all(load) {
        Ok(loaded) => loaded,
        Err(Error::Content(errors)) => {
            let report = Report {
                findings: errors.into_iter().map(load_finding).collect(),
                mix: mix::Mix::default(),
                calendar: mix::Calendar::default(),
            };
            return Ok((None, report));
        }
        Err(e) => return Err(e),
    };
    let short = if site.leaflets {
        let scratch = site.root.join(".vigie-cache").join("check");
        let out = OutputDir::new(scratch.clone());
        let progress = indicatif::ProgressBar::hidden();
        let ctx = RenderContext {
            site: &site,
            out: &out,
            progress: &progress,
            touched: None,
        };
        let short = leaflets::short_texts(&ctx);
        let _ = std::fs::remove_dir_all(&scratch);
        short?
    } else {
        Vec::new()
    };
    let mut report = check(&site, &short);
    report
        .findings
        .extend(load_errors.into_iter().map(load_finding));
    // Only `check` asks the sources of adopted capsules: builds never wait on the network.
    report
        .findings
        .extend(crate::exchange::follow::findings(&site));
    sort(&mut report.findings);
    Ok((Some(site), report))
}

/// A content error that stops a build, as a finding: its capsule is the folder it is in.
pub fn load_finding(diagnostic: Diagnostic) -> Finding {
    let capsule = diagnostic
        .file
        .strip_prefix("content/capsules")
        .ok()
        .and_then(|rest| rest.components().next())
        .map(|folder| PathBuf::from("content/capsules").join(folder));
    Finding {
        severity: Severity::Error,
        rule: "content/invalid",
        capsule,
        diagnostic,
    }
}

fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        (
            &a.capsule,
            a.severity,
            &a.diagnostic.file,
            a.diagnostic.line,
            a.diagnostic.column,
        )
            .cmp(&(
                &b.capsule,
                b.severity,
                &b.diagnostic.file,
                b.diagnostic.line,
                b.diagnostic.column,
            ))
    });
}

/// Checks a loaded site; `short_leaflets` names the (capsule folder, language) leaflets that
/// print their short text because the body does not fit.
pub fn check(site: &Site, short_leaflets: &[(PathBuf, String)]) -> Report {
    let mut findings = Vec::new();
    for capsule in &site.capsules {
        findings.extend(privacy_findings(site, capsule, false));
        findings.extend(content::findings(site, capsule, short_leaflets));
    }
    sort(&mut findings);
    Report {
        findings,
        mix: mix::mix(site),
        calendar: mix::calendar(site),
    }
}

/// One capsule's findings, as `check` gives them (without the leaflets' short-text notes,
/// which need typesetting): what the workbench shows while the text is typed.
pub fn capsule_findings(site: &Site, capsule: &Capsule) -> Vec<Finding> {
    let mut findings = privacy_findings(site, capsule, false);
    findings.extend(content::findings(site, capsule, &[]));
    sort(&mut findings);
    findings
}

/// Stops a build that would publish grave privacy slips: a plate, a valid national register
/// number or an IBAN in an alert or a news item (drafts wait for their turn). `only` limits
/// the check to one capsule, the one a preview just reloaded.
pub fn publishable(site: &Site, only: Option<&str>) -> Result<()> {
    // A capsule found free of grave slips is remembered by its fingerprint, which holds every
    // input of that verdict (its kind, each translation's text and `allow`; the site's own
    // contacts only excuse slips that are not grave): rescanning every text was about a tenth
    // of an unchanged rebuild of 10,000 capsules. The rules are in the key too, so that a Vigie
    // that finds more scans every text again. A line of the index that is not the hash of a
    // capsule's fingerprint clears nothing, so a damaged index costs a scan.
    let cache = Cache::new(&site.root, "privacy");
    let rules = blake3::hash(PRIVACY_RULES.concat().as_bytes()).to_hex();
    let errors: Vec<Diagnostic> = site
        .capsules
        .par_iter()
        .filter(|c| only.is_none_or(|slug| c.slug == slug))
        .filter(|c| c.status != Status::Draft && matches!(c.kind, Kind::Alert | Kind::News))
        .flat_map_iter(|c| {
            let source = cache.source(&format!("{rules}|{}", site.fingerprint(c).to_hex()));
            if cache.remembered(&source).as_deref() == Some(CLEAN) {
                return Vec::new();
            }
            let errors: Vec<Diagnostic> = privacy_findings(site, c, true)
                .into_iter()
                .filter(|f| f.severity == Severity::Error)
                .map(|f| f.diagnostic)
                .collect();
            if errors.is_empty() {
                cache.remember(&source, CLEAN);
            }
            errors
        })
        .collect();
    // A cache: a site folder that cannot be written to is checked in full next time.
    let _ = cache.save_sources(only.is_none());
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Error::Content(errors))
    }
}

/// What the privacy cache remembers of a capsule with no grave slip.
const CLEAN: &str = "clean";

/// The source of the privacy rules and of what stops a build: a verdict kept by a build whose
/// rules were different is not believed.
const PRIVACY_RULES: [&str; 2] = [include_str!("privacy.rs"), include_str!("mod.rs")];

/// How many privacy slips of one file are listed one by one.
const MAX_SLIPS_PER_FILE: usize = 50;

/// The privacy slips of a capsule; `grave_only` for what stops a build.
fn privacy_findings(site: &Site, capsule: &Capsule, grave_only: bool) -> Vec<Finding> {
    capsule
        .translations
        .iter()
        .flat_map(|t| {
            let text = Reread {
                kind: capsule.kind,
                folder: &capsule.rel_dir,
                source: &t.source,
                allow: &t.allow,
            };
            text_privacy_findings(site, &text, grave_only)
        })
        .collect()
}

/// One translation's text as the privacy rules read it.
pub struct Reread<'a> {
    pub kind: Kind,
    pub folder: &'a std::path::Path,
    pub source: &'a crate::error::SourceFile,
    pub allow: &'a [String],
}

/// The privacy slips of one translation's file, whether or not its capsule loads: the
/// workbench rereads a text for private information while another of its errors is still
/// being fixed.
pub fn text_privacy_findings(site: &Site, text: &Reread, grave_only: bool) -> Vec<Finding> {
    let own_phones: Vec<String> = site
        .config
        .contacts
        .values()
        .filter_map(|c| c.phone.as_deref())
        .map(privacy::phone_digits)
        .collect();
    let own_emails: Vec<String> = site
        .config
        .contacts
        .values()
        .filter_map(|c| c.email.as_deref())
        .map(str::to_lowercase)
        .collect();
    let grave_kind = matches!(text.kind, Kind::Alert | Kind::News);
    let severity_of = |slip: privacy::Slip| {
        if grave_kind && slip.is_grave() {
            Severity::Error
        } else {
            Severity::Warning
        }
    };
    let source = text.source;
    let mut findings = Vec::new();
    let slips: Vec<privacy::Found> =
        privacy::scan_for(&source.text, |s| !grave_only || s.is_grave())
            .into_iter()
            .filter(|found| !is_allowed(text.allow, found, &own_phones, &own_emails))
            .collect();
    // A pasted list of thousands of plates needs fixing once, not thousands of messages.
    if let Some(first_unlisted) = slips.get(MAX_SLIPS_PER_FILE) {
        let rest = &slips[MAX_SLIPS_PER_FILE..];
        let severity = rest
            .iter()
            .map(|f| severity_of(f.slip))
            .min()
            .unwrap_or(Severity::Warning);
        findings.push(Finding {
            severity,
            rule: "privacy/more",
            capsule: Some(text.folder.to_path_buf()),
            diagnostic: source.said(
                first_unlisted.span.clone(),
                Message::new("privacy-more").arg("count", rest.len()),
            ),
        });
    }
    for found in slips.into_iter().take(MAX_SLIPS_PER_FILE) {
        let severity = severity_of(found.slip);
        // The rule's name after `privacy/` says which slip, in every language's catalogue.
        let slip = found.slip.rule().trim_start_matches("privacy/");
        let message = match severity {
            Severity::Error => Message::new("privacy-slip-grave").arg("kind", text.kind.as_str()),
            Severity::Warning => Message::new("privacy-slip"),
        };
        findings.push(Finding {
            severity,
            rule: found.slip.rule(),
            capsule: Some(text.folder.to_path_buf()),
            diagnostic: source.said(
                found.span.clone(),
                message.arg("slip", slip).arg("text", &found.text),
            ),
        });
    }
    findings
}

/// Whether a slip is meant to be there: in this translation's `allow`, or the site's own phone
/// number or e-mail address.
fn is_allowed(
    allow: &[String],
    found: &privacy::Found,
    own_phones: &[String],
    own_emails: &[String],
) -> bool {
    let normal = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let text = normal(&found.text);
    if allow.iter().any(|a| normal(a).contains(&text)) {
        return true;
    }
    match found.slip {
        privacy::Slip::Phone => {
            let digits = privacy::phone_digits(&found.text);
            own_phones.contains(&digits) || allow.iter().any(|a| privacy::phone_digits(a) == digits)
        }
        privacy::Slip::Email => own_emails.contains(&text),
        _ => false,
    }
}
