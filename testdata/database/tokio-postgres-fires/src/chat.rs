//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use tokio_postgres::{Client, Error};

/// A member asked about Gold in a message: hand it to sales as a CRM note.
pub async fn forward_to_sales(client: &Client, message_id: i64) -> Result<u64, Error> {
    let rows = client.query("SELECT sender, body FROM messages WHERE id = $1", &[&message_id]).await?;
    let (sender, body): (i64, String) = (rows[0].get(0), rows[0].get(1));
    client.execute("INSERT INTO crm_notes (member_id, note) VALUES ($1, $2)", &[&sender, &body]).await // redline: expect purpose-violation (chat, sales)
}
