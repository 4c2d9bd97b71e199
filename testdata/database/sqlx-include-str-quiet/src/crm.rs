//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// When the member last wrote.
pub async fn last_active(pool: &PgPool, member: i64) -> Result<Option<DateTime<Utc>>, sqlx::Error> {
    sqlx::query_scalar(include_str!("../queries/last_active.sql")).bind(member).fetch_one(pool).await // redline: no finding — sent_at is not classified
}

/// Renewals due.
pub async fn renewals(pool: &PgPool) -> Result<Vec<(i64, String, DateTime<Utc>)>, sqlx::Error> {
    sqlx::query_as(include_str!("../queries/renewals.sql")).fetch_all(pool).await // redline: no finding — no classified column
}
