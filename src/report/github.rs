//! `--format github`: GitHub Actions workflow commands, which the runner turns into
//! annotations shown inline on the pull request's diff, without code scanning.
//! <https://docs.github.com/actions/reference/workflow-commands-for-github-actions>

use super::{Finding, Level, Report};
use crate::diag::escape;

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for f in report.findings {
        out.push_str(&command(report, f));
    }
    let stale = report.stale_note();
    if !stale.is_empty() {
        out.push_str(&format!("::notice title=redline baseline::{}\n", data(stale.trim_end())));
    }
    out.push_str(&report.summary());
    out
}

fn command(report: &Report, f: &Finding) -> String {
    let kind = if f.level == Level::Deny { "error" } else { "warning" };
    let mut props = vec![format!("file={}", property(&report.repo_path(&f.file)))];
    if f.span.is_some() {
        let (start, end) = report.range(f);
        props.push(format!("line={}", start.line));
        props.push(format!("endLine={}", end.line));
        props.push(format!("col={}", start.column));
        // Columns are kept only on one-line ranges (GitHub ignores them otherwise);
        // GitHub's end column is the last character, ours is the one after it.
        if end.line == start.line {
            props.push(format!("endColumn={}", (end.column.saturating_sub(1)).max(start.column)));
        }
    }
    props.push(format!("title={}", property(&format!("redline {}", f.lint))));
    let mut text = escape::text(&f.message).into_owned();
    if let Some(help) = &f.help {
        text.push_str(&format!("\nhelp: {}", escape::text(help)));
    }
    if !f.trace.is_empty() {
        text.push_str("\ntrace:");
        for (i, s) in report.steps(f).iter().enumerate() {
            let path = escape::text(&report.repo_path(&s.step.file)).into_owned();
            text.push_str(&format!("\n{}. {path}:{}:{}: {}", i + 1, s.at.line, s.at.column, escape::text(&s.text)));
        }
    }
    format!("::{kind} {}::{}\n", props.join(","), data(&text))
}

/// Escapes a command's message (whose repository parts are already escaped: the line
/// breaks left are redline's own).
fn data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A").replace("##[", "#\\u{23}[")
}

/// Escapes a command property's value (a path from the repository).
fn property(s: &str) -> String {
    data(&escape::text(s)).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_would_end_a_command() {
        assert_eq!(data("50% of\r\nit"), "50%25 of%0D%0Ait");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
        assert_eq!(property("a\n::error::b"), "a\\n%3A%3Aerror%3A%3Ab");
    }
}
