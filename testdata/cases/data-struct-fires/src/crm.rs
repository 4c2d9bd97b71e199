redline::module_purpose!("sales");

use crate::chat::ChatMessage;

/// The matchmaker quotes a member's private message back at them.
pub fn pitch(msg: &ChatMessage) -> String { // redline: expect purpose-violation (chat, sales)
    let quoted = msg.body.clone();
    format!("You wrote \"{quoted}\". Gold members get read receipts!")
}
