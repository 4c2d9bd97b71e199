redline::module_purpose!("trust_and_safety");

use crate::chat::Attachment;

// redline: no finding — chat allows trust_and_safety.
pub fn needs_review(a: &Attachment) -> bool {
    matches!(a, Attachment::Photo { .. })
}
