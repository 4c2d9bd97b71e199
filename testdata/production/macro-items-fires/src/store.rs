use crate::model::{ChatMessage, Profile, ProfileView};

pub struct Store {
    pub dsn: String,
}

impl Store {
    fn load<T>(&self, table: &str, member: u64) -> Option<T> {
        let _ = (table, member, &self.dsn);
        None
    }

    finders!(latest_message: "messages" -> ChatMessage, latest_view: "views" -> ProfileView, profile: "profiles" -> Profile);
}

pub struct AppState {
    pub store: Store,
}
