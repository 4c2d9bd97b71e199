#[redline::classified]
pub struct Account {
    #[redline::data(email)]
    pub email: String,
    #[redline::data]
    pub phone: String,
    #[redline::data("contact.address")]
    #[redline::data("location")]
    pub address: String,
}

#[redline::data("contact")]
pub enum Contact {
    #[redline::data("contact.email")]
    Email(String),
    Phone(#[redline::data("contact..phone")] String),
}

fn main() {}
