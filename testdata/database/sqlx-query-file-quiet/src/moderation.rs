//! Abuse reports: moderators read the reported member's messages.
redline::module_purpose!("trust_and_safety");

use sqlx::PgPool;

/// Everything the member sent, for the moderator.
pub async fn export(pool: &PgPool, member: i64) -> Result<Vec<String>, sqlx::Error> {
    let rows = sqlx::query_file!("queries/moderation_export.sql", member).fetch_all(pool).await?; // redline: no finding — chat is allowed for trust_and_safety
    Ok(rows.into_iter().map(|r| format!("{} -> {}: {}", r.sender, r.recipient, r.body)).collect())
}
