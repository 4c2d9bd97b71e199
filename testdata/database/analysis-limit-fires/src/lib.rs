//! EXPECT: 2 findings
//! - analysis-limit (warning) at src/admin.rs:7 in fn `database_analysis_limit_fires::admin::table_size`: SQL built at run time cannot be analysed
//! - analysis-limit (warning) at src/crm.rs:9 in fn `database_analysis_limit_fires::crm::column_report`: SQL built at run time cannot be analysed
//!
//! SQL built at run time with `format!` cannot be analysed: an `analysis-limit` warning at the
//! query (the `sqlx::query*` or client call that runs it, not the `format!`), in a sales
//! function and in an unscoped one. Nothing is known about what such a query reads, so there
//! is no purpose-violation.
//!
//! Assumption (the issue is silent): one `analysis-limit` warning per query that cannot be
//! analysed, at the call that runs it, with the enclosing function as its item; no purpose-
//! violation for it.

pub mod admin;
pub mod crm;
