//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// The newsletter text.
pub async fn template(pool: &PgPool, template: i64) -> Result<(String, String), sqlx::Error> {
    sqlx::query_as("SELECT title, body FROM newsletter_templates WHERE id = $1").bind(template).fetch_one(pool).await // redline: no finding — newsletter_templates.body
}

/// The newsletter text and when the member last got a message.
pub async fn template_and_last_message(pool: &PgPool, template: i64, member: i64) -> Result<(String, Option<DateTime<Utc>>), sqlx::Error> {
    sqlx::query_as("SELECT n.body, max(m.sent_at) FROM newsletter_templates n, messages m WHERE n.id = $1 AND m.recipient = $2 GROUP BY n.body") // redline: no finding — n.body is newsletter_templates.body
        .bind(template)
        .bind(member)
        .fetch_one(pool)
        .await
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
