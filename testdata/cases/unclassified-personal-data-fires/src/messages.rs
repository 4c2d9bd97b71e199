#[redline::data("chat")]
pub struct DirectMessage {
    pub body: String,
}

pub struct Conversation {
    pub messages: Vec<DirectMessage>,
    pub subject_text: String,
}

pub struct ChatLine {
    pub chat_text: String,
    pub error_message: String,
}

pub struct ActivityLog {
    pub viewed_profiles: Vec<u64>,
    pub visit_history: Vec<String>,
}
