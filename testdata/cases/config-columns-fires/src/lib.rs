//! EXPECT: 1 finding
//! - purpose-violation at src/promo.rs:9 in fn `case_config_columns_fires::promo::recipients`: category `contact.email` is not allowed for purpose `marketing`
//!
//! `customers.email` is classified in redline.toml's `[columns]` table: a query that
//! selects the column returns data of its category.

pub mod promo;
pub mod schema;
