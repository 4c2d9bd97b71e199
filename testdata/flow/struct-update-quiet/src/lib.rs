//! EXPECT: no findings
//!
//! Struct update syntax replaces the fields it writes: `Lead { notes: Vec::new(), ..draft }`
//! does not carry `draft.notes`, which held chat data.

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

    pub fn clean(draft: super::Lead) -> usize {
        let lead = super::Lead { notes: Vec::new(), ..draft };
        lead.notes.len() + lead.member_id as usize // redline: no finding — notes were replaced
    }
}

pub fn hand_over(m: &ChatMessage) -> usize {
    sales::clean(inbox::draft(7, m))
}
