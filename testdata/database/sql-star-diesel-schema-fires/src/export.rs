//! The nightly export job uses tokio-postgres directly; the schema is diesel's.
redline::module_purpose!("sales");

use tokio_postgres::{Client, Error};

/// Every message of the member, for the call center export.
pub async fn export_messages(client: &Client, member: i64) -> Result<Vec<String>, Error> {
    let rows = client.query("SELECT * FROM messages WHERE sender = $1", &[&member]).await?; // redline: expect purpose-violation (chat, sales)
    Ok(rows.iter().map(|r| format!("{:?}", r)).collect())
}
