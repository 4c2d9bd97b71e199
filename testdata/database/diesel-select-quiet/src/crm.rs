//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use crate::schema::{members, messages};

/// Members who wrote recently, and when.
pub fn recently_active(conn: &mut PgConnection, since: DateTime<Utc>) -> QueryResult<Vec<(i64, DateTime<Utc>)>> {
    // redline: no finding — sender and sent_at are columns of `messages`, but not classified
    messages::table.select((messages::sender, messages::sent_at))
        .filter(messages::sent_at.gt(since))
        .load(conn)
}

/// How many messages the member sent: a count reads no column.
pub fn messages_sent(conn: &mut PgConnection, member: i64) -> QueryResult<i64> {
    messages::table.filter(messages::sender.eq(member)).count().get_result(conn) // redline: no finding — a count
}

/// The member's plan.
pub fn plan_of(conn: &mut PgConnection, member: i64) -> QueryResult<String> {
    members::table.find(member).select(members::plan).first(conn) // redline: no finding — plan, not phone
}
