//! Abuse reports: moderators read the reported member's messages.
redline::module_purpose!("trust_and_safety");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// Everything the member sent, for the moderator.
pub async fn export(pool: &PgPool, member: i64) -> Result<Vec<(i64, i64, i64, String, DateTime<Utc>)>, sqlx::Error> {
    sqlx::query_as(include_str!("../queries/moderation_export.sql")).bind(member).fetch_all(pool).await // redline: no finding — chat is allowed for trust_and_safety
}
