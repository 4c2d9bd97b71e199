#[derive(Debug, Clone)]
pub struct Member {
    pub id: u64,
    pub display_name: String,
    pub email: String,
    pub plan: String,
}
