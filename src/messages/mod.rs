//! What Vigie says, in the webmaster's language: a Fluent catalogue per language (`en.ftl`,
//! `fr.ftl`, `nl.ftl`, `de.ftl` beside this file, compiled in), English where a translation
//! is missing. Messages are made from a key and arguments ([`Message`]), so that the same
//! error can be said in any language, and machine-readable output keeps the key.
//!
//! The language is decided once, at the start of a command ([`choose`]), in one place.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

pub mod help;

/// The languages Vigie speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Fr,
    Nl,
    De,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Fr, Lang::Nl, Lang::De];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Nl => "nl",
            Lang::De => "de",
        }
    }

    /// The language a code or a locale names: `fr`, `nl-BE`, `de_BE.UTF-8`, `fr_BE@euro`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let language = code
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == language)
    }

    fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("en.ftl"),
            Lang::Fr => include_str!("fr.ftl"),
            Lang::Nl => include_str!("nl.ftl"),
            Lang::De => include_str!("de.ftl"),
        }
    }
}

/// Decides the language of this run: `--lang`, then `VIGIE_LANG`, `LC_ALL`, `LC_MESSAGES` and
/// `LANG` (the first that names a language Vigie speaks; `C` and `POSIX` name none), then the
/// site's first language, then English.
pub fn choose(flag: Option<&str>, site_first: Option<&str>) -> Lang {
    let from_environment = ["VIGIE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|name| std::env::var(name).ok())
        .find_map(|value| Lang::from_code(&value));
    flag.and_then(Lang::from_code)
        .or(from_environment)
        .or_else(|| site_first.and_then(Lang::from_code))
        .unwrap_or(Lang::En)
}

static CHOSEN: OnceLock<Lang> = OnceLock::new();

thread_local! {
    /// The language one request of the workbench is answered in, while it is.
    static SPEAKING: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// Sets the language of this run, once; later calls change nothing.
pub fn set(lang: Lang) {
    let _ = CHOSEN.set(lang);
}

/// The language of this run: English unless [`set`] said otherwise, and while [`speaking`]
/// runs on this thread, the language it was given.
pub fn current() -> Lang {
    SPEAKING
        .get()
        .or_else(|| CHOSEN.get().copied())
        .unwrap_or(Lang::En)
}

/// Runs `f` with the messages said in `lang` on this thread: the workbench answers each
/// request in the interface language its user picked, whatever the run's.
pub fn speaking<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    /// Gives the thread its language back, even if `f` panics.
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            SPEAKING.set(self.0);
        }
    }
    let _restore = Restore(SPEAKING.replace(Some(lang)));
    f()
}

/// One bundle per language, in the order of [`Lang::ALL`].
fn bundles() -> &'static [FluentBundle<FluentResource>; 4] {
    static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 4]> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        Lang::ALL.map(|lang| {
            let id = lang
                .code()
                .parse()
                .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Isolation marks around values would show as stray characters in a terminal.
            bundle.set_use_isolating(false);
            // A file that does not parse keeps what did (the unit tests refuse such a file).
            let resource =
                FluentResource::try_new(lang.source().to_string()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
            bundle
        })
    })
}

/// A message of the catalogue: its key and the values it says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
    /// Values that are counts: the catalogue chooses its plural forms by them ("one capsule",
    /// "3 capsules"). Other values stay text, so that a phone number keeps its leading zero.
    pub counts: Vec<(&'static str, u64)>,
}

impl Message {
    pub fn new(key: &'static str) -> Message {
        Message {
            key,
            args: Vec::new(),
            counts: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Message {
        self.args.push((name, value.to_string()));
        self
    }

    pub fn count(mut self, name: &'static str, value: usize) -> Message {
        self.counts.push((name, value as u64));
        self
    }

    /// The message in the language of this run.
    pub fn text(&self) -> String {
        self.text_in(current())
    }

    pub fn text_in(&self, lang: Lang) -> String {
        self.say(lang, None).unwrap_or_else(|| self.key.to_string())
    }

    /// What to do about it, in the language of this run, if the message says.
    pub fn hint(&self) -> Option<String> {
        self.say(current(), Some("hint"))
    }

    /// In `lang`, else in English.
    fn say(&self, lang: Lang, attribute: Option<&str>) -> Option<String> {
        format(lang, self, attribute).or_else(|| format(Lang::En, self, attribute))
    }
}

fn format(lang: Lang, message: &Message, attribute: Option<&str>) -> Option<String> {
    let bundle = &bundles()[Lang::ALL.iter().position(|l| *l == lang)?];
    let found = bundle.get_message(message.key)?;
    let pattern = match attribute {
        None => found.value()?,
        Some(name) => found.get_attribute(name)?.value(),
    };
    let mut args = FluentArgs::new();
    for (name, value) in &message.args {
        args.set(*name, value.as_str());
    }
    for (name, value) in &message.counts {
        args.set(*name, *value);
    }
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned(),
    )
}

/// A message put into a sentence (`format!("{message}")`) is what it says in the language of
/// this run.
impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text())
    }
}

/// A message is written out (as JSON, or into a page) as what it says in the language of
/// this run.
impl serde::Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text())
    }
}

/// The catalogue's text for a key made at run time (a command's help), without values: in the
/// language of this run, else in English; none when no catalogue has the key.
pub fn phrase(key: &str) -> Option<String> {
    phrase_in(current(), key)
}

fn phrase_in(lang: Lang, key: &str) -> Option<String> {
    [lang, Lang::En].into_iter().find_map(|lang| {
        let bundle = &bundles()[Lang::ALL.iter().position(|l| *l == lang)?];
        let pattern = bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, None, &mut errors)
                .into_owned(),
        )
    })
}

/// Every message whose key starts with `prefix`, in `lang` (else English), by the rest of its
/// key: the workbench's screens and script take all their words at once this way.
pub fn every(prefix: &str, lang: Lang) -> BTreeMap<String, String> {
    let english = fluent_syntax::parser::parse(Lang::En.source()).unwrap_or_else(|(r, _)| r);
    english
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => {
                let rest = m.id.name.strip_prefix(prefix)?;
                Some((rest.to_string(), phrase_in(lang, m.id.name)?))
            }
            _ => None,
        })
        .collect()
}

/// A word of the catalogue in the language of this run, such as `diagnostic-error`.
pub fn word(key: &'static str) -> String {
    Message::new(key).text()
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    use super::*;

    /// Each message of a catalogue: its attributes, and the placeholders of its text and of
    /// each attribute.
    type Shape = BTreeMap<String, BTreeMap<String, BTreeSet<String>>>;

    fn shape(lang: Lang) -> Shape {
        let resource = fluent_syntax::parser::parse(lang.source())
            .unwrap_or_else(|(_, errors)| panic!("{}.ftl does not parse: {errors:?}", lang.code()));
        let mut shape = Shape::new();
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut parts = BTreeMap::new();
                if let Some(value) = &m.value {
                    parts.insert(String::new(), placeholders(value));
                }
                for a in &m.attributes {
                    parts.insert(format!(".{}", a.id.name), placeholders(&a.value));
                }
                shape.insert(m.id.name.to_string(), parts);
            }
        }
        shape
    }

    fn placeholders(pattern: &ast::Pattern<&str>) -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_placeholders(expression, &mut found);
            }
        }
        found
    }

    fn expression_placeholders(e: &ast::Expression<&str>, found: &mut BTreeSet<String>) {
        let inline = |i: &ast::InlineExpression<&str>, found: &mut BTreeSet<String>| {
            if let ast::InlineExpression::VariableReference { id } = i {
                found.insert(id.name.to_string());
            }
        };
        match e {
            ast::Expression::Inline(i) => inline(i, found),
            ast::Expression::Select { selector, variants } => {
                inline(selector, found);
                for v in variants {
                    found.extend(placeholders(&v.value));
                }
            }
        }
    }

    #[test]
    fn every_language_has_every_message_with_the_same_placeholders() {
        let english = shape(Lang::En);
        assert!(!english.is_empty());
        for lang in [Lang::Fr, Lang::Nl, Lang::De] {
            assert_eq!(
                shape(lang),
                english,
                "{}.ftl differs from en.ftl",
                lang.code()
            );
        }
    }

    #[test]
    fn messages_are_said_in_the_language_asked_with_their_values() {
        let m = Message::new("capsule-missing-translation").arg("lang", "nl");
        assert_eq!(
            m.text_in(Lang::Fr),
            "la capsule n'a pas de traduction `nl`, que site.toml exige"
        );
        assert_eq!(
            m.text_in(Lang::De),
            "die Kapsel hat keine Übersetzung `nl`, die site.toml verlangt"
        );
        assert_eq!(Message::new("no-such-key").text_in(Lang::Nl), "no-such-key");
    }

    #[test]
    fn locales_name_their_language() {
        assert_eq!(Lang::from_code("fr_BE.UTF-8"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("nl-BE"), Some(Lang::Nl));
        assert_eq!(Lang::from_code("de_BE@euro"), Some(Lang::De));
        assert_eq!(Lang::from_code("C.UTF-8"), None);
        assert_eq!(Lang::from_code("POSIX"), None);
        assert_eq!(choose(Some("nl"), Some("fr")), Lang::Nl);
    }
}
