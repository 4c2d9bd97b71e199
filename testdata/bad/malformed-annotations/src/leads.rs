use crate::contact::Account;

pub fn call_list(accounts: &[Account]) -> Vec<String> {
    accounts.iter().map(|a| a.email.clone()).collect()
}
