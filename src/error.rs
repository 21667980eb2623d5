//! Errors: typed for the library, printed like rustc for the webmaster.
//!
//! Content errors are collected (never the first one only) so that a webmaster fixes a whole
//! batch per build; each carries its file, line and column, the offending line and a hint.

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

    /// An error at byte `span` of this file.
    pub fn error(&self, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        let start = floor_char_boundary(&self.text, span.start.min(self.text.len()));
        let line_start = self.text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i);
        let line = self.text[..start].matches('\n').count() + 1;
        let column = self.text[line_start..start].chars().count() + 1;
        let excerpt = self.text[line_start..line_end]
            .trim_end_matches('\r')
            .to_string();
        let end = floor_char_boundary(&self.text, span.end.clamp(start, line_end));
        let width = self.text[start..end].chars().count().max(1);
        Diagnostic {
            file: self.path.clone(),
            line,
            column,
            message: message.into(),
            hint: None,
            excerpt: Some((excerpt, width)),
        }
    }
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
    /// The offending line and the width of the caret under it.
    pub excerpt: Option<(String, usize)>,
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
        }
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
        writeln!(f, "error: {}", self.message)?;
        writeln!(f, "  --> {}", self.location())?;
        if let Some((line, width)) = &self.excerpt {
            let number = self.line.to_string();
            let pad = " ".repeat(number.len());
            let before: String = line
                .chars()
                .take(self.column.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            writeln!(f, "{pad} |")?;
            writeln!(f, "{number} | {line}")?;
            writeln!(f, "{pad} | {before}{}", "^".repeat(*width))?;
        }
        if let Some(hint) = &self.hint {
            writeln!(f, "  = help: {hint}")?;
        }
        Ok(())
    }
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
    /// A theme template failed to compile or render.
    #[error("template {template}: {message}")]
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

    /// The process exit code: 2 for a wrong command line, 1 for everything else.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage(_) => 2,
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
    let n = diagnostics.len();
    out.push_str(&format!(
        "{n} error{} in the site's content; nothing was written.",
        if n == 1 { "" } else { "s" }
    ));
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
    fn points_at_line_and_column_in_characters() {
        let file = SourceFile::new("a.md", "+++\ntitlé = 1\nkïnd = \"x\"\n");
        let d = file.error(15..19, "bad");
        assert_eq!((d.line, d.column), (3, 1));
        let d = file.error(11..12, "bad");
        assert_eq!((d.line, d.column), (2, 7));
        assert_eq!(d.excerpt.as_ref().map(|e| e.0.as_str()), Some("titlé = 1"));
    }

    #[test]
    fn never_panics_on_spans_past_the_end_or_inside_a_character() {
        let file = SourceFile::new("a.md", "é");
        let d = file.error(1..99, "bad");
        assert_eq!((d.line, d.column), (1, 1));
    }

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(closest("titel", ["title", "kind"]), Some("title"));
        assert_eq!(closest("zzz", ["title", "kind"]), None);
    }
}
