//! EXPECT: no findings
//!
//! Sales calls the repository function that reads only `sent_at`; the one that reads bodies is
//! called by the inbox (messaging).

pub mod chat;
pub mod crm;
pub mod db;
