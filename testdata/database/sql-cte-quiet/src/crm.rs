//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// Members who wrote this week.
pub async fn active(pool: &PgPool) -> Result<Vec<(i64, String)>, sqlx::Error> {
    sqlx::query_as("WITH active AS (SELECT DISTINCT sender FROM messages WHERE sent_at > now() - interval '7 days') SELECT u.id, u.display_name FROM members u JOIN active a ON a.sender = u.id").fetch_all(pool).await // redline: no finding — sender only
}

/// Newsletter titles, through a CTE that happens to be called `messages`.
pub async fn titles(pool: &PgPool) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar("WITH messages AS (SELECT id, title AS body FROM newsletter_templates) SELECT body FROM messages ORDER BY id").fetch_all(pool).await // redline: no finding — the CTE shadows the table
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
