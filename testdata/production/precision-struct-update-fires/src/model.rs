#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

/// A lead for the call center. Not classified: what its fields carry depends on how it
/// was filled.
#[derive(Debug, Clone, Default)]
pub struct Lead {
    pub member_id: u64,
    pub plan: String,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Report {
    pub member_id: u64,
    pub messages: Vec<ChatMessage>,
}
