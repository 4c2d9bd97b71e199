//! `--format sarif`: SARIF 2.1.0 as GitHub code scanning reads it
//! (<https://docs.github.com/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning>).
//! One rule per lint, from the catalogue; files are named from the repository root.

use super::{fingerprint, Finding, Level, Report, Step};
use crate::diag::{escape, lint};
use serde_json::{json, Value};

/// The key of redline's fingerprint in `partialFingerprints`.
pub const FINGERPRINT_KEY: &str = "redline/v1";

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub fn render(report: &Report) -> String {
    let rules: Vec<Value> = lint::all().iter().map(rule).collect();
    let results: Vec<Value> = report.findings.iter().map(|f| result(report, f)).collect();
    let doc = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "redline",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "informationUri": env!("CARGO_PKG_REPOSITORY"),
                    "rules": rules,
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    let mut s = serde_json::to_string_pretty(&doc).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    escape::json(s)
}

fn sarif_level(level: Level) -> &'static str {
    match level {
        Level::Deny => "error",
        Level::Warn => "warning",
        Level::Allow => "none",
    }
}

fn rule(doc: &lint::LintDoc) -> Value {
    let level = Level::parse(&doc.level).unwrap_or(Level::Deny);
    let help = lint::render(doc);
    json!({
        "id": doc.name,
        "name": doc.name.split('-').map(capitalise).collect::<String>(),
        "shortDescription": { "text": doc.summary.trim() },
        "fullDescription": { "text": doc.what.trim() },
        "help": { "text": help, "markdown": help },
        "helpUri": format!("{}/blob/main/docs/lints.md#{}", env!("CARGO_PKG_REPOSITORY"), doc.name),
        "defaultConfiguration": { "level": sarif_level(level), "enabled": level != Level::Allow },
    })
}

fn capitalise(word: &str) -> String {
    let mut c = word.chars();
    c.next().map(|first| first.to_uppercase().chain(c).collect()).unwrap_or_default()
}

fn result(report: &Report, f: &Finding) -> Value {
    let mut text = escape::text(&f.message).into_owned();
    if let Some(help) = &f.help {
        text.push_str(&format!("\n\nhelp: {}", escape::text(help)));
    }
    let mut location = json!({ "physicalLocation": physical(report, &f.file, f.span.map(|s| (s.lo, s.hi))) });
    if let Some(item) = &f.item {
        location["logicalLocations"] = json!([{ "fullyQualifiedName": item, "kind": "function" }]);
    }
    let mut r = json!({
        "ruleId": f.lint.name(),
        "level": sarif_level(f.level),
        "message": { "text": text },
        "locations": [location],
        "partialFingerprints": { FINGERPRINT_KEY: fingerprint::fingerprint(f, report.sources) },
    });
    if let Some(i) = crate::diag::Lint::ALL.iter().position(|l| *l == f.lint) {
        r["ruleIndex"] = json!(i);
    }
    if report.baseline.is_some() {
        // Compared with a baseline, everything reported is new.
        r["baselineState"] = json!("new");
    }
    if !f.trace.is_empty() {
        let steps: Vec<Value> = f.trace.iter().map(|h| hop(report, h)).collect();
        r["codeFlows"] = json!([{ "threadFlows": [{ "locations": steps.iter().map(|s| json!({ "location": s })).collect::<Vec<_>>() }] }]);
        r["relatedLocations"] = steps
            .into_iter()
            .enumerate()
            .map(|(i, mut s)| {
                s["id"] = json!(i + 1);
                s
            })
            .collect();
    }
    let mut properties = serde_json::Map::new();
    if let Some(c) = &f.category {
        properties.insert("category".into(), json!(c));
    }
    if let Some(p) = &f.purpose {
        properties.insert("purpose".into(), json!(p));
    }
    if !properties.is_empty() {
        r["properties"] = Value::Object(properties);
    }
    r
}

fn hop(report: &Report, h: &Step) -> Value {
    json!({
        "physicalLocation": physical(report, &h.file, Some((h.span.lo, h.span.hi))),
        "message": { "text": escape::text(&h.to_string()) },
    })
}

fn physical(report: &Report, file: &str, span: Option<(u32, u32)>) -> Value {
    let region = match span {
        Some((lo, hi)) => {
            let start = report.sources.line_col(file, lo);
            let end = report.sources.line_col(file, hi.max(lo));
            json!({
                "startLine": start.line,
                "startColumn": start.column,
                "endLine": end.line,
                "endColumn": end.column,
            })
        }
        None => json!({ "startLine": 1 }),
    };
    json!({
        "artifactLocation": { "uri": uri(&report.repo_path(file)) },
        "region": region,
    })
}

/// A URI for a path: a relative reference, or a `file://` URI for an absolute path (a
/// `--config` outside the workspace; never `//...`, a network path); bytes outside the
/// unreserved set and `/` are percent-encoded.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len() + 7);
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("crates/chat/src/lib.rs"), "crates/chat/src/lib.rs");
        assert_eq!(uri("my dir/ü.rs"), "my%20dir/%C3%BC.rs");
        assert_eq!(uri("/tmp/policy.toml"), "file:///tmp/policy.toml");
    }

    #[test]
    fn rules_come_from_the_catalogue() {
        let r = rule(lint::find("analysis-limit").expect("in catalogue"));
        assert_eq!(r["id"], "analysis-limit");
        assert_eq!(r["name"], "AnalysisLimit");
        assert_eq!(r["defaultConfiguration"]["level"], "warning");
        assert!(r["help"]["markdown"].as_str().is_some_and(|m| m.contains("## How to fix")));
    }
}
