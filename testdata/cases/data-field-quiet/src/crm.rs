redline::module_purpose!("sales");

use crate::accounts::Account;

/// A lead typed in by hand by a matchmaker. Its `email` is not annotated.
pub struct Lead {
    pub email: String,
}

// redline: no finding — only unannotated fields of Account are read.
pub fn greeting(account: &Account) -> String {
    let name = account.display_name.clone();
    let id = account.member_id;
    format!("Hi {name} (#{id})")
}

// redline: no finding — Lead::email is not Account::email.
pub fn lead_address(lead: &Lead) -> String {
    lead.email.clone()
}
