//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::PgPool;

/// A lead from one message.
pub async fn lead(pool: &PgPool, message_id: i64) -> Result<String, sqlx::Error> {
    let (member, topic): (i64, String) = sqlx::query_as("SELECT sender, body FROM messages WHERE id = $1") // redline: expect purpose-violation (chat, sales)
        .bind(message_id)
        .fetch_one(pool)
        .await?;
    Ok(format!("member {member} wrote about {topic}"))
}

/// Today's call list.
pub async fn call_list(pool: &PgPool) -> Result<Vec<(i64, Option<String>)>, sqlx::Error> {
    sqlx::query_as::<_, (i64, Option<String>)>("SELECT id, phone FROM members WHERE plan = 'free'") // redline: expect purpose-violation (contact.phone, sales)
        .fetch_all(pool)
        .await
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
