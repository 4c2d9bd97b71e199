//! EXPECT: 3 findings
//! - purpose-violation at src/desk.rs:7 in fn `case_import_module_files_super_fires::desk::pitch`: category `contact.phone` is not allowed for purpose `sales`
//! - purpose-violation at src/desk.rs:11 in fn `case_import_module_files_super_fires::desk::recall`: category `contact.phone` is not allowed for purpose `sales`
//! - purpose-violation at src/desk/calls.rs:3 in fn `case_import_module_files_super_fires::desk::calls::dial`: category `contact.phone` is not allowed for purpose `sales`
//!
//! The mirror of import-module-files-super-quiet: `Lead` reaches the sales module `desk`
//! (src/desk.rs, with src/desk/calls.rs) through re-exports across module files, written
//! in the reverse order of the chain, with `self`, `super::super` and `crate` paths and a
//! rename: `api::v1::Lead` (src/api/v1.rs) is `self::compat::Lead`, which is
//! `super::super::v2::Lead` (`api::v2`, in src/api/mod.rs), which is
//! `super::super::store::records::Member`, the classified `store::records::Member`
//! (src/store/records.rs). Decoys one `super` off are unclassified: `api::v1::v2::Lead`
//! and `desk::api::v1::Lead`. `store::flagged::Lead` has no field `phone`: the code
//! compiles only when every `Lead` and `Contact` is `store::records::Member`.

pub mod desk;
pub mod api;
pub mod store;
