use crate::model::{ChatMessage, Profile};

pub struct Store {
    pub dsn: String,
}

impl Store {
    pub fn messages_for(&self, member: u64) -> Vec<ChatMessage> {
        let _ = (member, &self.dsn);
        Vec::new()
    }

    pub fn profiles_for(&self, member: u64) -> Vec<Profile> {
        let _ = member;
        Vec::new()
    }
}

pub fn messages_for(store: &Store, member: u64) -> Vec<ChatMessage> {
    store.messages_for(member)
}

pub fn profiles_for(store: &Store, member: u64) -> Vec<Profile> {
    store.profiles_for(member)
}
