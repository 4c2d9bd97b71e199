#[derive(Debug, Clone)]
pub struct Member {
    pub id: u64,
    pub phone: String,
}
