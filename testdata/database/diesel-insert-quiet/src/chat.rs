//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use diesel::prelude::*;

use crate::models::NewCrmNote;
use crate::schema::{crm_notes, messages};

/// A member asked about Gold in a message: tell sales who, not what.
pub fn forward_to_sales(conn: &mut PgConnection, message_id: i64) -> QueryResult<usize> {
    let (sender, _body): (i64, String) = messages::table.find(message_id).select((messages::sender, messages::body)).first(conn)?;
    diesel::insert_into(crm_notes::table).values((crm_notes::member_id.eq(sender), crm_notes::note.eq("asked about Gold in a message"))) // redline: no finding — a fixed text
        .execute(conn)
}

/// The same with the model struct.
pub fn flag_upgrade_interest(conn: &mut PgConnection, sender: i64) -> QueryResult<usize> {
    let note = NewCrmNote { member_id: sender, note: "asked about Gold" };
    diesel::insert_into(crm_notes::table).values(&note).execute(conn) // redline: no finding — a fixed text
}

/// Sends a reply: a message body goes into `messages`, which has no purpose.
pub fn reply(conn: &mut PgConnection, message_id: i64, text: &str) -> QueryResult<usize> {
    let (sender, recipient): (i64, i64) = messages::table.find(message_id).select((messages::sender, messages::recipient)).first(conn)?;
    let quoted: String = messages::table.find(message_id).select(messages::body).first(conn)?;
    let body = format!("> {quoted}\n{text}");
    diesel::insert_into(messages::table).values((messages::sender.eq(recipient), messages::recipient.eq(sender), messages::body.eq(&body))) // redline: no finding — messages is not a [tables] table
        .execute(conn)
}
