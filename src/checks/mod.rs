//! Phase 6: checks, one file per lint, turning analysis results into findings.

pub mod analysis_limit;
pub mod purpose_violation;
