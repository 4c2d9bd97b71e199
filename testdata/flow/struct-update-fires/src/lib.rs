//! EXPECT: 1 finding
//! - purpose-violation at src/lib.rs:37 in fn `flow_struct_update_fires::hand_over`: category `chat` is not allowed for purpose `sales`
//!
//! Struct update syntax keeps the fields it does not write: `Lead { member_id: 0, ..draft }`
//! still carries `draft.notes`, which held chat data, into sales code that reads them.

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

    pub fn pitch(draft: super::Lead) -> usize {
        let lead = super::Lead { member_id: 0, ..draft };
        lead.notes.len()
    }
}

/// The chat data is passed into `sales::pitch`, whose purpose does not allow it.
pub fn hand_over(m: &ChatMessage) -> usize {
    let draft = inbox::draft(7, m);
    sales::pitch(draft) // redline: expect purpose-violation (chat, sales)
}
