//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// Renewals with names.
pub async fn renewals(pool: &PgPool) -> Result<Vec<(i64, String, DateTime<Utc>, String)>, sqlx::Error> {
    sqlx::query_as("SELECT s.*, u.display_name FROM subscriptions s JOIN members u ON u.id = s.member_id").fetch_all(pool).await // redline: no finding — s.* has no classified column; display_name is not classified
}

/// Every newsletter template.
pub async fn templates(pool: &PgPool) -> Result<Vec<(i64, String, String)>, sqlx::Error> {
    sqlx::query_as("SELECT n.* FROM newsletter_templates n ORDER BY n.id").fetch_all(pool).await // redline: no finding — newsletter_templates.body is not messages.body
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
