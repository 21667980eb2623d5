//! Errors: typed for the library, printed like rustc for the webmaster.
//!
//! Content errors are collected (never the first one only) so that a webmaster fixes a whole
//! batch per build; each carries its file, line and column, the offending line and a hint.

use crate::messages::{self, Message};
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// One file's text, kept so that byte offsets can be shown as line, column and the line itself.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path shown to the user, relative to the site root.
    pub path: PathBuf,
    pub text: String,
}

impl SourceFile {
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        SourceFile {
            path: path.into(),
            text: text.into(),
        }
    }

    /// An error at byte `span` of this file. The excerpt is a window of the line around the
    /// column, so that a finding on a very long line costs little memory and output.
    /// The diagnostic at `span` saying `message` of the catalogue, with its hint.
    pub fn said(&self, span: Range<usize>, message: Message) -> Diagnostic {
        self.error(span, "").said(message)
    }

    pub fn error(&self, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        // A byte-order mark (Notepad's UTF-8) is not a column: line 1 starts after it.
        let bom = match self.text.starts_with('\u{feff}') {
            true => '\u{feff}'.len_utf8(),
            false => 0,
        };
        let start = floor_char_boundary(&self.text, span.start.clamp(bom, self.text.len()));
        let line_start = self.text[..start].rfind('\n').map_or(bom, |i| i + 1);
        let line_end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i);
        let line = bytecount_lines(&self.text[..start]) + 1;
        let column = self.text[line_start..start].chars().count() + 1;
        // The caret covers at most two window sides of a long span (a whole body).
        let end = floor_char_boundary(&self.text, span.end.clamp(start, line_end));
        let end = self.text[start..end]
            .char_indices()
            .nth(EXCERPT_SIDE * 2)
            .map_or(end, |(i, _)| start + i);
        let width = self.text[start..end].chars().count().max(1);
        // The window: up to EXCERPT_SIDE characters each side of the caret.
        let window_start = self.text[line_start..start]
            .char_indices()
            .rev()
            .nth(EXCERPT_SIDE - 1)
            .map_or(line_start, |(i, _)| line_start + i);
        let window_end = self.text[end..line_end]
            .char_indices()
            .nth(EXCERPT_SIDE)
            .map_or(line_end, |(i, _)| end + i);
        let excerpt = self.text[window_start..window_end]
            .trim_end_matches('\r')
            .to_string();
        let skipped = self.text[line_start..window_start].chars().count();
        // No excerpt of a line that holds a password is ever shown, whatever the error.
        let secret = has_password(&self.text[line_start..line_end]);
        Diagnostic {
            file: self.path.clone(),
            line,
            column,
            message: hide_passwords(&message.into()),
            hint: None,
            said: None,
            excerpt: (!secret).then(|| {
                Box::new(Excerpt {
                    text: excerpt,
                    caret: column - 1 - skipped,
                    width,
                    cut_before: window_start > line_start,
                    cut_after: window_end < line_end,
                })
            }),
        }
    }
}

/// The spans of the passwords in `text`: each `password` of a `scheme://user:password@host`.
fn passwords(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find("://") {
        let start = from + i + 3;
        let authority_end = text[start..]
            .find(|c: char| {
                c.is_whitespace() || matches!(c, '/' | '?' | '#' | '"' | '\'' | '<' | '>' | '`')
            })
            .map_or(text.len(), |j| start + j);
        let authority = &text[start..authority_end];
        if let Some(at) = authority.rfind('@') {
            if let Some(colon) = authority[..at].find(':') {
                found.push(start + colon + 1..start + at);
            }
        }
        from = start;
    }
    found
}

fn has_password(text: &str) -> bool {
    !passwords(text).is_empty()
}

/// `text` with every password of an address replaced by `****`.
pub fn hide_passwords(text: &str) -> String {
    let mut out = text.to_string();
    for span in passwords(text).into_iter().rev() {
        out.replace_range(span, "****");
    }
    out
}

/// How many characters of a long line an excerpt shows on each side of its caret.
const EXCERPT_SIDE: usize = 60;

fn bytecount_lines(text: &str) -> usize {
    text.bytes().filter(|&b| b == b'\n').count()
}

fn floor_char_boundary(text: &str, mut index: usize) -> usize {
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// A problem in the site's content or configuration, located in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: PathBuf,
    /// 1-based; 0 when the problem concerns the whole file or folder.
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub hint: Option<String>,
    /// The offending line, or a window of it (boxed: diagnostics travel in `Result`s).
    pub excerpt: Option<Box<Excerpt>>,
    /// The catalogue's message `message` and `hint` were said from, for machine-readable
    /// output (its key is stable) and to say it in another language (boxed, as the excerpt).
    pub said: Option<Box<Message>>,
}

/// The part of the offending line a diagnostic shows, and where its caret goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excerpt {
    pub text: String,
    /// Characters of `text` before the caret.
    pub caret: usize,
    /// Characters under the caret.
    pub width: usize,
    /// Whether the line goes on before or after the window.
    pub cut_before: bool,
    pub cut_after: bool,
}

impl Diagnostic {
    /// A problem with a whole file or folder, with no line to point at.
    pub fn in_file(file: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.into(),
            line: 0,
            column: 0,
            message: message.into(),
            hint: None,
            excerpt: None,
            said: None,
        }
    }

    /// A problem with a whole file or folder, said from the catalogue with its hint.
    pub fn said_in(file: impl Into<PathBuf>, message: Message) -> Self {
        Self::in_file(file, "").said(message)
    }

    /// The diagnostic saying `message` of the catalogue, and its hint, in the language of
    /// this run.
    pub fn said(mut self, message: Message) -> Self {
        self.said = Some(Box::new(message));
        (self.message, self.hint) = self.said_now();
        self
    }

    /// Its message and hint in the language spoken now: said again from the catalogue when
    /// they came from it, since a diagnostic made on another thread (a parallel load) was said
    /// in the run's language, and the workbench answers in its user's.
    pub fn said_now(&self) -> (String, Option<String>) {
        match &self.said {
            Some(said) => (hide_passwords(&said.text()), said.hint()),
            None => (self.message.clone(), self.hint.clone()),
        }
    }

    /// The same without the offending line, for a line that holds a secret.
    pub fn without_excerpt(mut self) -> Self {
        self.excerpt = None;
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// `file:line:col`, the form editors and terminals turn into links.
    pub fn location(&self) -> String {
        if self.line == 0 {
            self.file.display().to_string()
        } else {
            format!("{}:{}:{}", self.file.display(), self.line, self.column)
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{}: {}",
            messages::word("diagnostic-error"),
            printable(&self.message)
        )?;
        writeln!(f, "  --> {}", self.location())?;
        if let Some(excerpt) = &self.excerpt {
            let number = self.line.to_string();
            let pad = " ".repeat(number.len());
            let (dots, tail) = (
                if excerpt.cut_before { "…" } else { "" },
                if excerpt.cut_after { "…" } else { "" },
            );
            // Control characters are shown as escapes, so the caret counts their escaped width.
            let before: String = excerpt
                .text
                .chars()
                .take(excerpt.caret)
                .map(|c| match c {
                    '\t' => "\t".to_string(),
                    c => " ".repeat(printable_char(c).chars().count()),
                })
                .collect();
            let under: usize = excerpt
                .text
                .chars()
                .skip(excerpt.caret)
                .take(excerpt.width)
                .map(|c| printable_char(c).chars().count())
                .sum();
            writeln!(f, "{pad} |")?;
            writeln!(f, "{number} | {dots}{}{tail}", printable(&excerpt.text))?;
            writeln!(
                f,
                "{pad} | {}{before}{}",
                " ".repeat(dots.chars().count()),
                "^".repeat(under.max(1))
            )?;
        }
        if let Some(hint) = &self.hint {
            writeln!(
                f,
                "  = {}: {}",
                messages::word("diagnostic-help"),
                printable(hint)
            )?;
        }
        Ok(())
    }
}

/// Text from content as a terminal may show it: control characters (which could clear or
/// recolour the screen) and bidirectional controls (which could reorder what is read) become
/// visible escapes such as `\u{1b}`; tabs stay.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| c != '\t' && is_hidden(c)) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(text.chars().map(printable_char).collect())
}

fn printable_char(c: char) -> String {
    if c != '\t' && is_hidden(c) {
        c.escape_unicode().to_string()
    } else {
        c.to_string()
    }
}

/// Characters that change what a terminal shows rather than showing themselves.
fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// Everything that can stop a command.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The site's content or configuration is wrong: the webmaster must fix files.
    #[error("{}", content_summary(.0))]
    Content(Vec<Diagnostic>),
    /// The command line is wrong.
    #[error("{0}")]
    Usage(String),
    /// A publish could not be done: the target cannot be reached or refused, or the publish
    /// would remove what it must not. Nothing on the target is half-written.
    #[error("{0}")]
    Publish(String),
    /// A theme template failed to compile or render.
    #[error("{}", Message::new("template-failed").arg("template", template).arg("problem", message))]
    Template { template: String, message: String },
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl Error {
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// The process exit code: 2 for a wrong command line, 3 for a publish that could not be
    /// done, 1 for everything else.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_) => 2,
            Error::Publish(_) => 3,
            _ => 1,
        }
    }
}

fn content_summary(diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        out.push_str(&d.to_string());
        out.push('\n');
    }
    out.push_str(
        &Message::new("content-errors")
            .count("count", diagnostics.len())
            .text(),
    );
    out
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Suggests the known name closest to a misspelt one, for "did you mean" hints.
pub fn closest<'a>(wrong: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (strsim::jaro_winkler(wrong, k), k))
        .filter(|(score, _)| *score > 0.75)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_in_addresses_are_never_shown() {
        let text = "url = \"ftps://web:s3cr%40t@ftp.example.be/www\", offline = \"x\"\n";
        let d = SourceFile::new("site.toml", text).error(
            text.find("offline").unwrap()..text.len() - 1,
            "invalid type: string \"sftp://a:hunter2@h/x\", expected a boolean",
        );
        let shown = d.to_string();
        assert!(
            !shown.contains("s3cr") && !shown.contains("hunter2"),
            "{shown}"
        );
        assert!(shown.contains("sftp://a:****@h/x"), "{shown}");
        assert_eq!(hide_passwords("sftp://user@host/x"), "sftp://user@host/x");
        assert_eq!(
            hide_passwords("a://u:p@h b://v:q@i"),
            "a://u:****@h b://v:****@i"
        );
    }

    #[test]
    fn points_at_line_and_column_in_characters() {
        let file = SourceFile::new("a.md", "+++\ntitlé = 1\nkïnd = \"x\"\n");
        let d = file.error(15..19, "bad");
        assert_eq!((d.line, d.column), (3, 1));
        let d = file.error(11..12, "bad");
        assert_eq!((d.line, d.column), (2, 7));
        assert_eq!(
            d.excerpt.as_ref().map(|e| e.text.as_str()),
            Some("titlé = 1")
        );
    }

    #[test]
    fn a_byte_order_mark_and_windows_line_ends_move_no_position() {
        let file = SourceFile::new("site.toml", "\u{feff}title = 12\r\nbase = 3\r\n");
        let d = file.error(11..13, "bad");
        assert_eq!((d.line, d.column), (1, 9));
        let excerpt = d.excerpt.as_ref().expect("an excerpt");
        assert_eq!((excerpt.text.as_str(), excerpt.caret), ("title = 12", 8));
        let d = file.error(0..1, "bad");
        assert_eq!((d.line, d.column), (1, 1));
        let d = file.error(22..23, "bad");
        assert_eq!((d.line, d.column), (2, 8));
        assert_eq!(d.excerpt.map(|e| e.text), Some("base = 3".to_string()));
    }

    #[test]
    fn never_panics_on_spans_past_the_end_or_inside_a_character() {
        let file = SourceFile::new("a.md", "é");
        let d = file.error(1..99, "bad");
        assert_eq!((d.line, d.column), (1, 1));
    }

    #[test]
    fn a_long_line_shows_a_window_around_the_column() {
        let line = format!("{}1-ABC-234{}", "a".repeat(5000), "b".repeat(5000));
        let file = SourceFile::new("a.md", line);
        let d = file.error(5000..5009, "plate");
        let shown = d.to_string();
        assert_eq!(d.column, 5001);
        assert!(shown.len() < 400, "{shown}");
        assert!(
            shown.contains(&format!(
                "1 | …{}1-ABC-234{}…\n",
                "a".repeat(60),
                "b".repeat(60)
            )),
            "{shown}"
        );
        assert!(
            shown.contains(&format!("  | {}^^^^^^^^^\n", " ".repeat(61))),
            "{shown}"
        );
    }

    #[test]
    fn control_characters_are_shown_as_escapes() {
        let file = SourceFile::new("a.md", "x\u{1b}[2J\u{202e}y = 1");
        let d = file.error(8..9, "bad \u{1b}[31m");
        let shown = d.to_string();
        assert!(
            !shown.contains('\u{1b}') && !shown.contains('\u{202e}'),
            "{shown:?}"
        );
        assert!(shown.contains("error: bad \\u{1b}[31m"), "{shown}");
        assert!(shown.contains("1 | x\\u{1b}[2J\\u{202e}y = 1\n"), "{shown}");
        // The caret stays under `y`, past the escapes' width.
        assert!(
            shown.contains(&format!("  | {}^\n", " ".repeat(18))),
            "{shown}"
        );
    }

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(closest("titel", ["title", "kind"]), Some("title"));
        assert_eq!(closest("zzz", ["title", "kind"]), None);
    }
}
