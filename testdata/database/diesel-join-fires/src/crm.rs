//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use crate::schema::{members, messages, profile_views, subscriptions};

/// Free members and what they wrote last week: the warmest leads.
pub fn warm_leads(conn: &mut PgConnection, since: DateTime<Utc>) -> QueryResult<Vec<(String, String)>> {
    messages::table.inner_join(members::table).select((members::display_name, messages::body)) // redline: expect purpose-violation (chat, sales)
        .filter(members::plan.eq("free"))
        .filter(messages::sent_at.gt(since))
        .load(conn)
}

/// "Someone special looked at you": members and who viewed them.
pub fn viewed_members(conn: &mut PgConnection) -> QueryResult<Vec<(String, i64)>> {
    members::table.inner_join(profile_views::table.on(profile_views::viewed.eq(members::id))).select((members::display_name, profile_views::viewer)) // redline: expect purpose-violation (browsing, sales)
        .load(conn)
}

/// Renewals to confirm by phone.
pub fn renewal_calls(conn: &mut PgConnection) -> QueryResult<Vec<(Option<String>, Option<DateTime<Utc>>)>> {
    members::table.left_join(subscriptions::table).select((members::phone, subscriptions::renews_at.nullable())) // redline: expect purpose-violation (contact.phone, sales)
        .load(conn)
}
