redline::module_purpose!("sales");

use crate::chat::View;

pub fn peek(v: &View) -> String {
    let who = v.author.clone();
    let text = v.msg.body.clone(); // redline: expect purpose-violation (chat, sales)
    format!("{who} wrote: {text}")
}
