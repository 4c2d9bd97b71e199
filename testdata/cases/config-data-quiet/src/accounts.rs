redline::module_purpose!("account");

#[derive(Debug, Clone)]
pub struct Account {
    pub display_name: String,
    pub email: String,
}
