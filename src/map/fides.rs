//! `redline map --format fides`: a Fides system manifest (YAML, as `fides apply` reads
//! it) for the workspace: one privacy declaration per Fides data use, listing the Fides
//! data categories the code uses for it, from the `fides` keys of the policy (or names
//! that are Fides keys). It describes what the code does: flows the policy forbids are
//! declared too. Categories and purposes without a Fides key are left out, and named in
//! a comment at the top.

use super::DataMap;
use std::collections::{BTreeMap, BTreeSet};

/// What the manifest leaves out: categories and purposes that reach each other but have
/// no Fides key.
pub fn omitted(map: &DataMap) -> (Vec<String>, Vec<String>) {
    let rows = map.rows();
    let cats: BTreeSet<String> =
        rows.iter().filter(|r| r.category.record.fides.is_none()).map(|r| r.category.name.clone()).collect();
    let uses: BTreeSet<String> =
        rows.iter().filter(|r| r.purpose_record.fides.is_none()).map(|r| r.purpose.clone()).collect();
    (cats.into_iter().collect(), uses.into_iter().collect())
}

pub fn render(map: &DataMap) -> String {
    // Data use → (purposes, data categories).
    let mut declarations: BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> = BTreeMap::new();
    for r in map.rows() {
        let (Some(category), Some(data_use)) = (&r.category.record.fides, &r.purpose_record.fides) else { continue };
        let d = declarations.entry(data_use.clone()).or_default();
        d.0.insert(r.purpose.clone());
        d.1.insert(category.clone());
    }
    let mut out = format!(
        "# Fides system manifest written by `redline map --format fides` (redline {}) from the code of\n\
         # {}: one privacy declaration per data use, with the data categories the code uses for it,\n\
         # allowed by {} or not.\n",
        env!("CARGO_PKG_VERSION"),
        super::one_line(&map.name),
        super::one_line(&map.policy_file)
    );
    let (cats, uses) = omitted(map);
    for (what, names) in [("categories", cats), ("purposes", uses)] {
        if !names.is_empty() {
            out.push_str(&format!(
                "# Left out, no Fides key (add `fides = \"...\"` in the policy): {what} {}\n",
                names.join(", ")
            ));
        }
    }
    let key = fides_key(&map.name);
    out.push_str(&format!(
        "system:\n  - fides_key: {}\n    name: {}\n    description: {}\n    system_type: Service\n    privacy_declarations:",
        q(&key),
        q(&map.name),
        q(&format!("Personal data processing of {}, from its code (redline map)", map.name))
    ));
    if declarations.is_empty() {
        out.push_str(" []\n");
        return out;
    }
    out.push('\n');
    for (data_use, (purposes, categories)) in declarations {
        let purposes: Vec<String> = purposes.into_iter().collect();
        out.push_str(&format!(
            "      - name: {}\n        data_use: {}\n        data_categories:\n",
            q(&purposes.join(", ")),
            q(&data_use)
        ));
        for c in categories {
            out.push_str(&format!("          - {}\n", q(&c)));
        }
    }
    out
}

/// A YAML double-quoted scalar (JSON's escapes are YAML's).
fn q(s: &str) -> String {
    serde_json::Value::String(s.to_string()).to_string()
}

/// A Fides key from a name: letters, digits and `_ . - < >`, anything else as `_`.
fn fides_key(name: &str) -> String {
    let key: String =
        name.chars().map(|c| if c.is_ascii_alphanumeric() || "_.-<>".contains(c) { c } else { '_' }).collect();
    if key.is_empty() {
        "redline_workspace".to_string()
    } else {
        key
    }
}
