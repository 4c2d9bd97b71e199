//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// A whole `messages` row.
#[derive(Debug, sqlx::FromRow)]
pub struct MessageRow {
    pub id: i64,
    pub sender: i64,
    pub recipient: i64,
    pub body: String,
    pub sent_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
}

/// Everything the member wrote, for the call prep sheet.
pub async fn prep_sheet(pool: &PgPool, member: i64) -> Result<Vec<MessageRow>, sqlx::Error> {
    sqlx::query_as::<_, MessageRow>("SELECT * FROM messages WHERE sender = $1").bind(member).fetch_all(pool).await // redline: expect purpose-violation (chat, sales)
}

/// Who looked at the member, whole rows.
pub async fn views(pool: &PgPool, member: i64) -> Result<Vec<(i64, i64, i64, DateTime<Utc>)>, sqlx::Error> {
    sqlx::query_as("SELECT * FROM profile_views WHERE viewed = $1").bind(member).fetch_all(pool).await // redline: expect purpose-violation (browsing, sales)
}

/// The member's whole record.
pub async fn record(pool: &PgPool, member: i64) -> Result<(i64, String, Option<String>, String, DateTime<Utc>), sqlx::Error> {
    sqlx::query_as("SELECT * FROM members WHERE id = $1").bind(member).fetch_one(pool).await // redline: expect purpose-violation (contact.phone, sales)
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
