//! EXPECT: 3 findings
//! - purpose-violation at src/crm.rs:10 in fn `database_diesel_select_fires::crm::call_hooks`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:19 in fn `database_diesel_select_fires::crm::number_to_dial`: category `contact.phone` is not allowed for purpose `sales`
//! - purpose-violation at src/reports.rs:11 in fn `database_diesel_select_fires::reports::topics`: category `chat` is not allowed for purpose `sales`
//!
//! diesel: column paths name the columns a query reads. `messages::body` in `.select(..)` of
//! a sales function reads chat; `members::phone` reads contact.phone. The `dsl` style
//! (`use schema::messages::dsl::*;` then `messages.select(body)`) names the same columns. The
//! finding is on the line of the column path (each chain starts on that line). Categories come
//! from `[columns]` only; the workspace's `table!` schema (src/schema.rs) gives the tables.
//!
//! Assumption (the issue is silent): the finding is at the line of the first classified column
//! path; `use schema::messages::dsl::*` makes a bare `body` mean `messages::body`.

pub mod crm;
pub mod reports;
pub mod schema;
