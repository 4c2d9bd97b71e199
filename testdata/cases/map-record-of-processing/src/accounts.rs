redline::module_purpose!("account");

#[redline::classified]
pub struct Account {
    pub id: u64,
    #[redline::data("contact.email")]
    pub email: String,
    #[redline::data("contact.phone")]
    pub phone: String,
}

pub fn login_link(a: &Account) -> String {
    format!("mailto:{}?subject=sign-in&to={}", a.email, a.phone)
}
