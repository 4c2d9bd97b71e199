//! Row structs.

use sqlx::FromRow;

/// A row of the inbox.
#[derive(Debug, Clone, FromRow)]
pub struct InboxItem {
    pub id: i64,
    pub sender: i64,
    pub body: String,
}

/// A card on the sales desk's call list.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CallCard {
    pub id: i64,
    pub display_name: String,
    pub phone: Option<String>,
}
