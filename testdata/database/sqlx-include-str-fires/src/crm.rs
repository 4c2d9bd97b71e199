//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::PgPool;

/// The opener: the member's latest message.
pub async fn opener(pool: &PgPool, member: i64) -> Result<String, sqlx::Error> {
    sqlx::query_scalar::<_, String>(include_str!("../queries/last_message.sql")).bind(member).fetch_one(pool).await // redline: expect purpose-violation (chat, sales)
}

/// Renewals to confirm by phone.
pub async fn call_list(pool: &PgPool) -> Result<Vec<(i64, String, Option<String>)>, sqlx::Error> {
    sqlx::query_as::<_, (i64, String, Option<String>)>(include_str!("../queries/call_list.sql")).fetch_all(pool).await // redline: expect purpose-violation (contact.phone, sales)
}
