//! Diagnostics: the one error type every pass returns instead of printing.
//!
//! A `Diagnostic` is a message at a span, worded as gc words it, with optional
//! labels and notes. Two renderings: gc's one line `FILE:LINE:COL: MESSAGE`
//! (what `go build` prints, and what golden files compare), and an ariadne
//! report for terminals. ariadne counts byte offsets (`IndexType::Byte`), the
//! same unit as our spans and gc's columns.
//!
//! Invariant: rendering never fails and never panics, whatever the spans say
//! (out-of-range spans are clamped).

use crate::source::{SourceMap, Span};
use std::io::Write;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub severity: Severity,
    pub span: Span,
    pub message: String,
    pub labels: Vec<(Span, String)>,
    pub notes: Vec<String>,
    /// Printed without a position (gc's linker errors, such as a missing `main`).
    pub plain: bool,
}

impl Diagnostic {
    pub fn error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            span,
            message: message.into(),
            labels: vec![],
            notes: vec![],
            plain: false,
        }
    }

    /// A message without a position.
    pub fn plain(message: impl Into<String>) -> Diagnostic {
        Diagnostic { plain: true, ..Diagnostic::error(Span::default(), message) }
    }
    pub fn with_label(mut self, span: Span, text: impl Into<String>) -> Diagnostic {
        self.labels.push((span, text.into()));
        self
    }
    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }
}

/// How diagnostics are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// gc's `file:line:col: message` lines.
    Go,
    /// ariadne reports.
    Pretty { color: bool },
}

/// gc prints at most this many errors, then `too many errors`.
pub const MAX_ERRORS: usize = 10;

/// Sorts as gc does (by position, stable) and drops exact duplicates and
/// second syntax errors on one line, which gc never reports.
pub fn sort_for_report(map: &SourceMap, diags: &mut Vec<Diagnostic>) {
    diags.sort_by_key(|d| d.span.lo);
    let mut last_syntax_line = None;
    let mut seen = Vec::new();
    diags.retain(|d| {
        let (file, line, col) = map.line_col(d.span.lo);
        let key = (file.0, line, col, d.message.clone());
        if seen.contains(&key) {
            return false;
        }
        if d.message.starts_with("syntax error") {
            if last_syntax_line == Some((file.0, line)) {
                return false;
            }
            last_syntax_line = Some((file.0, line));
        }
        seen.push(key);
        true
    });
}

/// gc's one-line form: `./x.go:4:1: syntax error: ...`.
pub fn go_line(map: &SourceMap, d: &Diagnostic) -> String {
    if d.plain {
        return d.message.clone();
    }
    let p = map.position(d.span.lo);
    format!("{}:{}:{}: {}", p.file, p.line, p.col, d.message)
}

/// Writes diagnostics (already sorted) the way `go build` does: a package
/// header line, at most `MAX_ERRORS` errors, then `too many errors`.
pub fn emit(map: &SourceMap, diags: &[Diagnostic], style: Style, out: &mut dyn Write) -> std::io::Result<()> {
    match style {
        Style::Go => {
            writeln!(out, "# command-line-arguments")?;
            for d in diags.iter().take(MAX_ERRORS) {
                writeln!(out, "{}", go_line(map, d))?;
            }
            if diags.len() > MAX_ERRORS {
                writeln!(out, "too many errors")?;
            }
        }
        Style::Pretty { color } => {
            for d in diags.iter().take(MAX_ERRORS) {
                pretty(map, d, color, out)?;
            }
            if diags.len() > MAX_ERRORS {
                writeln!(out, "too many errors")?;
            }
        }
    }
    Ok(())
}

fn pretty(map: &SourceMap, d: &Diagnostic, color: bool, out: &mut dyn Write) -> std::io::Result<()> {
    if d.plain {
        return writeln!(out, "{}", d.message);
    }
    use ariadne::{Config, IndexType, Label, Report, ReportKind, Source};
    let id = map.file_of(d.span.lo);
    let file = map.file(id);
    let clamp = |s: Span| {
        let lo = (s.lo.saturating_sub(file.base) as usize).min(file.text.len());
        let hi = (s.hi.saturating_sub(file.base) as usize).clamp(lo, file.text.len());
        lo..hi.max(lo)
    };
    let name = file.name.clone();
    let kind = match d.severity {
        Severity::Error => ReportKind::Error,
        Severity::Warning => ReportKind::Warning,
    };
    // gc's continuation lines ("\thave ...", "\tother declaration ...") become notes.
    let mut lines = d.message.lines();
    let head = lines.next().unwrap_or("");
    let mut report = Report::build(kind, (name.clone(), clamp(d.span)))
        .with_config(Config::default().with_color(color).with_index_type(IndexType::Byte))
        .with_message(head)
        .with_label(Label::new((name.clone(), clamp(d.span))).with_message(head));
    for l in lines {
        report = report.with_note(l.trim());
    }
    for (s, text) in &d.labels {
        report = report.with_label(Label::new((name.clone(), clamp(*s))).with_message(text));
    }
    for n in &d.notes {
        report = report.with_note(n);
    }
    report.finish().write((name, Source::from(file.text.as_str())), out)
}
