//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use sqlx::PgPool;

use crate::crm;

/// Marks a message read; the sales desk hears who, not what.
pub async fn mark_read(pool: &PgPool, message_id: i64) -> Result<String, sqlx::Error> {
    let (sender, _body): (i64, String) = sqlx::query_as("UPDATE messages SET read_at = now() WHERE id = $1 RETURNING sender, body")
        .bind(message_id)
        .fetch_one(pool)
        .await?;
    Ok(crm::queue_callback(sender, "read a message")) // redline: no finding — only the sender goes to sales
}
