redline::module_purpose!("sales");

use crate::chat::ChatMessage;

// Half-typed edit: the `let` has no initializer expression.
pub fn quote(m: &ChatMessage) -> String {
    let text = ;
    text
}
