//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::PgPool;

use crate::db;

/// The opener for the sales call.
pub async fn opener(pool: &PgPool, member: i64) -> Result<String, sqlx::Error> {
    let last = db::last_message(pool, member).await?; // redline: expect purpose-violation (chat, sales)
    Ok(format!("You wrote \"{last}\""))
}
