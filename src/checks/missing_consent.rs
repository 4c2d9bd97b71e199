//! `missing-consent`: data a consent rule covers is used for a purpose the rule lists,
//! where no guard of the rule held for the person the data belongs to.

use super::Facts;
use crate::diag::{Finding, Lint, Step, StepKind};
use crate::flow::{Flow, Guard, GuardFact, Into};
use crate::policy::{ConsentRule, GuardId, Policy};
use crate::resolve::DefId;
use std::collections::HashMap;

/// The first unguarded use found for a (function, category, rule): the flow, the purpose
/// the rule names, and the call that does not check the guard, if that is why.
type Unguarded<'a> = (&'a Flow, &'a str, Option<&'a Step>);

/// One finding per (function, category, rule), at the first unguarded use; not where
/// the purpose may not use the category at all (`purpose-violation` says so).
pub fn check(facts: &Facts) -> Vec<Finding> {
    let policy = facts.policy;
    let rules = &policy.consent.rules;
    if rules.is_empty() {
        return Vec::new();
    }
    let mut best: HashMap<(DefId, &str, usize), Unguarded> = HashMap::new();
    for flow in &facts.flow.flows {
        if !flow.guard.checked || refused(policy, flow) {
            continue;
        }
        let category = policy.class(flow.class).category.as_str();
        for (r, rule) in rules.iter().enumerate() {
            let Some(purpose) = flow.purpose.purposes.iter().find(|p| rule.applies(category, p)) else { continue };
            let Some(caller) = unguarded(rule, &flow.guard) else { continue };
            let key = (flow.function, category, r);
            match best.get(&key) {
                Some((b, ..)) if (b.span.lo, b.span.hi) <= (flow.span.lo, flow.span.hi) => {}
                _ => {
                    best.insert(key, (flow, purpose, caller));
                }
            }
        }
    }
    let mut found: Vec<Finding> = best
        .into_iter()
        .map(|((_, _, r), (flow, purpose, caller))| finding(facts, &rules[r], flow, purpose, caller))
        .collect();
    found.sort_by(|a, b| (&a.file, a.span, &a.message).cmp(&(&b.file, b.span, &b.message)));
    found
}

/// Whether the purpose may not use the category at all (there, or on the way to the callee).
fn refused(policy: &Policy, flow: &Flow) -> bool {
    if !policy.refusals(flow.class, &flow.purpose).is_empty() {
        return true;
    }
    match &flow.into {
        Into::Call { through, .. } => through.iter().any(|t| !policy.refusals(flow.class, t).is_empty()),
        Into::Use { .. } => false,
    }
}

/// Whether a guard of the rule said yes (or an opt-out no) among `facts`.
fn satisfied(rule: &ConsentRule, facts: &[GuardFact]) -> bool {
    facts.iter().any(|f| if f.value { rule.guards.contains(&f.guard) } else { rule.opt_outs.contains(&f.guard) })
}

/// `None` when the rule is satisfied at the use, or by every call that brings the person
/// in; else the call that does not (`None` inside when there is no such call).
fn unguarded<'a>(rule: &ConsentRule, guard: &'a Guard) -> Option<Option<&'a Step>> {
    if satisfied(rule, &guard.facts) {
        return None;
    }
    if guard.callers.is_empty() {
        return Some(None);
    }
    guard.callers.iter().find(|c| !satisfied(rule, &c.facts)).map(|c| Some(&c.hop))
}

/// The guards that satisfy a rule, in words: "`a` true, `b` true or `c` false".
fn guards_in_words(policy: &Policy, rule: &ConsentRule) -> String {
    let consent = &policy.consent;
    // Paths without their crate read better: `consent::allows`.
    let name = |g: &GuardId| {
        let full = consent.name(*g);
        full.split_once("::").map_or(full, |(_, rest)| rest).to_string()
    };
    let mut all: Vec<String> = rule.guards.iter().map(|g| format!("`{}` true", name(g))).collect();
    all.extend(rule.opt_outs.iter().map(|g| format!("`{}` false", name(g))));
    match all.len() {
        0 => "a guard (the rule names no function or field that exists)".into(),
        1 => all.remove(0),
        n => format!("{} or {}", all[..n - 1].join(", "), all[n - 1]),
    }
}

fn finding(facts: &Facts, rule: &ConsentRule, flow: &Flow, purpose: &str, caller: Option<&Step>) -> Finding {
    let (prog, policy) = (facts.prog, facts.policy);
    let def = prog.def(flow.function);
    let class = policy.class(flow.class);
    let category = &class.category;
    let (message, label) = match &flow.into {
        Into::Use { label } => (
            format!("`{category}` data is used for purpose `{purpose}` in `{}` without consent", def.path),
            label.clone(),
        ),
        Into::Call { callee, .. } => (
            format!(
                "`{category}` data is passed from `{}` to `{callee}` (purpose `{purpose}`) without consent",
                def.path
            ),
            format!("`{category}` data passed to `{callee}` here"),
        ),
    };
    let declared = facts.sources.line_col(&rule.origin.file, rule.origin.span.lo);
    let callers = match caller {
        Some(_) => " The person comes in as an argument, and not every call checks it first (see the trace).",
        None => "",
    };
    let mut finding = Finding::new(
        Lint::MissingConsent,
        def.file.to_string(),
        Some(flow.span),
        format!("{message}: {}", rule.reason),
    );
    finding.label = label;
    finding.help = Some(format!(
        "the consent rule at {}:{} needs {} for the person this data belongs to, before it is used.{callers} \
         Check it for the same person (the value the data is read from, or the key it is looked up by), \
         e.g. return early when it says no.",
        rule.origin.file,
        declared.line,
        guards_in_words(policy, rule),
    ));
    finding.item = Some(def.path.clone());
    finding.category = Some(category.clone());
    finding.purpose = Some(purpose.to_string());
    let classified = StepKind::Classified(Box::new([
        class.subject.as_str().into(),
        class.category.as_str().into(),
        class.origin.how.as_str().into(),
    ]));
    let mut trace = vec![Step::new(class.origin.file.as_str(), class.origin.span, classified)];
    trace.extend(flow.trace.steps());
    trace.extend(caller.cloned());
    finding.trace = trace;
    finding
}
