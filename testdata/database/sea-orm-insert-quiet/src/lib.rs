//! EXPECT: no findings
//!
//! The same `ActiveModel` insert into `crm_notes` with a fixed text and the sender id.

pub mod chat;
pub mod entity;
