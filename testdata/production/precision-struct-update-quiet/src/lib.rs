//! EXPECT: no findings
//!
//! Struct update syntax that replaces `notes`, the only field that carries chat:
//! `Lead { notes: Vec::new(), ..draft }` with `draft` a local returned by messaging
//! code, a parameter of the function that writes the update (its callers pass drafts
//! quoting chat), a clone, and a field of another struct. Nothing of `draft.notes`
//! reaches sales.

pub mod inbox;
pub mod model;
pub mod moderation;
pub mod sales;
