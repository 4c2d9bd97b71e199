use crate::crm;

pub fn remember(member: u64, text: String) {
    let note = text.trim().to_string();
    crm::add_note(member, note); // redline: expect purpose-violation (chat, sales)
}
