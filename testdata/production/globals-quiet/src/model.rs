pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

pub struct ProfileView {
    pub viewer: u64,
    pub viewed: u64,
}
