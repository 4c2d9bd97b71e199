//! EXPECT: no findings
//!
//! Writes of data that is not classified into the sales table `crm_notes`: a fixed text from the
//! inbox, the model struct with a fixed text, and a note the sales agent typed. The inbox also
//! writes a message body into `messages`, which is not a `[tables]` table.
//!
//! Assumption (the issue is silent): a fixed string bound into a `[tables]` table is no use of
//! any category.

pub mod chat;
pub mod crm;
pub mod models;
pub mod schema;
