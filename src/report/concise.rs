//! `--format concise`: one line per finding, `file:line:col: level[lint] message`, the
//! shape compilers print, so editors and CI problem matchers pick the lines up.

use super::{Finding, Level, Report};
use crate::diag::escape;

const BOLD: &str = "\x1b[1m";
const RED: &str = "\x1b[1;31m";
const YELLOW: &str = "\x1b[1;33m";
const RESET: &str = "\x1b[0m";

pub fn render(report: &Report, colour: bool, quiet: bool) -> String {
    let mut out = String::new();
    if !quiet {
        for f in report.findings {
            out.push_str(&line(report, f, colour));
        }
    }
    out.push_str(&report.stale_note());
    out.push_str(&report.summary());
    escape::log_lines(out)
}

fn line(report: &Report, f: &Finding, colour: bool) -> String {
    let (start, _) = report.range(f);
    let at = format!("{}:{}:{}", escape::text(&f.file), start.line, start.column);
    let level = f.level.severity();
    // One line per finding, whatever the message holds.
    let message = escape::text(&f.message);
    if colour {
        let tint = if f.level == Level::Deny { RED } else { YELLOW };
        format!("{BOLD}{at}{RESET}: {tint}{level}{RESET}[{BOLD}{}{RESET}] {message}\n", f.lint)
    } else {
        format!("{at}: {level}[{}] {message}\n", f.lint)
    }
}
