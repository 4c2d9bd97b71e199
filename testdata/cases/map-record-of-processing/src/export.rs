use crate::accounts::Account;

pub fn push(a: &Account) -> u32 {
    outsourced_crm::upload_lead(&a.phone)
}
