//! EXPECT: no findings
//!
//! Writes of data that is not classified into the sales table `crm_notes` (the required
//! quiet case): a fixed text and a member id from the inbox, a count of messages, a note the
//! sales agent typed. The inbox also writes a message body into `messages` (not a `[tables]`
//! table), and reads `crm_notes` (reading a `[tables]` table is no use of a category).
//!
//! Assumption (the issue is silent): reading a `[tables]` table is no use of any category;
//! `[tables]` only concerns writes.

pub mod chat;
pub mod crm;
