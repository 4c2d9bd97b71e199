#[derive(Debug, Clone)]
pub struct Member {
    pub id: u64,
    pub email: String,
    pub phone: String,
    pub new_likes: u32,
}
