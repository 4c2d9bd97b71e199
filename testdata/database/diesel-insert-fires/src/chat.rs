//! The inbox: delivering messages between members.
redline::module_purpose!("messaging");

use diesel::prelude::*;

use crate::models::NewCrmNote;
use crate::schema::{crm_notes, messages};

/// A member asked about Gold in a message: hand it to sales as a CRM note.
pub fn forward_to_sales(conn: &mut PgConnection, message_id: i64) -> QueryResult<usize> {
    let (sender, body): (i64, String) = messages::table.find(message_id).select((messages::sender, messages::body)).first(conn)?;
    diesel::insert_into(crm_notes::table).values((crm_notes::member_id.eq(sender), crm_notes::note.eq(&body))) // redline: expect purpose-violation (chat, sales)
        .execute(conn)
}

/// The same with the model struct.
pub fn flag_upgrade_interest(conn: &mut PgConnection, sender: i64, message_id: i64) -> QueryResult<usize> {
    let body: String = messages::table.find(message_id).select(messages::body).first(conn)?;
    let note = NewCrmNote { member_id: sender, note: &body };
    diesel::insert_into(crm_notes::table).values(&note).execute(conn) // redline: expect purpose-violation (chat, sales)
}
