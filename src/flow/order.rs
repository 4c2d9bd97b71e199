//! The order of the first walks: a call graph guessed from names alone, before any body is
//! walked, so that most functions are first walked after the functions they call (and so
//! need no second walk once their callees' summaries are known).
//!
//! The guess decides no flow: the fixpoint that follows uses the call graph the walks find,
//! and walks a function again whenever a callee's summary changed after its last walk, or
//! the walk did not see it (a static's initializer too, walked after the functions guessed
//! for it and before the others). Nor
//! does it decide where a finding is reported or which way it names from there to its sink
//! when there are several: a summary keeps the nearest way to each sink, whatever order it
//! met them in (see `body::summary`).

use crate::resolve::{Container, DefId, DefKind, Program, Res};
use crate::syntax::ExprKind;
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Most functions a name guesses: a method call names every workspace method of that name,
/// and without a bound, code calling `x.new()` in many places with many `new`s defined would
/// cost the product of the two. A name defined more often guesses nothing: the walks order
/// those calls as they come (the fixpoint walks again what needs it).
pub(super) const MAX_GUESSES: usize = 8;

/// Per function of `fns`, and then per static of `statics` (its initializer), the indexes
/// of the functions it may call: a path that resolves to a workspace function names it; a
/// method call, or a path that does not resolve (`Self::f`, `T::f`), names every workspace
/// function or method of that name (unless there are more than [`MAX_GUESSES`]).
pub(super) fn guessed_callees(
    prog: &Program,
    fns: &[DefId],
    statics: &[DefId],
    index: &HashMap<DefId, usize>,
) -> Vec<Vec<usize>> {
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut methods: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, &f) in fns.iter().enumerate() {
        let def = prog.def(f);
        by_name.entry(def.name.as_str()).or_default().push(i);
        if matches!(&def.kind, DefKind::Fn(info) if !matches!(info.container, Container::Free)) {
            methods.entry(def.name.as_str()).or_default().push(i);
        }
    }
    by_name.retain(|_, v| v.len() <= MAX_GUESSES);
    methods.retain(|_, v| v.len() <= MAX_GUESSES);
    let none: &[usize] = &[];
    fns.par_iter()
        .chain(statics.par_iter())
        .map(|&f| {
            let def = prog.def(f);
            let body = match &def.kind {
                DefKind::Fn(info) => &info.body,
                DefKind::Static { init, .. } => init,
                _ => return Vec::new(),
            };
            let resolved =
                |segs: &[smol_str::SmolStr], global: bool| match prog.resolve_path(def.module, segs, global, true) {
                    Some(Res::Def(d)) => index.get(&d).map(std::slice::from_ref),
                    _ => None,
                };
            let mut out: Vec<usize> = Vec::new();
            for e in &body.exprs {
                let found = match &e.kind {
                    ExprKind::Call { func, .. } => match &body.exprs[*func as usize].kind {
                        ExprKind::Name(n) => resolved(std::slice::from_ref(n), false).unwrap_or(none),
                        ExprKind::Path(p) => resolved(&p.segments, p.global).unwrap_or_else(|| {
                            p.segments.last().and_then(|n| by_name.get(n.as_str())).map_or(none, Vec::as_slice)
                        }),
                        _ => none,
                    },
                    ExprKind::MethodCall { method, .. } => methods.get(&**method).map_or(none, Vec::as_slice),
                    _ => none,
                };
                out.extend_from_slice(found);
            }
            out.sort_unstable();
            out.dedup();
            out
        })
        .collect()
}

/// Which functions the `roots` reach, through `callees` (iterative).
pub(super) fn reached(callees: &[Vec<usize>], roots: impl IntoIterator<Item = usize>) -> Vec<bool> {
    let mut reached = vec![false; callees.len()];
    let mut work: Vec<usize> = roots.into_iter().collect();
    while let Some(v) = work.pop() {
        if !std::mem::replace(&mut reached[v], true) {
            work.extend(callees[v].iter().copied().filter(|&w| !reached[w]));
        }
    }
    reached
}

/// Per function, those of its `callees` that a depth-first search over the graph finishes
/// before it: the graph without the edges that close a cycle (one per cycle, where the
/// search met it), so that functions on a guessed cycle are walked one after the other,
/// each seeing the summaries of those before it, instead of all at once seeing none.
/// Iterative: no recursion on deep call chains.
pub(super) fn acyclic(callees: &[Vec<usize>]) -> Vec<Vec<usize>> {
    const UNSEEN: usize = usize::MAX;
    const OPEN: usize = usize::MAX - 1;
    let mut finished = vec![UNSEEN; callees.len()];
    let mut count = 0;
    for root in 0..callees.len() {
        if finished[root] != UNSEEN {
            continue;
        }
        finished[root] = OPEN;
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(&mut (v, ref mut next)) = work.last_mut() {
            if let Some(&w) = callees[v].get(*next) {
                *next += 1;
                if finished[w] == UNSEEN {
                    finished[w] = OPEN;
                    work.push((w, 0));
                }
                continue;
            }
            work.pop();
            finished[v] = count;
            count += 1;
        }
    }
    callees
        .iter()
        .enumerate()
        .map(|(v, cs)| cs.iter().copied().filter(|&w| finished[w] < finished[v]).collect())
        .collect()
}

/// A call graph's strongly connected components, and which call which.
pub(super) struct Dag<'g> {
    /// Per function, the functions it calls.
    callees: &'g [Vec<usize>],
    comps: Vec<Vec<usize>>,
    /// Per component, the components that call it.
    callers: Vec<Vec<usize>>,
    /// Per component, how many components it calls.
    calls: Vec<usize>,
}

impl<'g> Dag<'g> {
    pub(super) fn new(callees: &'g [Vec<usize>]) -> Dag<'g> {
        let (comps, comp_of) = sccs(callees);
        let mut callers = vec![Vec::new(); comps.len()];
        let mut calls = vec![0; comps.len()];
        for (c, members) in comps.iter().enumerate() {
            let mut called: Vec<usize> =
                members.iter().flat_map(|&m| &callees[m]).map(|&w| comp_of[w]).filter(|&d| d != c).collect();
            called.sort_unstable();
            called.dedup();
            calls[c] = called.len();
            for d in called {
                callers[d].push(c);
            }
        }
        Dag { callees, comps, callers, calls }
    }

    /// The functions `i` calls, sorted.
    pub(super) fn callees(&self, i: usize) -> &[usize] {
        &self.callees[i]
    }

    /// Runs `work` on the members of every component, each once `work` has returned for
    /// every component it calls; on every thread at once, without rounds.
    pub(super) fn run(&self, work: &(dyn Fn(&[usize]) + Sync)) {
        let waiting: Vec<AtomicUsize> = self.calls.iter().map(|&n| AtomicUsize::new(n)).collect();
        let waiting = &waiting;
        rayon::scope(|s| {
            for c in (0..self.comps.len()).filter(|&c| self.calls[c] == 0) {
                s.spawn(move |s| self.component(c, waiting, work, s));
            }
        });
    }

    fn component<'s>(
        &'s self,
        c: usize,
        waiting: &'s [AtomicUsize],
        work: &'s (dyn Fn(&[usize]) + Sync),
        s: &rayon::Scope<'s>,
    ) {
        work(&self.comps[c]);
        for &d in &self.callers[c] {
            if waiting[d].fetch_sub(1, Ordering::AcqRel) == 1 {
                s.spawn(move |s| self.component(d, waiting, work, s));
            }
        }
    }
}

/// The strongly connected components of the call graph (`callees[i]` are the
/// functions `i` calls), callees' components first, and the component of each function.
/// Iterative Tarjan: no recursion on deep call chains.
fn sccs(callees: &[Vec<usize>]) -> (Vec<Vec<usize>>, Vec<usize>) {
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
    (comps, comp)
}

#[cfg(test)]
mod tests {
    use super::{acyclic, sccs, Dag};
    use std::sync::Mutex;

    #[test]
    fn components_come_callees_first() {
        // 0 → 1 → 2 → 1 (a cycle), 3 → 0, 4 alone.
        let callees = vec![vec![1], vec![2], vec![1], vec![0], vec![]];
        let (mut comps, of) = sccs(&callees);
        comps.iter_mut().for_each(|c| c.sort_unstable());
        assert_eq!(comps, vec![vec![1, 2], vec![0], vec![3], vec![4]]);
        assert_eq!(of, vec![1, 0, 0, 2, 3]);
        // A long chain does not recurse.
        let chain: Vec<Vec<usize>> = (0..100_000).map(|i| if i + 1 < 100_000 { vec![i + 1] } else { vec![] }).collect();
        assert_eq!(sccs(&chain).0.len(), 100_000);
    }

    #[test]
    fn every_component_runs_once_after_the_components_it_calls() {
        // 0 → 1 → 2 → 1 (a cycle), 3 → 0 and 3 → 2, 4 alone; and a long chain after them.
        let mut callees = vec![vec![1], vec![2], vec![1], vec![0, 2], vec![]];
        callees.extend((5..20_005).map(|i| if i + 1 < 20_005 { vec![i + 1] } else { vec![3] }));
        let dag = Dag::new(&callees);
        let runs = Mutex::new(vec![0; callees.len()]);
        dag.run(&|members: &[usize]| {
            let mut runs = runs.lock().unwrap();
            for &m in members {
                for &c in &callees[m] {
                    assert!(members.contains(&c) || runs[c] == 1, "{m} ran before its callee {c}");
                }
            }
            members.iter().for_each(|&m| runs[m] += 1);
        });
        assert!(runs.into_inner().unwrap().iter().all(|&n| n == 1));
    }

    #[test]
    fn acyclic_drops_one_edge_per_cycle_and_keeps_the_rest() {
        // 0 → 1 → 2 → 0 (a cycle closed by 2 → 0), 2 → 3, 3 → 3, 4 → 1; a long chain after them.
        let mut callees = vec![vec![1], vec![2], vec![0, 3], vec![3], vec![1]];
        callees.extend((5..100_005).map(|i| if i + 1 < 100_005 { vec![i + 1] } else { vec![0] }));
        let kept = acyclic(&callees);
        assert_eq!(kept[..5], [vec![1], vec![2], vec![3], vec![], vec![1]]);
        assert_eq!(kept[100_004], vec![0]);
        assert!(sccs(&kept).0.iter().all(|c| c.len() == 1));
    }
}
