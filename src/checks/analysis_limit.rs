//! `analysis-limit`: a function body too deeply nested to analyse completely.

use super::Facts;
use crate::diag::{Finding, Lint};

pub fn check(facts: &Facts) -> Vec<Finding> {
    let prog = facts.prog;
    prog.fn_ids()
        .filter_map(|f| {
            let info = prog.fn_info(f)?;
            if !info.body.truncated {
                return None;
            }
            let def = prog.def(f);
            let mut finding = Finding::new(
                Lint::AnalysisLimit,
                def.file.clone(),
                Some(def.span),
                format!("`{}` is only partly analysed: its body nests expressions more than 256 levels deep", def.path),
            );
            finding.label = "the deepest parts of this function were skipped".into();
            finding.help =
                Some("split the expression (e.g. a long method chain or `else if` chain) into smaller steps".into());
            finding.item = Some(def.path.clone());
            Some(finding)
        })
        .collect()
}
