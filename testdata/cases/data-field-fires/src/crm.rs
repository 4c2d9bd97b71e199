redline::module_purpose!("sales");

use crate::accounts::Account;

pub fn call_sheet_line(account: &Account) -> String {
    let name = account.display_name.clone();
    let email = account.email.clone(); // redline: expect purpose-violation (contact.email, sales)
    format!("{name} <{email}>")
}
