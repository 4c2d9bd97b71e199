redline::module_purpose!("trust_and_safety");

use crate::chat::Transcript;

// redline: no finding — chat allows trust_and_safety.
pub fn flagged_lines(t: &Transcript) -> usize {
    t.iter().filter(|l| l.contains("wire transfer")).count()
}
