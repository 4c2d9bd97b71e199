//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use sqlx::PgPool;

use crate::crm;

/// The member's latest message, for the inbox preview.
pub async fn preview(pool: &PgPool, member: i64) -> Result<String, sqlx::Error> {
    sqlx::query_scalar("SELECT body FROM messages WHERE recipient = $1 ORDER BY sent_at DESC LIMIT 1").bind(member).fetch_one(pool).await
}

/// Weekly: what members asked about, for the sales desk.
pub async fn weekly_questions(pool: &PgPool, members: &[i64]) -> Result<usize, sqlx::Error> {
    let mut lines = Vec::new();
    for member in members {
        let body: String = sqlx::query_scalar("SELECT body FROM messages WHERE sender = $1 ORDER BY sent_at DESC LIMIT 1").bind(member).fetch_one(pool).await?;
        lines.push(format!("{member}: {}", body.trim()));
    }
    Ok(crm::import_questions(&lines)) // redline: expect purpose-violation (chat, sales)
}
