//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::PgPool;

use crate::models::CallCard;

/// The card for one call.
pub async fn call_card(pool: &PgPool, member: i64) -> Result<CallCard, sqlx::Error> {
    sqlx::query_as::<_, CallCard>("SELECT id, display_name, phone FROM members WHERE id = $1") // redline: expect purpose-violation (contact.phone, sales)
        .bind(member)
        .fetch_one(pool)
        .await
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
