newtype! {
    #[redline::data("chat")]
    #[derive(Debug, Clone)]
    pub struct MessageBody(String);
}

newtype! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub struct MemberId(u64);
}

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

#[derive(Debug, Clone)]
pub struct Profile {
    pub display_name: String,
    pub plan: String,
}
