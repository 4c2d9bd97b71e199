//! Phase 5: follow data between functions.
//!
//! Every body is walked in parallel, with the summaries of its callees from the
//! previous round (what a function returns, writes into `&mut` parameters, and
//! passes on to functions with a purpose, in terms of its parameters). Functions
//! whose summary changed make their callers walk again, until nothing changes:
//! a fixpoint, recursion included, with no re-analysis per call site. Then what
//! unscoped functions touch is propagated to their callers, stopping at
//! functions that have a purpose of their own.

mod body;
pub mod taint;

pub use body::{ty_name, Crossing, Summary, Touch};

use crate::policy::{ClassId, Policy};
use crate::report::Hop;
use crate::resolve::{DefId, Program};
use crate::syntax::Span;
use rayon::prelude::*;
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;

/// Rounds of the summary fixpoint before redline gives up on convergence
/// (never reached in practice: summaries only grow, and are small).
const MAX_ROUNDS: usize = 64;

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
    /// Data passed into functions whose purpose does not allow it.
    pub crossings: Vec<Crossing>,
    pub functions: usize,
    /// Body walks in all (the first round walks every function once).
    pub walks: usize,
    pub rounds: usize,
}

pub fn analyze(prog: &Program, policy: &Policy) -> FlowResult {
    let fns: Vec<DefId> = prog.fn_ids().filter(|&f| prog.fn_info(f).is_some_and(|i| i.has_body)).collect();
    let index: HashMap<DefId, usize> = fns.iter().enumerate().map(|(i, &f)| (f, i)).collect();
    let fields = field_symbols(prog);
    let fn_purposes: HashMap<DefId, Arc<crate::policy::PurposeDecl>> =
        policy.fn_purpose.iter().map(|(f, d)| (*f, Arc::new(d.clone()))).collect();
    let extern_purposes: HashMap<String, Arc<crate::policy::PurposeDecl>> =
        policy.extern_fn_purpose.iter().map(|(p, d)| (p.clone(), Arc::new(d.clone()))).collect();
    let mut summaries: HashMap<DefId, Arc<Summary>> = HashMap::new();
    let mut walked: Vec<body::Walked> = (0..fns.len()).map(|_| body::Walked::default()).collect();
    let mut callers: Vec<Vec<usize>> = vec![Vec::new(); fns.len()];
    let mut dirty: Vec<usize> = (0..fns.len()).collect();
    let mut rounds = 0;
    let mut walks = 0;
    while !dirty.is_empty() && rounds < MAX_ROUNDS {
        rounds += 1;
        walks += dirty.len();
        let cx = body::Ctx {
            prog,
            policy,
            summaries: &summaries,
            fields: &fields,
            extern_purposes: &extern_purposes,
            fn_purposes: &fn_purposes,
        };
        let results: Vec<(usize, body::Walked)> =
            dirty.par_iter().map(|&i| (i, body::Walker::walk(&cx, fns[i]))).collect();
        let mut next: HashSet<usize> = HashSet::new();
        for (i, w) in results {
            if rounds == 1 {
                for c in &w.calls {
                    if let Some(&u) = index.get(&c.callee) {
                        if !callers[u].contains(&i) {
                            callers[u].push(i);
                        }
                    }
                }
            }
            let f = fns[i];
            let changed = summaries.get(&f).is_none_or(|old| !old.same(&w.summary));
            if changed {
                summaries.insert(f, Arc::new(w.summary.clone()));
                next.extend(callers[i].iter().copied());
            }
            walked[i] = w;
        }
        let mut next: Vec<usize> = next.into_iter().collect();
        next.sort_unstable();
        dirty = next;
    }

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
            w.touches.iter().map(|t| (t.class, touch_trace(prog, f, t))).collect()
        })
        .collect();
    let mut unscoped_callers: Vec<Vec<(usize, Span)>> = vec![Vec::new(); fns.len()];
    for (ci, w) in walked.iter().enumerate() {
        if scoped(fns[ci]) {
            continue;
        }
        for c in &w.calls {
            if let Some(&ui) = index.get(&c.callee) {
                if !scoped(c.callee) && ui != ci {
                    unscoped_callers[ui].push((ci, c.span));
                }
            }
        }
    }
    let mut queue: VecDeque<usize> = (0..fns.len()).filter(|&i| !touched[i].is_empty()).collect();
    while let Some(u) = queue.pop_front() {
        for &(c, span) in &unscoped_callers[u] {
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
            .map(|t| Reached { class: t.class, span: t.span, label: t.note.clone(), trace: touch_trace(prog, f, t) })
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
    let crossings = walked.into_iter().flat_map(|w| w.crossings).collect();
    FlowResult { reached, crossings, functions: fns.len(), walks, rounds }
}

/// Field names get small numbers (0 is the whole value).
fn field_symbols(prog: &Program) -> HashMap<String, taint::FieldSym> {
    let mut names: Vec<&str> = prog.fields.values().flat_map(|fs| fs.iter().map(|(n, _)| n.as_str())).collect();
    names.sort_unstable();
    names.dedup();
    names.into_iter().enumerate().map(|(i, n)| (n.to_string(), i as taint::FieldSym + 1)).collect()
}

fn short(path: &str) -> &str {
    // Drop the crate name: `crm::sales::pitch` → `sales::pitch` reads better in labels.
    path.split_once("::").map_or(path, |(_, rest)| rest)
}

/// The trace of a touch: how the data entered the function, then where it is.
fn touch_trace(prog: &Program, f: DefId, t: &Touch) -> Vec<Hop> {
    let def = prog.def(f);
    let here = Hop { file: def.file.clone(), span: t.span, note: format!("{} (in `{}`)", t.note, def.path) };
    let mut trace = t.trace.clone();
    if trace.last().is_none_or(|h| h.span != here.span || h.file != here.file) {
        trace.push(here);
    }
    cut(trace)
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
    const MAX_TRACE: usize = 24;
    if t.len() > MAX_TRACE {
        let keep_end = MAX_TRACE / 2;
        let drop = t.len() - MAX_TRACE;
        t.drain(keep_end..keep_end + drop);
    }
    t
}
