//! EXPECT: no findings
//!
//! `FromRow` structs, per field: the inbox passes only `InboxItem::sender` to sales. Sales fills
//! an `InboxItem` (a struct other code fills with message bodies) from `newsletter_templates`:
//! its `body` field then holds a newsletter text, not chat. The categories come from the query,
//! not from the struct.
//!
//! Assumption (the issue is silent): a `FromRow` struct's fields get categories from the query
//! that fills it, not from the struct (no table binds it), so the same struct filled from
//! another table carries nothing.

pub mod chat;
pub mod crm;
pub mod models;
