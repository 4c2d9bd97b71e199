//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use postgres::{Client, Error};

/// A member asked about Gold in a message: hand it to sales as a CRM note.
pub fn forward_to_sales(client: &mut Client, sender: i64, message_id: i64) -> Result<u64, Error> {
    let body: String = client.query("SELECT body FROM messages WHERE id = $1", &[&message_id])?[0].get(0);
    client.execute("INSERT INTO crm_notes (member_id, note) VALUES ($1, $2)", &[&sender, &body]) // redline: expect purpose-violation (chat, sales)
}
