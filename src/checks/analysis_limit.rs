//! `analysis-limit`: a function body too deeply nested to analyse completely, queries
//! whose SQL cannot be read (built at run time, or not parsed), the invocations of
//! workspace macros in a function that could not be expanded, glob imports not
//! followed past the limit of names they copy, and cycles of functions whose summaries did
//! not settle.

use super::Facts;
use crate::diag::{Finding, Lint};
use crate::resolve::DefId;
use crate::syntax::{Span, Unexpanded};

pub fn check(facts: &Facts) -> Vec<Finding> {
    let mut out = truncated(facts);
    out.extend(facts.flow.unanalysed.iter().map(|u| {
        let label = "what this query reads and writes is not known";
        let help = "write the SQL as a string literal, a `const`, `concat!` of literals or `include_str!` of a file \
                    in the workspace, so redline can read it";
        in_function(facts, u.function, Some(u.span), u.why.clone(), label, help)
    }));
    out.extend(unexpanded(facts));
    out.extend(globs(facts));
    out.extend(imports(facts));
    out.extend(unsettled(facts));
    out
}

/// A finding at function `f` (at `span`, or its name), naming it as the item.
fn in_function(facts: &Facts, f: DefId, span: Option<Span>, message: String, label: &str, help: &str) -> Finding {
    let def = facts.prog.def(f);
    let mut finding = Finding::new(Lint::AnalysisLimit, def.file.to_string(), Some(span.unwrap_or(def.span)), message);
    finding.label = label.into();
    finding.help = Some(help.into());
    finding.item = Some(def.path.clone());
    finding
}

/// Functions calling each other in a cycle whose summaries did not settle within the walks
/// allowed, and data still moving through channels and statics after the last round.
fn unsettled(facts: &Facts) -> Vec<Finding> {
    let walks = crate::flow::MAX_WALKS_PER_FUNCTION;
    let path = |f: DefId| &facts.prog.def(f).path;
    let mut out: Vec<Finding> = (facts.flow.unsettled.components.iter())
        .map(|&(f, size)| {
            let message = format!(
                "`{}` and {} other functions call each other in a cycle that did not settle within {walks} walks \
                 each: data moving around it may be missed",
                path(f),
                size - 1
            );
            let help = "check the functions of the cycle by hand, or split it";
            in_function(facts, f, None, message, "this function is in the cycle", help)
        })
        .collect();
    if let Some((f, readers)) = facts.flow.unsettled.cells {
        let rounds = crate::flow::MAX_CELL_ROUNDS;
        let message = format!(
            "data still moves through channels and statics after {rounds} rounds (sent, received, stored, read \
             ...): what `{}` and {} other functions would read next is not followed",
            path(f),
            readers - 1
        );
        let label = "this function reads a channel or static whose contents were still growing";
        let help = "check by hand what reaches this function through channels and statics";
        out.push(in_function(facts, f, None, message, label, help));
    }
    out
}

/// Glob imports not followed, past the limit of names they copy.
fn globs(facts: &Facts) -> Vec<Finding> {
    let limit = crate::resolve::MAX_GLOB_NAMES;
    let message =
        format!("this glob import is not followed: the workspace's glob imports copy over {limit} names in all");
    let label = "the names it imports are not resolved";
    let help = "import the names the module uses (`use crate::{a, b}`) instead of `*`";
    at_imports(&facts.prog.globs_not_followed, &message, label, help)
}

/// Imports still waiting when import resolution stopped at its step limit.
fn imports(facts: &Facts) -> Vec<Finding> {
    let limit = crate::resolve::MAX_IMPORT_STEPS_PER_IMPORT;
    let message = format!(
        "this import is not resolved to the end: import resolution stopped after {limit} steps per import of the program"
    );
    let label = "what it names may be wrong or unknown";
    let help = "import the item by its defining path: chains of re-exports thousands long, or imports that keep \
                changing what each other name, stop resolution";
    at_imports(&facts.prog.imports_unsettled, &message, label, help)
}

/// One finding at each import of `at` (file and span).
fn at_imports(at: &[(String, crate::syntax::Span)], message: &str, label: &str, help: &str) -> Vec<Finding> {
    (at.iter())
        .map(|(file, span)| {
            let mut finding = Finding::new(Lint::AnalysisLimit, file.clone(), Some(*span), message.to_string());
            finding.label = label.into();
            finding.help = Some(help.into());
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
        for u in &info.body.unexpanded {
            out.push(in_function(facts, f, Some(u.span), u.message(), Unexpanded::LABEL, Unexpanded::HELP));
        }
    }
    out
}

fn truncated(facts: &Facts) -> Vec<Finding> {
    let prog = facts.prog;
    prog.fn_ids()
        .filter(|&f| prog.fn_info(f).is_some_and(|info| info.body.truncated))
        .map(|f| {
            let message = format!(
                "`{}` is only partly analysed: its body nests expressions more than 256 levels deep",
                prog.def(f).path
            );
            let label = "the deepest parts of this function were skipped";
            let help = "split the expression (e.g. a long method chain or `else if` chain) into smaller steps";
            in_function(facts, f, None, message, label, help)
        })
        .collect()
}
