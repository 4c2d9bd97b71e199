//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// Who viewed the member.
pub async fn viewers(pool: &PgPool, member: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT viewer FROM profile_views WHERE viewed = $1").bind(member).fetch_all(pool).await // redline: expect purpose-violation (browsing, sales)
}

/// When the member's profile was viewed.
pub async fn view_times(pool: &PgPool, member: i64) -> Result<Vec<DateTime<Utc>>, sqlx::Error> {
    sqlx::query_scalar("SELECT viewed_at FROM profile_views WHERE viewed = $1").bind(member).fetch_all(pool).await // redline: expect purpose-violation (browsing, sales)
}
