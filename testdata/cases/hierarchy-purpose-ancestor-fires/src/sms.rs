redline::module_purpose!("marketing.sms");

use crate::accounts::Account;

pub fn lookup_carrier(a: &Account) -> bool {
    a.email.ends_with("@sms.example") // redline: expect purpose-violation (contact.email, marketing.sms)
}
