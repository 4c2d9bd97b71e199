//! EXPECT: 2 findings
//! - purpose-violation at src/account.rs:12 in fn `production_precision_overwrite_fires::account::export_lead`: category `contact.phone` is not allowed for purpose `sales`
//! - purpose-violation at src/account.rs:17 in fn `production_precision_overwrite_fires::account::export_fallback`: category `contact.phone` is not allowed for purpose `sales`
//!
//! The near-misses of `precision-overwrite-quiet` where the phone number does reach
//! sales: the local is overwritten only on one branch, or the overwrite comes after the
//! call.

pub mod account;
pub mod members;
pub mod sales;
