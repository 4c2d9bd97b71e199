//! `redline map --format json`: the map as JSON, schema version [`super::VERSION`]
//! (documented in docs/output.md). Fields are only ever added within a version.

use super::{CategoryMap, DataMap, Location, Reach, ReachKind, Row};
use crate::policy::Record;
use serde_json::{json, Value};

pub fn render(map: &DataMap) -> String {
    let violations: Vec<Value> = map
        .violations()
        .into_iter()
        .map(|(c, r)| {
            let mut v = reach(r);
            v["category"] = json!(c.name);
            v
        })
        .collect();
    let doc = json!({
        "version": super::VERSION,
        "tool": {"name": "redline", "version": env!("CARGO_PKG_VERSION")},
        "workspace": map.name,
        "policy": map.policy_file,
        "summary": {
            "files": map.files,
            "categories": map.categories.len(),
            "purposes": map.purposes.len(),
            "flows": map.flows(),
            "violations": violations.len(),
            "problems": map.problems,
        },
        "categories": map.categories.iter().map(|c| category(map, c)).collect::<Vec<_>>(),
        "purposes": map.purposes.iter().map(|p| {
            let mut v = json!({"name": p.name, "description": p.description});
            record(&mut v, &p.record);
            v
        }).collect::<Vec<_>>(),
        "violations": violations,
        "unused_categories": map.unused_categories,
    });
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}

fn record(v: &mut Value, r: &Record) {
    v["fides"] = json!(r.fides);
    v["legal_basis"] = json!(r.legal_basis);
    v["retention"] = json!(r.retention);
}

fn location(v: &mut Value, at: &Location) {
    v["file"] = json!(at.file);
    v["line"] = json!(at.line);
    v["column"] = json!(at.column);
}

fn category(map: &DataMap, c: &CategoryMap) -> Value {
    let mut v = json!({"name": c.name, "description": c.description});
    record(&mut v, &c.record);
    v["allowed_purposes"] = json!(c.allowed_purposes);
    let rows = map.rows_of(c);
    v["counts"] = json!({
        "purposes": rows.len(),
        "functions": rows.iter().flat_map(|r| r.functions.iter()).collect::<std::collections::BTreeSet<_>>().len(),
        "modules": rows.iter().flat_map(|r| r.modules.iter()).collect::<std::collections::BTreeSet<_>>().len(),
        "sinks": rows.iter().flat_map(|r| r.sinks.iter()).collect::<std::collections::BTreeSet<_>>().len(),
        "flows": c.reaches.len(),
        "violations": c.reaches.iter().filter(|r| r.is_violation()).count(),
    });
    v["classified"] = c
        .classified
        .iter()
        .map(|k| {
            let mut e = json!({"what": k.what, "how": k.how});
            location(&mut e, &k.at);
            e
        })
        .collect();
    v["purposes"] = rows.iter().map(row).collect();
    v["reaches"] = c.reaches.iter().map(reach).collect();
    v["declassified"] = c
        .declassified
        .iter()
        .map(|d| {
            let mut e = json!({"function": d.function, "from": d.from, "reason": d.reason});
            location(&mut e, &d.at);
            e
        })
        .collect();
    v["columns"] = c
        .columns
        .iter()
        .map(|k| {
            let mut e = json!({"table": k.table, "column": k.column, "path": k.path});
            location(&mut e, &k.at);
            e
        })
        .collect();
    v
}

fn row(r: &Row) -> Value {
    let mut v = json!({"purpose": r.purpose, "allowed": r.allowed});
    v["fides_category"] = json!(r.category.record.fides);
    v["fides_data_use"] = json!(r.purpose_record.fides);
    v["legal_basis"] = json!(r.legal_basis());
    v["retention"] = json!(r.retention());
    v["functions"] = json!(r.functions);
    v["modules"] = json!(r.modules);
    v["sinks"] = json!(r.sinks);
    v["flows"] = json!(r.reaches.len());
    v["violations"] = json!(r.violations);
    v
}

fn reach(r: &Reach) -> Value {
    let kind = match r.kind {
        ReachKind::Function => "function",
        ReachKind::Sink => "sink",
    };
    let mut v = json!({
        "kind": kind,
        "function": r.function,
        "module": r.module,
        "crate": r.krate,
        "purpose": r.purpose,
        "allowed": r.allowed,
        "why": r.why,
        "purpose_declared": r.purpose_declared,
        "from": r.from,
    });
    location(&mut v, &r.at);
    v["through"] = json!(r.through);
    v["downstream"] = json!(r.downstream);
    v["guard"] = json!(r.guard);
    v["trace"] = r
        .trace
        .iter()
        .map(|(at, note)| {
            let mut s = json!({"note": note});
            location(&mut s, at);
            s
        })
        .collect();
    v
}
