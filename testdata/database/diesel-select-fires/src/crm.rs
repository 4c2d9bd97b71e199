//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use diesel::prelude::*;

use crate::schema::{members, messages};

/// Hooks for the sales call: the last things the member wrote.
pub fn call_hooks(conn: &mut PgConnection, member: i64) -> QueryResult<Vec<String>> {
    messages::table.select(messages::body) // redline: expect purpose-violation (chat, sales)
        .filter(messages::sender.eq(member))
        .order(messages::sent_at.desc())
        .limit(5)
        .load(conn)
}

/// The number to dial.
pub fn number_to_dial(conn: &mut PgConnection, member: i64) -> QueryResult<Option<String>> {
    members::table.find(member).select(members::phone).first(conn) // redline: expect purpose-violation (contact.phone, sales)
}
