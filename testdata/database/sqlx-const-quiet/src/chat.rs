//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use sqlx::PgPool;

use crate::sql;

/// The member's inbox.
pub async fn inbox(pool: &PgPool, member: i64) -> Result<Vec<(i64, i64, String)>, sqlx::Error> {
    sqlx::query_as::<_, (i64, i64, String)>(sql::INBOX).bind(member).fetch_all(pool).await // redline: no finding — chat is allowed for messaging
}
