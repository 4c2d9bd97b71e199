//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::PgPool;

/// The opener for the sales call: the last thing the member wrote to anyone.
pub async fn opener(pool: &PgPool, member: i64) -> Result<String, sqlx::Error> {
    let last = sqlx::query!("SELECT body FROM messages WHERE sender = $1 ORDER BY sent_at DESC LIMIT 1", member) // redline: expect purpose-violation (chat, sales)
        .fetch_one(pool)
        .await?
        .body;
    Ok(format!("You wrote \"{last}\": with Gold you see who read it"))
}

/// The number to dial.
pub async fn number_to_dial(pool: &PgPool, member: i64) -> Result<Option<String>, sqlx::Error> {
    let phone = sqlx::query!("SELECT phone FROM members WHERE id = $1 AND plan = 'free'", member) // redline: expect purpose-violation (contact.phone, sales)
        .fetch_one(pool)
        .await?
        .phone;
    Ok(phone)
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
