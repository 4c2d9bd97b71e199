//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::PgPool;

/// The member's latest message, for the call prep sheet.
pub async fn prep_sheet(pool: &PgPool, member: i64) -> Result<String, sqlx::Error> {
    let last = sqlx::query!("SELECT * FROM messages WHERE sender = $1", member).fetch_one(pool).await?.body; // redline: expect purpose-violation (chat, sales)
    Ok(last)
}
