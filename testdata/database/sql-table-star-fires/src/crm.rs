//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// Free members' messages with their names.
pub async fn warm_leads(pool: &PgPool) -> Result<Vec<(i64, i64, i64, String, DateTime<Utc>, Option<DateTime<Utc>>, String)>, sqlx::Error> {
    sqlx::query_as("SELECT m.*, u.display_name FROM messages m JOIN members u ON u.id = m.sender WHERE u.plan = 'free'").fetch_all(pool).await // redline: expect purpose-violation (chat, sales)
}

/// Members whose subscription renews this week, whole member rows.
pub async fn renewing(pool: &PgPool) -> Result<Vec<(i64, String, Option<String>, String, DateTime<Utc>)>, sqlx::Error> {
    sqlx::query_as("SELECT u.* FROM members u JOIN subscriptions s ON s.member_id = u.id WHERE s.renews_at < now() + interval '7 days'").fetch_all(pool).await // redline: expect purpose-violation (contact.phone, sales)
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
