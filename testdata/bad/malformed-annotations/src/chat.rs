redline::module_purpose!("messaging");

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

pub fn notify(m: &ChatMessage) -> usize {
    m.body.len()
}

redline::module_purpose!("sales");
