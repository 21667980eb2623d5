//! The theme: HTML templates, leaflet layouts, fonts, interface strings per language and static
//! assets.
//!
//! The default theme is compiled into the binary, so a site needs no `themes/` folder. A site
//! overrides it file by file: `templates/<name>` first (`templates/leaflet/<name>` for a leaflet
//! layout), then `themes/<theme>/…`, then the built-in default.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{include_dir, Dir};
use tera::Tera;

use crate::config::Config;
use crate::error::{Error, SourceFile};
use crate::messages::Message;

static DEFAULT: Dir = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

#[derive(Clone)]
pub struct Theme {
    pub tera: Tera,
    /// Typst layouts of leaflets and booklets, by path under `leaflet/`.
    pub leaflet: BTreeMap<String, LeafletFile>,
    /// Fonts for print (TrueType or OpenType), by file name.
    pub fonts: BTreeMap<String, Vec<u8>>,
    /// Interface strings per language, as template data.
    pub strings: BTreeMap<String, serde_json::Value>,
    /// Static files of the theme, written under `assets/` with a fingerprint in their names.
    pub assets: Vec<Asset>,
    /// A hash of the page templates and of the Vigie that renders them, part of each page's
    /// key; none when a template asks for what its data does not hold (the time, the
    /// environment, a random number), so that its pages are rendered every time.
    pub pages_key: Option<String>,
}

#[derive(Clone)]
pub struct Asset {
    /// Path under the theme's `static/`, as templates name it: `style.css`.
    pub name: String,
    /// Path under `assets/` in the output: `style.1a2b3c4d.css`, new whenever the bytes change,
    /// so that browsers never keep a stale stylesheet.
    pub file: String,
    pub bytes: Vec<u8>,
}

impl Asset {
    fn new(name: String, bytes: Vec<u8>) -> Asset {
        let hash = blake3::hash(&bytes).to_hex();
        let short = &hash.as_str()[..10];
        let file = match name.rsplit_once('.') {
            Some((stem, ext)) => format!("{stem}.{short}.{ext}"),
            None => format!("{name}.{short}"),
        };
        Asset { name, file, bytes }
    }
}

/// One file of a leaflet layout, with where it came from for error messages.
#[derive(Clone)]
pub struct LeafletFile {
    /// As the webmaster finds it: `templates/leaflet/leaflet.typ`, or the built-in theme's path.
    pub origin: String,
    pub bytes: Vec<u8>,
}

/// The files of one theme folder, on disk or built in.
enum Source<'a> {
    BuiltIn(&'a Dir<'a>),
    Disk(PathBuf),
}

impl Source<'_> {
    /// Where the file `rel` under `sub` of the theme `theme` comes from, as the webmaster would
    /// look for it.
    fn origin(&self, sub: &str, rel: &str, theme: &str) -> String {
        match self {
            Source::BuiltIn(_) => format!("{sub}/{rel} of the built-in default theme"),
            Source::Disk(_) => format!("themes/{theme}/{sub}/{rel}"),
        }
    }

    /// Every file under `sub`, as (path relative to `sub`, bytes).
    fn files(&self, sub: &str) -> Vec<(String, Vec<u8>)> {
        let mut out = Vec::new();
        match self {
            Source::BuiltIn(dir) => {
                if let Some(d) = dir.get_dir(sub) {
                    collect_builtin(d, sub, &mut out);
                }
            }
            Source::Disk(root) => {
                let base = root.join(sub);
                for entry in walkdir::WalkDir::new(&base)
                    .sort_by_file_name()
                    .into_iter()
                    .flatten()
                {
                    if entry.file_type().is_file() {
                        if let (Ok(rel), Ok(bytes)) = (
                            entry.path().strip_prefix(&base),
                            std::fs::read(entry.path()),
                        ) {
                            out.push((rel.to_string_lossy().replace('\\', "/"), bytes));
                        }
                    }
                }
            }
        }
        out
    }
}

fn collect_builtin(dir: &Dir, prefix: &str, out: &mut Vec<(String, Vec<u8>)>) {
    for file in dir.files() {
        let rel = file.path().strip_prefix(prefix).unwrap_or(file.path());
        out.push((
            rel.to_string_lossy().replace('\\', "/"),
            file.contents().to_vec(),
        ));
    }
    for sub in dir.dirs() {
        collect_builtin(sub, prefix, out);
    }
}

/// Layers of files, the first one winning.
fn layered(sources: &[Source], sub: &str) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for source in sources.iter().rev() {
        files.extend(source.files(sub));
    }
    files
}

impl Theme {
    pub fn load(root: &Path, config: &Config, config_file: &SourceFile) -> Result<Theme, Error> {
        let name = config.theme.get_ref();
        let dir = root.join("themes").join(name);
        let mut sources = vec![];
        if dir.is_dir() {
            sources.push(Source::Disk(dir));
        } else if name != "default" {
            return Err(Error::Content(vec![config_file.said(
                config.theme.span(),
                Message::new("theme-missing").arg("name", name),
            )]));
        }
        sources.push(Source::BuiltIn(&DEFAULT));

        let site = Source::Disk(root.to_path_buf());
        let mut templates = layered(&sources, "templates");
        templates.extend(site.files("templates"));
        // Leaflet layouts are Typst, not Tera.
        templates.retain(|name, _| !name.starts_with("leaflet/"));
        let pages_key = pages_key(&templates);
        let tera = compile(templates)?;

        let mut leaflet = BTreeMap::new();
        for source in sources.iter().rev() {
            for (rel, bytes) in source.files("leaflet") {
                let origin = source.origin("leaflet", &rel, name);
                leaflet.insert(rel, LeafletFile { origin, bytes });
            }
        }
        for (rel, bytes) in site.files("templates/leaflet") {
            let origin = format!("templates/leaflet/{rel}");
            leaflet.insert(rel, LeafletFile { origin, bytes });
        }
        let fonts = layered(&sources, "fonts")
            .into_iter()
            .filter(|(name, _)| {
                let lower = name.to_ascii_lowercase();
                lower.ends_with(".ttf") || lower.ends_with(".otf")
            })
            .collect();

        let strings = load_strings(&sources, config, config_file)?;
        let assets = layered(&sources, "static")
            .into_iter()
            .map(|(name, bytes)| Asset::new(name, bytes))
            .collect();
        Ok(Theme {
            tera,
            leaflet,
            fonts,
            strings,
            assets,
            pages_key,
        })
    }
}

/// The key of every page the `templates` render (see `Theme::pages_key`).
fn pages_key(templates: &BTreeMap<String, Vec<u8>>) -> Option<String> {
    let mut key = blake3::Hasher::new();
    key.update(concat!("vigie ", env!("CARGO_PKG_VERSION"), "\0").as_bytes());
    for (name, bytes) in templates {
        let outside = ["now(", "get_env(", "get_random("]
            .iter()
            .any(|call| bytes.windows(call.len()).any(|w| w == call.as_bytes()));
        if outside {
            return None;
        }
        key.update(name.as_bytes());
        key.update(b"\0");
        key.update(&(bytes.len() as u64).to_le_bytes());
        key.update(bytes);
    }
    Some(key.finalize().to_hex().to_string())
}

fn compile(templates: BTreeMap<String, Vec<u8>>) -> Result<Tera, Error> {
    let mut sources = Vec::with_capacity(templates.len());
    for (name, bytes) in templates {
        let text = String::from_utf8(bytes).map_err(|_| Error::Template {
            template: name.clone(),
            message: "the file is not valid UTF-8".to_string(),
        })?;
        sources.push((name, text));
    }
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html", ".xml"]);
    tera.set_escape_fn(escape_html);
    // Tera's own `get_env` would let a site's template publish any secret of the machine
    // that builds it (a CI token); only variables meant for publishing can be read.
    tera.register_function("get_env", public_env);
    tera.add_raw_templates(sources)
        .map_err(|e| template_error("templates", &e))?;
    Ok(tera)
}

/// Escapes what HTML and XML give a meaning to (`& < > " '`) and nothing else: Tera's own
/// escaper also writes every `/` as `&#x2F;`, which made each address in a page three times
/// longer for no safety gained.
fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() + 16);
    // Writing into a String cannot fail.
    let _ = pulldown_cmark_escape::escape_html(&mut escaped, text);
    escaped
}

/// The prefix of the environment variables a template may read with `get_env`.
pub const PUBLIC_ENV_PREFIX: &str = "VIGIE_PUBLIC_";

/// `get_env(name="VIGIE_PUBLIC_…", default="…")`: Tera's function, limited to public variables.
fn public_env(args: &std::collections::HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let name = args
        .get("name")
        .and_then(tera::Value::as_str)
        .unwrap_or_default();
    if !name.starts_with(PUBLIC_ENV_PREFIX) {
        return Err(tera::Error::msg(format!(
            "get_env: templates may read only variables whose names start with {PUBLIC_ENV_PREFIX}, not `{name}`"
        )));
    }
    match (std::env::var(name), args.get("default")) {
        (Ok(value), _) => Ok(tera::Value::String(value)),
        (Err(_), Some(default)) => Ok(default.clone()),
        (Err(_), None) => Err(tera::Error::msg(format!("get_env: `{name}` is not set"))),
    }
}

/// Tera's errors nest the useful part (file and line) in their sources.
pub fn template_error(template: &str, error: &tera::Error) -> Error {
    let mut message = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(s) = source {
        message.push_str(": ");
        message.push_str(&s.to_string());
        source = s.source();
    }
    Error::Template {
        template: template.to_string(),
        message,
    }
}

fn load_strings(
    sources: &[Source],
    config: &Config,
    config_file: &SourceFile,
) -> Result<BTreeMap<String, serde_json::Value>, Error> {
    let files = layered(sources, "i18n");
    let mut strings = BTreeMap::new();
    let mut errors = Vec::new();
    for lang in config.languages.get_ref() {
        let name = format!("{lang}.toml");
        let Some(bytes) = files.get(&name) else {
            errors.push(
                config_file.said(
                    config.languages.span(),
                    Message::new("theme-no-strings")
                        .arg("lang", lang)
                        .arg("theme", config.theme.get_ref()),
                ),
            );
            continue;
        };
        let file = SourceFile::new(
            format!("themes/{}/i18n/{name}", config.theme.get_ref()),
            String::from_utf8_lossy(bytes),
        );
        match crate::toml_file::parse::<serde_json::Value>(&file, 0, file.text.len()) {
            Ok(value) => {
                strings.insert(lang.clone(), value);
            }
            Err(d) => errors.push(d),
        }
    }
    if errors.is_empty() {
        Ok(strings)
    } else {
        Err(Error::Content(errors))
    }
}

#[cfg(test)]
mod tests {
    use super::pages_key;
    use std::collections::BTreeMap;

    #[test]
    fn a_template_that_asks_the_time_or_the_environment_is_rendered_every_time() {
        let templates = |text: &str| {
            BTreeMap::from([
                ("base.html".to_string(), b"<p>{{ title }}</p>".to_vec()),
                ("page.html".to_string(), text.as_bytes().to_vec()),
            ])
        };
        let plain = pages_key(&templates("{{ body }}")).expect("a key");
        assert_ne!(Some(plain), pages_key(&templates("{{ body }} ")));
        for asking in [
            "{{ now() | date }}",
            "{{ get_env(name=\"CI\") }}",
            "{{ get_random(end=9) }}",
        ] {
            assert_eq!(pages_key(&templates(asking)), None, "{asking}");
        }
    }
}
