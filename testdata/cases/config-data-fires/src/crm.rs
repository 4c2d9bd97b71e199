redline::module_purpose!("sales");

use crate::accounts::Account;
use crate::billing::Payslip;

pub fn upsell_by_income(p: &Payslip) -> &'static str { // redline: expect purpose-violation (financial, sales)
    if p.gross_cents > 10_000_00 { "Platinum" } else { "Gold" }
}

pub fn mail(a: &Account) -> String {
    let name = a.display_name.clone();
    let email = a.email.clone(); // redline: expect purpose-violation (contact.email, sales)
    format!("{name} <{email}>")
}
