use crate::chat::ChatMessage;

/// Client for the outsourced call-center CRM.
pub struct Client {
    pub endpoint: String,
}

impl Client {
    pub fn push_lead(&self, member_id: u64, last: &ChatMessage) -> String { // redline: expect purpose-violation (chat, sales)
        let n = last.body.len();
        format!("POST {}/leads?member={member_id}&len={n}", self.endpoint)
    }

    // redline: no finding — unscoped and never called from purposed code.
    pub fn archive(&self, m: &ChatMessage) -> usize {
        m.body.len()
    }
}
