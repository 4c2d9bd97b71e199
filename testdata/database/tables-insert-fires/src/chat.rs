//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use sqlx::PgPool;

/// Hand the message that asked about Gold to the sales team as a CRM note.
pub async fn forward_to_sales(pool: &PgPool, message_id: i64) -> Result<(), sqlx::Error> {
    let (sender, body): (i64, String) = sqlx::query_as("SELECT sender, body FROM messages WHERE id = $1")
        .bind(message_id)
        .fetch_one(pool)
        .await?;
    sqlx::query("INSERT INTO crm_notes (member_id, note) VALUES ($1, $2)").bind(sender).bind(&body) // redline: expect purpose-violation (chat, sales)
        .execute(pool)
        .await?;
    Ok(())
}

/// The same with the macro.
pub async fn forward_with_macro(pool: &PgPool, message_id: i64) -> Result<i64, sqlx::Error> {
    let m = sqlx::query!("SELECT sender, body FROM messages WHERE id = $1", message_id).fetch_one(pool).await?;
    sqlx::query_scalar!("INSERT INTO crm_notes (member_id, note) VALUES ($1, $2) RETURNING id", m.sender, m.body) // redline: expect purpose-violation (chat, sales)
        .fetch_one(pool)
        .await
}
