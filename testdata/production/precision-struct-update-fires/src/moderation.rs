redline::module_purpose!("trust_and_safety");

use crate::inbox;
use crate::model::{Lead, Report};
use crate::sales;

pub fn escalate(report: &Report) -> String {
    let draft = inbox::draft(report.member_id, &report.messages);
    let lead = Lead { plan: String::from("gold-trial"), ..draft };
    sales::follow_up(lead) // redline: expect purpose-violation (chat, sales)
}

pub fn requeue(report: &Report, member_id: u64) -> String {
    let draft = inbox::draft(report.member_id, &report.messages);
    sales::follow_up(Lead { member_id, ..draft.clone() }) // redline: expect purpose-violation (chat, sales)
}
