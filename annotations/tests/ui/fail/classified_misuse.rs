#[redline::classified("chat")]
pub struct ChatMessage {
    pub body: String,
}

#[redline::classified]
pub type Transcript = String;

fn main() {}
