redline::module_purpose!("marketing");

use crate::accounts::Account;

pub fn all_channels(a: &Account) -> Vec<String> {
    let email = a.email.clone(); // redline: expect purpose-violation (contact.email, marketing)
    vec![email]
}
