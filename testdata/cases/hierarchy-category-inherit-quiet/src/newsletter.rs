redline::module_purpose!("marketing.email");

use crate::accounts::Account;

// redline: no finding — contact.email's own list allows marketing.email.
pub fn recipient(a: &Account) -> String {
    a.email.clone()
}
