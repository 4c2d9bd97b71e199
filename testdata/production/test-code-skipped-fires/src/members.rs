#[derive(Debug, Clone)]
pub struct Member {
    pub id: u64,
    pub email: String,
    pub last_active_days: u32,
}

impl Member {
    pub fn new(id: u64, email: &str) -> Member {
        Member { id, email: email.to_string(), last_active_days: 0 }
    }
}
