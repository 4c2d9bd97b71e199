//! EXPECT: no findings
//!
//! Struct update syntax replaces the fields it writes: `Lead { notes: Vec::new(), ..draft }`
//! does not carry `draft.notes`, which held chat data, so handing the new lead to sales
//! code is fine. (When `draft` is a parameter of the function that writes the update,
//! the parameter's other fields are not told apart from the replaced one: docs/flow.md.)

#[redline::data("chat")]
pub struct ChatMessage {
    pub body: String,
}

pub struct Lead {
    pub member_id: u64,
    pub notes: Vec<String>,
}

pub mod inbox {
    redline::module_purpose!("messaging");

    pub fn draft(member_id: u64, m: &super::ChatMessage) -> super::Lead {
        super::Lead { member_id, notes: vec![m.body.clone()] }
    }
}

pub mod sales {
    redline::module_purpose!("sales");

    pub fn follow_up(lead: super::Lead) -> usize {
        lead.notes.len() + lead.member_id as usize
    }
}

pub fn hand_over(m: &ChatMessage) -> usize {
    let draft = inbox::draft(7, m);
    let lead = Lead { notes: Vec::new(), ..draft };
    sales::follow_up(lead) // redline: no finding — notes were replaced
}
