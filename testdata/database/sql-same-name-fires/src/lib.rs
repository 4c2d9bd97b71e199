//! EXPECT: 1 finding
//! - purpose-violation at src/crm.rs:9 in fn `database_sql_same_name_fires::crm::pitch`: category `chat` is not allowed for purpose `sales`
//!
//! `messages.body` and `newsletter_templates.body` have the same name; the qualifier decides.
//! Here `m.body`, from `messages`, is selected next to a newsletter title.
//!
//! Assumption (the issue is silent): implicit joins (`FROM a, b`) resolve qualifiers like
//! explicit ones.

pub mod crm;
