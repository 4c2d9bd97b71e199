//! The sales back office: who to call about Gold, and what to say.
redline::module_purpose!("sales");

use diesel::prelude::*;

use crate::models::NewCrmNote;
use crate::schema::crm_notes;

/// The sales agent's own note, typed after a call.
pub fn save_call_note(conn: &mut PgConnection, member: i64, typed: &str) -> QueryResult<usize> {
    diesel::insert_into(crm_notes::table).values(&NewCrmNote { member_id: member, note: typed }).execute(conn) // redline: no finding — sales data into a sales table
}
