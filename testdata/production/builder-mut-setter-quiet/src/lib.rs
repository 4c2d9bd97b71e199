//! EXPECT: no findings
//!
//! The shapes of `builder-mut-setter-fires` with only non-personal values (member id, plan)
//! set into the request that is sent to `crmkit::RequestBuilder::send` (purpose
//! `marketing`). In `tag_lead` and `sync_profile` the email is set (directly, and through a
//! helper taking `&mut RequestBuilder`) into a second builder from the same client that is
//! never sent: a `&mut self` setter changes its own receiver only.

pub mod crm_sync;
pub mod members;
