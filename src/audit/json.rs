//! `redline audit --format json` (version [`super::VERSION`]) and `--format csv` (one row
//! per exception): the same fields.

use super::{git, Exception};
use crate::map::csv::line;
use serde_json::{json, Value};

fn fields(e: &Exception) -> Value {
    let b = e.blame.clone().flatten();
    json!({
        "kind": e.kind.name(),
        "file": e.file,
        "line": e.line,
        "item": e.item,
        "what": e.what,
        "reason": e.reason,
        "committed": e.blame.as_ref().map(Option::is_some),
        "commit": b.as_ref().map(|b| b.commit.clone()),
        "author": b.as_ref().map(|b| b.author.clone()),
        "date": b.as_ref().map(|b| git::day(b.time)),
        "summary": b.as_ref().map(|b| b.summary.clone()),
    })
}

pub fn render(exceptions: &[Exception], older_than: Option<&str>) -> String {
    let doc = json!({
        "version": super::VERSION,
        "summary": {
            "exceptions": exceptions.len(),
            "without_reason": exceptions.iter().filter(|e| e.reason.is_none()).count(),
            "older_than": older_than,
        },
        "exceptions": exceptions.iter().map(fields).collect::<Vec<_>>(),
    });
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}

const COLUMNS: &[&str] = &["kind", "file", "line", "item", "what", "reason", "commit", "author", "date", "summary"];

pub fn csv(exceptions: &[Exception]) -> String {
    let mut out = line(COLUMNS.iter().map(|c| c.to_string()));
    for e in exceptions {
        let v = fields(e);
        out.push_str(&line(COLUMNS.iter().map(|c| match &v[*c] {
            Value::String(s) => s.clone(),
            Value::Null => String::new(),
            other => other.to_string(),
        })));
    }
    out
}
