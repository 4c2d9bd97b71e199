//! EXPECT: 1 finding
//! - purpose-violation at src/sales.rs:10 in fn `case_map_record_of_processing::sales::opener`: category `chat` is not allowed for purpose `sales`
//!
//! The map snapshots (`expected.map.*`) show a record of processing activities: Fides keys,
//! legal bases, retention, the sink in `outsourced_crm`, a classified column, a
//! declassification, and one violation.

pub mod accounts;
pub mod chat;
pub mod export;
pub mod newsletter;
pub mod sales;
pub mod schema;
