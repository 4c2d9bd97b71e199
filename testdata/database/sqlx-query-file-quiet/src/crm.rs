//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

#[derive(Debug)]
pub struct Plan {
    pub member_id: i64,
    pub plan: String,
}

/// How many messages the member sent.
pub async fn message_count(pool: &PgPool, member: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_file_scalar!("queries/message_count.sql", member).fetch_one(pool).await // redline: no finding — a count
}

/// Members who wrote since a date.
pub async fn active_senders(pool: &PgPool, since: DateTime<Utc>) -> Result<Vec<i64>, sqlx::Error> {
    let rows = sqlx::query_file!("queries/active_senders.sql", since).fetch_all(pool).await?; // redline: no finding — sender is not classified
    Ok(rows.into_iter().map(|r| r.sender).collect())
}

/// The member's plan.
pub async fn plan(pool: &PgPool, member: i64) -> Result<Plan, sqlx::Error> {
    sqlx::query_file_as!(Plan, "queries/plan.sql", member).fetch_one(pool).await // redline: no finding — subscriptions has no classified column
}
