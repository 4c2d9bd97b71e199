//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use sqlx::PgPool;

use crate::crm;

#[derive(Debug)]
pub struct InboxItem {
    pub id: i64,
    pub sender: i64,
    pub body: String,
}

/// A member asked about Gold in a message: the sales desk calls back.
pub async fn on_upgrade_question(pool: &PgPool, message_id: i64) -> Result<String, sqlx::Error> {
    let item = sqlx::query_as!(InboxItem, "SELECT id, sender, body FROM messages WHERE id = $1", message_id)
        .fetch_one(pool)
        .await?;
    Ok(crm::queue_callback(item.sender, "asked about Gold")) // redline: no finding — only the sender field goes to sales
}
