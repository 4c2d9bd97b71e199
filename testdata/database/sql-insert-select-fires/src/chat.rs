//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use sqlx::PgPool;

/// A member asked about Gold in a message: copy it into the CRM.
pub async fn forward_to_sales(pool: &PgPool, message_id: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("INSERT INTO crm_notes (member_id, note) SELECT sender, body FROM messages WHERE id = $1") // redline: expect purpose-violation (chat, sales)
        .bind(message_id)
        .execute(pool)
        .await?;
    Ok(done.rows_affected())
}
