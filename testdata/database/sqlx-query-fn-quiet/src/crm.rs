//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::{query, PgPool, Row};

/// Who wrote to the member lately, and when.
pub async fn recent_contacts(pool: &PgPool, member: i64) -> Result<Vec<(i64, DateTime<Utc>)>, sqlx::Error> {
    // redline: no finding — id, sender, recipient and sent_at are not classified
    let rows = sqlx::query("SELECT id, sender, recipient, sent_at FROM messages WHERE recipient = $1")
        .bind(member)
        .fetch_all(pool)
        .await?;
    Ok(rows.iter().map(|r| (r.get("sender"), r.get("sent_at"))).collect())
}

/// The greeting for the call.
pub async fn greeting(pool: &PgPool, member: i64) -> Result<String, sqlx::Error> {
    let row = query("SELECT display_name, plan FROM members WHERE id = $1").bind(member).fetch_one(pool).await?; // redline: no finding — the phone is not selected
    Ok(format!("Hi {}, you are on {}", row.get::<String, _>(0), row.get::<String, _>(1)))
}
