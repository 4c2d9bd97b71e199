//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::PgPool;

/// The campaign copy to read out on the phone.
pub async fn campaign_copy(pool: &PgPool, campaign: &str) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT body FROM marketing.messages WHERE campaign = $1").bind(campaign).fetch_all(pool).await // redline: no finding — marketing.messages, not public.messages
}
