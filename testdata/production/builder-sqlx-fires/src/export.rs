use sqlx::{query, PgPool};

use crate::members::Member;

pub async fn export_lead(pool: &PgPool, member: &Member) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO leads (member_id, plan, phone) VALUES ($1, $2, $3)").bind(member.id).bind(&member.plan).bind(&member.phone).execute(pool).await?; // redline: expect purpose-violation (contact.phone, sales)
    Ok(())
}

pub async fn export_batch(pool: PgPool, members: Vec<Member>) -> Result<u64, sqlx::Error> {
    let mut written = 0;
    for m in members {
        let mut q = query("INSERT INTO leads (member_id, phone) VALUES ($1, $2)");
        q = q.bind(m.id);
        q = q.bind(m.phone.replace(' ', ""));
        let done = q.execute(&pool).await?; // redline: expect purpose-violation (contact.phone, sales)
        written += done.rows_affected();
    }
    Ok(written)
}
