//! Shared by the integration tests: fixture sites in temporary folders, the real `vigie`
//! binary, and readers for what it writes.

#![allow(dead_code)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use scraper::{Html, Selector};

/// The moment the example site and fixtures are built at.
pub const NOW: &str = "2026-11-30";

/// A site in a temporary folder.
pub struct Site {
    pub dir: tempfile::TempDir,
}

pub const MINIMAL_CONFIG: &str = r#"title = "Prévention test"
base_url = "https://prevention.test.be"
languages = ["fr", "nl"]
required_languages = ["fr"]
publisher = "Commune de Test"

[contacts.prevention]
name = "Service de prévention"
phone = "+32 2 000 00 00"
email = "prevention@test.be"

[districts]
centre = { fr = "Centre", nl = "Centrum" }
"#;

impl Site {
    /// A two-language site with one good capsule.
    pub fn minimal() -> Site {
        let site = Site::empty();
        site.write("site.toml", MINIMAL_CONFIG);
        site.write(
            "content/capsules/fermez/index.fr.md",
            "+++\ntitle = \"Fermez à clé\"\nkind = \"tip\"\ndate = 2026-11-20\n+++\nFermez toujours à clé.\n",
        );
        site
    }

    pub fn empty() -> Site {
        Site {
            dir: tempfile::tempdir().expect("temporary folder"),
        }
    }

    /// A copy of the repository's example site.
    pub fn example() -> Site {
        let site = Site::empty();
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        for sub in ["site.toml", "content", "static"] {
            copy_tree(&repo.join(sub), &site.path().join(sub));
        }
        site
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, rel: &str, text: &str) {
        self.write_bytes(rel, text.as_bytes());
    }

    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) {
        let path = self.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("create folders");
        std::fs::write(path, bytes).expect("write fixture");
    }

    /// Runs `vigie --root <site> <args>`.
    pub fn vigie(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_vigie"))
            .arg("--root")
            .arg(self.path())
            .args(args)
            .output()
            .expect("run vigie")
    }

    /// `vigie build --now NOW` into `public/`; panics with the errors if it fails.
    pub fn build(&self, extra: &[&str]) -> PathBuf {
        let mut args = vec!["build", "--now", NOW];
        args.extend_from_slice(extra);
        let out = self.vigie(&args);
        assert!(
            out.status.success(),
            "build failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        self.public()
    }

    pub fn public(&self) -> PathBuf {
        self.path().join("public")
    }
}

fn copy_tree(from: &Path, to: &Path) {
    if from.is_file() {
        std::fs::copy(from, to).expect("copy file");
        return;
    }
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let target = to.join(entry.path().strip_prefix(from).expect("inside"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Every file under `dir`, relative, sorted.
pub fn files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().strip_prefix(dir).expect("inside").to_path_buf())
        .collect();
    files.sort();
    files
}

pub fn html(path: &Path) -> Html {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Html::parse_document(&text)
}

pub fn select<'a>(doc: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    let selector = Selector::parse(css).expect("selector");
    doc.select(&selector).collect()
}

pub fn text_of(doc: &Html, css: &str) -> String {
    select(doc, css)
        .iter()
        .map(|e| e.text().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn attrs(doc: &Html, css: &str, attr: &str) -> Vec<String> {
    select(doc, css)
        .iter()
        .filter_map(|e| e.value().attr(attr))
        .map(str::to_string)
        .collect()
}

/// The file a root-relative link points to in `public`, if the link is internal.
pub fn target_of(public: &Path, link: &str) -> Option<PathBuf> {
    let path = link.split(['#', '?']).next().unwrap_or_default();
    let rest = path.strip_prefix('/')?;
    let mut target = public.join(rest);
    if path.ends_with('/') {
        target.push("index.html");
    }
    Some(target)
}

/// Every `href` and `src` of every HTML page under `public`, with the page it is on.
pub fn all_links(public: &Path) -> BTreeSet<(PathBuf, String)> {
    let mut links = BTreeSet::new();
    for file in files(public)
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "html"))
    {
        let doc = html(&public.join(&file));
        for (css, attr) in [("[href]", "href"), ("[src]", "src"), ("[poster]", "poster")] {
            for value in attrs(&doc, css, attr) {
                links.insert((file.clone(), value));
            }
        }
    }
    links
}
