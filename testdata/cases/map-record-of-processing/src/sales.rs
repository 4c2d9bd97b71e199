redline::module_purpose!("sales");

use crate::accounts::Account;
use crate::chat::Message;

pub fn call_list(accounts: &[Account]) -> Vec<String> {
    accounts.iter().map(|a| a.phone.clone()).collect()
}

pub fn opener(m: &Message) -> String { // redline: expect purpose-violation (chat, sales)
    format!("You wrote: {}", m.body)
}
