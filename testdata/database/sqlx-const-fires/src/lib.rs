//! EXPECT: 2 findings
//! - purpose-violation at src/crm.rs:12 in fn `database_sqlx_const_fires::crm::opener`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:17 in fn `database_sqlx_const_fires::crm::number_to_dial`: category `contact.phone` is not allowed for purpose `sales`
//!
//! SQL in a `const`: in another module (`sql::LAST_MESSAGE`) and local to the sales module
//! (`PHONE_OF`). The finding is at the query that runs the const, in the sales function (the
//! trace points at the const's SQL text).
//!
//! Assumption (the issue is silent): the finding is at the query that runs the const, in the
//! function that runs it; the const's own line is outside any function.

pub mod crm;
pub mod sql;
