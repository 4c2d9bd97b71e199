redline::module_purpose!("messaging");

// `src/shared/reports.rs` as `support::reports` (messaging, inherited from this module).
#[path = "shared/reports.rs"]
pub mod reports;
