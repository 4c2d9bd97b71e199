//! EXPECT: 1 finding
//! - purpose-violation at src/crm.rs:9 in fn `database_sql_count_fires::crm::digest`: category `chat` is not allowed for purpose `sales`
//!
//! An aggregate over a classified column carries it: `string_agg(body, ..)` next to a
//! `count(*)`.
//!
//! Assumption (the issue is silent): an aggregate other than `count` over a classified column
//! (`string_agg(body, ..)`) carries the column's category.

pub mod crm;
