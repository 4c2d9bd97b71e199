//! EXPECT: 4 findings
//! - purpose-violation at src/chat.rs:14 in fn `database_sql_alias_fires::chat::on_upgrade_question`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:9 in fn `database_sql_alias_fires::crm::hooks`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:16 in fn `database_sql_alias_fires::crm::last_words`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:24 in fn `database_sql_alias_fires::crm::contact`: category `contact.phone` is not allowed for purpose `sales`
//!
//! Selected columns with aliases: `m.body AS hook` (table alias and column alias), `body
//! last_words` (no `AS`), `phone AS contact`. The alias does not hide the column. The inbox
//! selects `body AS what` and passes tuple position 1 to sales.
//!
//! Assumption (the issue is silent): an alias without `AS` is an alias too.

pub mod chat;
pub mod crm;
