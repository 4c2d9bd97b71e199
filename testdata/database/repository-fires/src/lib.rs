//! EXPECT: 1 finding
//! - purpose-violation at src/crm.rs:10 in fn `database_repository_fires::crm::opener`: category `chat` is not allowed for purpose `sales`
//!
//! The query is in an unscoped repository function (`db::last_message`, no purpose): what it
//! reads is charged to the function with a purpose that calls it, at the call.
//!
//! Assumption (the issue is silent): an unscoped function that runs a query acts for its
//! caller, like any unscoped function.

pub mod crm;
pub mod db;
