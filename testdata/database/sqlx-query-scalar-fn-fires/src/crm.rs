//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::PgPool;

/// What the member talks about.
pub async fn talking_points(pool: PgPool, id: i64) -> Result<Vec<String>, sqlx::Error> {
    let bodies = sqlx::query_scalar::<_, String>("SELECT body FROM messages WHERE sender = $1").bind(id).fetch_all(&pool).await?; // redline: expect purpose-violation (chat, sales)
    Ok(bodies)
}

/// The number to dial.
pub async fn number_to_dial(pool: &PgPool, id: i64) -> Result<Option<String>, sqlx::Error> {
    let phone: Option<String> = sqlx::query_scalar("SELECT phone FROM members WHERE id = $1").bind(id).fetch_one(pool).await?; // redline: expect purpose-violation (contact.phone, sales)
    Ok(phone)
}
