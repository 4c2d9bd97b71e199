redline::module_purpose!("marketing.email");

use crate::accounts::Account;

// redline: no finding — marketing.email is inside marketing.
pub fn recipient(a: &Account) -> String {
    a.email.clone()
}
