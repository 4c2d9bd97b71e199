//! `--format json`: schema version 1 (see docs/output.md). Fields are only ever added.

use super::{Finding, Report};
use crate::diag::{escape, StepKind};
use serde::Serialize;
use std::borrow::Cow;

#[derive(Serialize)]
struct Doc<'a> {
    version: u32,
    findings: Vec<JsonFinding<'a>>,
    summary: Summary<'a>,
    /// Only when `--baseline` was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    baseline: Option<Baseline<'a>>,
}

#[derive(Serialize)]
struct Baseline<'a> {
    /// Findings the baseline knew, not listed in `findings`.
    known: usize,
    /// Entries that match no finding any more.
    stale: &'a [super::baseline::Entry],
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    lint: &'a str,
    level: &'a str,
    /// Words, escaped; `file`, `item` and the rest are exact (JSON escapes them).
    message: Cow<'a, str>,
    file: &'a str,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    item: Option<&'a str>,
    category: Option<&'a str>,
    purpose: Option<&'a str>,
    help: Option<Cow<'a, str>>,
    trace: Vec<JsonHop<'a>>,
}

#[derive(Serialize)]
struct JsonHop<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    note: String,
    /// The macro that generated the code at this step (a step of its own, at the invocation).
    #[serde(skip_serializing_if = "Option::is_none")]
    generated_by: Option<&'a str>,
}

#[derive(Serialize)]
struct Summary<'a> {
    files: usize,
    errors: usize,
    warnings: usize,
    /// Findings hidden by suppression comments (only when there are some).
    #[serde(skip_serializing_if = "is_zero")]
    suppressed: usize,
    /// Findings off the lines changed since `--changed-since` (only when there are some).
    #[serde(skip_serializing_if = "is_zero")]
    outside_changes: usize,
    /// Only when PATH is below the workspace root.
    #[serde(skip_serializing_if = "Option::is_none")]
    scope: Option<Scope>,
    /// Dependencies the analysis reached whose sources are not on disk, as
    /// `name version` (only when there are some).
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    missing_dependencies: &'a [String],
}

#[derive(Serialize)]
struct Scope {
    /// PATH, relative to the workspace root.
    path: String,
    /// The workspace root, absolute.
    root: String,
    /// Findings elsewhere in the workspace, not listed.
    outside: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

pub fn render(report: &Report) -> String {
    let findings = report.findings.iter().map(|f| finding(report, f)).collect();
    let doc = Doc {
        version: 1,
        findings,
        summary: Summary {
            files: report.files,
            errors: report.count(super::Level::Deny),
            warnings: report.count(super::Level::Warn),
            suppressed: report.suppressed,
            outside_changes: report.outside_changes.as_ref().map_or(0, |(_, n)| *n),
            scope: report.scope.as_ref().map(|s| Scope {
                path: s.path.clone(),
                root: s.root.display().to_string(),
                outside: s.outside,
            }),
            missing_dependencies: &report.missing_deps,
        },
        baseline: report.baseline.as_ref().map(|b| Baseline { known: b.known, stale: &b.stale }),
    };
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    escape::json(s)
}

fn finding<'a>(report: &Report, f: &'a Finding) -> JsonFinding<'a> {
    let (start, end) = report.range(f);
    JsonFinding {
        lint: f.lint.name(),
        level: f.level.severity(),
        message: escape::text(&f.message),
        file: &f.file,
        line: start.line,
        column: start.column,
        end_line: end.line,
        end_column: end.column,
        item: f.item.as_deref(),
        category: f.category.as_deref(),
        purpose: f.purpose.as_deref(),
        help: f.help.as_deref().map(escape::text),
        trace: report
            .steps(f)
            .into_iter()
            .map(|s| JsonHop {
                file: &s.step.file,
                line: s.at.line,
                column: s.at.column,
                note: escape::text(&s.text).into_owned(),
                generated_by: match &s.step.kind {
                    StepKind::Generated { by } => Some(by),
                    _ => None,
                },
            })
            .collect(),
    }
}
