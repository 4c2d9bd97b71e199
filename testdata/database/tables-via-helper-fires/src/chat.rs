//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use sqlx::PgPool;

use crate::db;

/// A member asked about Gold in a message: hand it to sales.
pub async fn forward_to_sales(pool: &PgPool, message_id: i64) -> Result<(), sqlx::Error> {
    let (sender, body): (i64, String) = sqlx::query_as("SELECT sender, body FROM messages WHERE id = $1")
        .bind(message_id)
        .fetch_one(pool)
        .await?;
    db::add_crm_note(pool, sender, &body).await // the finding is in the helper, which writes it
}
