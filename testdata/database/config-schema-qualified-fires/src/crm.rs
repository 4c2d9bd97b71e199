//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::PgPool;

/// The opener, unqualified table name.
pub async fn opener(pool: &PgPool, member: i64) -> Result<String, sqlx::Error> {
    sqlx::query_scalar("SELECT body FROM messages WHERE sender = $1 ORDER BY sent_at DESC LIMIT 1").bind(member).fetch_one(pool).await // redline: expect purpose-violation (chat, sales)
}
