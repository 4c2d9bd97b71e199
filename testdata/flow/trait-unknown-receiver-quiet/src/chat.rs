redline::module_purpose!("messaging");

pub trait Preview {
    fn preview(&self) -> String;
}

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

impl Preview for ChatMessage {
    fn preview(&self) -> String {
        self.body.chars().take(20).collect()
    }
}

pub struct Profile {
    pub nickname: String,
}

impl Preview for Profile {
    fn preview(&self) -> String {
        self.nickname.clone()
    }
}
