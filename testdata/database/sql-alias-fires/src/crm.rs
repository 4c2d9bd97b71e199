//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// Hooks for the sales calls.
pub async fn hooks(pool: &PgPool) -> Result<Vec<(i64, String)>, sqlx::Error> {
    sqlx::query_as::<_, (i64, String)>("SELECT m.sender AS member, m.body AS hook FROM messages AS m WHERE m.sent_at > now() - interval '1 day'") // redline: expect purpose-violation (chat, sales)
        .fetch_all(pool)
        .await
}

/// The member's last words before going quiet.
pub async fn last_words(pool: &PgPool, member: i64) -> Result<String, sqlx::Error> {
    sqlx::query_scalar::<_, String>("SELECT body last_words FROM messages WHERE sender = $1 ORDER BY sent_at DESC LIMIT 1") // redline: expect purpose-violation (chat, sales)
        .bind(member)
        .fetch_one(pool)
        .await
}

/// The number to dial.
pub async fn contact(pool: &PgPool, member: i64) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar::<_, Option<String>>("SELECT phone AS contact FROM members WHERE id = $1").bind(member).fetch_one(pool).await // redline: expect purpose-violation (contact.phone, sales)
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
