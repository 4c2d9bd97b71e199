//! EXPECT: no findings
//!
//! Awaited guards: `repo.opted_in(&key).await?` (an `async fn` returning
//! `Result<bool, _>`, the rule's guard) in an `if`, as an early exit, and inside an
//! `async move` block; the member is loaded by the same key variable.

pub mod consent;
pub mod gateway;
pub mod member;
pub mod repo;
pub mod sms;
