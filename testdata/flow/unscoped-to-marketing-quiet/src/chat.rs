redline::module_purpose!("messaging");

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

pub fn archive(lines: &[String]) -> usize {
    lines.len()
}
