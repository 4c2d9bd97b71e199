//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use sqlx::PgPool;

use crate::crm;

/// Marks a message read; a question about Gold goes to the sales desk.
pub async fn mark_read(pool: &PgPool, message_id: i64) -> Result<String, sqlx::Error> {
    let (sender, body): (i64, String) = sqlx::query_as("UPDATE messages SET read_at = now() WHERE id = $1 RETURNING sender, body")
        .bind(message_id)
        .fetch_one(pool)
        .await?;
    Ok(crm::queue_callback(sender, &body)) // redline: expect purpose-violation (chat, sales)
}
