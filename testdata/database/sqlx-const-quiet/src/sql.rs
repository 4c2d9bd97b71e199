//! The service's SQL, kept in one place.

/// The member's inbox.
pub const INBOX: &str = "SELECT id, sender, body FROM messages WHERE recipient = $1 ORDER BY sent_at DESC";

/// When the member last wrote.
pub const LAST_ACTIVE: &str = "SELECT max(sent_at) FROM messages WHERE sender = $1";
