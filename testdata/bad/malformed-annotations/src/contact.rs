#[redline::classified]
pub enum Contact {
    #[redline::data("contact.email")]
    Email(String),
    Anonymous,
}

pub struct Account {
    #[redline::data("contact.email")]
    pub email: String,
}
