//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use sqlx::PgPool;

use crate::crm;

/// A member asked about Gold in a message: the sales desk calls back.
pub async fn on_upgrade_question(pool: &PgPool, message_id: i64) -> Result<String, sqlx::Error> {
    let m = sqlx::query!("SELECT sender, body FROM messages WHERE id = $1", message_id)
        .fetch_one(pool)
        .await?;
    Ok(crm::queue_callback(m.sender, &m.body)) // redline: expect purpose-violation (chat, sales)
}
