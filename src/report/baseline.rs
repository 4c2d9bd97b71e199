//! The baseline: findings recorded once (`--write-baseline FILE`) so that later runs
//! (`--baseline FILE`) report only new ones. Findings are matched by their
//! [fingerprint](super::fingerprint), never by line, so edits elsewhere and moved code
//! keep them matched. The file is sorted and holds no line numbers, for clean diffs.
//!
//! `suppression-without-reason` is never recorded, nor hidden by an entry: a baseline
//! would otherwise accept reason-less suppressions forever.

use super::{fingerprint, Finding, Level, Sources};
use crate::diag::Lint;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;

/// The version of the baseline file format.
const VERSION: u32 = 1;

/// Longest `code` kept in an entry (it is there for people; matching uses the fingerprint).
const CODE_CHARS: usize = 120;

/// One recorded finding. Fields are in sort order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Entry {
    pub file: String,
    pub item: Option<String>,
    pub lint: String,
    pub category: Option<String>,
    pub purpose: Option<String>,
    /// The offending code, normalised (and shortened).
    pub code: String,
    pub fingerprint: String,
    /// Why the finding is accepted, when someone wrote it into the file (`redline audit`
    /// lists entries without one first); kept when the baseline is re-recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct BaselineFile {
    version: u32,
    findings: Vec<Entry>,
}

pub fn entry(f: &Finding, sources: &Sources) -> Entry {
    let mut code = fingerprint::code(f, sources);
    if let Some((cut, _)) = code.char_indices().nth(CODE_CHARS) {
        code.truncate(cut);
        code.push('…');
    }
    Entry {
        file: f.file.clone(),
        item: f.item.clone(),
        lint: f.lint.to_string(),
        category: f.category.clone(),
        purpose: f.purpose.clone(),
        code,
        fingerprint: fingerprint::fingerprint(f, sources),
        reason: None,
    }
}

/// Whether a baseline may record (and so hide) this finding.
fn recordable(f: &Finding) -> bool {
    f.level != Level::Allow && f.lint != Lint::SuppressionWithoutReason
}

/// Records every reported finding a baseline may hold; returns how many.
pub fn write(path: &Path, findings: &[Finding], sources: &Sources) -> Result<usize, String> {
    let mut entries: Vec<Entry> = findings.iter().filter(|f| recordable(f)).map(|f| entry(f, sources)).collect();
    // Reasons written into the file being replaced stay with their findings.
    let mut reasons: HashMap<String, Vec<String>> = HashMap::new();
    for old in read(path).unwrap_or_default() {
        if let Some(r) = old.reason {
            reasons.entry(old.fingerprint).or_default().push(r);
        }
    }
    for e in &mut entries {
        e.reason = reasons.get_mut(&e.fingerprint).and_then(Vec::pop);
    }
    entries.sort();
    let n = entries.len();
    let doc = BaselineFile { version: VERSION, findings: entries };
    let mut text = serde_json::to_string_pretty(&doc).map_err(|e| format!("cannot write the baseline: {e}"))?;
    text.push('\n');
    super::write::atomically(path, text.as_bytes())
        .map_err(|e| format!("cannot write the baseline {}: {e}", path.display()))?;
    Ok(n)
}

pub fn read(path: &Path) -> Result<Vec<Entry>, String> {
    // The baseline may be a file of the repository: a regular file of bounded size.
    let text = crate::diag::files::read_file(path, crate::diag::files::MAX_CONFIG_BYTES)
        .map_err(|e| e.to_string())
        .and_then(|b| String::from_utf8(b).map_err(|_| "it is not valid UTF-8".to_string()))
        .map_err(|e| format!("cannot read the baseline {}: {e}", path.display()))?;
    let doc: BaselineFile = serde_json::from_str(&text).map_err(|e| {
        format!("{} is not a redline baseline: {e} (re-record it with --write-baseline)", path.display())
    })?;
    if doc.version != VERSION {
        return Err(format!(
            "{} is a version {} baseline; this redline reads version {VERSION} (re-record it with --write-baseline)",
            path.display(),
            doc.version
        ));
    }
    Ok(doc.findings)
}

/// What the baseline did to a run.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Findings it knew, and that are therefore not reported.
    pub known: usize,
    /// Entries that match no finding any more: the baseline can shrink.
    pub stale: Vec<Entry>,
}

/// Removes the findings the baseline records (each entry matches one finding); an entry
/// for a finding no baseline may hold (written by hand, or by an older redline) is stale.
pub fn apply(findings: &mut Vec<Finding>, entries: Vec<Entry>, sources: &Sources) -> Outcome {
    let mut by_fingerprint: HashMap<String, Vec<Entry>> = HashMap::new();
    for e in entries {
        by_fingerprint.entry(e.fingerprint.clone()).or_default().push(e);
    }
    let mut known = 0;
    findings.retain(|f| {
        if !recordable(f) {
            return true;
        }
        let matched = by_fingerprint.get_mut(&fingerprint::fingerprint(f, sources)).and_then(Vec::pop).is_some();
        known += usize::from(matched);
        !matched
    });
    let mut stale: Vec<Entry> = by_fingerprint.into_values().flatten().collect();
    stale.sort();
    Outcome { known, stale }
}

/// A stale entry in one line, for the text formats.
pub fn describe(e: &Entry) -> String {
    let item = e.item.as_deref().map(|i| format!(" in `{i}`")).unwrap_or_default();
    let use_ = match (&e.category, &e.purpose) {
        (Some(c), Some(p)) => format!(" (`{c}` for `{p}`)"),
        _ => String::new(),
    };
    format!("{}: {}{item}{use_}: {}", e.file, e.lint, e.code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::Span;

    #[test]
    fn reasonless_suppressions_are_neither_recorded_nor_hidden() {
        let sources = Sources::new(std::path::PathBuf::new());
        let text = "fn f() {\n    // redline:allow(purpose-violation)\n    g(x)\n}\n";
        sources.insert("a.rs", text);
        let at = |code: &str| {
            let lo = text.find(code).expect("code in text");
            Some(Span::new(lo, lo + code.len()))
        };
        let reasonless = Finding::new(Lint::SuppressionWithoutReason, "a.rs", at("// redline"), "no reason");
        let violation = Finding::new(Lint::PurposeViolation, "a.rs", at("g(x)"), "violation");
        let path = std::env::temp_dir().join(format!("redline-baseline-unit-{}.json", std::process::id()));
        let recorded = write(&path, &[reasonless.clone(), violation.clone()], &sources);
        let written = std::fs::read_to_string(&path).unwrap_or_default();
        let _ = std::fs::remove_file(&path);
        assert_eq!(recorded, Ok(1));
        assert!(!written.contains("suppression-without-reason"), "{written}");

        // An entry for one (written by hand, or by an older redline) hides nothing and is stale.
        let hand_written = vec![entry(&reasonless, &sources), entry(&violation, &sources)];
        let mut findings = vec![reasonless, violation];
        let outcome = apply(&mut findings, hand_written, &sources);
        assert_eq!(findings.iter().map(|f| f.lint).collect::<Vec<_>>(), [Lint::SuppressionWithoutReason]);
        assert_eq!((outcome.known, outcome.stale.len()), (1, 1));
    }
}
