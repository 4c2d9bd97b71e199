//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// A digest of what the member wrote.
pub async fn digest(pool: &PgPool, member: i64) -> Result<(i64, String), sqlx::Error> {
    sqlx::query_as("SELECT count(*), string_agg(body, ' | ') FROM messages WHERE sender = $1").bind(member).fetch_one(pool).await // redline: expect purpose-violation (chat, sales)
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
