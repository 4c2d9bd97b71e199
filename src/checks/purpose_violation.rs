//! `purpose-violation`: classified data reaches code whose purpose its category does not allow,
//! either inside that code or by being passed into it.

use super::Facts;
use crate::diag::{Finding, Lint, Sources, Step, StepKind};
use crate::flow::Into;
use crate::policy::{Policy, PurposeDecl, Refusal};
use crate::resolve::{DefId, Program};
use crate::syntax::Span;
use std::collections::HashMap;

/// One candidate finding before the one-per-(function, category) rule.
struct Candidate<'a> {
    f: DefId,
    class: u32,
    span: Span,
    label: String,
    trace: &'a crate::flow::FlowTrace,
    decl: &'a PurposeDecl,
    /// `Some(callee)` when the data is passed into a function with that purpose.
    callee: Option<&'a str>,
}

/// Flows whose purpose refuses the category, one finding per (function, category) at
/// the first place it happens.
pub fn check(facts: &Facts) -> Vec<Finding> {
    let policy = facts.policy;
    let mut best: HashMap<(DefId, &str), Candidate> = HashMap::new();
    for flow in &facts.flow.flows {
        if policy.refusals(flow.class, &flow.purpose).is_empty() {
            continue;
        }
        let class = policy.class(flow.class);
        let (label, callee) = match &flow.into {
            Into::Use { label } => (format!("`{}` data here: {label}", class.category), None),
            Into::Call { callee, through } => {
                // Refused by a function with a purpose on the way: reported where it enters that one.
                if through.iter().any(|t| !policy.refusals(flow.class, t).is_empty()) {
                    continue;
                }
                (format!("`{}` data passed to `{callee}` here", class.category), Some(&**callee))
            }
        };
        let c = Candidate {
            f: flow.function,
            class: flow.class,
            span: flow.span,
            label,
            trace: &flow.trace,
            decl: &flow.purpose,
            callee,
        };
        let key = (c.f, class.category.as_str());
        match best.get(&key) {
            Some(b) if (b.span.lo, b.span.hi) <= (c.span.lo, c.span.hi) => {}
            _ => {
                best.insert(key, c);
            }
        }
    }
    best.into_values().map(|c| finding(facts.prog, policy, facts.sources, &c)).collect()
}

fn finding(prog: &Program, policy: &Policy, sources: &Sources, c: &Candidate) -> Finding {
    let def = prog.def(c.f);
    let class = policy.class(c.class);
    let refusals = policy.refusals(c.class, c.decl);
    let (purpose, refusal) = (refusals[0].0, &refusals[0].1);
    let why = match refusal {
        Refusal::Denied { reason } => format!("a [[deny]] rule forbids it: {reason}"),
        Refusal::NotAllowed { allowed, from } => {
            let inherited = if *from == class.category { String::new() } else { format!(" (inherited from `{from}`)") };
            format!("`{}` may only be used for: {}{inherited}", class.category, allowed.join(", "))
        }
        Refusal::Narrowed { allowed } => {
            format!("{} narrows `{}` to: {}", class.subject, class.category, allowed.join(", "))
        }
    };
    let declared = sources.line_col(&c.decl.origin.file, c.decl.origin.span.lo);
    let also = if refusals.len() > 1 {
        let others: Vec<String> = refusals[1..].iter().map(|(p, _)| format!("`{p}`")).collect();
        format!(" (nor {})", others.join(", "))
    } else {
        String::new()
    };
    let message = match c.callee {
        None => format!("`{}` data is used for purpose `{purpose}`{also} in `{}`", class.category, def.path),
        Some(callee) => format!(
            "`{}` data is passed from `{}` to `{callee}`, whose purpose `{purpose}`{also} does not allow it",
            class.category, def.path
        ),
    };
    let whose = match c.callee {
        None => "The purpose".to_string(),
        Some(callee) => format!("The purpose of `{callee}`"),
    };
    let mut finding = Finding::new(Lint::PurposeViolation, def.file.to_string(), Some(c.span), message);
    finding.label = c.label.clone();
    finding.help = Some(format!(
        "{why}. {whose} comes from {} at {}:{}. Keep `{}` data out of this code, or, if only a derived value \
         is needed, compute it in a function with an allowed purpose or one marked #[redline::declassify].",
        c.decl.origin.how, c.decl.origin.file, declared.line, class.category
    ));
    finding.item = Some(def.path.clone());
    finding.category = Some(class.category.clone());
    finding.purpose = Some(purpose.clone());
    let classified = StepKind::Classified(Box::new([
        class.subject.as_str().into(),
        class.category.as_str().into(),
        class.origin.how.as_str().into(),
    ]));
    let mut trace = vec![Step::new(class.origin.file.as_str(), class.origin.span, classified)];
    trace.extend(c.trace.steps());
    finding.trace = trace;
    finding
}
