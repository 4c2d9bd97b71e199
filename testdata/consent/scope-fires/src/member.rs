//! Members: `phone`, `email` and `city` are personal data in this policy.

#[redline::classified]
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub id: u64,
    #[redline::data("contact.phone")]
    pub phone: String,
    #[redline::data("contact.email")]
    pub email: String,
    #[redline::data("location")]
    pub city: String,
    pub marketing_opt_in: bool,
}
