//! A capsule's or a page's files as the workbench reads and writes them: each translation's front matter
//! as JSON, and its Markdown body as typed.
//!
//! A save edits the front matter in place (toml_edit): a key whose value did not change keeps
//! its bytes, comments and place; a changed value keeps the comments around it; a key the
//! form no longer sends is removed, a new one added. The body is the text after the closing
//! `+++`, never rewritten.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value as Json};
use toml_edit::{Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table, Value};

use crate::content::capsule::Unsaved;
use crate::content::front_matter;
use crate::error::SourceFile;

/// The order new keys are written in, as PRODUCT.md lists them (JSON objects have none).
const KEY_ORDER: [&str; 29] = [
    "title",
    "kind",
    "date",
    "expires",
    "summary",
    "tags",
    "districts",
    "aliases",
    "draft",
    "privacy_reviewed",
    "share",
    "allow",
    "sms",
    "src",
    "url",
    "alt",
    "credit",
    "focus",
    "poster",
    "captions",
    "outlet",
    "network",
    "headline",
    "short",
    "cta",
    "contact",
    "image",
    "video",
    "leaflet",
];

/// Keys whose strings are TOML dates: the form sends `2026-11-20` or `2026-11-20T18:00:00`
/// (`start` and `end` are an event's, which the form keeps as the file gave them).
const DATE_KEYS: [&str; 4] = ["date", "expires", "start", "end"];

/// Where one capsule's or page's translation files are, and how they are named: a capsule's
/// are `index.<lang>.md` in its bundle, a page's `<slug>.<lang>.md` in `content/pages/`.
#[derive(Clone, Debug)]
pub struct Place {
    pub what: What,
    pub slug: String,
    pub dir: PathBuf,
    /// What each file name starts with: `index`, or the page's slug.
    stem: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum What {
    Capsule,
    Page,
}

impl What {
    /// Its folder under `content/`, and its part of the workbench's addresses.
    pub fn folder(self) -> &'static str {
        match self {
            What::Capsule => "capsules",
            What::Page => "pages",
        }
    }
}

impl Place {
    pub fn capsule(dir: PathBuf) -> Place {
        let folder = dir.file_name().unwrap_or_default().to_string_lossy();
        let slug = crate::content::slug::slugify(&folder);
        Place {
            what: What::Capsule,
            slug,
            dir,
            stem: "index".to_string(),
        }
    }

    /// The page `slug` of `root`, its files named `<stem>.<lang>.md` (the stem is the slug, or
    /// what a webmaster named the files, as `Contact` for `contact`).
    pub fn page(root: &Path, slug: &str, stem: &str) -> Place {
        Place {
            what: What::Page,
            slug: slug.to_string(),
            dir: root.join("content").join("pages"),
            stem: stem.to_string(),
        }
    }

    /// `capsules/<slug>` or `pages/<slug>`: its place in the history of saves.
    pub fn name(&self) -> String {
        format!("{}/{}", self.what.folder(), self.slug)
    }

    /// Whether `file` (relative to the site's `root`) is one of this place's: a file of the
    /// bundle, or a translation of the page.
    pub fn holds(&self, root: &Path, file: &Path) -> bool {
        let path = root.join(file);
        match self.what {
            What::Capsule => path.starts_with(&self.dir),
            What::Page => {
                path.parent() == Some(self.dir.as_path())
                    && path
                        .file_name()
                        .is_some_and(|n| self.language_of(&n.to_string_lossy(), "-").is_some())
            }
        }
    }

    /// The translation files, by file name (`index.fr.md`), as on disk.
    pub fn read(&self) -> std::io::Result<Unsaved> {
        self.read_in(&self.dir)
    }

    /// The translation files of this capsule or page found in `dir` (its folder, or a copy
    /// kept in the history).
    pub fn read_in(&self, dir: &Path) -> std::io::Result<Unsaved> {
        let mut files = Unsaved::new();
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if self.language_of(&name, "-").is_some() && entry.file_type()?.is_file() {
                files.insert(name.clone(), std::fs::read_to_string(entry.path())?);
            }
        }
        Ok(files)
    }

    /// The language of a translation file: `index.nl.md` is `nl`, `index.md` the default;
    /// none for a file that is not one of this place's.
    pub fn language_of(&self, name: &str, default: &str) -> Option<String> {
        let middle = name.strip_prefix(&self.stem)?.strip_suffix(".md")?;
        match middle.strip_prefix('.') {
            None if middle.is_empty() => Some(default.to_string()),
            Some(lang) if !lang.is_empty() && !lang.contains(['.', '/', '\\']) => {
                Some(lang.to_string())
            }
            _ => None,
        }
    }

    /// The file that holds `lang`: the existing one, else `<stem>.<lang>.md`.
    pub fn file_of(&self, files: &Unsaved, lang: &str, default: &str) -> String {
        files
            .keys()
            .find(|name| self.language_of(name, default).as_deref() == Some(lang))
            .cloned()
            .unwrap_or_else(|| format!("{}.{lang}.md", self.stem))
    }
}

/// What the files are, as one short value: the `ETag` a save must name in `If-Match`.
pub fn version(files: &Unsaved) -> String {
    let mut hasher = blake3::Hasher::new();
    for (name, text) in files {
        hasher.update(name.as_bytes());
        hasher.update(&[0]);
        hasher.update(&(text.len() as u64).to_le_bytes());
        hasher.update(text.as_bytes());
    }
    hasher.finalize().to_hex()[..16].to_string()
}

/// One translation split into its front matter and its body.
pub struct Parts<'a> {
    /// Everything up to the front matter (the opening `+++` line, a byte-order mark).
    pub head: &'a str,
    pub front_matter: &'a str,
    /// From the closing `+++` line to the body.
    pub middle: &'a str,
    pub body: &'a str,
}

pub fn parts<'a>(name: &str, text: &'a str) -> Option<Parts<'a>> {
    let file = SourceFile::new(name, text);
    let split = front_matter::split(&file).ok()?;
    let (fm, body) = (split.front_matter, split.body_offset);
    Some(Parts {
        head: &text[..fm.start],
        front_matter: &text[fm.clone()],
        middle: &text[fm.end..body],
        body: &text[body..],
    })
}

/// Each translation as `{"front_matter": {…}, "body": "…"}`, by language; a file that does not
/// parse gives its whole text as `"source"` instead, for the form to show as it is.
pub fn to_json(place: &Place, files: &Unsaved, default: &str) -> Map<String, Json> {
    let mut languages = Map::new();
    for (name, text) in files {
        let Some(lang) = place.language_of(name, default) else {
            continue;
        };
        let parsed = parts(name, text).and_then(|p| {
            let doc: DocumentMut = p.front_matter.parse().ok()?;
            Some(serde_json::json!({
                "front_matter": table_json(doc.as_table()),
                "body": p.body,
            }))
        });
        languages.insert(
            lang,
            parsed.unwrap_or_else(|| serde_json::json!({ "source": text })),
        );
    }
    languages
}

fn table_json(table: &Table) -> Json {
    Json::Object(
        table
            .iter()
            .map(|(k, item)| (k.to_string(), item_json(item)))
            .collect(),
    )
}

fn item_json(item: &Item) -> Json {
    match item {
        Item::None => Json::Null,
        Item::Value(v) => value_json(v),
        Item::Table(t) => table_json(t),
        Item::ArrayOfTables(a) => Json::Array(a.iter().map(table_json).collect()),
    }
}

fn value_json(value: &Value) -> Json {
    match value {
        Value::String(s) => Json::String(s.value().clone()),
        Value::Integer(i) => Json::from(*i.value()),
        Value::Float(f) => Json::from(*f.value()),
        Value::Boolean(b) => Json::Bool(*b.value()),
        Value::Datetime(d) => Json::String(d.value().to_string()),
        Value::Array(a) => Json::Array(a.iter().map(value_json).collect()),
        Value::InlineTable(t) => Json::Object(
            t.iter()
                .map(|(k, v)| (k.to_string(), value_json(v)))
                .collect(),
        ),
    }
}

/// The files after the form's `languages` are applied: each language given is its file
/// edited in place (or a new file), the others as they were.
pub fn apply(
    place: &Place,
    files: &Unsaved,
    languages: &Map<String, Json>,
    default: &str,
) -> Result<Unsaved, String> {
    let mut edited = files.clone();
    for (lang, translation) in languages {
        if lang.is_empty() || !lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(format!("`{lang}` is not a language code"));
        }
        let name = place.file_of(files, lang, default);
        let old = files.get(&name).map(String::as_str);
        let text = match translation.get("source").and_then(Json::as_str) {
            Some(source) => source.to_string(),
            None => edit(old, &name, translation)?,
        };
        // A new translation is written as its siblings are.
        let like = old.or_else(|| files.values().next().map(String::as_str));
        edited.insert(name, written_as(like, &text));
    }
    Ok(edited)
}

/// `text` with the line ends and byte-order mark of `like`, the file as it was: a form's
/// text arrives with the browser's `\n`, and a file saved by Notepad (CRLF, a mark) must not
/// come back with mixed line ends, nor a Unix file with CRLF.
fn written_as(like: Option<&str>, text: &str) -> String {
    const BOM: char = '\u{feff}';
    let lf = text.strip_prefix(BOM).unwrap_or(text).replace("\r\n", "\n");
    let Some(like) = like else { return lf };
    let crlf = like.find('\n').is_some_and(|i| like[..i].ends_with('\r'));
    let mark = if like.starts_with(BOM) {
        "\u{feff}"
    } else {
        ""
    };
    match crlf {
        true => format!("{mark}{}", lf.replace('\n', "\r\n")),
        false => format!("{mark}{lf}"),
    }
}

/// One translation's new text: `old` (if any) with its front matter edited to the form's and
/// its body replaced.
fn edit(old: Option<&str>, name: &str, translation: &Json) -> Result<String, String> {
    let fields = translation
        .get("front_matter")
        .and_then(Json::as_object)
        .ok_or("each language needs a `front_matter` object")?;
    let body = translation
        .get("body")
        .and_then(Json::as_str)
        .ok_or("each language needs a `body` string")?;
    let old = old.and_then(|text| parts(name, text));
    let mut doc: DocumentMut = match &old {
        Some(p) => p.front_matter.parse().map_err(|_| {
            format!("{name}: the front matter on disk does not parse; send it whole as `source`")
        })?,
        None => DocumentMut::new(),
    };
    edit_table(doc.as_table_mut(), fields, true)?;
    let front_matter = doc.to_string();
    Ok(match old {
        Some(p) => format!("{}{front_matter}{}{body}", p.head, p.middle),
        None => format!("+++\n{front_matter}+++\n{body}"),
    })
}

/// Brings `table` to `fields`, touching only what differs.
fn edit_table(table: &mut Table, fields: &Map<String, Json>, top: bool) -> Result<(), String> {
    let gone: Vec<String> = table
        .iter()
        .map(|(k, _)| k.to_string())
        .filter(|k| !fields.contains_key(k))
        .collect();
    for key in gone {
        table.remove(&key);
    }
    let mut ordered: Vec<(&String, &Json)> = fields.iter().collect();
    ordered.sort_by_key(|(k, _)| {
        KEY_ORDER
            .iter()
            .position(|o| o == k)
            .unwrap_or(KEY_ORDER.len())
    });
    for (key, wanted) in ordered {
        if wanted.is_null() {
            table.remove(key);
            continue;
        }
        match table.get_mut(key) {
            Some(item) if item_json(item) == *wanted => {}
            Some(Item::Table(inner)) if wanted.is_object() => {
                edit_table(inner, wanted.as_object().unwrap_or(&Map::new()), false)?;
            }
            Some(Item::Value(old)) => {
                let mut new = to_value(key, wanted)?;
                *new.decor_mut() = old.decor().clone();
                *old = new;
            }
            _ => {
                let item = to_item(key, wanted, top)?;
                table.insert(key, item);
            }
        }
    }
    Ok(())
}

/// A new key's item: objects at the top are `[tables]`, lists of objects `[[tables]]`.
fn to_item(key: &str, json: &Json, top: bool) -> Result<Item, String> {
    match json {
        Json::Object(fields) if top => {
            let mut table = Table::new();
            edit_table(&mut table, fields, false)?;
            Ok(Item::Table(table))
        }
        Json::Array(rows) if top && !rows.is_empty() && rows.iter().all(Json::is_object) => {
            let mut tables = ArrayOfTables::new();
            for fields in rows.iter().filter_map(Json::as_object) {
                let mut table = Table::new();
                edit_table(&mut table, fields, false)?;
                tables.push(table);
            }
            Ok(Item::ArrayOfTables(tables))
        }
        _ => to_value(key, json).map(Item::Value),
    }
}

fn to_value(key: &str, json: &Json) -> Result<Value, String> {
    Ok(match json {
        Json::Null => return Err(format!("`{key}` has no value")),
        Json::Bool(b) => Value::from(*b),
        Json::Number(n) => match n.as_i64() {
            Some(i) => Value::from(i),
            None => Value::from(n.as_f64().unwrap_or_default()),
        },
        Json::String(s) if DATE_KEYS.contains(&key) => match s.parse::<toml_edit::Datetime>() {
            Ok(d) => Value::from(d),
            Err(_) => one_line(s),
        },
        Json::String(s) => one_line(s),
        Json::Array(items) => {
            let mut array = Array::new();
            for item in items {
                array.push(to_value(key, item)?);
            }
            Value::Array(array)
        }
        Json::Object(fields) => {
            let mut table = InlineTable::new();
            for (k, v) in fields {
                table.insert(k, to_value(k, v)?);
            }
            Value::InlineTable(table)
        }
    })
}

/// A string written on one line, its line breaks escaped (`\n`): a line of a multi-line
/// string could read `+++` and close the front matter.
pub fn one_line(s: &str) -> Value {
    use toml_writer::ToTomlValue;
    let written = toml_writer::TomlStringBuilder::new(s)
        .as_basic()
        .to_toml_value();
    // A parsed value keeps the form it was written in.
    written
        .parse::<Value>()
        .expect("toml_writer writes a valid basic string")
}

/// The field of the form a finding at byte `offset` of a translation belongs to: `body`, a
/// front-matter key (`title`, `image.alt`, `press`), or none.
pub fn field_at(name: &str, text: &str, offset: usize) -> Option<String> {
    let p = parts(name, text)?;
    let start = p.head.len();
    if offset >= text.len() - p.body.len() {
        return Some("body".to_string());
    }
    let doc = toml_edit::Document::parse(p.front_matter).ok()?;
    let at = offset.checked_sub(start)?;
    let mut path = Vec::new();
    let mut table = doc.as_table();
    loop {
        let found = table.iter().find_map(|(key, item)| {
            let key_span = table.key(key).and_then(|k| k.span());
            let item_span = item.span();
            let covers = |s: &Option<std::ops::Range<usize>>| {
                s.as_ref().is_some_and(|s| s.contains(&at) || s.end == at)
            };
            (covers(&key_span) || covers(&item_span) || item_covers(item, at))
                .then_some((key, item))
        });
        let Some((key, item)) = found else { break };
        path.push(key.to_string());
        match item {
            Item::Table(inner) => table = inner,
            _ => break,
        }
    }
    (!path.is_empty()).then(|| path.join("."))
}

/// Whether a table's or a list of tables' keys cover `at` (their own span is only the header).
fn item_covers(item: &Item, at: usize) -> bool {
    let spans = |t: &Table| {
        t.iter()
            .filter_map(|(_, i)| i.span())
            .any(|s| s.start <= at && at <= s.end)
    };
    match item {
        Item::Table(t) => spans(t),
        Item::ArrayOfTables(a) => a.iter().any(spans),
        _ => false,
    }
}

/// The byte offset of a diagnostic's 1-based line and column (counted in characters).
pub fn offset_of(text: &str, line: usize, column: usize) -> Option<usize> {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.checked_sub(1)?)
        .map(str::len)
        .sum();
    let skip = column.checked_sub(1)?;
    let within = text.get(start..)?;
    Some(
        start
            + within
                .char_indices()
                .nth(skip)
                .map_or(within.len(), |(i, _)| i),
    )
}
