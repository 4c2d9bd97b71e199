//! The repository layer: no purpose of its own, it acts for its callers.

use sqlx::PgPool;

/// Adds a note to the sales CRM.
pub async fn add_crm_note(pool: &PgPool, member: i64, note: &str) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO crm_notes (member_id, note) VALUES ($1, $2)")
        .bind(member)
        .bind(note)
        .execute(pool)
        .await?;
    Ok(())
}
