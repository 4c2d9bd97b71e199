// `src/shared/leads.rs` as `campaigns::leads` (marketing, from [modules]).
#[path = "shared/leads.rs"]
pub mod leads;
