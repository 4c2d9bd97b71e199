//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// Upgrades the member.
pub async fn upgrade(pool: &PgPool, member: i64) -> Result<(i64, String), sqlx::Error> {
    sqlx::query_as("UPDATE members SET plan = 'gold' WHERE id = $1 RETURNING id, display_name").bind(member).fetch_one(pool).await // redline: no finding — not classified
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
