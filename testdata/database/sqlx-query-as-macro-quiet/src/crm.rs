//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::PgPool;

#[derive(Debug)]
pub struct Lead {
    pub member: i64,
    pub topic: String,
}

/// Members whose subscription renews within a week.
pub async fn renewal_leads(pool: &PgPool) -> Result<Vec<Lead>, sqlx::Error> {
    // redline: no finding — display_name AS topic; no classified column
    sqlx::query_as!(Lead, "SELECT m.id AS member, m.display_name AS topic FROM members m JOIN subscriptions s ON s.member_id = m.id WHERE s.renews_at < now() + interval '7 days'")
        .fetch_all(pool)
        .await
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
