//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use sqlx::PgPool;

/// The inbox preview.
pub async fn preview(pool: &PgPool, member: i64) -> Result<String, sqlx::Error> {
    sqlx::query_scalar("SELECT body FROM messages WHERE recipient = $1 ORDER BY sent_at DESC LIMIT 1").bind(member).fetch_one(pool).await // redline: no finding — chat is allowed for messaging
}
