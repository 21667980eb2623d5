//! TOML documents (site.toml, front matter) read into typed structs, with errors located in
//! their file and "did you mean" hints for misspelt keys and values.

use serde::de::DeserializeOwned;

use crate::error::{closest, Diagnostic, SourceFile};
use crate::messages::Message;

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
    toml::from_str(&without_escaped_controls(padded)).map_err(|e| {
        let span = e.span().unwrap_or(offset..offset);
        let message = e.message().trim().to_string();
        file.said(span, said(&message))
    })
}

/// The catalogue's message for a TOML error: a key or value misspelt (with the closest
/// accepted one), or any other error, whose detail is the TOML reader's own (in English).
fn said(message: &str) -> Message {
    let unknown = |what: &'static str| -> Option<Message> {
        let wrong = message.split('`').nth(1)?;
        let (_, expected) = message.split_once("expected")?;
        let known: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        let list = known.join(", ");
        Some(
            if known.is_empty() {
                Message::new(match what {
                    "field" => "toml-unknown-key-none",
                    _ => "toml-unknown-value-none",
                })
            } else {
                match closest(wrong, known.iter().copied()) {
                    Some(k) => Message::new(match what {
                        "field" => "toml-unknown-key-close",
                        _ => "toml-unknown-value-close",
                    })
                    .arg("close", k),
                    None => Message::new(match what {
                        "field" => "toml-unknown-key",
                        _ => "toml-unknown-value",
                    }),
                }
                .arg("accepted", list)
            }
            .arg("name", wrong),
        )
    };
    let found = if message.starts_with("unknown field") {
        unknown("field")
    } else if message.starts_with("unknown variant") {
        unknown("variant")
    } else {
        None
    };
    found.unwrap_or_else(|| Message::new("toml-invalid").arg("detail", message))
}

/// The TOML with every escape in a basic string that stands for a control character
/// (`\u000b`, `\b`, `\f`, `\e`, `\x07`…) made to stand for a space instead (`\u0020`, or
/// `\t` for the two-letter ones), with the same number of bytes so that spans hold: such
/// characters cannot be shown, and XML feeds cannot hold them, as at load for raw ones
/// ([`crate::content::without_controls`]). Escapes of tab, line feed and carriage return stay.
fn without_escaped_controls(toml: String) -> String {
    #[derive(PartialEq)]
    enum In {
        Code,
        Comment,
        Basic,
        MultiBasic,
        Literal,
        MultiLiteral,
    }
    if !toml.contains('\\') {
        return toml;
    }
    let bytes = toml.as_bytes();
    let mut blanks: Vec<std::ops::Range<usize>> = Vec::new();
    let mut state = In::Code;
    let mut i = 0;
    let starts = |i: usize, what: &str| bytes[i..].starts_with(what.as_bytes());
    while i < bytes.len() {
        let b = bytes[i];
        match state {
            In::Code => match b {
                b'#' => state = In::Comment,
                b'"' if starts(i, "\"\"\"") => {
                    state = In::MultiBasic;
                    i += 2;
                }
                b'"' => state = In::Basic,
                b'\'' if starts(i, "\'\'\'") => {
                    state = In::MultiLiteral;
                    i += 2;
                }
                b'\'' => state = In::Literal,
                _ => {}
            },
            In::Comment if b == b'\n' => state = In::Code,
            In::Literal if b == b'\'' || b == b'\n' => state = In::Code,
            In::MultiLiteral if starts(i, "\'\'\'") => {
                state = In::Code;
                i += 2;
            }
            In::Basic | In::MultiBasic if b == b'\\' => {
                let escape = escape_length(&toml[i..]);
                if let Some((len, true)) = escape {
                    blanks.push(i..i + len);
                }
                i += escape.map_or(2, |(len, _)| len);
                continue;
            }
            In::Basic if b == b'"' || b == b'\n' => state = In::Code,
            In::MultiBasic if starts(i, "\"\"\"") => {
                state = In::Code;
                i += 2;
            }
            _ => {}
        }
        i += 1;
    }
    if blanks.is_empty() {
        return toml;
    }
    let mut out = toml.into_bytes();
    for range in blanks {
        let len = range.len();
        let space: &[u8] = match len {
            2 => b"\\t",
            4 => b"\\x20",
            6 => b"\\u0020",
            _ => b"\\U00000020",
        };
        out[range].copy_from_slice(&space[..len]);
    }
    // Only ASCII escape sequences were replaced by ASCII spaces.
    String::from_utf8(out).unwrap_or_default()
}

/// The length of the escape at the start of `text` (which starts with `\`), and whether it
/// stands for a control character.
fn escape_length(text: &str) -> Option<(usize, bool)> {
    let control = |hex: &str| {
        u32::from_str_radix(hex, 16)
            .ok()
            .and_then(char::from_u32)
            .is_some_and(|c| {
                (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
                    || matches!(c, '\u{fffe}' | '\u{ffff}')
            })
    };
    let digits = |n: usize| {
        text.get(2..2 + n)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
    };
    match text.as_bytes().get(1)? {
        b'b' | b'f' | b'e' => Some((2, true)),
        b'x' => digits(2).map(|h| (4, control(h))),
        b'u' => digits(4).map(|h| (6, control(h))),
        b'U' => digits(8).map(|h| (10, control(h))),
        _ => Some((2, false)),
    }
}

#[cfg(test)]
mod escapes {
    use super::without_escaped_controls;

    #[test]
    fn escaped_controls_become_spaces_in_basic_strings_only() {
        let toml = r#"a = "x\u000by\bz\"\\b\tq" # "\u0001"
b = 'c:\bin\u0001'
c = """m\U0000001bn"""
d = "\u00e9""#;
        let out = without_escaped_controls(toml.to_string());
        assert_eq!(out.len(), toml.len());
        assert_eq!(
            out,
            r#"a = "x\u0020y\tz\"\\b\tq" # "\u0001"
b = 'c:\bin\u0001'
c = """m\U00000020n"""
d = "\u00e9""#
        );
    }
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
