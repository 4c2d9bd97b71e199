//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::postgres::PgArguments;
use sqlx::{Arguments, PgPool, Row};

/// What the member talks about.
pub async fn talking_points(pool: &PgPool, member: i64) -> Result<Vec<String>, sqlx::Error> {
    let mut args = PgArguments::default();
    args.add(member).map_err(sqlx::Error::Encode)?;
    let rows = sqlx::query_with("SELECT body FROM messages WHERE sender = $1", args).fetch_all(pool).await?; // redline: expect purpose-violation (chat, sales)
    Ok(rows.iter().map(|r| r.get::<String, _>("body")).collect())
}
