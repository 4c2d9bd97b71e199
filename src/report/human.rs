//! `--format human`: miette code frames, the trace as a numbered list, a summary line.

use super::{Finding, Level, Report};
use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, Severity, SourceCode};
use std::fmt;

struct Rendered<'a> {
    f: &'a Finding,
    source: Option<NamedSource<String>>,
    labels: Vec<LabeledSpan>,
}

impl fmt::Display for Rendered<'_> {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        out.write_str(&self.f.message)
    }
}

impl fmt::Debug for Rendered<'_> {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        out.write_str(&self.f.message)
    }
}

impl std::error::Error for Rendered<'_> {}

impl Diagnostic for Rendered<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(format!("{}[{}]", self.f.level.severity(), self.f.lint)))
    }

    fn severity(&self) -> Option<Severity> {
        Some(if self.f.level == Level::Deny { Severity::Error } else { Severity::Warning })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.f.help.as_ref().map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            None
        } else {
            Some(Box::new(self.labels.iter().cloned()))
        }
    }
}

pub fn render(report: &Report, colour: bool, quiet: bool) -> String {
    let mut out = if quiet { String::new() } else { findings(report, colour) };
    out.push_str(&report.stale_note());
    out.push_str(&report.summary());
    out
}

/// Every finding with its code frame, help and trace; no summary.
pub fn findings(report: &Report, colour: bool) -> String {
    let theme = if colour { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(110).with_links(false);
    report.findings.iter().map(|f| finding(report, &handler, f)).collect()
}

fn finding(report: &Report, handler: &GraphicalReportHandler, f: &Finding) -> String {
    let text = report.sources.text(&f.file);
    let mut labels = Vec::new();
    let source = match (&text, f.span) {
        (Some(text), Some(span)) => {
            let len = (span.hi.saturating_sub(span.lo)) as usize;
            let label = (!f.label.is_empty()).then(|| f.label.clone());
            labels.push(LabeledSpan::new_primary_with_span(label, (span.lo as usize, len)));
            for (i, hop) in f.trace.iter().enumerate() {
                if *hop.file == *f.file && hop.span != span && hop.span.hi > hop.span.lo {
                    let len = (hop.span.hi - hop.span.lo) as usize;
                    labels.push(LabeledSpan::new_with_span(
                        Some(format!("({}) {}", i + 1, hop.kind)),
                        (hop.span.lo as usize, len),
                    ));
                }
            }
            Some(NamedSource::new(&f.file, text.to_string()))
        }
        _ => None,
    };
    let diag = Rendered { f, source, labels };
    let mut out = String::new();
    if handler.render_report(&mut out, &diag).is_err() {
        out = format!("{}[{}]: {}\n", f.level.severity(), f.lint, f.message);
    }
    if diag.source.is_none() {
        // No code frame (unreadable file, or no position): say where.
        let at = match f.span {
            Some(s) => {
                let lc = report.sources.line_col(&f.file, s.lo);
                format!("{}:{}:{}", f.file, lc.line, lc.column)
            }
            None => f.file.clone(),
        };
        out.push_str(&format!("  at {at}\n"));
    }
    if !f.trace.is_empty() {
        out.push_str("  trace:\n");
        for (i, s) in report.steps(f).iter().enumerate() {
            out.push_str(&format!("    {}. {}:{}:{}: {}\n", i + 1, s.step.file, s.at.line, s.at.column, s.text));
        }
    }
    out.push('\n');
    out
}
