//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::NaiveDate;
use sqlx::PgPool;

/// Daily view totals for the sales dashboard.
pub async fn daily_totals(pool: &PgPool) -> Result<Vec<(NaiveDate, i64)>, sqlx::Error> {
    sqlx::query_as("SELECT day, total FROM profile_view_stats ORDER BY day DESC LIMIT 30").fetch_all(pool).await // redline: no finding — another table
}
