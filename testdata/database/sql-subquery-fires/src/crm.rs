//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// Free members with their latest message.
pub async fn with_last_message(pool: &PgPool) -> Result<Vec<(String, Option<String>)>, sqlx::Error> {
    sqlx::query_as("SELECT u.display_name, (SELECT m.body FROM messages m WHERE m.sender = u.id ORDER BY m.sent_at DESC LIMIT 1) AS last_message FROM members u WHERE u.plan = 'free'").fetch_all(pool).await // redline: expect purpose-violation (chat, sales)
}

/// The member's messages, through a derived table.
pub async fn texts(pool: &PgPool, member: i64) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT t.txt FROM (SELECT body AS txt, sender FROM messages) AS t WHERE t.sender = $1").bind(member).fetch_all(pool).await // redline: expect purpose-violation (chat, sales)
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
