//! Weekly sales reports.
redline::module_purpose!("sales");

use sqlx::PgPool;

/// The week's messages, qualified table name.
pub async fn week(pool: &PgPool) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT m.body FROM public.messages m WHERE m.sent_at > now() - interval '7 days'").fetch_all(pool).await // redline: expect purpose-violation (chat, sales)
}
