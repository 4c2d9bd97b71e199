//! The weekly sales report, written in diesel's `dsl` style.
redline::module_purpose!("sales");

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use crate::schema::messages::dsl::*;

/// What free members talked about this week.
pub fn topics(conn: &mut PgConnection, since: DateTime<Utc>) -> QueryResult<Vec<String>> {
    messages.select(body).filter(sent_at.gt(since)).load(conn) // redline: expect purpose-violation (chat, sales)
}
