//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// Renewals due, whole rows.
pub async fn renewals(pool: &PgPool) -> Result<Vec<(i64, String, DateTime<Utc>)>, sqlx::Error> {
    sqlx::query_as("SELECT * FROM subscriptions WHERE renews_at < now() + interval '7 days'").fetch_all(pool).await // redline: no finding — subscriptions has no classified column
}

/// Every newsletter template.
pub async fn templates(pool: &PgPool) -> Result<Vec<(i64, String, String)>, sqlx::Error> {
    sqlx::query_as("SELECT * FROM newsletter_templates").fetch_all(pool).await // redline: no finding — newsletter_templates.body is not messages.body
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
