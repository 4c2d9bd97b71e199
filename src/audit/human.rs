//! `redline audit` for people: the exceptions without a reason first, each with where
//! it is written, what it is, its reason, and who introduced it when.

use super::{git, Exception};

pub fn render(exceptions: &[Exception], note: &str) -> String {
    let missing = exceptions.iter().filter(|e| e.reason.is_none()).count();
    let mut out = String::new();
    for (i, e) in exceptions.iter().enumerate() {
        if i == 0 && missing > 0 {
            out.push_str("Without a reason (each one fails the audit):\n\n");
        }
        if i == missing && missing > 0 && i < exceptions.len() {
            out.push_str("With a reason:\n\n");
        }
        out.push_str(&format!("{}:{}: {} — {}\n", one_line(&e.file), e.line, e.kind.name(), one_line(&e.what)));
        if let Some(item) = &e.item {
            out.push_str(&format!("    item:   {}\n", one_line(item)));
        }
        match &e.reason {
            Some(r) => out.push_str(&format!("    reason: {}\n", one_line(r))),
            None => out.push_str("    reason: none given\n"),
        }
        out.push_str(&format!("    {}\n\n", introduced(e)));
    }
    out.push_str(note);
    let s = if exceptions.len() == 1 { "" } else { "s" };
    out.push_str(&format!("redline audit: {} exception{s}, {missing} without a reason\n", exceptions.len()));
    out
}

/// "introduced by abc1234 (Ada Lovelace, 2023-01-15): subject".
pub fn introduced(e: &Exception) -> String {
    match &e.blame {
        None => "introduced: unknown (no git history)".into(),
        Some(None) => "introduced: not committed yet".into(),
        Some(Some(b)) => format!(
            "introduced by {} ({}, {}): {}",
            &b.commit[..b.commit.len().min(7)],
            one_line(&b.author),
            git::day(b.time),
            one_line(&b.summary)
        ),
    }
}

fn one_line(s: &str) -> String {
    crate::map::one_line(s)
}
