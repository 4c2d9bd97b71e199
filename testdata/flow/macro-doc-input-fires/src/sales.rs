redline::module_purpose!("sales");

use crate::chat::ChatMessage;

documented! { // redline: expect purpose-violation (chat, sales)
    /// The first line of a sales call.
    ///
    /// Quotes the member's last message.
    opener(last: &ChatMessage) => format!("About {}", last.body);
}
