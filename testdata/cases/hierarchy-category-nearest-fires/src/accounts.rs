redline::module_purpose!("account");

#[redline::classified]
#[derive(Debug, Clone)]
pub struct Account {
    pub member_id: u64,
    #[redline::data("contact.phone")]
    pub phone: String,
    #[redline::data("contact.email")]
    pub email: String,
}

// redline: no finding — contact.phone inherits account from contact.
pub fn sms_code_target(a: &Account) -> String {
    a.phone.clone()
}

pub fn password_reset_target(a: &Account) -> String {
    a.email.clone() // redline: expect purpose-violation (contact.email, account)
}
