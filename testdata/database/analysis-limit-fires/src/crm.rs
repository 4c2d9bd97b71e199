//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::PgPool;

/// The sales desk's ad-hoc column report.
pub async fn column_report(pool: &PgPool, column: &str) -> Result<Vec<String>, sqlx::Error> {
    let sql = format!("SELECT {column} FROM members WHERE plan = 'free'");
    sqlx::query_scalar(&sql).fetch_all(pool).await // redline: expect analysis-limit (warning)
}
