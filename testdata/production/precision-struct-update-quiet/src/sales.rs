redline::module_purpose!("sales");

use crate::model::Lead;

pub fn follow_up(lead: Lead) -> String {
    format!("Call member #{} ({}): {}", lead.member_id, lead.plan, lead.notes.join("; "))
}
