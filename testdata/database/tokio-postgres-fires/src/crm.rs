//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use tokio_postgres::{Client, Error};

/// The opener: the member's latest message.
pub async fn opener(client: &Client, member: i64) -> Result<Option<String>, Error> {
    let rows = client.query("SELECT body FROM messages WHERE sender = $1 ORDER BY sent_at DESC LIMIT 1", &[&member]).await?; // redline: expect purpose-violation (chat, sales)
    Ok(rows.first().map(|r| r.get::<_, String>("body")))
}

/// The number to dial.
pub async fn number_to_dial(client: &Client, member: i64) -> Result<Option<String>, Error> {
    let stmt = client.prepare("SELECT phone FROM members WHERE id = $1").await?; // redline: expect purpose-violation (contact.phone, sales)
    let rows = client.query(&stmt, &[&member]).await?;
    Ok(rows.first().and_then(|r| r.get(0)))
}
