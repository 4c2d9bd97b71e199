// `src/shared/reports.rs` as `appeals::reports` (trust_and_safety, from [modules]).
#[path = "shared/reports.rs"]
pub mod reports;
