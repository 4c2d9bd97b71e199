//! Match suggestions and "who viewed you".
redline::module_purpose!("matching");

use sqlx::PgPool;

/// Tells sales who looked at a member's profile.
pub async fn note_view(pool: &PgPool, view_id: i64) -> Result<(), sqlx::Error> {
    let (viewer, viewed): (i64, i64) = sqlx::query_as("SELECT viewer, viewed FROM profile_views WHERE id = $1")
        .bind(view_id)
        .fetch_one(pool)
        .await?;
    sqlx::query("INSERT INTO crm_notes (member_id, note) VALUES ($1, $2)").bind(viewed).bind(format!("viewed by member {viewer}")) // redline: expect purpose-violation (browsing, sales)
        .execute(pool)
        .await?;
    Ok(())
}
