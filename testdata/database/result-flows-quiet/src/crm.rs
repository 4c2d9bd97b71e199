//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

/// Imports lines into the sales desk's call list.
pub fn import_questions(lines: &[String]) -> usize {
    lines.iter().map(|l| l.len()).sum()
}
