//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// The pitch: a newsletter title and the member's latest message.
pub async fn pitch(pool: &PgPool, template: i64, member: i64) -> Result<(String, String), sqlx::Error> {
    sqlx::query_as("SELECT n.title, m.body FROM newsletter_templates n, messages m WHERE n.id = $1 AND m.sender = $2 ORDER BY m.sent_at DESC LIMIT 1") // redline: expect purpose-violation (chat, sales)
        .bind(template)
        .bind(member)
        .fetch_one(pool)
        .await
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
