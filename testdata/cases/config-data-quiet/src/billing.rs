redline::module_purpose!("payroll");

/// Salary statement a member uploaded for income verification.
#[derive(Debug, Clone)]
pub struct Payslip {
    pub member_id: u64,
    pub gross_cents: u64,
}

// redline: no finding — financial allows payroll.
pub fn net(p: &Payslip) -> u64 {
    p.gross_cents * 7 / 10
}
