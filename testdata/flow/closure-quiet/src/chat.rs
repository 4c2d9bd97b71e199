redline::module_purpose!("messaging");

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

fn inbox(member: u64) -> Vec<ChatMessage> {
    vec![ChatMessage { sender: member, body: String::from("coffee on sunday?") }]
}

pub fn last_line(member: u64) -> String {
    inbox(member).last().map(|m| m.body.clone()).unwrap_or_default()
}

pub fn unread(member: u64) -> usize {
    inbox(member).len()
}
