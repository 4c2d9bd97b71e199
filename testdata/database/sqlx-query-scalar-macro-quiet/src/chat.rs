//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use sqlx::PgPool;

use crate::crm;

/// A member asked about Gold in a message: notify the recipient, and the sales desk.
pub async fn on_upgrade_question(pool: &PgPool, member: i64, message_id: i64) -> Result<String, sqlx::Error> {
    let body = sqlx::query_scalar!("SELECT body FROM messages WHERE id = $1", message_id)
        .fetch_one(pool)
        .await?;
    notify(member, &body);
    Ok(crm::queue_callback(member, "asked about Gold")) // redline: no finding — the body stays in messaging code
}

/// Push notification for the recipient.
pub fn notify(member: i64, text: &str) -> usize {
    format!("{member}: {text}").len()
}
