//! EXPECT: no findings
//!
//! sea-orm models, sales reading fields whose columns are not classified, the `body` of
//! `newsletter_template::Model` (another table), and a `count` of messages.
//!
//! Assumption (the issue is silent): `.count(db)` (`SELECT COUNT(*)`) after `Entity::find()`
//! reads no column.

pub mod crm;
pub mod entity;
