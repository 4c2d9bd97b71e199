//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// When the member last wrote (the column alias is only a name).
pub async fn last_sent(pool: &PgPool, member: i64) -> Result<DateTime<Utc>, sqlx::Error> {
    sqlx::query_scalar::<_, DateTime<Utc>>("SELECT m.sent_at AS body FROM messages m WHERE m.sender = $1 ORDER BY m.sent_at DESC LIMIT 1") // redline: no finding — the column is sent_at
        .bind(member)
        .fetch_one(pool)
        .await
}

/// The name on the call card.
pub async fn card_name(pool: &PgPool, member: i64) -> Result<String, sqlx::Error> {
    sqlx::query_scalar::<_, String>("SELECT display_name AS phone FROM members WHERE id = $1").bind(member).fetch_one(pool).await // redline: no finding — the column is display_name
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
