use sqlx::{query, PgPool};

use crate::members::Member;

pub async fn export_lead(pool: &PgPool, member: &Member) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO leads (member_id, plan) VALUES ($1, $2)").bind(member.id).bind(&member.plan).execute(pool).await?; // redline: no finding — id and plan only
    Ok(())
}

pub async fn already_exported(pool: &PgPool, member: &Member) -> Result<bool, sqlx::Error> {
    let q = query("SELECT 1 FROM leads WHERE phone = $1").bind(&member.phone);
    let row = q.fetch_optional(pool).await?; // redline: no finding — `fetch_optional` is not in [functions]
    Ok(row.is_some())
}
