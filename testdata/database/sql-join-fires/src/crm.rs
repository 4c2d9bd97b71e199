//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// Free members and what they wrote.
pub async fn warm_leads(pool: &PgPool) -> Result<Vec<(String, String)>, sqlx::Error> {
    sqlx::query_as("SELECT u.display_name, body FROM members u JOIN messages ON messages.sender = u.id WHERE u.plan = 'free'").fetch_all(pool).await // redline: expect purpose-violation (chat, sales)
}

/// Members and when their profile was last viewed.
pub async fn last_viewed(pool: &PgPool) -> Result<Vec<(String, Option<DateTime<Utc>>)>, sqlx::Error> {
    sqlx::query_as("SELECT u.display_name, v.viewed_at FROM members u LEFT JOIN profile_views v ON v.viewed = u.id").fetch_all(pool).await // redline: expect purpose-violation (browsing, sales)
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
