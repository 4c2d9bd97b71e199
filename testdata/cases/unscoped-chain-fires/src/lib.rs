//! EXPECT: 1 finding
//! - purpose-violation at src/crm.rs:7 in fn `case_unscoped_chain_fires::crm::lead_score`: category `chat` is not allowed for purpose `sales`
//!
//! `crm::lead_score` (sales) calls the unscoped `helpers::activity`, which
//! calls the unscoped `helpers::word_count`, which reads chat through the
//! messaging store. Unscoped code acts for its caller: the finding is at the
//! first call to `helpers::activity` in lead_score (the second call adds
//! nothing: one finding per function and category). The helpers themselves
//! have no purpose and are not reported.

pub mod chat;
pub mod crm;
pub mod helpers;
pub mod store;
