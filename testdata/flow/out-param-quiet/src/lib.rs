//! EXPECT: no findings
//!
//! `helpers::note_activity` takes the messages and a `&mut Vec<String>` but
//! writes only a count-derived string into it (`len` does not propagate), so
//! `notes` carries nothing when it is handed to sales.

pub mod chat;
pub mod crm;
pub mod helpers;
