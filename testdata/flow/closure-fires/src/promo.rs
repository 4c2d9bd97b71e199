redline::module_purpose!("marketing");

use crate::chat;

pub fn weekly_push(members: &[u64]) -> Vec<String> {
    let teaser = |m: &u64| format!("\"{}\" - reply with Gold!", chat::last_line(*m)); // redline: expect purpose-violation (chat, marketing)
    members.iter().map(teaser).collect()
}
