//! TOML documents (site.toml, front matter) read into typed structs, with errors located in
//! their file and "did you mean" hints for misspelt keys and values.

use serde::de::DeserializeOwned;

use crate::error::{closest, Diagnostic, SourceFile};

/// Parses `file.text[offset..offset + len]` as TOML into `T`.
///
/// What precedes the TOML (the `+++` line of front matter) is blanked rather than cut, so that
/// every span, in errors and in `Spanned` values alike, is a byte offset into the whole file.
pub fn parse<T: DeserializeOwned>(
    file: &SourceFile,
    offset: usize,
    len: usize,
) -> Result<T, Diagnostic> {
    let before = file.text.as_bytes().get(..offset).unwrap_or_default();
    let mut padded: String = before
        .iter()
        .map(|&b| if b == b'\n' { '\n' } else { ' ' })
        .collect();
    padded.push_str(file.text.get(offset..offset + len).unwrap_or_default());
    toml::from_str(&padded).map_err(|e| {
        let span = e.span().unwrap_or(offset..offset);
        let message = e.message().trim().to_string();
        let hint = hint_for(&message);
        let diagnostic = file.error(span, first_clause(&message));
        match hint {
            Some(h) => diagnostic.hint(h),
            None => diagnostic,
        }
    })
}

/// Serde's messages run on with the whole list of expected names; the list goes in the hint.
fn first_clause(message: &str) -> String {
    match message.split_once(", expected") {
        Some((head, _)) if head.starts_with("unknown") => head.to_string(),
        _ => message.to_string(),
    }
}

/// Reads serde's "unknown field `x`, expected one of `a`, `b`" and suggests the closest name.
fn hint_for(message: &str) -> Option<String> {
    let what = if message.starts_with("unknown field") {
        "key"
    } else if message.starts_with("unknown variant") {
        "value"
    } else {
        return None;
    };
    let wrong = message.split('`').nth(1)?;
    let (_, expected) = message.split_once("expected")?;
    let known: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    if known.is_empty() {
        return Some(format!("remove this {what}; none is accepted here"));
    }
    let list = known.join(", ");
    Some(match closest(wrong, known.iter().copied()) {
        Some(k) => format!("did you mean `{k}`? Accepted: {list}"),
        None => format!("accepted {what}s here: {list}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        title: String,
        kind: Option<String>,
    }

    #[test]
    fn unknown_key_gets_a_suggestion_and_a_location() {
        let file = SourceFile::new("x.toml", "title = \"a\"\ntitel = \"b\"\n");
        let d = parse::<Doc>(&file, 0, file.text.len()).unwrap_err();
        assert_eq!(d.message, "unknown field `titel`");
        assert_eq!((d.line, d.column), (2, 1));
        assert!(d.hint.unwrap().starts_with("did you mean `title`?"));
    }

    #[test]
    fn offsets_are_relative_to_the_file() {
        let file = SourceFile::new("x.md", "+++\ntitle = 3\n+++\n");
        let d = parse::<Doc>(&file, 4, 10).unwrap_err();
        assert_eq!(d.line, 2);
    }
}
