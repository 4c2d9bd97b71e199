//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// When the member last wrote: a sign of activity, not what they wrote.
pub async fn last_active(pool: &PgPool, member: i64) -> Result<Option<DateTime<Utc>>, sqlx::Error> {
    // redline: no finding — only sent_at of messages is read
    let row = sqlx::query!("SELECT max(sent_at) AS last_sent FROM messages WHERE sender = $1", member)
        .fetch_one(pool)
        .await?;
    Ok(row.last_sent)
}

/// The greeting for the call.
pub async fn greeting(pool: &PgPool, member: i64) -> Result<String, sqlx::Error> {
    // redline: no finding — display_name and plan; the phone is not selected
    let row = sqlx::query!("SELECT display_name, plan FROM members WHERE id = $1", member)
        .fetch_one(pool)
        .await?;
    Ok(format!("Hi {}, you are on {}", row.display_name, row.plan))
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
