redline::module_purpose!("trust_and_safety");

use crate::inbox;
use crate::model::{Lead, Report};
use crate::sales;

pub struct Case {
    pub report: Report,
    pub draft: Lead,
}

pub fn escalate(report: &Report) -> String {
    let draft = inbox::draft(report.member_id, &report.messages);
    let lead = Lead { notes: Vec::new(), ..draft };
    sales::follow_up(lead) // redline: no finding — notes were replaced
}

/// The draft is a parameter: its callers pass drafts whose notes quote chat.
pub fn requeue(draft: Lead) -> String {
    sales::follow_up(Lead { notes: Vec::new(), ..draft }) // redline: no finding — notes were replaced
}

pub fn escalate_later(report: &Report) -> String {
    let draft = inbox::draft(report.member_id, &report.messages);
    let again = requeue(draft.clone());
    let lead = Lead { notes: vec![String::from("reported twice")], ..draft.clone() };
    format!("{again} / {}", sales::follow_up(lead)) // redline: no finding — notes were replaced
}

pub fn from_case(case: &Case) -> String {
    sales::follow_up(Lead { notes: Vec::new(), plan: String::from("gold-trial"), ..case.draft.clone() }) // redline: no finding — notes were replaced
}
