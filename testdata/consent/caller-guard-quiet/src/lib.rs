//! EXPECT: no findings
//!
//! A guard in a caller covers the callee when every call that reaches the use is
//! guarded. `sms::text_member` and `sms::text_by_id` (purpose `marketing.sms`) use the
//! phone number without a guard of their own; all their callers, in the unscoped `jobs`,
//! check the guard for the member passed (by field or function) or for the id passed
//! (by `Repo::opted_in`).

pub mod consent;
pub mod gateway;
pub mod jobs;
pub mod member;
pub mod repo;
pub mod sms;
