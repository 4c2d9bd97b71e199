//! The base every phase may use: lint identifiers and their catalogue,
//! findings, levels, trace steps, positions in source files, and the one way
//! to read a file a pull request controls. It imports no phase.

pub mod escape;
pub mod files;
pub mod lint;
mod source;
pub mod trace;

pub use lint::Lint;
pub use source::{LineCol, SourceFile, Sources};
pub use trace::{Step, StepKind, Text};

use serde::Serialize;

/// A byte range in the file it came from (offsets relative to the file start).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub fn new(lo: usize, hi: usize) -> Self {
        let clamp = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
        Span { lo: clamp(lo), hi: clamp(hi) }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Allow,
    Warn,
    Deny,
}

impl Level {
    pub fn parse(s: &str) -> Option<Level> {
        match s {
            "allow" => Some(Level::Allow),
            "warn" => Some(Level::Warn),
            "deny" => Some(Level::Deny),
            _ => None,
        }
    }

    /// How a finding at this level is shown: `error` or `warning`.
    pub fn severity(self) -> &'static str {
        match self {
            Level::Deny => "error",
            _ => "warning",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Finding {
    pub lint: Lint,
    /// The lint's default level until the run applies the policy's and the command line's.
    pub level: Level,
    pub message: String,
    /// Relative to the workspace root, with `/`.
    pub file: String,
    pub span: Option<Span>,
    /// Text of the label on the offending expression.
    pub label: String,
    pub help: Option<String>,
    /// Full path of the enclosing function.
    pub item: Option<String>,
    pub category: Option<String>,
    pub purpose: Option<String>,
    pub trace: Vec<Step>,
}

impl Finding {
    pub fn new(lint: Lint, file: impl Into<String>, span: Option<Span>, message: impl Into<String>) -> Self {
        Finding {
            lint,
            level: lint.default_level(),
            message: message.into(),
            file: file.into(),
            span,
            label: String::new(),
            help: None,
            item: None,
            category: None,
            purpose: None,
            trace: Vec::new(),
        }
    }
}

/// The closest of `candidates` to a misspelt `name`, if one is close enough.
pub fn suggest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(name, c), c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 3))
        .min()
        .map(|(_, c)| c.to_string())
}

/// "did you mean `x`?" for the closest candidate, if one is close enough.
pub fn did_you_mean<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    suggest(name, candidates).map(|c| format!("did you mean `{c}`?"))
}
