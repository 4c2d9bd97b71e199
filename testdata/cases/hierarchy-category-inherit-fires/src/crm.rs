redline::module_purpose!("sales");

use crate::accounts::Account;

pub fn dial(a: &Account) -> String {
    let number = a.phone.clone(); // redline: expect purpose-violation (contact.phone, sales)
    format!("tel:{number}")
}
