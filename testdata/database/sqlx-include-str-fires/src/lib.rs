//! EXPECT: 2 findings
//! - purpose-violation at src/crm.rs:8 in fn `database_sqlx_include_str_fires::crm::opener`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:13 in fn `database_sqlx_include_str_fires::crm::call_list`: category `contact.phone` is not allowed for purpose `sales`
//!
//! SQL in a workspace file read with `include_str!("../queries/..")` (relative to the source
//! file), passed to `query_scalar` and `query_as`. The finding is at the query in the sales
//! function; the trace points into the `.sql` file.
//!
//! Assumption (the issue is silent): the `include_str!` path is relative to the source file, as
//! in Rust; the finding is at the query.

pub mod crm;
