//! The nightly export job uses tokio-postgres directly; the schema is diesel's.
redline::module_purpose!("sales");

use tokio_postgres::{Client, Error};

/// Renewals, for the call center export.
pub async fn export_renewals(client: &Client) -> Result<Vec<String>, Error> {
    let rows = client.query("SELECT * FROM subscriptions", &[]).await?; // redline: no finding — no classified column
    Ok(rows.iter().map(|r| format!("{:?}", r)).collect())
}
