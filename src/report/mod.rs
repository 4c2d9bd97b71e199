//! Phase 7: findings and their renderers (one file per output format).

pub mod human;
pub mod json;
pub mod lints;
mod source;

pub use source::{LineCol, Sources};

use crate::syntax::Span;
use serde::Serialize;

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

/// One step of the way data took to a finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hop {
    pub file: String,
    pub span: Span,
    pub note: String,
}

#[derive(Debug, Clone)]
pub struct Finding {
    pub lint: &'static str,
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
    pub trace: Vec<Hop>,
}

impl Finding {
    pub fn new(lint: &'static str, file: impl Into<String>, span: Option<Span>, message: impl Into<String>) -> Self {
        Finding {
            lint,
            level: lints::default_level(lint),
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

/// What one run found, ready to render.
pub struct Report<'a> {
    pub findings: &'a [Finding],
    pub sources: &'a Sources,
    pub files: usize,
}

impl Report<'_> {
    pub fn count(&self, level: Level) -> usize {
        self.findings.iter().filter(|f| f.level == level).count()
    }
}
