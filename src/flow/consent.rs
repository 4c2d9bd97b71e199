//! Guards across functions, for consent rules: a guard in a caller covers the callee
//! when every call passes a person it holds for; uses in functions without a purpose
//! are their callers' uses, with what held for the person at the call.

use super::body::{Call, GuardUse, UseGuard, Walked, ELEMENTS_OF};
use super::{call_hop, cut, Guard, GuardFact, GuardedCall};
use crate::diag::Step as Hop;
use crate::policy::{ClassId, Policy};
use crate::resolve::{DefId, Program};
use rustc_hash::FxHashMap as HashMap;
use std::collections::VecDeque;

/// Distinct guarded situations kept per function and class (past it, merged).
const MAX_USES_PER_CLASS: usize = 16;

/// Rounds of the callers' fixpoint before what is left unresolved counts as unguarded.
const MAX_ROUNDS: usize = 64;

/// What every call of each function guards, per parameter.
pub(super) struct Callers<'a> {
    prog: &'a Program,
    fns: &'a [DefId],
    /// Each function's calls: (calling function, call).
    sites: Vec<Vec<(usize, &'a Call)>>,
    /// Per function and parameter: the answers that hold for the argument at every call
    /// (its callers' included); `None` while not refuted (only during the fixpoint).
    covered: HashMap<(usize, u16), Option<Vec<GuardFact>>>,
}

impl<'a> Callers<'a> {
    pub(super) fn new(
        prog: &'a Program,
        fns: &'a [DefId],
        index: &HashMap<DefId, usize>,
        walked: &'a [Walked],
    ) -> Callers<'a> {
        let mut sites: Vec<Vec<(usize, &Call)>> = vec![Vec::new(); fns.len()];
        for (ci, w) in walked.iter().enumerate() {
            for c in &w.calls {
                if let Some(&i) = index.get(&c.callee) {
                    sites[i].push((ci, c));
                }
            }
        }
        let mut callers = Callers { prog, fns, sites, covered: HashMap::default() };
        callers.fixpoint();
        callers
    }

    /// Answers for the argument `p` of a call `(caller, call)`: at the call, and at
    /// every call of the caller when the argument is one of its parameters.
    fn at(&self, (caller, call): (usize, &Call), p: u16) -> Option<Vec<GuardFact>> {
        // For an element of the parameter, what every element of the argument has (its
        // facts are those of a list).
        let Some(a) = call.args.get((p & !ELEMENTS_OF) as usize) else { return Some(Vec::new()) };
        let mut facts = a.facts.clone();
        for k in &a.params {
            match self.covered.get(&(caller, *k)) {
                Some(None) => return None,
                Some(Some(more)) => facts.extend(more),
                None => {}
            }
        }
        facts.sort_unstable();
        facts.dedup();
        Some(facts)
    }

    /// What holds at every call: the greatest fixpoint, from "everything" down.
    fn fixpoint(&mut self) {
        let pairs: Vec<(usize, u16)> = (0..self.fns.len())
            .filter(|&i| !self.sites[i].is_empty())
            .flat_map(|i| {
                let n = self.sites[i].iter().map(|(_, c)| c.args.len()).max().unwrap_or(0);
                (0..n as u16).flat_map(move |p| [(i, p), (i, p | ELEMENTS_OF)])
            })
            .collect();
        for &k in &pairs {
            self.covered.insert(k, None);
        }
        for _ in 0..MAX_ROUNDS {
            let mut changed = false;
            for &(i, p) in &pairs {
                let mut all: Option<Vec<GuardFact>> = None;
                for &site in &self.sites[i] {
                    let Some(here) = self.at(site, p) else { continue };
                    all = Some(match all {
                        None => here,
                        Some(mut a) => {
                            a.retain(|f| here.contains(f));
                            a
                        }
                    });
                }
                if let Some(a) = all {
                    if self.covered.get(&(i, p)) != Some(&Some(a.clone())) {
                        self.covered.insert((i, p), Some(a));
                        changed = true;
                    }
                }
            }
            if !changed {
                break;
            }
        }
        // A cycle no call from outside enters: nothing holds.
        for v in self.covered.values_mut() {
            v.get_or_insert_with(Vec::new);
        }
    }

    /// The guard of a use in function `f` (by index): what held there and, when the person
    /// is one of `f`'s parameters, at each call of `f`.
    pub(super) fn guard(&self, f: usize, g: &UseGuard) -> Guard {
        let mut callers: Vec<GuardedCall> = Vec::new();
        if !g.params.is_empty() {
            for &(ci, call) in &self.sites[f] {
                let mut facts: Vec<GuardFact> =
                    g.params.iter().flat_map(|&p| self.at((ci, call), p)).flatten().collect();
                facts.sort_unstable();
                facts.dedup();
                if callers.iter().any(|c| c.facts == facts) {
                    continue;
                }
                let hop = call_hop(self.prog, self.fns[ci], self.fns[f], call.span, call.all_impls);
                callers.push(GuardedCall { hop, facts });
            }
        }
        Guard { checked: true, facts: g.facts.clone(), callers }
    }
}

/// Adds a use unless one with the same class and guard is there (the innermost, else the
/// earliest, is kept); past [`MAX_USES_PER_CLASS`] it is merged into the last. True when new.
pub(super) fn add_use(uses: &mut Vec<GuardUse>, u: GuardUse) -> bool {
    let of_class = uses.iter().filter(|x| x.class == u.class).count();
    if let Some(x) = uses.iter_mut().find(|x| x.class == u.class && x.guard == u.guard) {
        if (u.span.lo, u.span.hi) < (x.span.lo, x.span.hi) && !(u.span.lo <= x.span.lo && x.span.hi <= u.span.hi) {
            *x = u;
        }
        return false;
    }
    if of_class >= MAX_USES_PER_CLASS {
        if let Some(last) = uses.iter_mut().rev().find(|x| x.class == u.class) {
            let before = last.guard.clone();
            last.guard.facts.retain(|f| u.guard.facts.contains(f));
            for p in u.guard.params {
                if !last.guard.params.contains(&p) {
                    last.guard.params.push(p);
                }
            }
            last.guard.params.sort_unstable();
            return last.guard != before;
        }
    }
    uses.push(u);
    true
}

/// A use in `callee`, charged to the function making `call`: at the call, with what held
/// there for the arguments the person came in as.
pub(super) fn through_call(prog: &Program, caller: DefId, callee: DefId, call: &Call, u: &GuardUse) -> GuardUse {
    let mut guard = UseGuard { facts: u.guard.facts.clone(), params: Vec::new() };
    for &p in &u.guard.params {
        if let Some(a) = call.args.get((p & !ELEMENTS_OF) as usize) {
            guard.facts.extend(&a.facts);
            guard.params.extend(&a.params);
        }
    }
    guard.facts.sort_unstable();
    guard.facts.dedup();
    guard.params.sort_unstable();
    guard.params.dedup();
    let mut trace: Vec<Hop> = u.trace.clone();
    trace.push(call_hop(prog, caller, callee, call.span, call.all_impls));
    let name = &prog.def(callee).path;
    GuardUse {
        class: u.class,
        span: call.span,
        note: format!("calls `{}`, which has no purpose and reads this data", super::short(name)),
        guard,
        trace: cut(trace),
    }
}

/// The uses of each function without a purpose, its own and those of the functions
/// without a purpose it calls (what the parameters' types carry is its callers' data).
pub(super) fn unscoped_uses(
    prog: &Program,
    policy: &Policy,
    fns: &[DefId],
    index: &HashMap<DefId, usize>,
    walked: &[Walked],
) -> Vec<Vec<GuardUse>> {
    let scoped = |f: DefId| policy.fn_purpose.contains_key(&f);
    let passes = |f: DefId, class: ClassId| !policy.declassifies(f, class);
    let mut uses: Vec<Vec<GuardUse>> = fns
        .iter()
        .zip(walked)
        .map(|(&f, w)| {
            if scoped(f) {
                return Vec::new();
            }
            w.uses.iter().filter(|u| !w.param_classes.contains(&u.class)).cloned().collect()
        })
        .collect();
    let callers = super::unscoped_callers(policy, fns, index, walked);
    let mut queue: VecDeque<usize> = (0..fns.len()).filter(|&i| !uses[i].is_empty()).collect();
    while let Some(u) = queue.pop_front() {
        for &(c, call) in &callers[u] {
            let mut changed = false;
            for k in 0..uses[u].len() {
                if !passes(fns[u], uses[u][k].class) {
                    continue;
                }
                let mapped = through_call(prog, fns[c], fns[u], call, &uses[u][k]);
                changed |= add_use(&mut uses[c], mapped);
            }
            if changed {
                queue.push_back(c);
            }
        }
    }
    uses
}
