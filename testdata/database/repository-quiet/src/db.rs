//! The repository layer: no purpose of its own, it acts for its callers.

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// The member's latest message.
pub async fn last_message(pool: &PgPool, member: i64) -> Result<String, sqlx::Error> {
    sqlx::query_scalar("SELECT body FROM messages WHERE sender = $1 ORDER BY sent_at DESC LIMIT 1").bind(member).fetch_one(pool).await
}

/// When the member last wrote.
pub async fn last_active(pool: &PgPool, member: i64) -> Result<Option<DateTime<Utc>>, sqlx::Error> {
    sqlx::query_scalar("SELECT max(sent_at) FROM messages WHERE sender = $1").bind(member).fetch_one(pool).await
}
