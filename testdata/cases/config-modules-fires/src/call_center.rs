use crate::chat::ChatMessage;

pub fn script(last: &ChatMessage) -> String { // redline: expect purpose-violation (chat, sales)
    let n = last.body.len();
    format!("Mention their {n}-character message, then offer Gold")
}

pub mod followup {
    use crate::chat::ChatMessage;

    pub fn reminder(m: &ChatMessage) -> u64 { // redline: expect purpose-violation (chat, sales)
        m.sender
    }
}
