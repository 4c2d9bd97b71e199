//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::PgPool;

use crate::db;

/// The opener for the sales call.
pub async fn opener(pool: &PgPool, member: i64) -> Result<String, sqlx::Error> {
    let when = db::last_active(pool, member).await?; // redline: no finding — last_active reads sent_at only
    Ok(format!("You were last here on {when:?}"))
}
