//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use diesel::prelude::*;

use crate::crm;
use crate::models::MessageRow;
use crate::schema::messages;

/// Nightly: members whose messages stay unread get a call from the sales desk.
pub fn nudge_sales(conn: &mut PgConnection) -> QueryResult<Vec<String>> {
    let mut calls = Vec::new();
    for (_, sender, _, _body, _, read_at) in messages::table.load::<MessageRow>(conn)? {
        if read_at.is_none() {
            calls.push(crm::queue_callback(sender, "messages left unread")); // redline: no finding — only the sender goes to sales
        }
    }
    Ok(calls)
}
