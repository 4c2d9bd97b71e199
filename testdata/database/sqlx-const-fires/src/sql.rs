//! The service's SQL, kept in one place.

/// The member's latest message.
pub const LAST_MESSAGE: &str = "SELECT body FROM messages WHERE sender = $1 ORDER BY sent_at DESC LIMIT 1";

/// When the member last wrote.
pub const LAST_ACTIVE: &str = "SELECT max(sent_at) FROM messages WHERE sender = $1";
