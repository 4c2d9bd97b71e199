//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::PgPool;

/// How many messages the member sent this month.
pub async fn messages_sent(pool: &PgPool, member: i64) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar!("SELECT count(*) FROM messages WHERE sender = $1 AND sent_at > now() - interval '30 days'", member) // redline: no finding — a count
        .fetch_one(pool)
        .await
}

/// "5 people viewed you this week": a number, not who.
pub async fn views_this_week(pool: &PgPool, member: i64) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar!(r#"SELECT count(*) AS "views!" FROM profile_views WHERE viewed = $1 AND viewed_at > now() - interval '7 days'"#, member) // redline: no finding — a count
        .fetch_one(pool)
        .await
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
