/// Only the type lives here; this module has no purpose and no functions.
#[redline::classified]
#[derive(Debug, Clone)]
pub struct Account {
    pub member_id: u64,
    pub display_name: String,
    #[redline::data("contact.email")]
    pub email: String,
}
