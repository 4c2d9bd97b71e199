//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::PgPool;

/// How many messages the member sent.
pub async fn messages_sent(pool: PgPool, id: i64) -> Result<i64, sqlx::Error> {
    let n = sqlx::query_scalar::<_, i64>("SELECT count(*) FROM messages WHERE sender = $1").bind(id).fetch_one(&pool).await?; // redline: no finding — a count
    Ok(n)
}

/// The member's plan.
pub async fn plan(pool: &PgPool, id: i64) -> Result<String, sqlx::Error> {
    sqlx::query_scalar::<_, String>("SELECT plan FROM subscriptions WHERE member_id = $1").bind(id).fetch_one(pool).await // redline: no finding — not classified
}
