//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use sqlx::PgPool;

/// Marks the member's CRM note: they replied.
pub async fn mark_replied(pool: &PgPool, member: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE crm_notes SET note = $1 WHERE member_id = $2").bind("member replied").bind(member) // redline: no finding — a fixed text
        .execute(pool)
        .await?;
    Ok(())
}

/// Edits a message the member sent.
pub async fn edit(pool: &PgPool, message_id: i64, text: &str) -> Result<(), sqlx::Error> {
    let old = sqlx::query_scalar!("SELECT body FROM messages WHERE id = $1", message_id).fetch_one(pool).await?;
    sqlx::query!("UPDATE messages SET body = $1 WHERE id = $2", format!("{text} (edited; was: {old})"), message_id).execute(pool).await?; // redline: no finding — messages is not a [tables] table
    Ok(())
}
