//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use sqlx::PgPool;

/// Puts the member's latest message into their CRM note.
pub async fn update_note(pool: &PgPool, member: i64) -> Result<(), sqlx::Error> {
    let body: String = sqlx::query_scalar("SELECT body FROM messages WHERE sender = $1 ORDER BY sent_at DESC LIMIT 1")
        .bind(member)
        .fetch_one(pool)
        .await?;
    sqlx::query("UPDATE crm_notes SET note = $1 WHERE member_id = $2").bind(&body).bind(member) // redline: expect purpose-violation (chat, sales)
        .execute(pool)
        .await?;
    Ok(())
}

/// Appends a message to a CRM note.
pub async fn append_to_note(pool: &PgPool, note_id: i64, message_id: i64) -> Result<(), sqlx::Error> {
    let body = sqlx::query_scalar!("SELECT body FROM messages WHERE id = $1", message_id).fetch_one(pool).await?;
    sqlx::query!("UPDATE crm_notes SET note = note || $1 WHERE id = $2", body, note_id).execute(pool).await?; // redline: expect purpose-violation (chat, sales)
    Ok(())
}
