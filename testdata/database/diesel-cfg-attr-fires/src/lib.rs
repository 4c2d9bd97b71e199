//! EXPECT: 2 findings
//! - purpose-violation at src/crm.rs:8 in fn `database_diesel_cfg_attr_fires::crm::opener`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:14 in fn `database_diesel_cfg_attr_fires::crm::number_to_dial`: category `contact.phone` is not allowed for purpose `sales`
//!
//! The model structs' diesel attributes sit inside `cfg_attr(feature = "postgres", ..)`: the
//! `table_name` still binds them to their tables (feature flags are not evaluated), so
//! `Message::body` is chat and `Member::phone` is contact.phone, also where derive and table sit
//! in one `cfg_attr`.
//!
//! Assumption (the issue is silent): feature flags are not evaluated: attributes inside any
//! `cfg_attr(..)` are read; `schema` is declared without a `cfg`.

pub mod crm;
pub mod models;
pub mod schema;
