//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// Upgrades the member and returns the number to call for the welcome call.
pub async fn upgrade(pool: &PgPool, member: i64) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("UPDATE members SET plan = 'gold' WHERE id = $1 RETURNING phone").bind(member).fetch_one(pool).await // redline: expect purpose-violation (contact.phone, sales)
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
