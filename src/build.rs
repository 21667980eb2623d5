//! `vigie build`: load the site, run every output into a staging folder, swap it into place.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::output::{self, OutputDir, RenderContext};
use crate::site::{LoadOptions, Site};

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub load: LoadOptions,
    /// Default: `public/` in the site's folder.
    pub output: Option<PathBuf>,
    /// Show a progress bar on a terminal.
    pub progress: bool,
}

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
    outputs: Vec<Box<dyn output::Renderer>>,
    start: Instant,
) -> Result<Summary> {
    let output = options
        .output
        .clone()
        .unwrap_or_else(|| site.root.join("public"));
    let output = absolute(&output)?;
    let root = absolute(&site.root)?;
    if root.starts_with(&output) {
        return Err(Error::Usage(format!(
            "the output folder {} holds the site itself; building there would delete it",
            output.display()
        )));
    }
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".into());
    let parent = output
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| root.clone());
    let staging = parent.join(format!(".{name}.vigie-staging"));
    remove_if_present(&staging)?;
    std::fs::create_dir_all(&staging).map_err(|e| Error::io(&staging, e))?;

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
    let out = OutputDir::new(staging.clone());
    let ctx = RenderContext {
        site,
        out: &out,
        progress: &progress,
        touched: None,
    };
    let mut pages = 0;
    let mut files = 0;
    let mut details = Vec::new();
    for renderer in outputs {
        progress.set_message(renderer.name());
        let started = Instant::now();
        match renderer.render(&ctx) {
            Ok(report) => {
                if renderer.name() == "html" {
                    pages = report.files;
                }
                files += report.files;
                // How long the costly outputs took, so that a slow build says why.
                details.extend(
                    report
                        .detail
                        .map(|d| format!("{d} ({:.2} s)", started.elapsed().as_secs_f64())),
                );
            }
            Err(e) => {
                progress.finish_and_clear();
                // The previous output stays as it was; only the staging folder goes.
                let _ = std::fs::remove_dir_all(&staging);
                return Err(e);
            }
        }
    }
    progress.finish_and_clear();
    swap(&staging, &output)?;
    Ok(Summary {
        capsules: site.built_capsules().count(),
        languages: site.languages().len(),
        pages,
        files,
        elapsed: start.elapsed(),
        output,
        details,
    })
}

/// Replaces `output` with `staging`: the old output is renamed aside first, so that at no
/// moment does a half-written site stand at `output`.
fn swap(staging: &Path, output: &Path) -> Result<()> {
    if output.exists() {
        let name = output
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let old = output.with_file_name(format!(".{name}.vigie-old"));
        remove_if_present(&old)?;
        std::fs::rename(output, &old).map_err(|e| Error::io(output, e))?;
        std::fs::rename(staging, output).map_err(|e| Error::io(staging, e))?;
        remove_if_present(&old)?;
    } else {
        std::fs::rename(staging, output).map_err(|e| Error::io(staging, e))?;
    }
    Ok(())
}

/// Removes a folder tree, its subfolders in parallel: on some disks deleting ten thousand pages
/// one by one takes longer than writing them.
fn remove_if_present(path: &Path) -> Result<()> {
    let entries = match std::fs::read_dir(path) {
        Ok(entries) => entries.flatten().map(|e| e.path()).collect::<Vec<_>>(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io(path, e)),
    };
    entries.par_iter().try_for_each(|entry| {
        if entry.is_dir() && !entry.is_symlink() {
            remove_if_present(entry)
        } else {
            std::fs::remove_file(entry).map_err(|e| Error::io(entry, e))
        }
    })?;
    std::fs::remove_dir(path).map_err(|e| Error::io(path, e))
}

fn absolute(path: &Path) -> Result<PathBuf> {
    std::path::absolute(path).map_err(|e| Error::io(path, e))
}
