//! Phase 5: follow data between functions. Every body is walked once, in
//! parallel; then what unscoped functions touch is propagated up the call
//! graph to a fixpoint (recursion included), stopping at functions that have
//! a purpose of their own.

mod body;

pub use body::{ty_name, Touch};

use crate::policy::{ClassId, Policy};
use crate::report::Hop;
use crate::resolve::{DefId, Program};
use crate::syntax::Span;
use rayon::prelude::*;
use std::collections::{HashMap, VecDeque};

/// Traces longer than this are cut (the middle is summarised).
const MAX_TRACE: usize = 24;

/// Classified data reaching a function that has a purpose.
#[derive(Debug, Clone)]
pub struct Reached {
    pub class: ClassId,
    /// Where, in the function with the purpose.
    pub span: Span,
    pub label: String,
    /// From where the data was read to `span`.
    pub trace: Vec<Hop>,
}

pub struct FlowResult {
    pub reached: Vec<(DefId, Vec<Reached>)>,
    pub functions: usize,
}

pub fn analyze(prog: &Program, policy: &Policy) -> FlowResult {
    let fns: Vec<DefId> = prog.fn_ids().filter(|&f| prog.fn_info(f).is_some_and(|i| i.has_body)).collect();
    let walked: Vec<body::Walked> = fns.par_iter().map(|&f| body::Walker::walk(prog, policy, f)).collect();
    let index: HashMap<DefId, usize> = fns.iter().enumerate().map(|(i, &f)| (f, i)).collect();
    let scoped = |f: DefId| policy.fn_purpose.contains_key(&f);
    // `#[declassify(from = C)]`: C does not leave that function towards its callers.
    let passes = |f: DefId, class: ClassId| {
        let cat = &policy.class(class).category;
        policy.declassify.get(&f).is_none_or(|d| !d.iter().any(|(from, _)| crate::policy::taxonomy::within(cat, from)))
    };

    // What each unscoped function touches, itself or through unscoped callees.
    let mut touched: Vec<Vec<(ClassId, Vec<Hop>)>> = fns
        .iter()
        .zip(&walked)
        .map(|(&f, w)| {
            if scoped(f) {
                return Vec::new();
            }
            w.touches.iter().map(|t| (t.class, vec![read_hop(prog, f, t)])).collect()
        })
        .collect();
    let mut callers: Vec<Vec<(usize, Span)>> = vec![Vec::new(); fns.len()];
    for (ci, w) in walked.iter().enumerate() {
        if scoped(fns[ci]) {
            continue;
        }
        for c in &w.calls {
            if let Some(&ui) = index.get(&c.callee) {
                if !scoped(c.callee) && ui != ci {
                    callers[ui].push((ci, c.span));
                }
            }
        }
    }
    let mut queue: VecDeque<usize> = (0..fns.len()).filter(|&i| !touched[i].is_empty()).collect();
    while let Some(u) = queue.pop_front() {
        for &(c, span) in &callers[u] {
            let mut changed = false;
            for k in 0..touched[u].len() {
                let (class, ref trace) = touched[u][k];
                if !passes(fns[u], class) || touched[c].iter().any(|(x, _)| *x == class) {
                    continue;
                }
                let mut t = trace.clone();
                t.push(call_hop(prog, fns[c], fns[u], span, false));
                touched[c].push((class, cut(t)));
                changed = true;
            }
            if changed {
                queue.push_back(c);
            }
        }
    }

    // Functions with a purpose: what they touch directly and through unscoped calls.
    let mut reached = Vec::new();
    for (i, &f) in fns.iter().enumerate() {
        if !scoped(f) {
            continue;
        }
        let mut found: Vec<Reached> = walked[i]
            .touches
            .iter()
            .map(|t| Reached { class: t.class, span: t.span, label: t.note.clone(), trace: vec![read_hop(prog, f, t)] })
            .collect();
        for c in &walked[i].calls {
            let Some(&ui) = index.get(&c.callee) else { continue };
            if scoped(c.callee) {
                continue;
            }
            for (class, trace) in &touched[ui] {
                if !passes(c.callee, *class) {
                    continue;
                }
                let candidate = (c.span.lo, c.span.hi - c.span.lo);
                let existing = found.iter().position(|r| r.class == *class);
                if let Some(e) = existing {
                    if (found[e].span.lo, found[e].span.hi - found[e].span.lo) <= candidate {
                        continue;
                    }
                    found.remove(e);
                }
                let mut t = trace.clone();
                t.push(call_hop(prog, f, c.callee, c.span, c.all_impls));
                let callee = &prog.def(c.callee).path;
                found.push(Reached {
                    class: *class,
                    span: c.span,
                    label: format!("calls `{}`, which has no purpose and reads this data", short(callee)),
                    trace: cut(t),
                });
            }
        }
        if !found.is_empty() {
            found.sort_by_key(|r| (r.span.lo, r.class));
            reached.push((f, found));
        }
    }
    FlowResult { reached, functions: fns.len() }
}

fn short(path: &str) -> &str {
    // Drop the crate name: `crm::sales::pitch` → `sales::pitch` reads better in labels.
    path.split_once("::").map_or(path, |(_, rest)| rest)
}

fn read_hop(prog: &Program, f: DefId, t: &Touch) -> Hop {
    let def = prog.def(f);
    Hop { file: def.file.clone(), span: t.span, note: format!("{} (in `{}`)", t.note, def.path) }
}

fn call_hop(prog: &Program, caller: DefId, callee: DefId, span: Span, all_impls: bool) -> Hop {
    let how =
        if all_impls { " (receiver type unknown: every implementation of this trait method is assumed)" } else { "" };
    Hop {
        file: prog.def(caller).file.clone(),
        span,
        note: format!("`{}` calls `{}`{how}", prog.def(caller).path, prog.def(callee).path),
    }
}

fn cut(mut t: Vec<Hop>) -> Vec<Hop> {
    if t.len() > MAX_TRACE {
        let keep_end = MAX_TRACE / 2;
        let drop = t.len() - MAX_TRACE;
        t.drain(keep_end..keep_end + drop);
    }
    t
}
