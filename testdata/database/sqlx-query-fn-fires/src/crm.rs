//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::{query, PgPool, Row};

/// The opener: the member's latest message.
pub async fn opener(pool: &PgPool, member: i64) -> Result<String, sqlx::Error> {
    let row = sqlx::query("SELECT body FROM messages WHERE sender = $1 ORDER BY sent_at DESC LIMIT 1") // redline: expect purpose-violation (chat, sales)
        .bind(member)
        .fetch_one(pool)
        .await?;
    row.try_get("body")
}

/// The number to dial.
pub async fn number_to_dial(pool: &PgPool, member: i64) -> Result<Option<String>, sqlx::Error> {
    let row = query("SELECT phone FROM members WHERE id = $1").bind(member).fetch_one(pool).await?; // redline: expect purpose-violation (contact.phone, sales)
    Ok(row.get(0))
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
