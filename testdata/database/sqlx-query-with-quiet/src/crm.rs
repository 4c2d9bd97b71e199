//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use sqlx::postgres::PgArguments;
use sqlx::{Arguments, PgPool, Row};

/// When the member wrote.
pub async fn activity(pool: &PgPool, member: i64) -> Result<Vec<DateTime<Utc>>, sqlx::Error> {
    let mut args = PgArguments::default();
    args.add(member).map_err(sqlx::Error::Encode)?;
    let rows = sqlx::query_with("SELECT sent_at FROM messages WHERE sender = $1", args).fetch_all(pool).await?; // redline: no finding — sent_at is not classified
    Ok(rows.iter().map(|r| r.get::<DateTime<Utc>, _>("sent_at")).collect())
}
