//! Model structs.

use diesel::prelude::*;

use crate::schema::crm_notes;

/// A change to a CRM note.
#[derive(Debug, AsChangeset)]
#[diesel(table_name = crm_notes)]
pub struct NoteUpdate {
    pub note: String,
}
