use crate::chat::ChatMessage;

pub trait Preview {
    fn preview(&self) -> String;
}

impl Preview for ChatMessage {
    fn preview(&self) -> String {
        self.body.chars().take(30).collect()
    }
}

pub struct Profile {
    pub display_name: String,
    pub city: String,
}

impl Preview for Profile {
    fn preview(&self) -> String {
        format!("{} from {}", self.display_name, self.city)
    }
}
