//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// This week's messages of the member.
pub async fn this_week(pool: &PgPool, member: i64) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar("WITH recent AS (SELECT sender, body FROM messages WHERE sent_at > now() - interval '7 days') SELECT body FROM recent WHERE sender = $1").bind(member).fetch_all(pool).await // redline: expect purpose-violation (chat, sales)
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
