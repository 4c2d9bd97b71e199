#[redline::data("contact.phone")]
pub struct Member {
    pub phone: String,
}
