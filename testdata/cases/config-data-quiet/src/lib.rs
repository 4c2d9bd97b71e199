//! EXPECT: no findings
//!
//! redline.toml classifies `billing::Payslip` and `accounts::Account::email`.
//! Sales code uses its own `crm::Payslip` (same name, other module, not
//! classified) and reads only the unclassified `Account::display_name`.

pub mod accounts;
pub mod billing;
pub mod crm;
