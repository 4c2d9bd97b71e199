//! EXPECT: 2 findings
//! - purpose-violation at src/chat.rs:20 in fn `database_result_flows_fires::chat::weekly_questions`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:15 in fn `database_result_flows_fires::crm::opener`: category `chat` is not allowed for purpose `sales`
//!
//! What a query returns flows on like any classified value: the inbox (allowed to read bodies)
//! reads a body with `query_scalar`, formats it into a summary, pushes it into a `Vec` and hands
//! that to a sales function; another function returns a body to a sales caller.
//!
//! Assumption (the issue is silent): what a function with a purpose (`chat::preview`,
//! messaging) returns from a query carries the column's category to its caller.

pub mod chat;
pub mod crm;
