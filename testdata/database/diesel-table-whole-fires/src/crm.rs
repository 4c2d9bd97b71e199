//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use std::fmt::Write;

use diesel::prelude::*;

use crate::models::{MemberRow, MessageRow};
use crate::schema::{members, messages};

/// CSV of every message, for the outsourced call center.
pub fn export_for_call_center(conn: &mut PgConnection) -> QueryResult<String> {
    let mut csv = String::from("id,sender,recipient,body,sent_at\n");
    for (id, sender, recipient, body, sent_at, _) in messages::table.load::<MessageRow>(conn)? { // redline: expect purpose-violation (chat, sales)
        let _ = writeln!(csv, "{id},{sender},{recipient},{body:?},{sent_at}");
    }
    Ok(csv)
}

/// Today's call list: every free member, whole rows.
pub fn call_list(conn: &mut PgConnection) -> QueryResult<Vec<MemberRow>> {
    members::table.filter(members::plan.eq("free")).load::<MemberRow>(conn) // redline: expect purpose-violation (contact.phone, sales)
}

/// Queues a call for the sales desk.
pub fn queue_callback(member: i64, context: &str) -> String {
    format!("call member {member} back: {context}")
}
