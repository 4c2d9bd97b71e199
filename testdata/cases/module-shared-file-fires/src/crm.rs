redline::module_purpose!("sales");

// `src/shared/leads.rs` as `crm::leads` (sales, inherited from this module).
#[path = "shared/leads.rs"]
pub mod leads;
