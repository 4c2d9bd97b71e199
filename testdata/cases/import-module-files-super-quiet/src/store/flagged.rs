#[redline::data("contact.phone")]
pub struct Lead {
    pub phone: String,
}
