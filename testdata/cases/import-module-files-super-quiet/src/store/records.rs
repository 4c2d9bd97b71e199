pub struct Member {
    pub company: String,
}
