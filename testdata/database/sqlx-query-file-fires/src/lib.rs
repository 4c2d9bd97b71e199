//! EXPECT: 4 findings
//! - purpose-violation at src/crm.rs:14 in fn `database_sqlx_query_file_fires::crm::opener`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:19 in fn `database_sqlx_query_file_fires::crm::lead`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:24 in fn `database_sqlx_query_file_fires::crm::last_viewer`: category `browsing` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:30 in fn `database_sqlx_query_file_fires::crm::number_to_dial`: category `contact.phone` is not allowed for purpose `sales`
//!
//! sqlx `query_file!`, `query_file_as!`, `query_file_scalar!` and `query_file_unchecked!`: the
//! SQL is in `queries/*.sql`, read from the workspace. Each finding is at the macro call in the
//! sales function (the trace points into the `.sql` file).
//!
//! Assumption (the issue is silent): the path of `query_file*!` is relative to the package root
//! (as in sqlx); the finding is at the macro call; the `_unchecked` variants count too.

pub mod crm;
