//! Phase 6: checks judge the facts of the earlier phases (the program, the policy,
//! the flows) and turn them into findings: one file per lint, one line each in [`CHECKS`].

pub mod analysis_limit;
pub mod missing_consent;
pub mod purpose_violation;
pub mod unclassified_personal_data;

use crate::diag::{Finding, Lint, Sources};
use crate::flow::FlowResult;
use crate::policy::Policy;
use crate::resolve::Program;

/// What every check may read.
pub struct Facts<'a> {
    pub prog: &'a Program,
    pub policy: &'a Policy,
    pub flow: &'a FlowResult,
    pub sources: &'a Sources,
}

/// A check: the findings of one lint.
pub type Check = fn(&Facts) -> Vec<Finding>;

/// Every check, with the lint it reports. A new lint adds its line here.
pub const CHECKS: &[(Lint, Check)] = &[
    (Lint::PurposeViolation, purpose_violation::check),
    (Lint::MissingConsent, missing_consent::check),
    (Lint::AnalysisLimit, analysis_limit::check),
    (Lint::UnclassifiedPersonalData, unclassified_personal_data::check),
];

/// Runs every check.
/// Runs every check whose lint is `enabled` (the caller leaves out lints at `allow` that
/// no suppression names: their findings would be dropped, and a check may cost a pass
/// over the whole program).
pub fn run(facts: &Facts, enabled: &dyn Fn(Lint) -> bool) -> Vec<Finding> {
    let mut out = Vec::new();
    for (lint, check) in CHECKS.iter().filter(|(lint, _)| enabled(*lint)) {
        let found = check(facts);
        debug_assert!(found.iter().all(|f| f.lint == *lint), "a check reports only its own lint");
        out.extend(found);
    }
    out
}
