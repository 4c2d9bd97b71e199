//! EXPECT: 3 findings
//! - purpose-violation at src/crm.rs:6 in fn `case_one_finding_per_fn_category_fires::crm::dossier`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:7 in fn `case_one_finding_per_fn_category_fires::crm::dossier`: category `browsing` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:15 in fn `case_one_finding_per_fn_category_fires::crm::second_look`: category `chat` is not allowed for purpose `sales`
//!
//! `crm::dossier` touches chat three times and browsing twice: one finding per
//! (function, category), at the first touch. `crm::second_look` is another
//! function and gets its own finding.

pub mod crm;
pub mod store;
