//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use crate::help::{self, Runbook};

/// Shown on the sales desk's help page.
pub const EXAMPLE_QUERY: &str = "SELECT body FROM messages WHERE sender = 42"; // redline: no finding — never executed

/// The help page text.
pub fn help_text() -> String {
    format!("Agents may not run `{EXAMPLE_QUERY}`: ask the privacy team.")
}

/// Logs a refused request.
pub fn log_refused(member: i64) -> String {
    let sql = format!("SELECT body FROM messages WHERE sender = {member}"); // redline: no finding — written to the log, never executed
    tracing::warn!(%sql, "refused ad-hoc query from the sales desk");
    sql
}

/// Counts runbook pages mentioning a statement.
pub fn runbook_hits(book: &Runbook) -> usize {
    book.query("SELECT phone FROM members") + help::execute("SELECT viewer FROM profile_views") // redline: no finding — workspace functions named query/execute
}
