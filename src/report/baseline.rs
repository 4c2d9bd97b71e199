//! The baseline: findings recorded once (`--write-baseline FILE`) so that later runs
//! (`--baseline FILE`) report only new ones. Findings are matched by their
//! [fingerprint](super::fingerprint), never by line, so edits elsewhere and moved code
//! keep them matched. The file is sorted and holds no line numbers, for clean diffs.

use super::{fingerprint, Finding, Level, Sources};
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
    }
}

/// Records every reported finding; returns how many.
pub fn write(path: &Path, findings: &[Finding], sources: &Sources) -> Result<usize, String> {
    let mut entries: Vec<Entry> =
        findings.iter().filter(|f| f.level != Level::Allow).map(|f| entry(f, sources)).collect();
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

/// Removes the findings the baseline records (each entry matches one finding).
pub fn apply(findings: &mut Vec<Finding>, entries: Vec<Entry>, sources: &Sources) -> Outcome {
    let mut by_fingerprint: HashMap<String, Vec<Entry>> = HashMap::new();
    for e in entries {
        by_fingerprint.entry(e.fingerprint.clone()).or_default().push(e);
    }
    let mut known = 0;
    findings.retain(|f| {
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
