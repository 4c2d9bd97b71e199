//! EXPECT: 3 findings
//! - purpose-violation at src/chat.rs:15 in fn `database_diesel_table_whole_fires::chat::nudge_sales`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:14 in fn `database_diesel_table_whole_fires::crm::export_for_call_center`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:22 in fn `database_diesel_table_whole_fires::crm::call_list`: category `contact.phone` is not allowed for purpose `sales`
//!
//! diesel: `messages::table` loaded whole (no `.select`) reads every column, `body` included;
//! `members::table` whole reads `phone`. The messaging job may load messages, but it hands a
//! body (tuple position 3 of the row) to the sales function `crm::queue_callback`: a finding at
//! that call, in the messaging function.
//!
//! Assumption (the issue is silent): a table loaded whole is a read of all its columns at the
//! `messages::table` path, whatever the caller later does with the rows.

pub mod chat;
pub mod crm;
pub mod models;
pub mod schema;
