//! `vigie build`: load the site, run every output into a staging folder, swap it into place.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::messages::Message;
use crate::output::{self, OutputDir, RenderContext};
use crate::site::{LoadOptions, Site};

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub load: LoadOptions,
    /// Default: `public/` in the site's folder.
    pub output: Option<PathBuf>,
    /// Show a progress bar on a terminal.
    pub progress: bool,
    /// Build into an output folder that holds files Vigie did not write (they are deleted).
    pub force: bool,
}

/// The file that marks a folder as Vigie's output, which the next build may replace whole.
pub const OUTPUT_MARKER: &str = ".vigie-output";
/// Where `vigie publish` builds what it sends, the one output inside the cache.
const PUBLISH_BUILDS: &str = ".vigie-cache/publish";
/// The site's own folders, which no build may write over.
const SITE_FOLDERS: [&str; 6] = [
    "content",
    "static",
    "templates",
    "themes",
    ".vigie-cache",
    ".git",
];

/// What a build did, for the closing line.
#[derive(Debug)]
pub struct Summary {
    pub capsules: usize,
    pub languages: usize,
    pub pages: usize,
    pub files: usize,
    pub elapsed: Duration,
    pub output: PathBuf,
    /// Lines from the outputs, such as what came from the cache.
    pub details: Vec<String>,
    /// When the site next changes by itself (a scheduled capsule, an alert's end), and that
    /// moment in the site's time zone: when to build and publish again.
    pub next_change: Option<(jiff::Timestamp, String)>,
}

pub fn build(options: &BuildOptions) -> Result<Summary> {
    let start = Instant::now();
    let site = Site::load(&options.load)?;
    crate::check::publishable(&site, None)?;
    build_site(&site, options, output::all(), start)
}

/// Runs `outputs` for a loaded site into a staging folder and swaps it into place.
pub fn build_site(
    site: &Site,
    options: &BuildOptions,
    stages: Vec<Vec<Box<dyn output::Renderer>>>,
    start: Instant,
) -> Result<Summary> {
    let root = absolute(&site.root)?;
    let output = output_folder(&root, options)?;
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    let parent = output
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| root.clone());
    let staging = parent.join(format!(".{name}.vigie-staging"));
    let old = parent.join(format!(".{name}.vigie-old"));
    // Inside the site's folder the previous output is kept as the next staging folder, where
    // the next build rewrites only what changed; beside someone else's files (an output in
    // /var/www) nothing is left but the output.
    let real_root = root.canonicalize().unwrap_or_else(|_| root.clone());
    let keep = output.starts_with(&root) || output.starts_with(&real_root);
    let mut details = Vec::new();
    if !keep {
        remove_if_present(&staging)?;
        // There, the staging folder starts as hard links to the published files: an unchanged
        // file keeps its inode, is not written again, and the swap deletes no file of it.
        if output.join(OUTPUT_MARKER).is_file() {
            if let Err(e) = link_tree(&output, &staging) {
                remove_if_present(&staging)?;
                details.push(
                    Message::new("build-no-hard-links")
                        .arg("folder", output.display())
                        .arg("error", e)
                        .text(),
                );
            }
        }
    } else if staging.symlink_metadata().is_err() && old.is_dir() {
        // A build stopped between the renames of its swap.
        std::fs::rename(&old, &staging).map_err(|e| Error::io(&old, e))?;
    }
    if !staging.is_dir() || staging.symlink_metadata().is_ok_and(|m| m.is_symlink()) {
        remove_if_present(&staging)?;
    }
    std::fs::create_dir_all(&staging).map_err(|e| Error::io(&staging, e))?;
    let out = OutputDir::reuse(staging.clone())?;
    out.write(
        OUTPUT_MARKER,
        b"This folder is written by Vigie: each build replaces it whole. Edit content/ instead.\n",
    )?;

    let progress = if options.progress {
        ProgressBar::new(0)
    } else {
        ProgressBar::hidden()
    };
    if options.progress {
        progress.set_draw_target(ProgressDrawTarget::stderr());
        progress.set_style(
            ProgressStyle::with_template("{msg:>8} [{bar:30}] {pos}/{len}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
    }
    let ctx = RenderContext {
        site,
        out: &out,
        progress: &progress,
        touched: None,
    };
    let mut pages = 0;
    let mut files = 0;
    for stage in &stages {
        let names: Vec<String> = stage
            .iter()
            .map(|r| crate::messages::word(r.name()))
            .collect();
        progress.set_message(names.join(", "));
        match run_stage(stage, &ctx) {
            Ok(reports) => {
                for (report, seconds) in reports {
                    pages += report.pages;
                    files += report.files;
                    // How long the costly outputs took, so that a slow build says why.
                    details.extend(report.detail.map(|d| format!("{d} ({seconds:.2} s)")));
                }
            }
            Err(e) => {
                progress.finish_and_clear();
                // The previous output stays as it was; a kept staging folder serves the next
                // build all the same.
                if !keep {
                    let _ = remove_if_present(&staging);
                }
                return Err(e);
            }
        }
    }
    progress.finish_and_clear();
    out.write_page_index()?;
    out.remove_the_rest()?;
    swap(&staging, &output, keep)?;
    Ok(Summary {
        capsules: site.built_capsules().count(),
        languages: site.languages().len(),
        pages,
        files,
        elapsed: start.elapsed(),
        output,
        details,
        next_change: site
            .next_change()
            .map(|t| (t, crate::locale::iso_datetime(t, &site.tz))),
    })
}

/// Runs the outputs of one stage side by side, each on a thread of its own (their parallel
/// work shares rayon's pool): their reports in order, with the seconds each took, or the first
/// error.
fn run_stage(
    stage: &[Box<dyn output::Renderer>],
    ctx: &RenderContext,
) -> Result<Vec<(output::Report, f64)>> {
    let timed = |renderer: &dyn output::Renderer| {
        let started = Instant::now();
        renderer
            .render(ctx)
            .map(|report| (report, started.elapsed().as_secs_f64()))
    };
    if let [only] = stage {
        return Ok(vec![timed(only.as_ref())?]);
    }
    std::thread::scope(|scope| {
        let running: Vec<_> = stage
            .iter()
            .map(|renderer| scope.spawn(move || timed(renderer.as_ref())))
            .collect();
        running
            .into_iter()
            .map(|r| {
                r.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

/// Where a build may write: the output asked for (default `public/`), through a symbolic link
/// to the folder it names (`public -> /var/www/prevention` is replaced in place, the link
/// kept), never one of the site's own folders, and never a folder holding files that Vigie
/// did not write unless `--force`: the build replaces the folder whole.
fn output_folder(root: &Path, options: &BuildOptions) -> Result<PathBuf> {
    let default = root.join("public");
    let asked = match &options.output {
        Some(dir) => absolute(dir)?,
        None => default.clone(),
    };
    let is_link = asked
        .symlink_metadata()
        .is_ok_and(|m| m.file_type().is_symlink());
    let output = if is_link {
        asked.canonicalize().map_err(|e| {
            Error::Usage(
                Message::new("output-link-unreachable")
                    .arg("folder", asked.display())
                    .arg("error", e)
                    .text(),
            )
        })?
    } else {
        asked.clone()
    };
    let real_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let holds_site = root.starts_with(&output) || real_root.starts_with(&output);
    let inside =
        |dir: &Path| output.starts_with(root.join(dir)) || output.starts_with(real_root.join(dir));
    let in_site_folder =
        SITE_FOLDERS.iter().any(|f| inside(Path::new(f))) && !inside(Path::new(PUBLISH_BUILDS));
    if holds_site || in_site_folder {
        return Err(Error::Usage(
            Message::new("output-in-site")
                .arg("folder", output.display())
                .text(),
        ));
    }
    if output.is_file() {
        return Err(Error::Usage(
            Message::new("output-is-file")
                .arg("folder", output.display())
                .text(),
        ));
    }
    let foreign = (asked != default || is_link)
        && !output.join(OUTPUT_MARKER).is_file()
        && std::fs::read_dir(&output).is_ok_and(|mut entries| entries.next().is_some());
    if foreign && !options.force {
        return Err(Error::Usage(
            Message::new("output-foreign")
                .arg("folder", output.display())
                .text(),
        ));
    }
    Ok(output)
}

/// Makes `staging` a copy of `output` in which every file is a hard link to the published
/// one. Only folders and files are taken: a symbolic link (or anything else) is left out, never
/// followed. Fails where the file system has no hard links (FAT, some network shares).
fn link_tree(output: &Path, staging: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(staging)?;
    for entry in walkdir::WalkDir::new(output).min_depth(1) {
        let entry = entry?;
        let Ok(inside) = entry.path().strip_prefix(output) else {
            continue;
        };
        let to = staging.join(inside);
        let kind = entry.file_type();
        if kind.is_dir() {
            std::fs::create_dir(&to)?;
        } else if kind.is_file() {
            std::fs::hard_link(entry.path(), &to)?;
        }
    }
    Ok(())
}

/// Replaces `output` with `staging`: the old output is renamed aside first, so that at no
/// moment does a half-written site stand at `output`. Then it becomes the next staging folder
/// if it is to be `kept`, else it is removed.
fn swap(staging: &Path, output: &Path, kept: bool) -> Result<()> {
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Also what an interrupted build may have left between its two renames.
    let old = output.with_file_name(format!(".{name}.vigie-old"));
    remove_if_present(&old)?;
    if output.symlink_metadata().is_ok() {
        rename_patiently(output, &old).map_err(|e| Error::io(output, e))?;
    }
    rename_patiently(staging, output).map_err(|e| Error::io(staging, e))?;
    if kept && std::fs::rename(&old, staging).is_ok() {
        return Ok(());
    }
    remove_if_present(&old)
}

/// Renames, trying again for a few seconds while Windows refuses because a program holds a
/// file inside open (an Explorer window on `public/`, an antivirus scan, a preview in an
/// editor): such holds are usually short, and the build should not fail for them. Elsewhere
/// an open file never stops a rename, and a refusal is final.
fn rename_patiently(from: &Path, to: &Path) -> std::io::Result<()> {
    // ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION.
    let held_open =
        |e: &std::io::Error| cfg!(windows) && matches!(e.raw_os_error(), Some(5 | 32 | 33));
    let mut wait = std::time::Duration::from_millis(50);
    loop {
        match std::fs::rename(from, to) {
            Err(e) if held_open(&e) && wait <= std::time::Duration::from_millis(1600) => {
                std::thread::sleep(wait);
                wait *= 2;
            }
            done => return done,
        }
    }
}

/// Removes a folder tree, its subfolders in parallel: on some disks deleting ten thousand pages
/// one by one takes longer than writing them. A symbolic link is removed, never followed.
fn remove_if_present(path: &Path) -> Result<()> {
    match path.symlink_metadata() {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Ok(m) if !m.is_dir() => return std::fs::remove_file(path).map_err(|e| Error::io(path, e)),
        _ => {}
    }
    let entries = match std::fs::read_dir(path) {
        Ok(entries) => entries.flatten().map(|e| e.path()).collect::<Vec<_>>(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io(path, e)),
    };
    entries
        .par_iter()
        .try_for_each(|entry| remove_if_present(entry))?;
    std::fs::remove_dir(path).map_err(|e| Error::io(path, e))
}

fn absolute(path: &Path) -> Result<PathBuf> {
    std::path::absolute(path).map_err(|e| Error::io(path, e))
}
