//! `analysis-limit`: a function body too deeply nested to analyse completely, queries
//! whose SQL cannot be read (built at run time, or not parsed), the invocations of
//! workspace macros in a function that could not be expanded, glob imports not
//! followed past the limit of names they copy, and cycles of functions whose summaries did
//! not settle.

use super::Facts;
use crate::diag::{Finding, Lint};
use crate::syntax::Unexpanded;

pub fn check(facts: &Facts) -> Vec<Finding> {
    let mut out = truncated(facts);
    out.extend(facts.flow.unanalysed.iter().map(|u| {
        let def = facts.prog.def(u.function);
        let mut finding = Finding::new(Lint::AnalysisLimit, def.file.to_string(), Some(u.span), u.why.clone());
        finding.label = "what this query reads and writes is not known".into();
        finding.help = Some(
            "write the SQL as a string literal, a `const`, `concat!` of literals or `include_str!` of a file in \
             the workspace, so redline can read it"
                .into(),
        );
        finding.item = Some(def.path.clone());
        finding
    }));
    out.extend(unexpanded(facts));
    out.extend(globs(facts));
    out.extend(unsettled(facts));
    out
}

/// Functions calling each other in a cycle whose summaries did not settle within the walks
/// allowed.
fn unsettled(facts: &Facts) -> Vec<Finding> {
    let walks = crate::flow::MAX_WALKS_PER_FUNCTION;
    let mut out: Vec<Finding> = (facts.flow.unsettled.components.iter())
        .map(|&(f, size)| {
            let def = facts.prog.def(f);
            let message = format!(
                "`{}` and {} other functions call each other in a cycle that did not settle within {walks} walks \
                 each: data moving around it may be missed",
                def.path,
                size - 1
            );
            let mut finding = Finding::new(Lint::AnalysisLimit, def.file.to_string(), Some(def.span), message);
            finding.label = "this function is in the cycle".into();
            finding.help = Some("check the functions of the cycle by hand, or split it".into());
            finding.item = Some(def.path.clone());
            finding
        })
        .collect();
    if let Some((f, readers)) = facts.flow.unsettled.cells {
        let def = facts.prog.def(f);
        let rounds = crate::flow::MAX_CELL_ROUNDS;
        let message = format!(
            "data still moves through channels and statics after {rounds} rounds (sent, received, stored, read \
             ...): what `{}` and {} other functions would read next is not followed",
            def.path,
            readers - 1
        );
        let mut finding = Finding::new(Lint::AnalysisLimit, def.file.to_string(), Some(def.span), message);
        finding.label = "this function reads a channel or static whose contents were still growing".into();
        finding.help = Some("check by hand what reaches this function through channels and statics".into());
        finding.item = Some(def.path.clone());
        out.push(finding);
    }
    out
}

/// Glob imports not followed, past the limit of names they copy.
fn globs(facts: &Facts) -> Vec<Finding> {
    let limit = crate::resolve::MAX_GLOB_NAMES;
    let prog = facts.prog;
    (prog.globs_not_followed.iter())
        .map(|(file, span)| {
            let message = format!(
                "this glob import is not followed: the workspace's glob imports copy over {limit} names in all"
            );
            let mut finding = Finding::new(Lint::AnalysisLimit, file.clone(), Some(*span), message);
            finding.label = "the names it imports are not resolved".into();
            finding.help = Some("import the names the module uses (`use crate::{a, b}`) instead of `*`".into());
            finding
        })
        .collect()
}

/// Invocations in a function body that could not be expanded (those in item position are
/// reported by `load`, where no function encloses them).
fn unexpanded(facts: &Facts) -> Vec<Finding> {
    let prog = facts.prog;
    let mut out = Vec::new();
    for f in prog.fn_ids() {
        let Some(info) = prog.fn_info(f) else { continue };
        let def = prog.def(f);
        for u in &info.body.unexpanded {
            let mut finding = Finding::new(Lint::AnalysisLimit, def.file.to_string(), Some(u.span), u.message());
            finding.label = Unexpanded::LABEL.into();
            finding.help = Some(Unexpanded::HELP.into());
            finding.item = Some(def.path.clone());
            out.push(finding);
        }
    }
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
                def.file.to_string(),
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
