//! `vigie init` (a starter site) and `vigie new` (a capsule bundle).

use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};
use jiff::civil::Date;

use crate::config::Config;
use crate::content::front_matter::Kind;
use crate::content::slug::short_slug;
use crate::error::{Error, Result};
use crate::messages::{word, Lang, Message};

static STARTER: Dir = include_dir!("$CARGO_MANIFEST_DIR/starter");

/// Writes the starter site into `dir`, in `lang` (its site.toml, capsules and page written in
/// it); `today` dates its capsules so that they show at once. The drawings and the logo are
/// shared by every language: a drawing goes into the folder of the capsule that names it.
pub fn init(dir: &Path, today: Date, lang: Lang) -> Result<Vec<PathBuf>> {
    if dir.join(crate::config::FILE_NAME).exists() {
        return Err(Error::Usage(
            Message::new("init-site-exists")
                .arg("folder", dir.display())
                .text(),
        ));
    }
    let in_two_weeks = today
        .checked_add(jiff::Span::new().days(14))
        .unwrap_or(today);
    let mut files = Vec::new();
    for (folder, prefix) in [(lang.code(), ""), ("common/static", "static")] {
        if let Some(tree) = STARTER.get_dir(folder) {
            collect(tree, Path::new(folder), Path::new(prefix), &mut files);
        }
    }
    let mut pictures = Vec::new();
    if let Some(shared) = STARTER.get_dir("common/pictures") {
        for picture in shared.files() {
            let name = picture.path().file_name().unwrap_or_default();
            let named = format!("\"{}\"", name.to_string_lossy());
            for (path, bytes) in &files {
                let names_it = std::str::from_utf8(bytes).is_ok_and(|t| t.contains(&named));
                if let (true, Some(folder)) = (names_it, path.parent()) {
                    pictures.push((folder.join(name), picture.contents()));
                }
            }
        }
    }
    files.extend(pictures);
    let mut written = Vec::new();
    for (path, bytes) in files {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        let bytes = match std::str::from_utf8(bytes) {
            Ok(text) => text
                .replace("{{today}}", &today.to_string())
                .replace("{{in_two_weeks}}", &in_two_weeks.to_string())
                .into_bytes(),
            Err(_) => bytes.to_vec(),
        };
        std::fs::write(&target, bytes).map_err(|e| Error::io(&target, e))?;
        written.push(target);
    }
    Ok(written)
}

/// The files under `dir` (which sits at `from` in the starter), each with its path under `to`.
fn collect<'a>(dir: &'a Dir<'a>, from: &Path, to: &Path, out: &mut Vec<(PathBuf, &'a [u8])>) {
    for file in dir.files() {
        let rel = file.path().strip_prefix(from).unwrap_or(file.path());
        out.push((to.join(rel), file.contents()));
    }
    for sub in dir.dirs() {
        collect(sub, from, to, out);
    }
}

/// The longest address `vigie new` makes from a title: a folder name every disk accepts.
const MAX_SLUG: usize = 60;

/// Creates `content/capsules/<slug>/index.<lang>.md` for a new capsule, as a draft.
pub fn new_capsule(
    root: &Path,
    title: &str,
    kind: Kind,
    lang: Option<&str>,
    today: Date,
) -> Result<PathBuf> {
    let (config, _) = Config::load(root).map_err(Error::Content)?;
    let lang = lang.unwrap_or(config.default_language());
    if !config.languages.get_ref().iter().any(|l| l == lang) {
        return Err(Error::Usage(
            Message::new("lang-not-in-site")
                .arg("lang", lang)
                .arg("languages", config.languages.get_ref().join(", "))
                .text(),
        ));
    }
    let slug = short_slug(title, MAX_SLUG);
    if slug.is_empty() {
        return Err(Error::Usage(word("new-title-no-letters")));
    }
    let dir = root.join("content").join("capsules").join(&slug);
    if dir.exists() {
        return Err(Error::Usage(
            Message::new("new-exists")
                .arg("folder", dir.display())
                .text(),
        ));
    }
    let title_toml = toml::Value::String(title.trim().to_string()).to_string();
    let mut fm = format!(
        "+++\ntitle = {title_toml}\nkind = \"{}\"\ndate = {today}\ndraft = true\n",
        kind.as_str()
    );
    if kind == Kind::Alert {
        let expires = today
            .checked_add(jiff::Span::new().days(14))
            .unwrap_or(today);
        fm.push_str(&format!("expires = {expires}\n"));
    }
    if matches!(kind, Kind::Alert | Kind::News) {
        fm.push_str("privacy_reviewed = false   # true once reread for names, plates, addresses, phone numbers\n");
    }
    fm.push_str("\n# [image]\n# src = \"photo.jpg\"\n# alt = \"What the photo shows\"\n+++\n");
    fm.push_str(
        "One practical tip, in a few short sentences. Set draft = false when it is ready.\n",
    );
    std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
    let file = dir.join(format!("index.{lang}.md"));
    std::fs::write(&file, fm).map_err(|e| Error::io(&file, e))?;
    Ok(file)
}
