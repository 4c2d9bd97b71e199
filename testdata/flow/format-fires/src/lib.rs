//! EXPECT: 2 findings
//! - purpose-violation at src/chat.rs:16 in fn `flow_format_fires::chat::quote_to_sales`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/chat.rs:24 in fn `flow_format_fires::chat::summary_to_sales`: category `chat` is not allowed for purpose `sales`
//!
//! A chat body formatted with an inline capture (`format!("{body}")`) and
//! one written with `write!` into a `String` still carry chat; both strings
//! are handed to the sales function `crm::log_call_note`.

pub mod chat;
pub mod crm;
