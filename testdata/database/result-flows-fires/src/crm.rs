//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use sqlx::PgPool;

use crate::chat;

/// Imports lines into the sales desk's call list.
pub fn import_questions(lines: &[String]) -> usize {
    lines.iter().map(|l| l.len()).sum()
}

/// The opener: the inbox preview of the member.
pub async fn opener(pool: &PgPool, member: i64) -> Result<String, sqlx::Error> {
    let preview = chat::preview(pool, member).await?; // redline: expect purpose-violation (chat, sales)
    Ok(format!("You were talking about {preview}"))
}
