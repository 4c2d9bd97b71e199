redline::module_purpose!("messaging");

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

fn load_body(member: u64) -> String {
    format!("(stored message of member {member})")
}
pub fn last_sent_len(member: u64) -> usize {
    let msg = ChatMessage { sender: member, body: load_body(member) };
    msg.body.len()
}
