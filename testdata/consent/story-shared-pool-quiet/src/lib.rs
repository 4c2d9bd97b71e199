//! EXPECT: no findings
//!
//! The story of `story-shared-pool-fires`, fixed: the next agent skips leads whose
//! `do_not_call` is set, and the round uses `LeadPool::callable`, a method whose body
//! keeps only the leads not opted out (recognised from its body, not configured).

pub mod calls;
pub mod consent;
pub mod gateway;
pub mod member;
pub mod pool;
