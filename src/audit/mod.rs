//! The exceptions to the policy, for review: every `#[redline::declassify]`, every
//! `redline:allow` suppression, every baseline entry and every `[flow] no_propagation`
//! entry, with its reason, where it is written, and (in a git repository) the commit,
//! author and date that introduced it. Those without a reason come first.

pub mod git;
pub mod human;
pub mod json;

use crate::diag::{Lint, Sources};
use crate::policy::config::Config;
use crate::policy::Policy;
use crate::report::baseline::Entry;
use crate::resolve::Program;
use crate::syntax::{Annotation, Outline};
use git::Blame;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The version of the JSON output.
pub const VERSION: u32 = 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Declassify,
    Suppression,
    Baseline,
    NoPropagation,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Declassify => "declassify",
            Kind::Suppression => "suppression",
            Kind::Baseline => "baseline",
            Kind::NoPropagation => "no_propagation",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Exception {
    pub kind: Kind,
    /// Where it is written: relative to the workspace root (or as given, for a baseline
    /// outside it), 1-based line.
    pub file: String,
    pub line: usize,
    /// The function, item or path it is about.
    pub item: Option<String>,
    /// What it is, in words.
    pub what: String,
    pub reason: Option<String>,
    /// What git says: `None` outside git (or untracked), `Some(None)` not committed yet.
    pub blame: Option<Option<Blame>>,
}

/// A baseline file: where it is, what it is called in the output, and its entries.
pub struct Baseline<'a> {
    pub path: &'a Path,
    pub name: String,
    pub entries: Vec<Entry>,
    pub text: String,
}

/// Every exception, blamed, without-a-reason first, then by file and line; the
/// `no_propagation` entries come from [`no_propagation`] (read before the policy is built).
pub fn collect(
    prog: &Program,
    policy: &Policy,
    no_propagation: Vec<Exception>,
    suppression_files: &[(String, Outline)],
    baseline: Option<&Baseline>,
    (root, sources): (&Path, &Sources),
) -> Vec<Exception> {
    let mut out = declassifications(prog, policy, sources);
    for (file, outline) in suppression_files {
        let Some(text) = sources.text(file) else { continue };
        for s in crate::report::suppress::list(&text, outline) {
            let lints: Vec<&str> = s.lints.iter().map(|l: &Lint| l.name()).collect();
            let what = format!("redline:allow({}) suppression", lints.join(", "));
            out.push(Exception {
                kind: Kind::Suppression,
                file: file.clone(),
                line: s.line,
                item: None,
                what,
                reason: s.reason,
                blame: None,
            });
        }
    }
    out.extend(baseline.map(baseline_entries).unwrap_or_default());
    out.extend(no_propagation);
    blame_all(&mut out, root, baseline);
    out.sort_by(|a, b| {
        (a.reason.is_some(), &a.file, a.line, a.kind).cmp(&(b.reason.is_some(), &b.file, b.line, b.kind))
    });
    out
}

fn declassifications(prog: &Program, policy: &Policy, sources: &Sources) -> Vec<Exception> {
    let mut out = Vec::new();
    for (&f, entries) in &policy.declassify {
        let def = prog.def(f);
        for (from, reason) in entries {
            // The attribute itself, else the function.
            let span = def
                .attrs
                .iter()
                .find(|a| matches!(&a.args, Ok(Annotation::Declassify { from: x, .. }) if x.value == *from))
                .map_or(def.span, |a| a.span);
            out.push(Exception {
                kind: Kind::Declassify,
                file: def.file.to_string(),
                line: sources.line_col(&def.file, span.lo).line,
                item: Some(def.path.clone()),
                what: format!("#[redline::declassify(from = \"{from}\")] on `{}`", def.path),
                reason: Some(reason.trim().to_string()).filter(|r| !r.is_empty()),
                blame: None,
            });
        }
    }
    out
}

fn baseline_entries(b: &Baseline) -> Vec<Exception> {
    // Each entry's line: the line of its fingerprint, in file order (entries may repeat one).
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    b.entries
        .iter()
        .map(|e| {
            let needle = format!("\"{}\"", e.fingerprint);
            let nth = seen.entry(&e.fingerprint).or_default();
            let at = b.text.match_indices(&needle).nth(*nth).map_or(0, |(i, _)| i);
            *nth += 1;
            let line = b.text[..at].matches('\n').count() + 1;
            let use_ = match (&e.category, &e.purpose) {
                (Some(c), Some(p)) => format!(" (`{c}` for `{p}`)"),
                _ => String::new(),
            };
            Exception {
                kind: Kind::Baseline,
                file: b.name.clone(),
                line,
                item: e.item.clone(),
                what: format!("baseline entry: {} in {}{use_}", e.lint, e.file),
                reason: e.reason.as_ref().map(|r| r.trim().to_string()).filter(|r| !r.is_empty()),
                blame: None,
            }
        })
        .collect()
}

/// `[flow] no_propagation` entries; the reason is the comment on the entry's line, else
/// the comment lines right above it.
pub fn no_propagation(config: &Config, sources: &Sources) -> Vec<Exception> {
    let text = &config.text;
    let lines: Vec<&str> = text.lines().collect();
    config
        .no_propagation
        .iter()
        .zip(&config.no_propagation_at)
        .map(|(path, span)| {
            let line = sources.line_col(&config.file, span.start as u32).line;
            Exception {
                kind: Kind::NoPropagation,
                file: config.file.clone(),
                line,
                item: Some(path.clone()),
                what: format!("[flow] no_propagation entry `{path}`"),
                reason: toml_comment(&lines, line),
                blame: None,
            }
        })
        .collect()
}

/// The comment of a TOML line (after a `#` outside quotes), else the comment lines right
/// above it, joined.
fn toml_comment(lines: &[&str], line: usize) -> Option<String> {
    let own = lines.get(line.checked_sub(1)?).and_then(|l| trailing_comment(l));
    let above = || {
        let mut parts = Vec::new();
        for l in lines[..line - 1].iter().rev() {
            let Some(c) = l.trim_start().strip_prefix('#') else { break };
            parts.push(c.trim());
        }
        parts.reverse();
        Some(parts.join(" ")).filter(|s| !s.trim().is_empty())
    };
    own.or_else(above)
}

fn trailing_comment(line: &str) -> Option<String> {
    let mut quoted = false;
    for (i, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '#' if !quoted => return Some(line[i + 1..].trim().to_string()).filter(|s| !s.is_empty()),
            _ => {}
        }
    }
    None
}

/// Asks git about every exception's line, one run per file.
fn blame_all(out: &mut [Exception], root: &Path, baseline: Option<&Baseline>) {
    let mut by_file: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for e in out.iter() {
        by_file.entry(e.file.clone()).or_default().push(e.line);
    }
    for (file, mut lines) in by_file {
        lines.sort_unstable();
        lines.dedup();
        let path: PathBuf = match baseline {
            Some(b) if b.name == file => b.path.to_path_buf(),
            _ => root.join(&file),
        };
        let blamed = git::blame(&path, &lines);
        if blamed.is_empty() {
            continue;
        }
        for e in out.iter_mut().filter(|e| e.file == file) {
            e.blame = blamed.get(&e.line).cloned();
        }
    }
}

/// `90d`, `12w`, `6m`, `1y` in seconds.
pub fn parse_age(s: &str) -> Option<i64> {
    let s = s.trim();
    let (n, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit())?);
    let n: i64 = n.parse().ok()?;
    let days = match unit {
        "d" => 1,
        "w" => 7,
        "m" => 30,
        "y" => 365,
        _ => return None,
    };
    n.checked_mul(days * 86_400)
}

/// Keeps the exceptions introduced before `cutoff` (Unix time): those with no git
/// history are kept (their age is unknown), those not committed yet are not.
pub fn older_than(out: &mut Vec<Exception>, cutoff: i64) {
    out.retain(|e| match &e.blame {
        None => true,
        Some(None) => false,
        Some(Some(b)) => b.time < cutoff,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_and_comments() {
        assert_eq!(parse_age("90d"), Some(90 * 86_400));
        assert_eq!(parse_age("2w"), Some(14 * 86_400));
        assert_eq!(parse_age("1y"), Some(365 * 86_400));
        assert_eq!(parse_age("90"), None);
        assert_eq!(parse_age("d"), None);
        let lines = ["[flow]", "# keeps the decade", "# (PRIV-21)", "no_propagation = [\"a\"]", "x = [\"b#c\"] # why"];
        assert_eq!(toml_comment(&lines, 4).as_deref(), Some("keeps the decade (PRIV-21)"));
        assert_eq!(toml_comment(&lines, 5).as_deref(), Some("why"));
        assert_eq!(toml_comment(&lines, 1), None);
    }
}
