//! EXPECT: 6 findings (3 suppressed by comments)
//! - purpose-violation at src/crm.rs:26 in fn `case_suppression_fires::crm::no_reason`: its suppression has no reason
//! - suppression-without-reason at src/crm.rs:25
//! - unused-suppression (warning) at src/crm.rs:13: `analysis-limit` is not needed
//! - unused-suppression (warning) at src/crm.rs:32: nothing left to suppress below it
//! - purpose-violation at src/crm.rs:36 in fn `case_suppression_fires::crm::typo`: the suppression names an unknown lint
//! - unused-suppression (warning) at src/crm.rs:36: unknown lint `purpose-violaton`
//!
//! `pitch` is suppressed as a whole item (comment above its attributes), `subject` by a
//! trailing comment, `preview` by a comment on the line above the parameter. The comment
//! in the test module is ignored: test code is not analysed.

pub mod chat;
pub mod crm;
