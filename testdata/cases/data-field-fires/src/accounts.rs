redline::module_purpose!("account");

#[redline::classified]
#[derive(Debug, Clone)]
pub struct Account {
    pub member_id: u64,
    pub display_name: String,
    #[redline::data("contact.email")]
    pub email: String,
}

pub fn confirmation_address(a: &Account) -> String {
    a.email.clone()
}
