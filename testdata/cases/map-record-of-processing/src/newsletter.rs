redline::module_purpose!("newsletter");

use crate::accounts::Account;

pub fn recipient(a: &Account) -> String {
    a.email.clone()
}
