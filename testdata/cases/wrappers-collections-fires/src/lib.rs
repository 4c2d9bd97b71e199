//! EXPECT: 11 findings, one per function in src/crm.rs, each: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:7 in fn `case_wrappers_collections_fires::crm::by_slice`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:8 in fn `case_wrappers_collections_fires::crm::by_array`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:9 in fn `case_wrappers_collections_fires::crm::by_tuple`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:10 in fn `case_wrappers_collections_fires::crm::by_hashmap`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:11 in fn `case_wrappers_collections_fires::crm::by_btreemap`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:12 in fn `case_wrappers_collections_fires::crm::by_hashset`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:13 in fn `case_wrappers_collections_fires::crm::by_btreeset`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:14 in fn `case_wrappers_collections_fires::crm::by_slice_iter`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:15 in fn `case_wrappers_collections_fires::crm::by_vec_into_iter`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:16 in fn `case_wrappers_collections_fires::crm::by_impl_iterator`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:20 in fn `case_wrappers_collections_fires::crm::by_for_loop`: category `chat` is not allowed for purpose `sales`
//!
//! The category passes through slices, arrays, tuples, maps, sets and
//! iterators. In `by_for_loop` the parameter `&Inbox` carries nothing; chat
//! first appears on the `for` line (the field `inbox.messages`, iterated).

pub mod chat;
pub mod crm;
