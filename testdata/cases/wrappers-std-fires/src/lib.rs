//! EXPECT: 11 findings, one per function in src/crm.rs, each: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:10 in fn `case_wrappers_std_fires::crm::by_ref`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:11 in fn `case_wrappers_std_fires::crm::by_mut_ref`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:12 in fn `case_wrappers_std_fires::crm::by_option`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:13 in fn `case_wrappers_std_fires::crm::by_result`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:14 in fn `case_wrappers_std_fires::crm::by_vec`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:15 in fn `case_wrappers_std_fires::crm::by_vecdeque`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:16 in fn `case_wrappers_std_fires::crm::by_box`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:17 in fn `case_wrappers_std_fires::crm::by_rc`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:18 in fn `case_wrappers_std_fires::crm::by_arc`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:19 in fn `case_wrappers_std_fires::crm::by_cow`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:20 in fn `case_wrappers_std_fires::crm::by_nested`: category `chat` is not allowed for purpose `sales`
//!
//! The category of `ChatMessage` passes through &, &mut, Option, Result, Vec,
//! VecDeque, Box, Rc, Arc, Cow and nestings of them. Each parameter is on the
//! function's signature line.

pub mod chat;
pub mod crm;
