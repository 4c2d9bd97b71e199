redline::module_purpose!("messaging");

use crate::chat::ChatMessage;
use crate::helpers;

// redline: no finding — messaging may touch what word_count touches.
pub fn preview_size(thread: &[ChatMessage]) -> usize {
    helpers::word_count(thread)
}
