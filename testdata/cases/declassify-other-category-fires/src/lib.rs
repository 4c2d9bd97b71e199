//! EXPECT: 1 finding
//! - purpose-violation at src/crm.rs:7 in fn `case_declassify_other_category_fires::crm::engagement_pitch`: category `chat` is not allowed for purpose `sales`
//!
//! `stats::engagement` is unscoped and declassifies browsing only. It also
//! reads chat, which still flows to its sales caller (reported at the call);
//! browsing does not.

pub mod crm;
pub mod stats;
pub mod store;
