//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// How many messages the member sent.
pub async fn messages_sent(pool: &PgPool, member: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT count(*) FROM messages WHERE sender = $1").bind(member).fetch_one(pool).await // redline: no finding — a count
}

/// How many times the member's profile was viewed.
pub async fn profile_views(pool: &PgPool, member: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT count(*) FROM profile_views WHERE viewed = $1").bind(member).fetch_one(pool).await // redline: no finding — a count
}

/// How many messages free members sent.
pub async fn free_traffic(pool: &PgPool) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) AS n FROM messages m JOIN members u ON u.id = m.sender WHERE u.plan = 'free'").fetch_one(pool).await // redline: no finding — a count
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
