//! The lint catalogue: one TOML file per lint in `lints/`, embedded in the binary, and
//! the [`Lint`] identifiers the code uses.

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

/// Declares every lint once: its identifier, its name, and its catalogue file
/// (`lints/<name>.toml`, embedded; a lint without a file does not compile).
/// The order is the order `redline explain` lists them in.
macro_rules! lints {
    ($($id:ident = $name:literal,)*) => {
        /// A lint, as the code names it: a misspelt lint does not compile.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Lint {
            $($id,)*
        }

        impl Lint {
            /// Every lint, in catalogue order.
            pub const ALL: &'static [Lint] = &[$(Lint::$id,)*];

            /// The name users write (`purpose-violation`).
            pub fn name(self) -> &'static str {
                match self {
                    $(Lint::$id => $name,)*
                }
            }

            fn source(self) -> &'static str {
                match self {
                    $(Lint::$id => include_str!(concat!("../../lints/", $name, ".toml")),)*
                }
            }
        }
    };
}

lints! {
    PurposeViolation = "purpose-violation",
    MissingConsent = "missing-consent",
    UnknownCategory = "unknown-category",
    UnknownPurpose = "unknown-purpose",
    MalformedAnnotation = "malformed-annotation",
    UnmatchedConfigPath = "unmatched-config-path",
    ParseError = "parse-error",
    MissingModule = "missing-module",
    AnalysisLimit = "analysis-limit",
    SuppressionWithoutReason = "suppression-without-reason",
    UnusedSuppression = "unused-suppression",
    UnclassifiedPersonalData = "unclassified-personal-data",
    InvalidConfig = "invalid-config",
}

impl Lint {
    /// The lint a user names, if any.
    pub fn from_name(name: &str) -> Option<Lint> {
        Lint::ALL.iter().copied().find(|l| l.name() == name)
    }

    /// Its catalogue entry.
    pub fn doc(self) -> &'static LintDoc {
        &all()[Lint::ALL.iter().position(|l| *l == self).unwrap_or_default()]
    }

    /// A lint whose level no policy or flag changes: an invalid policy stops the run.
    pub fn level_is_fixed(self) -> bool {
        self == Lint::InvalidConfig
    }

    pub fn default_level(self) -> Level {
        Level::parse(&self.doc().level).unwrap_or(Level::Deny)
    }
}

/// Lints sort by name, so that reports keep their order.
impl Ord for Lint {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.name().cmp(other.name())
    }
}

impl PartialOrd for Lint {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl std::fmt::Display for Lint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Every catalogue entry, in [`Lint::ALL`] order.
pub fn all() -> &'static [LintDoc] {
    static DOCS: OnceLock<Vec<LintDoc>> = OnceLock::new();
    DOCS.get_or_init(|| {
        Lint::ALL
            .iter()
            .map(|l| {
                toml::from_str(l.source()).unwrap_or_else(|e| panic!("the embedded lint catalogue is invalid: {e}"))
            })
            .collect()
    })
}

/// What redline says of a lint name that is none (in `explain`, `-D`/`-W`/`-A`).
pub fn unknown(name: &str) -> String {
    let hint = super::did_you_mean(name, Lint::ALL.iter().map(|l| l.name())).map(|s| format!("; {s}"));
    format!("error: no lint named `{name}`{} (run `redline explain` for the list)\n", hint.unwrap_or_default())
}

pub fn find(name: &str) -> Option<&'static LintDoc> {
    Lint::from_name(name).map(Lint::doc)
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
        for (d, l) in docs.iter().zip(Lint::ALL) {
            assert_eq!(d.name, l.name(), "the catalogue file of {l} names it");
            assert!(Level::parse(&d.level).is_some(), "{}: bad level", d.name);
            assert!(!d.summary.trim().is_empty() && !d.example.trim().is_empty(), "{}", d.name);
        }
    }
}
