//! `analysis-limit`: a function body too deeply nested to analyse completely, and
//! queries whose SQL cannot be read (built at run time, or not parsed).

use super::Facts;
use crate::diag::{Finding, Lint};

pub fn check(facts: &Facts) -> Vec<Finding> {
    let mut out = truncated(facts);
    out.extend(facts.flow.unanalysed.iter().map(|u| {
        let def = facts.prog.def(u.function);
        let mut finding = Finding::new(Lint::AnalysisLimit, def.file.clone(), Some(u.span), u.why.clone());
        finding.label = "what this query reads and writes is not known".into();
        finding.help = Some(
            "write the SQL as a string literal, a `const`, `concat!` of literals or `include_str!` of a file in \
             the workspace, so redline can read it"
                .into(),
        );
        finding.item = Some(def.path.clone());
        finding
    }));
    out
}

fn truncated(facts: &Facts) -> Vec<Finding> {
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
