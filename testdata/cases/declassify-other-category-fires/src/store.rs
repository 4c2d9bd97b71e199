#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

#[redline::data("browsing")]
#[derive(Debug, Clone)]
pub struct ProfileView {
    pub viewer: u64,
    pub viewed: u64,
}

pub struct Store {
    pub messages: Vec<ChatMessage>,
    pub views: Vec<ProfileView>,
}

#[redline::purpose("messaging")]
impl Store {
    pub fn thread(&self, member: u64) -> Vec<ChatMessage> {
        self.messages.iter().filter(|m| m.sender == member).cloned().collect()
    }
}

#[redline::purpose("matching")]
impl Store {
    pub fn viewers_of(&self, member: u64) -> Vec<ProfileView> {
        self.views.iter().filter(|v| v.viewed == member).cloned().collect()
    }
}
