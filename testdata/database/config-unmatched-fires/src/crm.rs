//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use diesel::prelude::*;

use crate::schema::messages;

/// Hooks for the sales call.
pub fn call_hooks(conn: &mut PgConnection, member: i64) -> QueryResult<Vec<String>> {
    messages::table.select(messages::body).filter(messages::sender.eq(member)).load(conn) // redline: expect purpose-violation (chat, sales)
}
