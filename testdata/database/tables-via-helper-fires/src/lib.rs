//! EXPECT: 1 finding
//! - purpose-violation at src/db.rs:9 in fn `database_tables_via_helper_fires::db::add_crm_note`: category `chat` is not allowed for purpose `sales`
//!
//! The `INSERT` into `crm_notes` is in an unscoped repository helper, `db::add_crm_note`, whose
//! parameter `note` is bound into it. The inbox calls the helper with a message body: the body
//! reaches sales through the helper. As for any function that passes a parameter on to a
//! function with a purpose, the finding is made in the function that makes the write (the
//! helper, at the bound value), with the whole path from the inbox in its trace (docs/flow.md,
//! Boundaries).
//!
//! Changed from the first version of this case, which put the finding at the inbox's call of
//! the helper: that contradicts the documented rule for data reaching a purpose through
//! intermediate functions (see `flow/helper-no-return-fires`).

pub mod chat;
pub mod db;
