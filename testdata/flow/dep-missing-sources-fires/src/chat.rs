redline::module_purpose!("messaging");

use vendor_crm::Client;

#[redline::data("chat")]
#[derive(Debug, Clone)]
pub struct ChatMessage {
    pub sender: u64,
    pub body: String,
}

pub fn sync_lead(client: &Client, member: u64, msg: &ChatMessage) {
    let last = msg.body.clone();
    client.upload(member, Some(&last)); // redline: expect purpose-violation (chat, sales)
}
