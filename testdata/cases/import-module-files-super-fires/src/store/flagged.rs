pub struct Lead {
    pub company: String,
}
