use crate::chat::ChatMessage;

pub fn opener(last: &ChatMessage) -> String { // redline: expect purpose-violation (chat, sales)
    let n = last.body.len();
    format!("Your last message was {n} characters long. Want a Gold badge?")
}

pub mod helpers {
    use crate::chat::ChatMessage;

    pub fn quote(m: &ChatMessage) -> String { // redline: expect purpose-violation (chat, sales)
        m.body.clone()
    }
}
