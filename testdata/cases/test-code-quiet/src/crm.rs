redline::module_purpose!("sales");

use crate::chat::ChatMessage;

pub fn pitch(member_id: u64) -> String {
    format!("Call {member_id}")
}

// redline: no finding — #[cfg(test)] fn.
#[cfg(test)]
fn fixture() -> ChatMessage {
    ChatMessage { sender: 1, body: String::from("hello") }
}

// redline: no finding — #[test] fn outside a test module.
#[test]
fn pitch_mentions_member() {
    let m = ChatMessage { sender: 42, body: String::new() };
    assert!(pitch(m.sender).contains("42"));
}

// redline: no finding — #[cfg(test)] module.
#[cfg(test)]
mod tests {
    use super::*;

    fn quote(m: &ChatMessage) -> String {
        m.body.clone()
    }

    #[test]
    fn quotes_body() {
        assert_eq!(quote(&fixture()), "hello");
    }
}
