redline::module_purpose!("messaging");

/// Raw lines of a conversation, oldest first.
#[redline::data("chat")]
pub type Transcript = Vec<String>;
