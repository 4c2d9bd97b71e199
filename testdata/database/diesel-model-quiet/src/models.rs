//! Model structs, bound to their tables. No redline annotation, no [data] entry.

use chrono::{DateTime, Utc};
use diesel::prelude::*;

/// A row of `messages`.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = crate::schema::messages)]
#[diesel(check_for_backend(diesel::pg::Pg))]
pub struct Message {
    pub id: i64,
    pub sender: i64,
    pub recipient: i64,
    pub body: String,
    pub sent_at: DateTime<Utc>,
    pub read_at: Option<DateTime<Utc>>,
}

/// A row of `members`.
#[derive(Debug, Clone, Queryable, Selectable, Identifiable)]
#[diesel(table_name = crate::schema::members)]
#[diesel(check_for_backend(diesel::pg::Pg))]
pub struct Member {
    pub id: i64,
    pub display_name: String,
    pub phone: Option<String>,
    pub plan: String,
    pub created_at: DateTime<Utc>,
}

/// A row of `newsletter_templates`: its `body` is not a message body.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = crate::schema::newsletter_templates)]
pub struct NewsletterTemplate {
    pub id: i64,
    pub title: String,
    pub body: String,
}
