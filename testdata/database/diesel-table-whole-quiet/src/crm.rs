//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use crate::schema::{newsletter_templates, subscriptions};

/// Renewals due: every subscription, whole rows.
pub fn renewals(conn: &mut PgConnection, before: DateTime<Utc>) -> QueryResult<Vec<i64>> {
    let mut due = Vec::new();
    for (member_id, _plan, renews_at) in subscriptions::table.load::<(i64, String, DateTime<Utc>)>(conn)? { // redline: no finding — subscriptions has no classified column
        if renews_at < before {
            due.push(member_id);
        }
    }
    Ok(due)
}

/// Every newsletter template.
pub fn templates(conn: &mut PgConnection) -> QueryResult<Vec<(i64, String, String)>> {
    newsletter_templates::table.load(conn) // redline: no finding — newsletter_templates.body is not messages.body
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
