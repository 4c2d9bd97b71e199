#[redline::data(chat)]
pub struct ChatMessage;

#[redline::data(42)]
pub struct Score;

fn main() {}
