//! EXPECT: 1 finding
//! - purpose-violation at src/chat.rs:14 in fn `database_tables_via_helper_fires::chat::forward_to_sales`: category `chat` is not allowed for purpose `sales`
//!
//! The `INSERT` into `crm_notes` is in an unscoped repository helper, `db::add_crm_note`, whose
//! parameter `note` is bound into it. The inbox calls the helper with a message body: the body
//! reaches sales through the helper, and the finding is at that call, in the messaging function.
//!
//! Assumption (the issue is silent): the helper's summary records that its parameter is bound
//! into a `[tables]` write, as for any function that passes a parameter on to a function with a
//! purpose.

pub mod chat;
pub mod db;
