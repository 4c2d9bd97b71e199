//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::PgPool;

#[derive(Debug)]
pub struct Lead {
    pub member: i64,
    pub topic: String,
}

/// The opener: the member's latest message.
pub async fn opener(pool: &PgPool, member: i64) -> Result<String, sqlx::Error> {
    sqlx::query_file_scalar!("queries/last_message.sql", member).fetch_one(pool).await // redline: expect purpose-violation (chat, sales)
}

/// A lead from one message.
pub async fn lead(pool: &PgPool, message_id: i64) -> Result<Lead, sqlx::Error> {
    sqlx::query_file_as!(Lead, "queries/lead.sql", message_id).fetch_one(pool).await // redline: expect purpose-violation (chat, sales)
}

/// Who viewed the member most recently.
pub async fn last_viewer(pool: &PgPool, member: i64) -> Result<i64, sqlx::Error> {
    let viewer = sqlx::query_file!("queries/viewers.sql", member).fetch_one(pool).await?.viewer; // redline: expect purpose-violation (browsing, sales)
    Ok(viewer)
}

/// The number to dial.
pub async fn number_to_dial(pool: &PgPool, member: i64) -> Result<Option<String>, sqlx::Error> {
    let phone = sqlx::query_file_unchecked!("queries/phone.sql", member).fetch_one(pool).await?.phone; // redline: expect purpose-violation (contact.phone, sales)
    Ok(phone)
}
