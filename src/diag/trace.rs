//! Traces: the way data took to a finding, as structured steps that the
//! analysis records and the renderers put into words.

use super::Span;
use std::fmt;
use std::sync::Arc;

/// Text shared between the many traces that hold it (cloning a trace copies no text).
pub type Text = Arc<str>;

/// One step of the way data took to a finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Relative to the workspace root, with `/`.
    pub file: Text,
    pub span: Span,
    pub kind: StepKind,
}

/// What happened at a step. `function` is the full path of the function the
/// step is in; `callee` the full path of the function called.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepKind {
    /// Where the category comes from: `subject` is classified by an annotation or policy entry.
    Classified {
        subject: Text,
        category: Text,
        how: Text,
    },
    /// A value that carries the data; `what` is its description ("`x` is `Vec<ChatMessage>`").
    Value {
        what: Text,
        function: Text,
    },
    /// The data came back from a call, returned or written into an argument.
    Returned {
        callee: Text,
        unknown_receiver: bool,
        function: Text,
    },
    Written {
        callee: Text,
        unknown_receiver: bool,
        function: Text,
    },
    /// The data was passed to a callee, which carries it further.
    Passed {
        callee: Text,
        unknown_receiver: bool,
    },
    /// The data was passed into a function or dependency function with a purpose.
    PassedToPurpose {
        callee: Text,
        purposes: Arc<[String]>,
    },
    /// A method call on a value whose type is unknown, named like a `[functions]` entry:
    /// the entry could not be matched here.
    UnknownType {
        receiver: Text,
        method: Text,
    },
    /// A call through which a function reads the data (the callee touches it).
    Calls {
        caller: Text,
        callee: Text,
        unknown_receiver: bool,
    },
}

impl Step {
    pub fn new(file: impl Into<Text>, span: Span, kind: StepKind) -> Step {
        Step { file: file.into(), span, kind }
    }
}

/// How a callee reached through a trait method with an unknown receiver is named.
fn callee(f: &mut fmt::Formatter<'_>, callee: &str, unknown_receiver: bool) -> fmt::Result {
    write!(f, "`{callee}`")?;
    if unknown_receiver {
        f.write_str(" (receiver type unknown: any implementation)")?;
    }
    Ok(())
}

impl fmt::Display for StepKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StepKind::Classified { subject, category, how } => {
                write!(f, "{subject} is classified `{category}` by {how}")
            }
            StepKind::Value { what, function } => write!(f, "{what} (in `{function}`)"),
            StepKind::Returned { callee: c, unknown_receiver, function } => {
                f.write_str("returned by ")?;
                callee(f, c, *unknown_receiver)?;
                write!(f, " (in `{function}`)")
            }
            StepKind::Written { callee: c, unknown_receiver, function } => {
                f.write_str("written by ")?;
                callee(f, c, *unknown_receiver)?;
                write!(f, " (in `{function}`)")
            }
            StepKind::Passed { callee: c, unknown_receiver } => {
                f.write_str("passed to ")?;
                callee(f, c, *unknown_receiver)
            }
            StepKind::PassedToPurpose { callee, purposes } => {
                write!(f, "passed to `{callee}` (purpose {})", purposes.join(", "))
            }
            StepKind::UnknownType { receiver, method } => write!(
                f,
                "type of {receiver} unknown at `.{method}()`: a [functions] entry for `{method}` could not be matched here"
            ),
            StepKind::Calls { caller, callee, unknown_receiver } => {
                write!(f, "`{caller}` calls `{callee}`")?;
                if *unknown_receiver {
                    f.write_str(" (receiver type unknown: every implementation of this trait method is assumed)")?;
                }
                Ok(())
            }
        }
    }
}
