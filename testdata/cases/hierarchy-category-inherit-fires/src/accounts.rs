redline::module_purpose!("account");

#[redline::classified]
#[derive(Debug, Clone)]
pub struct Account {
    pub member_id: u64,
    #[redline::data("contact.phone")]
    pub phone: String,
}

// redline: no finding — inherited allowed purpose account.
pub fn sms_code_target(a: &Account) -> String {
    a.phone.clone()
}
