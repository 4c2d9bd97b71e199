//! Model structs.

use diesel::prelude::*;

use crate::schema::crm_notes;

/// A note for the sales team's CRM.
#[derive(Debug, Insertable)]
#[diesel(table_name = crm_notes)]
pub struct NewCrmNote<'a> {
    pub member_id: i64,
    pub note: &'a str,
}
