//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::PgPool;

use crate::sql;

const PHONE_OF: &str = "SELECT phone FROM members WHERE id = $1";

/// The opener: the member's latest message.
pub async fn opener(pool: &PgPool, member: i64) -> Result<String, sqlx::Error> {
    sqlx::query_scalar::<_, String>(sql::LAST_MESSAGE).bind(member).fetch_one(pool).await // redline: expect purpose-violation (chat, sales)
}

/// The number to dial.
pub async fn number_to_dial(pool: &PgPool, member: i64) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar::<_, Option<String>>(PHONE_OF).bind(member).fetch_one(pool).await // redline: expect purpose-violation (contact.phone, sales)
}
