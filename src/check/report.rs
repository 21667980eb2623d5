//! `vigie check`'s findings for people and for tools: text grouped by capsule (coloured on a
//! terminal), JSON with a stable schema (`docs/check.md`), and one self-contained HTML page
//! with the findings, a chart of the mix over recent months and the coming days.

use std::fmt::Write;

use serde_json::{json, Value};

use super::{Finding, Report, Severity};
use crate::content::front_matter::Kind;
use crate::error::{printable, Result};
use crate::messages::{self, word, Message};

/// The JSON schema's version: raised only when a field changes meaning or goes away.
pub const SCHEMA_VERSION: u32 = 1;

/// The report as text; `colour` adds ANSI colours for a terminal.
pub fn text(report: &Report, colour: bool) -> String {
    let paint = |severity: Severity, s: &str| -> String {
        match (colour, severity) {
            (false, _) => s.to_string(),
            (true, Severity::Error) => format!("\x1b[1;31m{s}\x1b[0m"),
            (true, Severity::Warning) => format!("\x1b[1;33m{s}\x1b[0m"),
        }
    };
    let bold = |s: &str| {
        if colour {
            format!("\x1b[1m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    };
    let mut out = String::new();
    let mut group: Option<String> = None;
    for f in &report.findings {
        let name = f
            .capsule
            .as_ref()
            .map_or_else(|| word("report-site"), |c| c.display().to_string());
        if group.as_deref() != Some(name.as_str()) {
            let _ = writeln!(out, "{}", bold(&format!("── {name}")));
            group = Some(name);
        }
        // A diagnostic says "error:" in the language of the run; here it is said by severity.
        let rendered = f.diagnostic.to_string();
        let error = format!("{}: ", word("diagnostic-error"));
        let rest = rendered.strip_prefix(&error).unwrap_or(&rendered);
        let _ = write!(
            out,
            "{} [{}]: {rest}",
            paint(f.severity, &severity_word(f.severity)),
            f.rule
        );
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "{}",
        bold(&format!("── {}", word("report-mix-heading")))
    );
    for w in &report.mix.windows {
        let line = Message::new("report-window")
            .arg("days", w.days)
            .arg("tip", w.tip)
            .arg("fun", w.fun)
            .arg("news", w.news)
            .arg("alert", w.alert);
        let _ = writeln!(out, "  {}", line.text());
    }
    for line in &report.mix.verdict {
        let _ = writeln!(out, "  {}", printable(&line.text()));
    }
    let _ = writeln!(
        out,
        "{}",
        bold(&format!("── {}", word("report-calendar-heading")))
    );
    let weekend = format!(" ({})", word("report-weekend"));
    for d in &report.calendar.days {
        let mark = if d.weekend { weekend.as_str() } else { "" };
        for c in &d.capsules {
            let _ = writeln!(
                out,
                "  {} {}{mark}: {} ({})",
                d.weekday.text(),
                d.date,
                printable(&c.title),
                kind_word(c.kind)
            );
        }
    }
    for line in &report.calendar.verdict {
        let _ = writeln!(out, "  {}", printable(&line.text()));
    }
    let (errors, warnings) = (report.errors(), report.warnings());
    let _ = writeln!(
        out,
        "\n{}, {}",
        paint(
            Severity::Error,
            &Message::new("report-errors").count("count", errors).text()
        ),
        paint(
            Severity::Warning,
            &Message::new("report-warnings")
                .count("count", warnings)
                .text()
        ),
    );
    out
}

fn severity_word(severity: Severity) -> String {
    word(match severity {
        Severity::Error => "diagnostic-error",
        Severity::Warning => "diagnostic-warning",
    })
}

fn kind_word(kind: Kind) -> String {
    Message::new("kind").arg("kind", kind.as_str()).text()
}

pub fn finding_json(f: &Finding) -> Value {
    let d = &f.diagnostic;
    let (message, hint) = d.said_now();
    json!({
        "severity": f.severity,
        "rule": f.rule,
        "capsule": f.capsule.as_ref().map(|c| c.display().to_string()),
        "file": d.file.display().to_string(),
        "line": d.line,
        "column": d.column,
        "message": message,
        "hint": hint,
        // The catalogue's key of the message, the same in every language.
        "key": d.said.as_ref().map(|m| m.key),
    })
}

/// The report as JSON (schema in `docs/check.md`).
pub fn json(report: &Report) -> Value {
    json!({
        "schema": SCHEMA_VERSION,
        "errors": report.errors(),
        "warnings": report.warnings(),
        "findings": report.findings.iter().map(finding_json).collect::<Vec<_>>(),
        "mix": report.mix,
        "calendar": report.calendar,
    })
}

const PAGE: &str = include_str!("report.html");
const COLOURS: [(Kind, &str); 4] = [
    (Kind::Tip, "#1b6e3a"),
    (Kind::Fun, "#6a3d9a"),
    (Kind::News, "#0b57a4"),
    (Kind::Alert, "#b3261e"),
];

/// The report as one HTML page with no outside file: inline styles and an inline SVG chart.
pub fn html(report: &Report, site_title: &str, now: &str) -> Result<String> {
    let mut context = tera::Context::new();
    context.insert("lang", messages::current().code());
    context.insert(
        "w",
        &json!({
            "site": word("report-site"),
            "mix": word("report-mix"),
            "chart_title": word("report-chart-title"),
            "last": word("report-last"),
            "target": word("report-target"),
            "calendar": word("report-calendar-heading"),
            "day": word("report-day"),
            "scheduled": word("report-scheduled"),
            "weekend": word("report-weekend"),
            "findings": word("report-findings"),
            "nothing": word("report-nothing"),
            "errors": Message::new("report-errors").count("count", report.errors()).text(),
            "warnings": Message::new("report-warnings").count("count", report.warnings()).text(),
            "severity": {
                "error": severity_word(Severity::Error),
                "warning": severity_word(Severity::Warning),
            },
            "kinds": Kind::ALL.iter().map(|k| (k.as_str(), kind_word(*k))).collect::<std::collections::BTreeMap<_, _>>(),
            "days": report.mix.windows.iter().map(|w| Message::new("report-days").arg("days", w.days).text()).collect::<Vec<_>>(),
        }),
    );
    context.insert("site", site_title);
    context.insert("now", now);
    context.insert("errors", &report.errors());
    context.insert("warnings", &report.warnings());
    let mut group = None;
    let findings: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
            let mut v = finding_json(f);
            v["new_group"] = Value::Bool(group != Some(&f.capsule));
            group = Some(&f.capsule);
            v
        })
        .collect();
    context.insert("findings", &findings);
    context.insert("mix", &report.mix);
    context.insert("calendar", &report.calendar);
    context.insert("chart", &chart(report));
    context.insert(
        "legend",
        &COLOURS
            .iter()
            .map(|(k, c)| json!({ "kind": kind_word(*k), "colour": c }))
            .collect::<Vec<_>>(),
    );
    tera::Tera::one_off(PAGE, &context, true)
        .map_err(|e| crate::theme::template_error("check report", &e))
}

/// Stacked bars per month, one colour per kind, as data for the page's SVG.
fn chart(report: &Report) -> Value {
    let months = &report.mix.months;
    let highest = months
        .iter()
        .map(|m| m.counts.total())
        .max()
        .unwrap_or(0)
        .max(1);
    let (bar, gap, height) = (48.0, 24.0, 160.0);
    let bars: Vec<Value> = months
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let x = 40.0 + i as f64 * (bar + gap);
            let mut y = height;
            let parts: Vec<Value> = COLOURS
                .iter()
                .filter_map(|(kind, colour)| {
                    let n = m.counts.count(*kind);
                    (n > 0).then(|| {
                        let h = n as f64 / highest as f64 * (height - 20.0);
                        y -= h;
                        json!({ "y": y, "height": h, "colour": colour, "label": format!("{n} {}", kind.as_str()) })
                    })
                })
                .collect();
            json!({ "x": x, "width": bar, "month": m.month, "total": m.counts.total(), "parts": parts, "label_x": x + bar / 2.0, "top": y })
        })
        .collect();
    json!({ "width": 40.0 + months.len() as f64 * (bar + gap), "height": height + 30.0, "base": height, "bars": bars })
}
