//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use tokio_postgres::{Client, Error};

/// A member asked about Gold in a message: tell sales who, not what.
pub async fn forward_to_sales(client: &Client, sender: i64) -> Result<u64, Error> {
    client.execute("INSERT INTO crm_notes (member_id, note) VALUES ($1, $2)", &[&sender, &"asked about Gold"]).await // redline: no finding — a fixed text
}
