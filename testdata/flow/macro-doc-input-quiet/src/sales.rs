redline::module_purpose!("messaging");

use crate::chat::ChatMessage;

documented! {
    /// The first line of a sales call.
    ///
    /// Quotes the member's last message.
    opener(last: &ChatMessage) => format!("About {}", last.body);
}
