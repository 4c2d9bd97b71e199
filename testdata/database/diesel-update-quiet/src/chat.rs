//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use chrono::Utc;
use diesel::prelude::*;

use crate::models::NoteUpdate;
use crate::schema::{crm_notes, messages};

/// Marks the CRM note: the member replied.
pub fn mark_replied(conn: &mut PgConnection, note_id: i64) -> QueryResult<usize> {
    diesel::update(crm_notes::table.find(note_id)).set(crm_notes::note.eq("member replied")).execute(conn) // redline: no finding — a fixed text
}

/// Puts the number of unread messages into the CRM note.
pub fn note_unread_count(conn: &mut PgConnection, note_id: i64, member: i64) -> QueryResult<usize> {
    let unread: i64 = messages::table.filter(messages::recipient.eq(member)).filter(messages::read_at.is_null()).count().get_result(conn)?;
    let changes = NoteUpdate { note: format!("{unread} unread messages") };
    diesel::update(crm_notes::table.find(note_id)).set(&changes).execute(conn) // redline: no finding — a count
}

/// Marks a message read.
pub fn mark_read(conn: &mut PgConnection, message_id: i64) -> QueryResult<usize> {
    diesel::update(messages::table.find(message_id)).set(messages::read_at.eq(Some(Utc::now()))).execute(conn) // redline: no finding — messages is not a [tables] table
}
