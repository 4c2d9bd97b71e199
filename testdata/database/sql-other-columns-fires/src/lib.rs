//! EXPECT: 1 finding
//! - purpose-violation at src/crm.rs:9 in fn `database_sql_other_columns_fires::crm::recent`: category `chat` is not allowed for purpose `sales`
//!
//! The counterpart of `sql-other-columns-quiet`: the same sales query with `body` added.

pub mod crm;
