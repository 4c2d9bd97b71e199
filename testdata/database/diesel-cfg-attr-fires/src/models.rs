//! Model structs shared with the API crate; the diesel parts only with the `postgres`
//! feature, as real services write them.

use chrono::{DateTime, Utc};
#[cfg(feature = "postgres")]
use diesel::prelude::*;

#[cfg(feature = "postgres")]
use crate::schema::{members, messages, newsletter_templates};

/// A row of `messages`.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "postgres", derive(Queryable, Selectable, Identifiable))]
#[cfg_attr(feature = "postgres", diesel(table_name = messages))]
#[cfg_attr(feature = "postgres", diesel(check_for_backend(diesel::pg::Pg)))]
pub struct Message {
    pub id: i64,
    pub sender: i64,
    pub recipient: i64,
    pub body: String,
    pub sent_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
}

/// A row of `members`: derive and table in one `cfg_attr`.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "postgres", derive(Queryable, Selectable), diesel(table_name = members, check_for_backend(diesel::pg::Pg)))]
pub struct Member {
    pub id: i64,
    pub display_name: String,
    pub phone: Option<String>,
    pub plan: String,
    pub created_at: DateTime<Utc>,
}

/// A row of `newsletter_templates`.
#[derive(Debug, Clone)]
#[cfg_attr(feature = "postgres", derive(Queryable, Selectable))]
#[cfg_attr(feature = "postgres", diesel(table_name = newsletter_templates))]
pub struct NewsletterTemplate {
    pub id: i64,
    pub title: String,
    pub body: String,
}
