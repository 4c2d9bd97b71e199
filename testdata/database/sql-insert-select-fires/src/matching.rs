//! Match suggestions and "who viewed you".
redline::module_purpose!("matching");

use sqlx::PgPool;

/// Tells sales who viewed a profile.
pub async fn note_view(pool: &PgPool, view_id: i64) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("INSERT INTO crm_notes (member_id, note) SELECT viewed, 'viewed by ' || viewer FROM profile_views WHERE id = $1") // redline: expect purpose-violation (browsing, sales)
        .bind(view_id)
        .execute(pool)
        .await?;
    Ok(done.rows_affected())
}
