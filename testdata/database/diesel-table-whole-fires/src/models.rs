//! Row types.

use chrono::{DateTime, Utc};

/// A whole `messages` row: id, sender, recipient, body, sent_at, read_at.
pub type MessageRow = (i64, i64, i64, String, DateTime<Utc>, Option<DateTime<Utc>>);

/// A whole `members` row: id, display_name, phone, plan, created_at.
pub type MemberRow = (i64, String, Option<String>, String, DateTime<Utc>);
