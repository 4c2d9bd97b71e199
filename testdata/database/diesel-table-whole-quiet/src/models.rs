//! Row types.

use chrono::{DateTime, Utc};

/// A whole `messages` row: id, sender, recipient, body, sent_at, read_at.
pub type MessageRow = (i64, i64, i64, String, DateTime<Utc>, Option<DateTime<Utc>>);
