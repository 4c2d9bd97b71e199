//! EXPECT: no findings
//!
//! Strings that look like SQL but are never executed are not queries: a `const` shown on a help
//! page, a `format!` written to the log, a string passed to a workspace function and to a
//! workspace method named `query`/`execute`. No purpose-violation, and no `analysis-limit` for
//! the `format!`.
//!
//! Assumption (the issue is silent): a string is a query only when it reaches a recognised
//! database call; a `format!` that never reaches one gets no `analysis-limit`.

pub mod crm;
pub mod help;
