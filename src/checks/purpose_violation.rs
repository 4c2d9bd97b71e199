//! `purpose-violation`: classified data reaches code whose purpose its category does not allow.

use crate::flow::FlowResult;
use crate::policy::{Policy, Refusal};
use crate::report::{Finding, Hop, Sources};
use crate::resolve::Program;

pub const LINT: &str = "purpose-violation";

pub fn check(prog: &Program, policy: &Policy, flow: &FlowResult, sources: &Sources) -> Vec<Finding> {
    let mut out = Vec::new();
    for (f, reached) in &flow.reached {
        let Some(decl) = policy.fn_purpose.get(f) else { continue };
        let def = prog.def(*f);
        for r in reached {
            let class = policy.class(r.class);
            let refusals: Vec<(&String, Refusal)> = decl
                .purposes
                .iter()
                .filter_map(|p| {
                    policy.taxonomy.check(&class.category, class.narrowed.as_deref(), p).err().map(|e| (p, e))
                })
                .collect();
            let Some((purpose, refusal)) = refusals.first() else { continue };
            let why = match refusal {
                Refusal::Denied { reason } => format!("a [[deny]] rule forbids it: {reason}"),
                Refusal::NotAllowed { allowed, from } => {
                    let inherited =
                        if *from == class.category { String::new() } else { format!(" (inherited from `{from}`)") };
                    format!("`{}` may only be used for: {}{inherited}", class.category, allowed.join(", "))
                }
                Refusal::Narrowed { allowed } => {
                    format!("{} narrows `{}` to: {}", class.subject, class.category, allowed.join(", "))
                }
            };
            let declared = sources.line_col(&decl.origin.file, decl.origin.span.lo);
            let also = if refusals.len() > 1 {
                let others: Vec<String> = refusals[1..].iter().map(|(p, _)| format!("`{p}`")).collect();
                format!(" (nor {})", others.join(", "))
            } else {
                String::new()
            };
            let mut finding = Finding::new(
                LINT,
                def.file.clone(),
                Some(r.span),
                format!("`{}` data is used for purpose `{purpose}`{also} in `{}`", class.category, def.path),
            );
            finding.level = policy.level(LINT);
            finding.label = r.label.clone();
            finding.help = Some(format!(
                "{why}. The purpose comes from {} at {}:{}. Keep `{}` data out of this code, or, if only a derived value \
                 is needed, compute it in a function with an allowed purpose or one marked #[redline::declassify].",
                decl.origin.how, decl.origin.file, declared.line, class.category
            ));
            finding.item = Some(def.path.clone());
            finding.category = Some(class.category.clone());
            finding.purpose = Some((*purpose).clone());
            let mut trace = vec![Hop {
                file: class.origin.file.clone(),
                span: class.origin.span,
                note: format!("{} is classified `{}` by {}", class.subject, class.category, class.origin.how),
            }];
            trace.extend(r.trace.iter().cloned());
            finding.trace = trace;
            out.push(finding);
        }
    }
    out
}
