redline::module_purpose!("marketing");

use crate::chat;

pub fn weekly_push(members: &[u64]) -> Vec<String> {
    let teaser = |m: &u64| format!("{m}: {} unread - reply with Gold!", chat::unread(*m)); // redline: no finding — a count only
    members.iter().map(teaser).collect()
}
