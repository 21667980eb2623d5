//! Capsule text for print, as data: Markdown events become a tree of blocks and styled runs
//! that a layout walks (`paragraph`, `heading`, `list`, `quote`, `code`, `rule`), so that no
//! character of a capsule is ever read as Typst markup.
//!
//! Print typography is applied here, once: typographic apostrophes, French non-breaking spaces
//! before `: ; ! ?` and inside « », and characters no font can show left out.

use pulldown_cmark::{Event, Tag, TagEnd};
use serde_json::{json, Value};

use crate::content::markdown::Markdown;

/// How text is prepared for print in one language.
pub struct Typography<'a> {
    pub lang: &'a str,
    /// Whether some print font can show a character.
    pub can_show: &'a (dyn Fn(char) -> bool + Sync),
}

impl Typography<'_> {
    /// `text` ready to print.
    pub fn apply(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + 8);
        let french = self.lang == "fr";
        // The narrow no-break space, where the fonts have one.
        let narrow = if (self.can_show)('\u{202f}') {
            '\u{202f}'
        } else {
            '\u{a0}'
        };
        for c in text.chars() {
            match c {
                '\'' => out.push('\u{2019}'),
                ':' | ';' | '!' | '?' | '»' if french && out.ends_with(' ') => {
                    out.pop();
                    // A no-break space before the colon and closing guillemet; the narrow one
                    // before ; ! ?, as the Imprimerie nationale's rules have it.
                    out.push(if matches!(c, ':' | '»') {
                        '\u{a0}'
                    } else {
                        narrow
                    });
                    out.push(c);
                }
                ' ' if french && out.ends_with('«') => out.push('\u{a0}'),
                c if (self.can_show)(c) => out.push(c),
                _ => {}
            }
        }
        out
    }

    /// Every string in `value` ready to print (interface strings).
    pub fn apply_all(&self, value: &Value) -> Value {
        match value {
            Value::String(s) => Value::String(self.apply(s)),
            Value::Array(items) => Value::Array(items.iter().map(|v| self.apply_all(v)).collect()),
            Value::Object(map) => Value::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), self.apply_all(v)))
                    .collect(),
            ),
            other => other.clone(),
        }
    }

    /// A body's blocks.
    pub fn blocks(&self, markdown: &Markdown) -> Value {
        let mut builder = Builder {
            typography: self,
            stack: vec![Open::Root(Vec::new())],
            style: Style::default(),
        };
        for event in markdown.events() {
            builder.event(event);
        }
        builder.finish()
    }

    /// A plain text (a short text, a summary) as one paragraph.
    pub fn paragraph(&self, text: &str) -> Value {
        json!([{ "type": "paragraph", "runs": [run(&self.apply(text), Style::default())] }])
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct Style {
    strong: bool,
    emph: bool,
    strike: bool,
}

fn run(text: &str, style: Style) -> Value {
    json!({ "text": text, "strong": style.strong, "emph": style.emph, "strike": style.strike })
}

/// A block being filled.
enum Open {
    Root(Vec<Value>),
    Paragraph(Vec<Value>),
    /// The text of a tight list item, which Markdown gives without a paragraph around it.
    Loose(Vec<Value>),
    Heading(u32, Vec<Value>),
    Code(String),
    Quote(Vec<Value>),
    List {
        start: Option<u64>,
        items: Vec<Value>,
    },
    Item(Vec<Value>),
}

struct Builder<'a, 'b> {
    typography: &'a Typography<'b>,
    stack: Vec<Open>,
    style: Style,
}

impl Builder<'_, '_> {
    fn event(&mut self, event: &Event) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(*tag),
            Event::Text(text) | Event::Code(text) => self.text(text),
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.text("\n"),
            Event::Rule => {
                self.close_loose();
                self.push_block(json!({ "type": "rule" }));
            }
            // Footnote references, task-list markers and the like have no place on paper.
            _ => {}
        }
    }

    fn start(&mut self, tag: &Tag) {
        let open = match tag {
            Tag::Strong => return self.style.strong = true,
            Tag::Emphasis => return self.style.emph = true,
            Tag::Strikethrough => return self.style.strike = true,
            Tag::Paragraph | Tag::TableCell => Open::Paragraph(Vec::new()),
            Tag::Heading { level, .. } => Open::Heading(*level as u32, Vec::new()),
            Tag::CodeBlock(_) => Open::Code(String::new()),
            Tag::BlockQuote(_) => Open::Quote(Vec::new()),
            Tag::List(start) => Open::List {
                start: *start,
                items: Vec::new(),
            },
            Tag::Item => Open::Item(Vec::new()),
            // Links print as their text; tables as their cells.
            _ => return,
        };
        self.close_loose();
        self.stack.push(open);
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Strong => self.style.strong = false,
            TagEnd::Emphasis => self.style.emph = false,
            TagEnd::Strikethrough => self.style.strike = false,
            TagEnd::Paragraph
            | TagEnd::TableCell
            | TagEnd::Heading(_)
            | TagEnd::CodeBlock
            | TagEnd::BlockQuote(_)
            | TagEnd::List(_)
            | TagEnd::Item => {
                self.close_loose();
                self.close();
            }
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        if let Some(Open::Code(code)) = self.stack.last_mut() {
            code.push_str(text);
            return;
        }
        if !matches!(
            self.stack.last(),
            Some(Open::Paragraph(_) | Open::Loose(_) | Open::Heading(..))
        ) {
            self.stack.push(Open::Loose(Vec::new()));
        }
        let text = self.typography.apply(text);
        if let Some(Open::Paragraph(runs) | Open::Loose(runs) | Open::Heading(_, runs)) =
            self.stack.last_mut()
        {
            runs.push(run(&text, self.style));
        }
    }

    fn close_loose(&mut self) {
        if matches!(self.stack.last(), Some(Open::Loose(_))) {
            self.close();
        }
    }

    /// Closes the innermost block and hands it to the block around it.
    fn close(&mut self) {
        let block = match self.stack.pop() {
            None => return,
            Some(Open::Root(blocks)) => {
                self.stack.push(Open::Root(blocks));
                return;
            }
            Some(Open::Item(blocks)) => {
                if let Some(Open::List { items, .. }) = self.stack.last_mut() {
                    items.push(Value::Array(blocks));
                }
                return;
            }
            Some(Open::Paragraph(runs) | Open::Loose(runs)) => {
                json!({ "type": "paragraph", "runs": runs })
            }
            Some(Open::Heading(level, runs)) => {
                json!({ "type": "heading", "level": level, "runs": runs })
            }
            Some(Open::Code(text)) => json!({ "type": "code", "text": text.trim_end() }),
            Some(Open::Quote(blocks)) => json!({ "type": "quote", "blocks": blocks }),
            Some(Open::List { start, items }) => json!({
                "type": "list",
                "ordered": start.is_some(),
                "start": start.unwrap_or(1),
                "items": items,
            }),
        };
        self.push_block(block);
    }

    fn push_block(&mut self, block: Value) {
        if let Some(Open::Root(blocks) | Open::Quote(blocks) | Open::Item(blocks)) =
            self.stack.last_mut()
        {
            blocks.push(block);
        }
    }

    fn finish(mut self) -> Value {
        while self.stack.len() > 1 {
            self.close();
        }
        match self.stack.pop() {
            Some(Open::Root(blocks)) => Value::Array(blocks),
            _ => Value::Array(Vec::new()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::markdown::parse;
    use crate::error::SourceFile;

    fn blocks(lang: &str, body: &str) -> Value {
        let file = SourceFile::new("t.md", body);
        let markdown = parse(&file, 0).markdown;
        let all = |_| true;
        Typography {
            lang,
            can_show: &all,
        }
        .blocks(&markdown)
    }

    #[test]
    fn french_spacing_and_apostrophes() {
        let t = Typography {
            lang: "fr",
            can_show: &|c| c != '😀',
        };
        assert_eq!(
            t.apply("L'alerte : vite ! « Oui » 😀"),
            "L\u{2019}alerte\u{a0}: vite\u{202f}! «\u{a0}Oui\u{a0}» "
        );
        let nl = Typography {
            lang: "nl",
            can_show: &|_| true,
        };
        assert_eq!(nl.apply("auto's : ja"), "auto\u{2019}s : ja");
    }

    #[test]
    fn markup_characters_are_plain_text() {
        let b = blocks("en", "#read(\"/etc/passwd\") $x$ @ref <label> #{ 1 }");
        assert_eq!(b[0]["type"], "paragraph");
        let text: String = b[0]["runs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["text"].as_str().unwrap())
            .collect();
        assert_eq!(text, "#read(\"/etc/passwd\") $x$ @ref <label> #{ 1 }");
    }

    #[test]
    fn lists_styles_and_headings() {
        let b = blocks(
            "en",
            "## Before\n\nLock **the door** and *the windows*.\n\n- one\n- two *too*\n\n1. first\n\n   more\n2. second\n\n> quoted\n",
        );
        assert_eq!(b[0]["type"], "heading");
        assert_eq!(b[1]["runs"][1]["strong"], true);
        assert_eq!(b[1]["runs"][3]["emph"], true);
        assert_eq!(b[2]["type"], "list");
        assert_eq!(b[2]["ordered"], false);
        assert_eq!(b[2]["items"].as_array().unwrap().len(), 2);
        assert_eq!(b[2]["items"][1][0]["runs"][1]["emph"], true);
        assert_eq!(b[3]["ordered"], true);
        assert_eq!(b[3]["items"][0].as_array().unwrap().len(), 2);
        assert_eq!(b[4]["type"], "quote");
        assert_eq!(b[4]["blocks"][0]["runs"][0]["text"], "quoted");
    }
}
