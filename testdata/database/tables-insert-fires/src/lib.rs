//! EXPECT: 3 findings
//! - purpose-violation at src/chat.rs:12 in fn `database_tables_insert_fires::chat::forward_to_sales`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/chat.rs:21 in fn `database_tables_insert_fires::chat::forward_with_macro`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/matching.rs:12 in fn `database_tables_insert_fires::matching::note_view`: category `browsing` is not allowed for purpose `sales`
//!
//! `[tables]` makes `crm_notes` a sales table. Values bound into an `INSERT` of it are passed to
//! `sales`: a message body bound with `.bind(..)` and as a `query_scalar!` argument (with
//! `RETURNING id`), and a `format!` of a profile viewer bound by matching code. Each finding is
//! at the line of the bound value (here also the line of the query), in the function that
//! writes, which itself may use the data.
//!
//! Assumption (the issue is silent): the finding is at the line of the bound value; a value
//! `format!`ed from classified data carries it when bound.

pub mod chat;
pub mod matching;
