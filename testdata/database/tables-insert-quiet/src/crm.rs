//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::PgPool;

/// The sales agent's own note, typed after a call.
pub async fn save_call_note(pool: &PgPool, member: i64, typed: &str) -> Result<(), sqlx::Error> {
    sqlx::query!("INSERT INTO crm_notes (member_id, note) VALUES ($1, $2)", member, typed).execute(pool).await?; // redline: no finding — sales data into a sales table
    Ok(())
}
