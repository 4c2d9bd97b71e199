//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use diesel::prelude::*;

use crate::models::NoteUpdate;
use crate::schema::{crm_notes, messages};

/// Puts the member's latest message into the open CRM note.
pub fn append_to_note(conn: &mut PgConnection, note_id: i64, message_id: i64) -> QueryResult<usize> {
    let body: String = messages::table.find(message_id).select(messages::body).first(conn)?;
    diesel::update(crm_notes::table.find(note_id)).set(crm_notes::note.eq(&body)).execute(conn) // redline: expect purpose-violation (chat, sales)
}

/// The same with a changeset struct.
pub fn replace_note(conn: &mut PgConnection, note_id: i64, message_id: i64) -> QueryResult<usize> {
    let body: String = messages::table.find(message_id).select(messages::body).first(conn)?;
    let changes = NoteUpdate { note: body };
    diesel::update(crm_notes::table.find(note_id)).set(&changes).execute(conn) // redline: expect purpose-violation (chat, sales)
}
