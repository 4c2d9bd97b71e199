//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::PgPool;

#[derive(Debug)]
pub struct Lead {
    pub member: i64,
    pub topic: String,
}

#[derive(Debug)]
pub struct CallCard {
    pub member: i64,
    pub phone: Option<String>,
}

/// Yesterday's leads, with what each member wrote.
pub async fn leads(pool: &PgPool) -> Result<Vec<Lead>, sqlx::Error> {
    sqlx::query_as!(Lead, "SELECT sender AS member, body AS topic FROM messages WHERE sent_at > now() - interval '1 day'") // redline: expect purpose-violation (chat, sales)
        .fetch_all(pool)
        .await
}

/// Today's call cards.
pub async fn call_cards(pool: &PgPool) -> Result<Vec<CallCard>, sqlx::Error> {
    sqlx::query_as!(CallCard, "SELECT id AS member, phone FROM members WHERE plan = 'free'") // redline: expect purpose-violation (contact.phone, sales)
        .fetch_all(pool)
        .await
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
