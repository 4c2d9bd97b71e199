//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use diesel::prelude::*;

use crate::models::Message;
use crate::schema::messages;

/// The member's inbox, newest first.
pub fn inbox(conn: &mut PgConnection, member: i64) -> QueryResult<Vec<Message>> {
    messages::table
        .filter(messages::recipient.eq(member))
        .order(messages::sent_at.desc())
        .select(Message::as_select())
        .load(conn)
}
