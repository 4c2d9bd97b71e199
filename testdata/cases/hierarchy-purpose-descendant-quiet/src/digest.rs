redline::module_purpose!("marketing.email.digest");

use crate::accounts::Account;

// redline: no finding — marketing.email.digest is inside marketing.
pub fn recipient(a: &Account) -> String {
    a.email.clone()
}
