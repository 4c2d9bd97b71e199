//! `redline map --format dot`: a Graphviz digraph of categories → purposes; an edge says
//! how many places the category reaches the purpose, red when the policy does not allow it.

use super::{one_line, DataMap};
use std::collections::BTreeSet;

pub const ALLOWED: &str = "#2563eb";
pub const VIOLATION: &str = "#dc2626";

pub fn render(map: &DataMap) -> String {
    let mut out = format!(
        "// redline map of {}: where each category of personal data goes, and for which purpose.\n\
         // Red edges are not allowed by {}. Render with: dot -Tsvg map.dot -o map.svg\n",
        one_line(&map.name),
        one_line(&map.policy_file)
    );
    out.push_str(
        "digraph redline_map {\n  rankdir=LR;\n  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n",
    );
    out.push_str("  edge [fontname=\"Helvetica\"];\n");
    out.push_str("  subgraph cluster_categories {\n    label=\"categories\";\n");
    for c in &map.categories {
        out.push_str(&format!("    {} [label={}, fillcolor=\"#e0e7ff\"];\n", id("c", &c.name), quote(&c.name)));
    }
    out.push_str("  }\n  subgraph cluster_purposes {\n    label=\"purposes\";\n");
    let rows = map.rows();
    let purposes: BTreeSet<&str> = rows.iter().map(|r| r.purpose.as_str()).collect();
    for p in purposes {
        out.push_str(&format!("    {} [label={}, fillcolor=\"#fef3c7\"];\n", id("p", p), quote(p)));
    }
    out.push_str("  }\n");
    for r in &rows {
        let (colour, width) = if r.allowed { (ALLOWED, 1) } else { (VIOLATION, 2) };
        let n = r.reaches.len();
        let label = if r.violations > 0 { format!("{n} ({} not allowed)", r.violations) } else { n.to_string() };
        out.push_str(&format!(
            "  {} -> {} [label={}, color=\"{colour}\", fontcolor=\"{colour}\", penwidth={width}];\n",
            id("c", &r.category.name),
            id("p", &r.purpose),
            quote(&label)
        ));
    }
    out.push_str("}\n");
    out
}

/// A node identifier: a quoted string, kept apart by a prefix (`c:chat`, `p:sales`).
fn id(prefix: &str, name: &str) -> String {
    quote(&format!("{prefix}:{name}"))
}

/// A DOT string: quotes and backslashes escaped, line breaks as `\n`.
fn quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
