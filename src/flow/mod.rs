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
pub mod db;
mod std_model;
pub mod taint;

pub use body::{ty_name, Crossing, Summary, Touch};

use crate::diag::{Step as Hop, StepKind};
use crate::policy::{ClassId, Policy, PurposeDecl};
use crate::resolve::{DefId, Program};
use crate::syntax::Span;
use rayon::prelude::*;
use std::collections::{HashMap, VecDeque};
use std::sync::Arc;

/// Walks of one recursive component before redline stops iterating it
/// (summaries only grow: with widening, never reached in practice).
const MAX_ROUNDS: usize = 64;

/// Walks of one recursive component after which its summaries are widened:
/// field structure is forgotten, so the finite label sets converge quickly.
const WIDEN_AFTER: usize = 2;

/// A fact: data of a category reaches code that has a purpose, whether that
/// purpose allows it or not (checks judge; the flow only says what happens).
#[derive(Debug, Clone)]
pub struct Flow {
    pub class: ClassId,
    /// The function where it happens: the one with the purpose for [`Into::Use`],
    /// the caller for [`Into::Call`].
    pub function: DefId,
    /// Where in `function`.
    pub span: Span,
    pub into: Into,
    /// The purpose of the code the data reaches.
    pub purpose: Arc<PurposeDecl>,
    /// Whether a guard (a consent check) was seen on the way; no analysis sets it yet.
    pub guard: Guard,
    /// From where the data was read to `span`.
    pub trace: Vec<Hop>,
}

/// How the data reaches the code with a purpose.
#[derive(Debug, Clone)]
pub enum Into {
    /// Used inside a function with a purpose (directly, or through callees without one);
    /// `label` says how, for the code frame.
    Use { label: String },
    /// Passed into a function, or a `[functions]` dependency function, with a purpose.
    Call {
        callee: String,
        /// Functions with a purpose the data entered on the way (empty for a direct call).
        through: Vec<Arc<PurposeDecl>>,
    },
}

/// What is known of guards on a flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Guard {
    /// Nothing was checked (no guard analysis applies).
    Unchecked,
}

/// A query whose SQL redline cannot read (built at run time, or not parsed).
#[derive(Debug, Clone)]
pub struct Unanalysed {
    pub function: DefId,
    pub span: Span,
    pub why: String,
}

pub struct FlowResult {
    /// Every flow of classified data into code with a purpose.
    pub flows: Vec<Flow>,
    /// Queries whose SQL could not be analysed.
    pub unanalysed: Vec<Unanalysed>,
    pub functions: usize,
    /// Body walks in all (the first step walks every function once).
    pub walks: usize,
    /// Parallel steps taken.
    pub rounds: usize,
}

pub fn analyze(prog: &Program, policy: &Policy) -> FlowResult {
    let fns: Vec<DefId> = prog.fn_ids().filter(|&f| prog.fn_info(f).is_some_and(|i| i.has_body)).collect();
    let index: HashMap<DefId, usize> = fns.iter().enumerate().map(|(i, &f)| (f, i)).collect();
    let fn_purposes: HashMap<DefId, Arc<PurposeDecl>> =
        policy.fn_purpose.iter().map(|(f, d)| (*f, Arc::new(d.clone()))).collect();
    let queries = db::index(prog, policy, &fns);
    let (walked, walks, rounds) = fixpoint(prog, policy, &fns, &index, &fn_purposes, queries.as_ref());
    let touched = unscoped_touches(prog, policy, &fns, &index, &walked);
    let unanalysed = fns
        .iter()
        .zip(&walked)
        .flat_map(|(&f, w)| {
            w.limits.iter().map(move |(span, why)| Unanalysed { function: f, span: *span, why: why.clone() })
        })
        .collect();
    let flows = flows(prog, policy, &fns, &index, walked, &touched, &fn_purposes);
    FlowResult { flows, unanalysed, functions: fns.len(), walks, rounds }
}

/// Walks every body, then again those whose callees' summaries changed, to a fixpoint:
/// what each walk found, the walks made, and the parallel steps taken.
fn fixpoint(
    prog: &Program,
    policy: &Policy,
    fns: &[DefId],
    index: &HashMap<DefId, usize>,
    fn_purposes: &HashMap<DefId, Arc<PurposeDecl>>,
    queries: Option<&db::Queries>,
) -> (Vec<body::Walked>, usize, usize) {
    let fields = field_symbols(prog, queries.map_or(&[][..], |q| &q.names));
    let extern_purposes: HashMap<String, Arc<PurposeDecl>> =
        policy.extern_fn_purpose.iter().map(|(p, d)| (p.clone(), Arc::new(d.clone()))).collect();
    let mut summaries: HashMap<DefId, Arc<Summary>> = HashMap::new();
    let walk_all = |summaries: &HashMap<DefId, Arc<Summary>>, which: &[usize]| -> Vec<body::Walked> {
        let cx = body::Ctx {
            prog,
            policy,
            summaries,
            fields: &fields,
            extern_purposes: &extern_purposes,
            fn_purposes,
            db: queries,
        };
        which.par_iter().map(|&i| body::Walker::walk(&cx, fns[i])).collect()
    };
    // Step 1: every body once, in parallel, without callee summaries: this
    // gives the call graph (it depends on types only) and first summaries.
    let all: Vec<usize> = (0..fns.len()).collect();
    let mut walked = walk_all(&summaries, &all);
    let mut walks = fns.len();
    let callees: Vec<Vec<usize>> = walked
        .iter()
        .map(|w| {
            let mut v: Vec<usize> = w.calls.iter().filter_map(|c| index.get(&c.callee).copied()).collect();
            v.sort_unstable();
            v.dedup();
            v
        })
        .collect();
    let empty = Summary::default();
    let mut changed_at: Vec<usize> = walked.iter().map(|w| usize::from(!w.summary.same(&empty))).collect();
    let mut walked_at: Vec<usize> = vec![1; fns.len()];
    for (i, w) in walked.iter().enumerate() {
        summaries.insert(fns[i], Arc::new(w.summary.clone()));
    }
    // Then bottom-up over the call graph's strongly connected components:
    // a function is walked again only when a callee's summary changed after
    // its last walk; a recursive component is walked until it is stable.
    let mut step = 1;
    for level in scc_levels(&callees) {
        for iteration in 0..MAX_ROUNDS {
            let dirty: Vec<usize> =
                level.iter().copied().filter(|&i| callees[i].iter().any(|&c| changed_at[c] >= walked_at[i])).collect();
            if dirty.is_empty() {
                break;
            }
            step += 1;
            walks += dirty.len();
            let results = walk_all(&summaries, &dirty);
            for (i, w) in dirty.into_iter().zip(results) {
                walked_at[i] = step;
                let f = fns[i];
                let old = summaries.get(&f).cloned();
                let mut joined = old.as_deref().cloned().unwrap_or_default();
                joined.join(&w.summary);
                if iteration >= WIDEN_AFTER {
                    joined.widen();
                }
                if old.is_none_or(|o| !o.same(&joined)) {
                    summaries.insert(f, Arc::new(joined));
                    changed_at[i] = step;
                }
                walked[i] = w;
            }
        }
    }
    (walked, walks, step)
}

/// What each function without a purpose touches, itself or through callees without
/// one (what its parameters' types carry is its callers' data, not its own).
fn unscoped_touches(
    prog: &Program,
    policy: &Policy,
    fns: &[DefId],
    index: &HashMap<DefId, usize>,
    walked: &[body::Walked],
) -> Vec<Vec<(ClassId, Vec<Hop>)>> {
    let scoped = |f: DefId| policy.fn_purpose.contains_key(&f);
    // `#[declassify(from = C)]`: C does not leave that function towards its callers.
    let passes = |f: DefId, class: ClassId| !policy.declassifies(f, class);

    let mut touched: Vec<Vec<(ClassId, Vec<Hop>)>> = fns
        .iter()
        .zip(walked)
        .map(|(&f, w)| {
            if scoped(f) {
                return Vec::new();
            }
            // What the parameters' types carry, the caller passed in (and touched).
            w.touches
                .iter()
                .filter(|t| !w.param_classes.contains(&t.class))
                .map(|t| (t.class, touch_trace(prog, f, t)))
                .collect()
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

    touched
}

/// The flows: what functions with a purpose touch (directly and through calls of
/// functions without one), and what every function passes into code with a purpose.
fn flows(
    prog: &Program,
    policy: &Policy,
    fns: &[DefId],
    index: &HashMap<DefId, usize>,
    walked: Vec<body::Walked>,
    touched: &[Vec<(ClassId, Vec<Hop>)>],
    fn_purposes: &HashMap<DefId, Arc<PurposeDecl>>,
) -> Vec<Flow> {
    let scoped = |f: DefId| fn_purposes.contains_key(&f);
    let passes = |f: DefId, class: ClassId| !policy.declassifies(f, class);
    // Functions with a purpose: what they touch directly and through unscoped calls.
    let mut flows = Vec::new();
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
        found.sort_by_key(|r| (r.span.lo, r.class));
        let purpose = &fn_purposes[&f];
        flows.extend(found.into_iter().map(|r| Flow {
            class: r.class,
            function: f,
            span: r.span,
            into: Into::Use { label: r.label },
            purpose: purpose.clone(),
            guard: Guard::Unchecked,
            trace: r.trace,
        }));
    }
    flows.extend(walked.into_iter().flat_map(|w| w.crossings).map(|c| Flow {
        class: c.class,
        function: c.reported_in,
        span: c.span,
        into: Into::Call { callee: c.callee, through: c.through },
        purpose: c.purpose,
        guard: Guard::Unchecked,
        trace: c.trace.steps(),
    }));
    flows
}

/// Classified data present in a function that has a purpose.
struct Reached {
    class: ClassId,
    span: Span,
    label: String,
    trace: Vec<Hop>,
}

/// The strongly connected components of the call graph (`callees[i]` are the
/// functions `i` calls), grouped in levels: every callee of a level is in that
/// level's component or a lower level. Iterative Tarjan: no recursion on deep
/// call chains.
fn scc_levels(callees: &[Vec<usize>]) -> Vec<Vec<usize>> {
    let n = callees.len();
    const UNSEEN: usize = usize::MAX;
    let (mut idx, mut low, mut comp) = (vec![UNSEEN; n], vec![0; n], vec![UNSEEN; n]);
    let mut on_stack = vec![false; n];
    let (mut stack, mut comps): (Vec<usize>, Vec<Vec<usize>>) = (Vec::new(), Vec::new());
    let mut counter = 0;
    for root in 0..n {
        if idx[root] != UNSEEN {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        idx[root] = counter;
        low[root] = counter;
        counter += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut next)) = work.last_mut() {
            if let Some(&w) = callees[v].get(*next) {
                *next += 1;
                if idx[w] == UNSEEN {
                    idx[w] = counter;
                    low[w] = counter;
                    counter += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(idx[w]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == idx[v] {
                let mut members = Vec::new();
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    comp[w] = comps.len();
                    members.push(w);
                    if w == v {
                        break;
                    }
                }
                comps.push(members);
            }
        }
    }
    // Tarjan emits callees' components first: levels follow in one pass.
    let mut level = vec![0usize; comps.len()];
    let mut levels: Vec<Vec<usize>> = Vec::new();
    for (c, members) in comps.iter().enumerate() {
        let l = members
            .iter()
            .flat_map(|&m| callees[m].iter())
            .filter(|&&w| comp[w] != c)
            .map(|&w| level[comp[w]] + 1)
            .max()
            .unwrap_or(0);
        level[c] = l;
        if levels.len() <= l {
            levels.resize(l + 1, Vec::new());
        }
        levels[l].extend(members.iter().copied());
    }
    for l in &mut levels {
        l.sort_unstable();
    }
    levels
}

/// Field names get small numbers (0 is the whole value); `extra` are the names of the
/// columns queries return (records and structs are filled by name).
fn field_symbols(prog: &Program, extra: &[String]) -> HashMap<String, taint::FieldSym> {
    // Tuple positions are fields too (`pair.0`).
    const POSITIONS: [&str; 12] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"];
    let mut names: Vec<&str> = prog.fields.values().flat_map(|fs| fs.iter().map(|(n, _)| n.as_str())).collect();
    names.extend(POSITIONS);
    names.extend(extra.iter().map(String::as_str));
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
    let what = t.note.as_str().into();
    let here = Hop::new(def.file.as_str(), t.span, StepKind::Value { what, function: def.path.as_str().into() });
    let mut trace = t.trace.to_vec();
    if trace.last().is_none_or(|h| h.span != here.span || h.file != here.file) {
        trace.push(here);
    }
    cut(trace)
}

fn call_hop(prog: &Program, caller: DefId, callee: DefId, span: Span, all_impls: bool) -> Hop {
    let kind = StepKind::Calls {
        caller: prog.def(caller).path.as_str().into(),
        callee: prog.def(callee).path.as_str().into(),
        unknown_receiver: all_impls,
    };
    Hop::new(prog.def(caller).file.as_str(), span, kind)
}

/// Hops kept per trace; a longer one keeps its two ends.
fn cut(mut t: Vec<Hop>) -> Vec<Hop> {
    const MAX_TRACE: usize = 24;
    if t.len() > MAX_TRACE {
        let keep_end = MAX_TRACE / 2;
        let drop = t.len() - MAX_TRACE;
        t.drain(keep_end..keep_end + drop);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::scc_levels;

    #[test]
    fn components_come_in_callee_first_levels() {
        // 0 → 1 → 2 → 1 (a cycle), 3 → 0, 4 alone.
        let callees = vec![vec![1], vec![2], vec![1], vec![0], vec![]];
        let levels = scc_levels(&callees);
        assert_eq!(levels, vec![vec![1, 2, 4], vec![0], vec![3]]);
        // A long chain does not recurse.
        let chain: Vec<Vec<usize>> = (0..100_000).map(|i| if i + 1 < 100_000 { vec![i + 1] } else { vec![] }).collect();
        assert_eq!(scc_levels(&chain).len(), 100_000);
    }
}
