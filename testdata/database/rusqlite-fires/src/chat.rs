//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use rusqlite::{params, Connection, Result};

/// A member asked about Gold in a message: hand it to sales as a CRM note.
pub fn forward_to_sales(conn: &Connection, message_id: i64) -> Result<usize> {
    let mut stmt = conn.prepare("SELECT sender, body FROM messages WHERE id = ?1")?;
    let (sender, body): (i64, String) = stmt.query_row(params![message_id], |r| Ok((r.get(0)?, r.get(1)?)))?;
    conn.execute("INSERT INTO crm_notes (member_id, note) VALUES (?1, ?2)", params![sender, body]) // redline: expect purpose-violation (chat, sales)
}
