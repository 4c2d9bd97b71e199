pub struct ChatMessage {
    pub sender_name: String,
    pub body: String,
}

pub struct Member {
    pub id: u64,
    pub phone: String,
}
