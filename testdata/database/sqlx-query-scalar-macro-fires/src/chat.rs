//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use sqlx::PgPool;

use crate::crm;

/// A member asked about Gold in a message: the sales desk calls back.
pub async fn on_upgrade_question(pool: &PgPool, member: i64, message_id: i64) -> Result<String, sqlx::Error> {
    let body = sqlx::query_scalar!("SELECT body FROM messages WHERE id = $1", message_id)
        .fetch_one(pool)
        .await?;
    Ok(crm::queue_callback(member, &body)) // redline: expect purpose-violation (chat, sales)
}
