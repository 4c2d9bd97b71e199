//! EXPECT: no findings
//!
//! `Lead` reaches the sales module `desk` (src/desk.rs, with src/desk/calls.rs) through
//! re-exports across module files, written in the reverse order of the chain, with
//! `self`, `super::super` and `crate` paths and a rename:
//! `api::v1::Lead` (src/api/v1.rs) is `self::compat::Lead`, which is `super::super::v2::Lead`
//! (`api::v2`, in src/api/mod.rs), which is `super::super::store::records::Member`, the
//! unclassified `store::records::Member` (src/store/records.rs). Decoys one `super` off
//! are classified: `api::v1::v2::Lead` (what `super::v2` would name from `compat`) and
//! `desk::api::v1::Lead` (what `super::api` would name from `desk::calls`).
//! `store::flagged::Lead` has no field `company`: the code compiles only when every
//! `Lead` and `Contact` is `store::records::Member`.

pub mod desk;
pub mod api;
pub mod store;
