redline::module_purpose!("sales");

// redline: no finding — the inline module (and its child) is trust_and_safety.
#[redline::purpose("trust_and_safety")]
pub mod review {
    use crate::chat::ChatMessage;

    pub fn flag(m: &ChatMessage) -> bool {
        m.body.contains("send money")
    }

    pub mod escalation {
        use crate::chat::ChatMessage;

        pub fn sender_of(m: &ChatMessage) -> u64 {
            m.sender
        }
    }
}

pub fn pitch(member_id: u64) -> String {
    format!("Call {member_id}")
}
