redline::module_purpose!("messaging");

use crate::chat::ChatMessage;

pub type Thread = Vec<ChatMessage>;

#[derive(Debug)]
pub struct LoadError;

pub struct Repo {
    pub member: u64,
}

impl Repo {
    pub fn load(member: u64) -> ChatMessage {
        ChatMessage { sender: member, body: String::new() }
    }

    pub fn latest(&self) -> ChatMessage {
        Repo::load(self.member)
    }

    pub fn try_get(&self, member: u64) -> Result<ChatMessage, LoadError> {
        if member == self.member { Ok(Repo::load(member)) } else { Err(LoadError) }
    }

    pub async fn fetch(&self) -> ChatMessage {
        Repo::load(self.member)
    }
}
