//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use sqlx::PgPool;

/// A member asked about Gold in a message: tell sales who, not what.
pub async fn forward_to_sales(pool: &PgPool, message_id: i64) -> Result<(), sqlx::Error> {
    let (sender, _body): (i64, String) = sqlx::query_as("SELECT sender, body FROM messages WHERE id = $1")
        .bind(message_id)
        .fetch_one(pool)
        .await?;
    sqlx::query("INSERT INTO crm_notes (member_id, note) VALUES ($1, $2)").bind(sender).bind("asked about Gold in a message") // redline: no finding — a fixed text
        .execute(pool)
        .await?;
    Ok(())
}

/// Notes how many messages the member sent this week.
pub async fn note_activity(pool: &PgPool, member: i64) -> Result<i64, sqlx::Error> {
    let n = sqlx::query_scalar!("SELECT count(*) FROM messages WHERE sender = $1 AND sent_at > now() - interval '7 days'", member).fetch_one(pool).await?;
    sqlx::query_scalar!("INSERT INTO crm_notes (member_id, note) VALUES ($1, $2) RETURNING id", member, format!("{} messages this week", n.unwrap_or(0))) // redline: no finding — a count
        .fetch_one(pool)
        .await
}

/// Sends a reply quoting the message: into `messages`, which has no purpose.
pub async fn reply(pool: &PgPool, message_id: i64, text: &str) -> Result<(), sqlx::Error> {
    let m = sqlx::query!("SELECT sender, recipient, body FROM messages WHERE id = $1", message_id).fetch_one(pool).await?;
    sqlx::query("INSERT INTO messages (sender, recipient, body) VALUES ($1, $2, $3)").bind(m.recipient).bind(m.sender).bind(format!("> {}\n{text}", m.body)) // redline: no finding — messages is not a [tables] table
        .execute(pool)
        .await?;
    Ok(())
}

/// Shows the sales notes in the member's privacy dashboard.
pub async fn notes_about(pool: &PgPool, member: i64) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar!("SELECT note FROM crm_notes WHERE member_id = $1", member).fetch_all(pool).await // redline: no finding — reading crm_notes uses no category
}
