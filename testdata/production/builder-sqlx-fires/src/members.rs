pub struct Member {
    pub id: i64,
    pub plan: String,
    pub phone: String,
}
