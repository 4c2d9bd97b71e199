use crate::chat::ChatMessage;
use crate::views::ProfileView;

/// `ProfileView` lost its category to a misspelt attribute (src/views.rs): no finding here.
#[redline::purpose(sales)]
pub fn recent(v: &ProfileView) -> u64 { v.viewer }

pub fn pitch(m: &ChatMessage) -> usize { // redline: expect purpose-violation (chat, sales)
    redline::module_purpose!("sales");
    m.body.len()
}

redline::module_purpose!("sales");
