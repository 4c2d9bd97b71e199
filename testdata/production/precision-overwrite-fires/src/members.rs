/// A member record: only the phone number is personal data in this policy.
#[redline::classified]
#[derive(Debug, Clone)]
pub struct Member {
    pub id: u64,
    pub display_name: String,
    #[redline::data("contact.phone")]
    pub phone: String,
    pub phone_verified: bool,
}
