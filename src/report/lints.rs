//! The lint catalogue: one TOML file per lint in `lints/`, embedded in the binary.

use super::Level;
use serde::Deserialize;
use std::sync::OnceLock;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LintDoc {
    pub name: String,
    /// `deny`, `warn` or `allow`.
    pub level: String,
    pub summary: String,
    pub what: String,
    pub why: String,
    pub example: String,
    pub fix: String,
}

/// Every lint, in the order `redline explain` lists them.
const SOURCES: &[&str] = &[
    include_str!("../../lints/purpose-violation.toml"),
    include_str!("../../lints/unknown-category.toml"),
    include_str!("../../lints/unknown-purpose.toml"),
    include_str!("../../lints/malformed-annotation.toml"),
    include_str!("../../lints/unmatched-config-path.toml"),
    include_str!("../../lints/parse-error.toml"),
    include_str!("../../lints/missing-module.toml"),
    include_str!("../../lints/analysis-limit.toml"),
    include_str!("../../lints/suppression-without-reason.toml"),
    include_str!("../../lints/unused-suppression.toml"),
];

pub fn all() -> &'static [LintDoc] {
    static DOCS: OnceLock<Vec<LintDoc>> = OnceLock::new();
    DOCS.get_or_init(|| {
        SOURCES
            .iter()
            .map(|s| toml::from_str(s).unwrap_or_else(|e| panic!("the embedded lint catalogue is invalid: {e}")))
            .collect()
    })
}

pub fn find(name: &str) -> Option<&'static LintDoc> {
    all().iter().find(|l| l.name == name)
}

pub fn default_level(name: &str) -> Level {
    find(name).and_then(|l| Level::parse(&l.level)).unwrap_or(Level::Deny)
}

/// The catalogue entry as `redline explain` prints it.
pub fn render(doc: &LintDoc) -> String {
    format!(
        "# {name}\n\nDefault level: {level}\n\n{summary}\n\n## What it does\n\n{what}\n\n## Why is this bad\n\n{why}\n\n## Example\n\n```rust\n{example}\n```\n\n## How to fix\n\n{fix}\n",
        name = doc.name,
        level = doc.level,
        summary = doc.summary.trim(),
        what = doc.what.trim(),
        why = doc.why.trim(),
        example = doc.example.trim(),
        fix = doc.fix.trim(),
    )
}

/// `docs/lints.md`: every catalogue entry, as `redline explain` prints it.
pub fn reference() -> String {
    let mut out = String::from(
        "# Lint reference\n\nGenerated from `lints/*.toml` (the same text `redline explain <lint>` prints);\n\
         edit those files, not this one, and re-bless with `BLESS=1 cargo test`.\n\n",
    );
    for doc in all() {
        out.push_str(&render(doc).replacen("# ", "## ", 1).replace("\n## ", "\n### "));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docs_lint_reference_is_current() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/lints.md");
        let expected = reference();
        if std::env::var_os("BLESS").is_some() {
            std::fs::write(path, &expected).expect("write docs/lints.md");
        }
        let actual = std::fs::read_to_string(path).unwrap_or_default();
        assert!(actual == expected, "docs/lints.md is out of date: run BLESS=1 cargo test");
    }

    #[test]
    fn catalogue_is_complete_and_valid() {
        let docs = all();
        let mut on_disk: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/lints"))
            .expect("lints/ exists")
            .flatten()
            .filter_map(|e| e.file_name().to_str()?.strip_suffix(".toml").map(str::to_string))
            .collect();
        on_disk.sort();
        let mut embedded: Vec<String> = docs.iter().map(|d| d.name.clone()).collect();
        embedded.sort();
        assert_eq!(on_disk, embedded, "every file in lints/ is embedded, and named after its lint");
        for d in docs {
            assert!(Level::parse(&d.level).is_some(), "{}: bad level", d.name);
            assert!(!d.summary.trim().is_empty() && !d.example.trim().is_empty(), "{}", d.name);
        }
    }
}
