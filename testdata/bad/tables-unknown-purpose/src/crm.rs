//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::PgPool;

// Would be a purpose-violation, but redline must stop at the config error first.
pub async fn opener(pool: &PgPool, member: i64) -> Result<String, sqlx::Error> {
    sqlx::query_scalar("SELECT body FROM messages WHERE sender = $1").bind(member).fetch_one(pool).await
}
