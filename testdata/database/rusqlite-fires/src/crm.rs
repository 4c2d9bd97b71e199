//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use rusqlite::{params, Connection, Result};

/// Talking points: the member's latest messages.
pub fn talking_points(conn: &Connection, member: i64) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT body FROM messages WHERE sender = ?1 ORDER BY sent_at DESC LIMIT 5")?; // redline: expect purpose-violation (chat, sales)
    let rows = stmt.query_map(params![member], |row| row.get(0))?;
    rows.collect()
}
