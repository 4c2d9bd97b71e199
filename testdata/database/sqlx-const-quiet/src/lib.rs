//! EXPECT: no findings
//!
//! SQL consts: sales runs `sql::LAST_ACTIVE` and its own `PLAN_OF`, which read no classified
//! column. `sql::INBOX` reads bodies and is run by the inbox (messaging). `OLD_OPENER` in the
//! sales module reads bodies but is never run: a string that is never executed is not a query.
//!
//! Assumption (the issue is silent): a const holding SQL that no query runs is not a query.

pub mod chat;
pub mod crm;
pub mod sql;
