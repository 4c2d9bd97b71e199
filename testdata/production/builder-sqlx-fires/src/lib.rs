//! EXPECT: 2 findings
//! - purpose-violation at src/export.rs:6 in fn `production_builder_sqlx_fires::export::export_lead`: category `contact.phone` is not allowed for purpose `sales`
//! - purpose-violation at src/export.rs:16 in fn `production_builder_sqlx_fires::export::export_batch`: category `contact.phone` is not allowed for purpose `sales`
//!
//! Phone numbers written into the sales CRM database with sqlx: `query(..)` (re-exported
//! from sqlx-core) returns a `Query`, `bind` returns `Self`, and `execute` (an async
//! method of `Query`, re-exported as `sqlx::query::Query`) is the sink. No `[columns]`:
//! `execute` is a plain `[functions]` entry.

pub mod export;
pub mod members;
