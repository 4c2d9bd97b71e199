//! EXPECT: 2 findings
//! - missing-consent at src/calls.rs:9 in fn `consent_story_shared_pool_fires::calls::next_call`: category `contact.phone` used for purpose `sales.calls` without consent
//! - missing-consent at src/calls.rs:14 in fn `consent_story_shared_pool_fires::calls::call_round`: category `contact.phone` used for purpose `sales.calls` without consent
//!
//! The story: members who asked never to be called again were put back into the shared
//! lead pool (`LeadPool::give_back` keeps them, flagged `do_not_call`) and re-called by
//! the next agent. `calls` (purpose `sales.calls`) takes leads from the pool and dials
//! them without looking at the opt-out.

pub mod calls;
pub mod consent;
pub mod gateway;
pub mod member;
pub mod pool;
