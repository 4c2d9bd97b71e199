//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// The member's recent messages.
pub async fn recent(pool: &PgPool, member: i64) -> Result<Vec<(i64, i64, DateTime<Utc>, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, recipient, sent_at, body FROM messages WHERE sender = $1").bind(member).fetch_all(pool).await // redline: expect purpose-violation (chat, sales)
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
