redline::module_purpose!("sales");

use crate::accounts::Account;

/// A matchmaker's commission statement. Not the member's billing::Payslip.
pub struct Payslip {
    pub calls_made: u32,
    pub commission_cents: u64,
}

// redline: no finding — crm::Payslip is not classified.
pub fn bonus(p: &Payslip) -> u64 {
    p.commission_cents / 10
}

// redline: no finding — only the unclassified field is read.
pub fn greeting(a: &Account) -> String {
    let name = a.display_name.clone();
    format!("Hello {name}")
}
