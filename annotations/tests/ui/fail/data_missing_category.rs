#[redline::data]
pub struct ChatMessage;

#[redline::data(purposes = ["messaging"])]
pub struct Transcript;

fn main() {}
