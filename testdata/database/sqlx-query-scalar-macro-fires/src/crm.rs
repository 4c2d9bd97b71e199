//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::PgPool;

/// What the member talks about.
pub async fn talking_points(pool: &PgPool, member: i64) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar!("SELECT body FROM messages WHERE sender = $1 ORDER BY sent_at DESC LIMIT 5", member) // redline: expect purpose-violation (chat, sales)
        .fetch_all(pool)
        .await
}

/// "See who viewed you with Gold": the viewers, for the pitch.
pub async fn viewers(pool: &PgPool, member: i64) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar!("SELECT viewer FROM profile_views WHERE viewed = $1", member) // redline: expect purpose-violation (browsing, sales)
        .fetch_all(pool)
        .await
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
