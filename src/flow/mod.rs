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
mod cells;
pub use cells::MAX_CELL_ROUNDS;
mod consent;
pub mod db;
mod order;
mod std_model;
pub mod taint;
mod trace;

pub use body::{ty_name, Crossing, Summary, Touch};

use crate::diag::{Step as Hop, StepKind};
use crate::policy::{ClassId, GuardId, Policy, PurposeDecl};
use crate::resolve::{DefId, Program};
use crate::syntax::Span;
use cells::Cells;
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::Relaxed};
use std::sync::{Arc, Mutex};
use trace::{cut, Trace};

/// Walks of one recursive component, per function in it, before redline stops iterating
/// it (summaries only grow, and are widened after [`WIDEN_AFTER`] rounds). Rounds are not
/// bounded: in a cycle, data moves one function per round, and a cycle of 80 functions
/// needed 80 rounds of one walk each (stopped at 64 rounds, the flow around it was missed).
pub const MAX_WALKS_PER_FUNCTION: usize = 64;

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
    /// Which consent guards held for the person the data belongs to (see [`Guard`]).
    pub guard: Guard,
    /// From where the data was read to `span`.
    pub trace: FlowTrace,
}

/// A flow's trace, put together when asked ([`FlowTrace::steps`]): most flows are allowed
/// and never shown, and a service whose functions with purposes call each other makes tens
/// of thousands of them (kanidm: 54,000 flows of about 20 steps, 80 MB when each held its
/// steps).
#[derive(Debug, Clone)]
pub struct FlowTrace {
    parts: Parts,
    /// A last step after those: the invocation of the macro that generated the code.
    generated: Option<Hop>,
}

#[derive(Debug, Clone)]
enum Parts {
    Chain(Trace),
    Shared(body::TraceParts),
}

impl FlowTrace {
    /// Its steps, from where the data was read to the flow, the middle of a long one left out.
    pub fn steps(&self) -> Vec<Hop> {
        let mut steps = match &self.parts {
            Parts::Chain(trace) => trace.to_vec(),
            Parts::Shared(parts) => parts.steps(),
        };
        steps.extend(self.generated.clone());
        steps
    }
}

impl From<Trace> for FlowTrace {
    fn from(trace: Trace) -> Self {
        FlowTrace { parts: Parts::Chain(trace), generated: None }
    }
}

/// How the data reaches the code with a purpose.
#[derive(Debug, Clone)]
pub enum Into {
    /// Used inside a function with a purpose (directly, or through callees without one);
    /// `label` says how, for the code frame.
    Use { label: String },
    /// Passed into a function, or a `[functions]` dependency function, with a purpose.
    Call {
        callee: Arc<str>,
        /// Functions with a purpose the data entered on the way (empty for a direct call).
        through: Vec<Arc<PurposeDecl>>,
    },
}

/// A guard's answer: `guard` (a function or field the policy's consent rules name) was
/// `value` for the person in question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct GuardFact {
    pub guard: GuardId,
    pub value: bool,
}

/// What is known of consent guards at a flow: the guards' answers that held for the person
/// the data belongs to, where it is used and, when that person came in as an argument, at
/// each call of the function. Checks judge them against the rules.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Guard {
    /// Guards were followed (the policy has consent rules); when false nothing is known.
    pub checked: bool,
    /// Answers that held at the use (sorted).
    pub facts: Vec<GuardFact>,
    /// When the person is one of the function's arguments: every call of the function
    /// in the workspace with the answers that held there for that argument (its own
    /// callers' included). Empty when there is no such call: nothing but `facts` holds.
    pub callers: Vec<GuardedCall>,
}

/// A call through which the person reaches a use, and the answers that held there.
#[derive(Debug, Clone, PartialEq)]
pub struct GuardedCall {
    pub hop: Hop,
    pub facts: Vec<GuardFact>,
}

/// A query whose SQL redline cannot read (built at run time, or not parsed).
#[derive(Debug, Clone)]
pub struct Unanalysed {
    pub function: DefId,
    pub span: Span,
    pub why: String,
}

/// What the fixpoint stopped before it settled.
#[derive(Debug, Default)]
pub struct Unsettled {
    /// Recursive components not settled within [`MAX_WALKS_PER_FUNCTION`]: their first
    /// function, and how many functions they hold.
    pub components: Vec<(DefId, usize)>,
    /// Data still moving through channels and statics after
    /// [`cells::MAX_CELL_ROUNDS`] rounds: the first function that would read it next, and
    /// how many would.
    pub cells: Option<(DefId, usize)>,
}

pub struct FlowResult {
    /// Every flow of classified data into code with a purpose.
    pub flows: Vec<Flow>,
    /// Queries whose SQL could not be analysed.
    pub unanalysed: Vec<Unanalysed>,
    /// What the fixpoint left unsettled.
    pub unsettled: Unsettled,
    pub functions: usize,
    /// Body walks in all (the first step walks every function once).
    pub walks: usize,
    /// Steps taken: the first walks, then each walk of the dirty functions of one component.
    pub steps: usize,
}

pub fn analyze(prog: &Program, policy: &Policy) -> FlowResult {
    let fns: Vec<DefId> = prog.fn_ids().filter(|&f| prog.fn_info(f).is_some_and(|i| i.has_body)).collect();
    let index: HashMap<DefId, usize> = fns.iter().enumerate().map(|(i, &f)| (f, i)).collect();
    let fn_purposes: HashMap<DefId, Arc<PurposeDecl>> =
        policy.fn_purpose.iter().map(|(f, d)| (*f, Arc::new(d.clone()))).collect();
    let queries = db::index(prog, policy, &fns);
    let (walked, walks, steps, unsettled) = fixpoint(prog, policy, &fns, &index, &fn_purposes, queries.as_ref());
    let touched = unscoped_touches(prog, policy, &fns, &index, &walked);
    let unanalysed = fns
        .iter()
        .zip(&walked)
        .flat_map(|(&f, w)| {
            w.limits.iter().map(move |(span, why)| Unanalysed { function: f, span: *span, why: why.clone() })
        })
        .collect();
    let mut flows = flows(prog, policy, &fns, &index, walked, &touched, &fn_purposes);
    mark_generated(prog, &mut flows);
    FlowResult { flows, unanalysed, unsettled, functions: fns.len(), walks, steps }
}

/// A flow in code a macro generated ends its trace with the invocation.
fn mark_generated(prog: &Program, flows: &mut [Flow]) {
    for flow in flows {
        let Some(info) = prog.fn_info(flow.function) else { continue };
        let within = |s: &Span| s.lo <= flow.span.lo && flow.span.hi <= s.hi;
        let Some((span, by)) = info.body.generated.iter().find(|(s, _)| within(s)) else { continue };
        let kind = StepKind::Generated { by: by.as_str().into() };
        flow.trace.generated = Some(Hop::new(prog.def(flow.function).file.clone(), *span, kind));
    }
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
) -> (Vec<body::Walked>, usize, usize, Unsettled) {
    // Each `[functions]` path as written, and as the dependency index defines it.
    // (The crates they name are indexed here, in parallel, when not cached.)
    let entries: Vec<(&String, &PurposeDecl)> = policy.extern_fn_purpose.iter().collect();
    let defined: Vec<Option<String>> = entries.par_iter().map(|(p, _)| prog.dep_key(p)).collect();
    let mut extern_purposes: HashMap<String, body::ExternSink> = HashMap::default();
    for ((p, d), c) in entries.into_iter().zip(defined) {
        let sink: body::ExternSink = (p.as_str().into(), Arc::new(d.clone()));
        if let Some(c) = c {
            extern_purposes.entry(c).or_insert_with(|| sink.clone());
        }
        extern_purposes.insert(p.clone(), sink);
    }
    let shared = Shared {
        prog,
        policy,
        fields: field_symbols(prog, queries.map_or(&[][..], |q| &q.names)),
        extern_purposes,
        fn_purposes,
        queries,
        held: Default::default(),
    };
    let mut summaries: HashMap<DefId, Arc<Summary>> = HashMap::default();
    // Step 1: every body once, each after the functions it was guessed to call (from
    // names, see `order`), seeing only their summaries: most need no second walk. The
    // walks give the call graph (it depends on types only).
    let first = first_walks(&shared, fns, index, &mut summaries);
    let FirstWalks { mut walked, seen, before_statics, mut statics, mut cells, statics_dirty, blind, static_walks } =
        first;
    let mut walks = fns.len() + static_walks;
    let callees: Vec<Vec<usize>> = walked
        .iter()
        .map(|w| {
            let mut v: Vec<usize> = w.calls.iter().filter_map(|c| index.get(&c.callee).copied()).collect();
            v.sort_unstable();
            v.dedup();
            v.shrink_to_fit();
            v
        })
        .collect();
    // A function is walked again when a callee it calls left a summary its walk did not see,
    // or it read cells before they were known; an initializer, when it called a function
    // walked after it (one the guess missed: a method of a name defined too often, a
    // `Display` impl `format!` calls) that left a summary.
    let empty = Summary::default();
    let holds = |j: usize| !summaries[&fns[j]].same(&empty);
    let unseen = |i: usize, j: usize| seen[i].binary_search(&j).is_err() && holds(j);
    let forced = callees.iter().enumerate().map(|(i, cs)| blind[i] || cs.iter().any(|&j| unseen(i, j))).collect();
    let unseen_by_static = |c: &body::Call| index.get(&c.callee).is_some_and(|&j| !before_statics[j] && holds(j));
    let mut static_dirty: Vec<bool> =
        statics.iter().zip(statics_dirty).map(|(w, dirty)| dirty || w.calls.iter().any(unseen_by_static)).collect();
    drop(seen);
    let mut st = Settle {
        changed_at: vec![0; fns.len()],
        walked_at: vec![1; fns.len()],
        forced,
        step: 1,
        walks: 0,
        unsettled: Vec::new(),
    };
    let dag = order::Dag::new(&callees);
    // Data stored in channels and statics is read in the next round: walks that read them
    // are walked again (with their callers, as summaries change) until they hold no more.
    // A static's initializer is walked again when what it reads changed, when a function it
    // calls changed in this round's walks, or (in the first round) as said above.
    let mut unfollowed = None;
    for round in 1..=cells::MAX_CELL_ROUNDS {
        let walk = |seen: body::Summaries, i: usize| body::Walker::walk(&shared.cx(seen, &cells), fns[i]);
        let step_before = st.step;
        st.settle(&dag, fns, index, &mut summaries, &mut walked, &walk);
        let callee_changed = |w: &body::Walked| {
            w.calls.iter().any(|c| index.get(&c.callee).is_some_and(|&i| st.changed_at[i] > step_before))
        };
        let which: Vec<usize> =
            (0..prog.statics.len()).filter(|&j| static_dirty[j] || callee_changed(&statics[j])).collect();
        walks += shared.walk_statics(&which, &summaries, &cells, &mut statics);
        let changed = cells.collect(walked.iter().chain(&statics));
        if !changed.any() {
            break;
        }
        st.forced = walked.iter().zip(fns).map(|(w, &f)| changed.affects(f, w)).collect();
        if round == cells::MAX_CELL_ROUNDS {
            let readers: Vec<usize> = (0..fns.len()).filter(|&i| st.forced[i]).collect();
            unfollowed = readers.first().map(|&i| (fns[i], readers.len()));
        }
        static_dirty = statics.iter().zip(&prog.statics).map(|(w, &d)| changed.affects(d, w)).collect();
    }
    st.unsettled.sort_unstable();
    st.unsettled.dedup();
    let components = st.unsettled.into_iter().map(|(i, size)| (fns[i], size)).collect();
    let unsettled = Unsettled { components, cells: unfollowed };
    // Freed on another thread while this one goes on to the flows (a few milliseconds, all
    // of them on one thread, on tuwunel).
    rayon::spawn(move || drop(summaries));
    (walked, walks + st.walks, st.step, unsettled)
}

/// What the first walks leave: per function the walk and the functions whose summaries it
/// saw (sorted); the statics' initializers, walked; the cells those and the functions they
/// may call wrote; and the functions walked before the cells were known that read them.
struct FirstWalks {
    walked: Vec<body::Walked>,
    seen: Vec<Vec<usize>>,
    /// Per function, whether it was walked before the initializers (whose walks saw the
    /// summaries of those only).
    before_statics: Vec<bool>,
    statics: Vec<body::Walked>,
    cells: Cells,
    /// Per static, whether what it reads changed after its last walk.
    statics_dirty: Vec<bool>,
    /// Per function, whether it read cells before they were known.
    blind: Vec<bool>,
    /// How many times initializers were walked.
    static_walks: usize,
}

/// Walks every function once, each after the functions it was guessed to call ([`order`])
/// but those that close a guessed cycle, seeing the summaries of those only; `summaries`
/// gets every function's. The functions the statics' initializers may call are walked
/// first, then the initializers (see [`statics_first`]), then the other functions, which
/// read what the statics hold from their first walk on. (Walking the initializers after
/// every function walked every reader of a static written once and read everywhere, a
/// service's configuration, and their callers, again: three rounds on vaultwarden.)
fn first_walks(
    shared: &Shared,
    fns: &[DefId],
    index: &HashMap<DefId, usize>,
    summaries: &mut HashMap<DefId, Arc<Summary>>,
) -> FirstWalks {
    let mut guessed = order::guessed_callees(shared.prog, fns, &shared.prog.statics, index);
    let of_statics = guessed.split_off(fns.len());
    let before_statics = order::reached(&guessed, of_statics.into_iter().flatten());
    // Functions on a guessed cycle are walked one after the other (see `order::acyclic`):
    // walked all at once, seeing none of the others, a fifth of atuin's functions needed a
    // second walk.
    let seen = order::acyclic(&guessed);
    drop(guessed);
    let dag = order::Dag::new(&seen);
    // Every function in `seen` was walked before: its summary is final.
    let live: Vec<Mutex<Arc<Summary>>> = fns.iter().map(|_| Mutex::default()).collect();
    let lock = |s: &Mutex<Arc<Summary>>| s.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let nothing = HashMap::default();
    let mut walked: Vec<body::Walked> = Vec::new();
    walked.resize_with(fns.len(), Default::default);
    let slots = Mutex::new(&mut walked[..]);
    let walk = |i: usize, cells: &Cells| {
        let visible = body::Summaries::Live { live: &live, index, callees: &seen[i], before: &nothing };
        let mut w = body::Walker::walk(&shared.cx(visible, cells), fns[i]);
        *live[i].lock().unwrap_or_else(|e| e.into_inner()) = Arc::new(std::mem::take(&mut w.summary));
        slots.lock().unwrap_or_else(|e| e.into_inner())[i] = w;
    };
    // One function per component: the graph is acyclic. Those the statics may call are
    // walked first: they call only each other.
    let nowhere = Cells::default();
    dag.run(&|members: &[usize]| members.iter().filter(|&&i| before_statics[i]).for_each(|&i| walk(i, &nowhere)));
    let called: HashMap<DefId, Arc<Summary>> =
        (0..fns.len()).filter(|&i| before_statics[i]).map(|i| (fns[i], lock(&live[i]))).collect();
    let (statics, cells, held, statics_dirty, static_walks) = {
        let so_far = slots.lock().unwrap_or_else(|e| e.into_inner());
        statics_first(shared, &so_far, &called)
    };
    dag.run(&|members: &[usize]| members.iter().filter(|&&i| !before_statics[i]).for_each(|&i| walk(i, &cells)));
    let blind = (0..fns.len()).map(|i| before_statics[i] && held.affects(fns[i], &walked[i])).collect();
    summaries.extend(fns.iter().copied().zip(live.iter().map(lock)));
    FirstWalks { walked, seen, before_statics, statics, cells, statics_dirty, blind, static_walks }
}

/// Walks the statics' initializers seeing the summaries of the functions `called` (those
/// they may call, walked), and again those that read a static whose content changed, until
/// none did or for [`cells::MAX_CELL_ROUNDS`] rounds: the walks, the cells they and the
/// functions `walked` so far wrote, everything that changed in them, per static whether it
/// read one that changed after its last walk, and how many walks it took.
fn statics_first(
    shared: &Shared,
    walked: &[body::Walked],
    called: &HashMap<DefId, Arc<Summary>>,
) -> (Vec<body::Walked>, Cells, cells::Changed, Vec<bool>, usize) {
    let statics = &shared.prog.statics;
    let mut walks: Vec<body::Walked> = Vec::new();
    walks.resize_with(statics.len(), Default::default);
    let mut cells = Cells::default();
    let mut held = cells::Changed::default();
    let mut dirty = vec![true; statics.len()];
    let mut count = 0;
    for _ in 0..cells::MAX_CELL_ROUNDS {
        let which: Vec<usize> = (0..statics.len()).filter(|&j| dirty[j]).collect();
        if which.is_empty() {
            break;
        }
        count += shared.walk_statics(&which, called, &cells, &mut walks);
        let changed = cells.collect(walked.iter().chain(&walks));
        dirty = walks.iter().zip(statics).map(|(w, &d)| changed.affects(d, w)).collect();
        held.extend(changed);
    }
    (walks, cells, held, dirty, count)
}

/// What every walk shares, whatever the round.
struct Shared<'a> {
    prog: &'a Program,
    policy: &'a Policy,
    fields: HashMap<String, taint::FieldSym>,
    extern_purposes: HashMap<String, body::ExternSink>,
    fn_purposes: &'a HashMap<DefId, Arc<PurposeDecl>>,
    queries: Option<&'a db::Queries>,
    held: body::Held,
}

impl Shared<'_> {
    /// Walks the initializers of the statics `which` (indexes in the program's), seeing
    /// `summaries` and `cells`, into their places in `walks`; how many it walked.
    fn walk_statics(
        &self,
        which: &[usize],
        summaries: &HashMap<DefId, Arc<Summary>>,
        cells: &Cells,
        walks: &mut [body::Walked],
    ) -> usize {
        let cx = self.cx(body::Summaries::All(summaries), cells);
        let fresh: Vec<body::Walked> =
            which.par_iter().map(|&j| body::Walker::walk_static(&cx, self.prog.statics[j])).collect();
        for (&j, w) in which.iter().zip(fresh) {
            walks[j] = w;
        }
        which.len()
    }

    fn cx<'s>(&'s self, summaries: body::Summaries<'s>, cells: &'s Cells) -> body::Ctx<'s> {
        body::Ctx {
            prog: self.prog,
            policy: self.policy,
            summaries,
            fields: &self.fields,
            extern_purposes: &self.extern_purposes,
            fn_purposes: self.fn_purposes,
            db: self.queries,
            cells,
            held: &self.held,
        }
    }
}

/// The state of the fixpoint over the call graph.
struct Settle {
    /// Per function, the step its summary last changed, and the step it was last walked.
    changed_at: Vec<usize>,
    walked_at: Vec<usize>,
    /// Walked again whatever its callees did (it reads channels or statics that changed).
    forced: Vec<bool>,
    step: usize,
    walks: usize,
    /// Components whose walks ran out (see [`MAX_WALKS_PER_FUNCTION`]): their first member
    /// and size.
    unsettled: Vec<(usize, usize)>,
}

impl Settle {
    /// Bottom-up over the call graph's strongly connected components, each as soon as the
    /// components it calls are settled (no rounds): a function is walked again when it is
    /// forced or a callee's summary changed after its last walk; a recursive component is
    /// walked until it is stable. `walk` walks one function seeing the summaries given.
    fn settle(
        &mut self,
        dag: &order::Dag<'_>,
        fns: &[DefId],
        index: &HashMap<DefId, usize>,
        summaries: &mut HashMap<DefId, Arc<Summary>>,
        walked: &mut [body::Walked],
        walk: &(dyn Fn(body::Summaries, usize) -> body::Walked + Sync),
    ) {
        let atomic = |v: &[usize]| v.iter().map(|&x| AtomicUsize::new(x)).collect::<Vec<_>>();
        let (changed_at, walked_at) = (atomic(&self.changed_at), atomic(&self.walked_at));
        let forced: Vec<AtomicBool> = self.forced.iter().map(|&x| AtomicBool::new(x)).collect();
        let (step, walks) = (AtomicUsize::new(self.step), AtomicUsize::new(0));
        let live: Vec<Mutex<Arc<Summary>>> =
            fns.iter().map(|f| Mutex::new(summaries.get(f).cloned().unwrap_or_default())).collect();
        // Each walk replaces the one before at once (walks hold most of the memory).
        let walked = Mutex::new(walked);
        let before = &*summaries;
        let lock = |m: &Mutex<Arc<Summary>>| m.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let dirty = |i: usize| {
            forced[i].load(Relaxed)
                || dag.callees(i).iter().any(|&c| changed_at[c].load(Relaxed) >= walked_at[i].load(Relaxed))
        };
        let unsettled = Mutex::new(&mut self.unsettled);
        dag.run(&|members: &[usize]| {
            let mut left = MAX_WALKS_PER_FUNCTION * members.len();
            for iteration in 0.. {
                let dirty: Vec<usize> = members.iter().copied().filter(|&i| dirty(i)).collect();
                if dirty.is_empty() {
                    break;
                }
                let Some(after) = left.checked_sub(dirty.len()) else {
                    let first = members.iter().copied().min().unwrap_or_default();
                    unsettled.lock().unwrap_or_else(|e| e.into_inner()).push((first, members.len()));
                    break;
                };
                left = after;
                let at = step.fetch_add(1, Relaxed) + 1;
                walks.fetch_add(dirty.len(), Relaxed);
                let seen = |i: usize| body::Summaries::Live { live: &live, index, callees: dag.callees(i), before };
                let results: Vec<body::Walked> = dirty.par_iter().map(|&i| walk(seen(i), i)).collect();
                for (i, w) in dirty.into_iter().zip(results) {
                    forced[i].store(false, Relaxed);
                    walked_at[i].store(at, Relaxed);
                    let old = lock(&live[i]);
                    let mut joined = (*old).clone();
                    joined.join(&w.summary);
                    if iteration >= WIDEN_AFTER {
                        joined.widen();
                    }
                    if !old.same(&joined) {
                        *live[i].lock().unwrap_or_else(|e| e.into_inner()) = Arc::new(joined);
                        changed_at[i].store(at, Relaxed);
                    }
                    walked.lock().unwrap_or_else(|e| e.into_inner())[i] =
                        body::Walked { summary: Summary::default(), ..w };
                }
            }
        });
        for (&f, summary) in fns.iter().zip(&live) {
            summaries.insert(f, lock(summary));
        }
        let load = |v: Vec<AtomicUsize>| v.into_iter().map(AtomicUsize::into_inner).collect();
        (self.changed_at, self.walked_at) = (load(changed_at), load(walked_at));
        self.forced = forced.into_iter().map(AtomicBool::into_inner).collect();
        self.step = step.into_inner();
        self.walks += walks.into_inner();
    }
}

/// Per function without a purpose: its callers without one, with the call (walks charge
/// what such a function touches or uses to those callers).
pub(crate) fn unscoped_callers<'w>(
    policy: &Policy,
    fns: &[DefId],
    index: &HashMap<DefId, usize>,
    walked: &'w [body::Walked],
) -> Vec<Vec<(usize, &'w body::Call)>> {
    let scoped = |f: DefId| policy.fn_purpose.contains_key(&f);
    let mut callers: Vec<Vec<(usize, &body::Call)>> = vec![Vec::new(); fns.len()];
    for (ci, w) in walked.iter().enumerate() {
        if scoped(fns[ci]) {
            continue;
        }
        for c in &w.calls {
            if let Some(&ui) = index.get(&c.callee) {
                if !scoped(c.callee) && ui != ci {
                    callers[ui].push((ci, c));
                }
            }
        }
    }
    callers
}

/// What each function without a purpose touches, itself or through callees without
/// one (what its parameters' types carry is its callers' data, not its own).
fn unscoped_touches(
    prog: &Program,
    policy: &Policy,
    fns: &[DefId],
    index: &HashMap<DefId, usize>,
    walked: &[body::Walked],
) -> Vec<Vec<(ClassId, Trace)>> {
    let scoped = |f: DefId| policy.fn_purpose.contains_key(&f);
    // `#[declassify(from = C)]`: C does not leave that function towards its callers.
    let passes = |f: DefId, class: ClassId| !policy.declassifies(f, class);

    let mut touched: Vec<Vec<(ClassId, Trace)>> = fns
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
    let unscoped_callers = unscoped_callers(policy, fns, index, walked);
    let mut queue: VecDeque<usize> = (0..fns.len()).filter(|&i| !touched[i].is_empty()).collect();
    while let Some(u) = queue.pop_front() {
        for &(c, call) in &unscoped_callers[u] {
            let span = call.span;
            let mut changed = false;
            for k in 0..touched[u].len() {
                let class = touched[u][k].0;
                if !passes(fns[u], class) || touched[c].iter().any(|(x, _)| *x == class) {
                    continue;
                }
                // Sharing the callee's steps: kept as vectors, each caller's copy of them was
                // a tenth of vaultwarden's peak heap.
                let t = touched[u][k].1.then(call_hop(prog, fns[c], fns[u], span, false));
                touched[c].push((class, t));
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
    touched: &[Vec<(ClassId, Trace)>],
    fn_purposes: &HashMap<DefId, Arc<PurposeDecl>>,
) -> Vec<Flow> {
    let mut flows = Vec::new();
    let mut crossing_guards: Vec<Vec<Guard>> = Vec::new();
    {
        let consent = policy.consent.is_active().then(|| {
            let unscoped = consent::unscoped_uses(prog, policy, fns, index, &walked);
            (consent::Callers::new(prog, fns, index, &walked), unscoped)
        });
        for (i, &f) in fns.iter().enumerate() {
            let Some(purpose) = fn_purposes.get(&f) else { continue };
            let found = reached(prog, policy, index, &walked[i], touched, fn_purposes, f);
            match &consent {
                None => flows.extend(found.into_iter().map(|r| r.flow(f, purpose, Guard::default()))),
                Some((callers, unscoped)) => {
                    let records = consent_records(prog, policy, index, fns, i, &walked, unscoped);
                    flows.extend(guarded_uses(i, f, purpose, found, records, callers));
                }
            }
        }
        if let Some((callers, _)) = &consent {
            crossing_guards = walked
                .iter()
                .enumerate()
                .map(|(i, w)| w.crossings.iter().map(|c| callers.guard(i, &c.guard)).collect())
                .collect();
        }
    }
    // Every caller of a function that passes its data on into a function with a purpose
    // records that crossing, with its own trace: the first is kept (kanidm: 51,000
    // crossings, 10,500 of them different). The flows made of crossings, by their fact's hash.
    let mut seen: HashMap<u64, Vec<usize>> = HashMap::default();
    for (i, w) in walked.into_iter().enumerate() {
        let mut guards = crossing_guards.get_mut(i).map(std::mem::take).unwrap_or_default().into_iter();
        for c in w.crossings {
            let guard = guards.next().unwrap_or_default();
            let kept = seen.entry(c.fact().hash_with(())).or_default();
            if kept.iter().any(|&k| flows[k].crossing().as_ref() == Some(&c.fact()) && flows[k].guard == guard) {
                continue;
            }
            kept.push(flows.len());
            flows.push(Flow {
                class: c.class,
                function: c.reported_in,
                span: c.span,
                into: Into::Call { callee: c.callee, through: c.through },
                purpose: c.purpose,
                guard,
                trace: FlowTrace { parts: Parts::Shared(c.trace), generated: None },
            });
        }
    }
    flows
}

impl Flow {
    /// The fact of the crossing it was made of (`None` for a use).
    fn crossing(&self) -> Option<body::Fact<'_>> {
        let Into::Call { callee, through } = &self.into else { return None };
        Some(body::Fact { function: self.function, class: self.class, span: self.span, callee, through })
    }
}

/// What a function with a purpose touches: where each class first appears in it, itself
/// or in a function without a purpose it calls.
fn reached(
    prog: &Program,
    policy: &Policy,
    index: &HashMap<DefId, usize>,
    walked: &body::Walked,
    touched: &[Vec<(ClassId, Trace)>],
    fn_purposes: &HashMap<DefId, Arc<PurposeDecl>>,
    f: DefId,
) -> Vec<Reached> {
    let scoped = |f: DefId| fn_purposes.contains_key(&f);
    let passes = |f: DefId, class: ClassId| !policy.declassifies(f, class);
    let mut found: Vec<Reached> = walked
        .touches
        .iter()
        .map(|t| Reached { class: t.class, span: t.span, label: t.note.clone(), trace: touch_trace(prog, f, t) })
        .collect();
    for c in &walked.calls {
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
            let callee = &prog.def(c.callee).path;
            found.push(Reached {
                class: *class,
                span: c.span,
                label: format!("calls `{}`, which has no purpose and reads this data", short(callee)),
                trace: trace.then(call_hop(prog, f, c.callee, c.span, c.all_impls)),
            });
        }
    }
    found.sort_by_key(|r| (r.span.lo, r.class));
    found
}

/// The uses of function `i` for consent: its own, and those of the functions without a
/// purpose it calls.
fn consent_records(
    prog: &Program,
    policy: &Policy,
    index: &HashMap<DefId, usize>,
    fns: &[DefId],
    i: usize,
    walked: &[body::Walked],
    unscoped: &[Vec<body::GuardUse>],
) -> Vec<body::GuardUse> {
    let mut records = walked[i].uses.to_vec();
    for c in &walked[i].calls {
        let Some(&ui) = index.get(&c.callee) else { continue };
        if policy.fn_purpose.contains_key(&c.callee) {
            continue;
        }
        for u in unscoped[ui].iter().filter(|u| !policy.declassifies(c.callee, u.class)) {
            consent::add_use(&mut records, consent::through_call(prog, fns[i], c.callee, c, u));
        }
    }
    records
}

/// The flows of a function with a purpose when consent rules apply: the first use of each
/// class as without them (same place, words and trace), with what guarded it, then each
/// later use under other guards (purpose checks keep the first use: they see the same).
fn guarded_uses(
    i: usize,
    f: DefId,
    purpose: &Arc<PurposeDecl>,
    found: Vec<Reached>,
    records: Vec<body::GuardUse>,
    callers: &consent::Callers,
) -> Vec<Flow> {
    let mut used = vec![false; records.len()];
    let mut firsts: HashMap<ClassId, (u32, u32)> = HashMap::default();
    let mut out = Vec::new();
    for r in found {
        let exact = records.iter().enumerate().position(|(k, u)| !used[k] && u.class == r.class && u.span == r.span);
        let around = || {
            let containing = |(k, u): &(usize, &body::GuardUse)| {
                !used[*k] && u.class == r.class && u.span.lo <= r.span.lo && r.span.hi <= u.span.hi
            };
            records.iter().enumerate().filter(containing).min_by_key(|(_, u)| u.span.hi - u.span.lo).map(|(k, _)| k)
        };
        let guard = match exact.or_else(around) {
            Some(k) => {
                used[k] = true;
                callers.guard(i, &records[k].guard)
            }
            None => Guard { checked: true, ..Guard::default() },
        };
        let first = firsts.entry(r.class).or_insert((r.span.lo, r.span.hi));
        *first = (*first).min((r.span.lo, r.span.hi));
        out.push(r.flow(f, purpose, guard));
    }
    for (k, u) in records.into_iter().enumerate() {
        let later = firsts.get(&u.class).is_some_and(|first| (u.span.lo, u.span.hi) >= *first);
        if used[k] || !later {
            continue;
        }
        let guard = callers.guard(i, &u.guard);
        out.push(
            Reached { class: u.class, span: u.span, label: u.note, trace: Trace::of_steps(u.trace) }
                .flow(f, purpose, guard),
        );
    }
    out
}

/// Classified data present in a function that has a purpose.
struct Reached {
    class: ClassId,
    span: Span,
    label: String,
    trace: Trace,
}

impl Reached {
    fn flow(self, f: DefId, purpose: &Arc<PurposeDecl>, guard: Guard) -> Flow {
        Flow {
            class: self.class,
            function: f,
            span: self.span,
            into: Into::Use { label: self.label },
            purpose: purpose.clone(),
            guard,
            trace: self.trace.into(),
        }
    }
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
fn touch_trace(prog: &Program, f: DefId, t: &Touch) -> Trace {
    let def = prog.def(f);
    let what = t.note.as_str().into();
    let here = Hop::new(def.file.clone(), t.span, StepKind::Value { what, function: def.path.as_str().into() });
    match t.trace.last() {
        Some(h) if h.span == here.span && h.file == here.file => t.trace.clone(),
        _ => t.trace.then(here),
    }
}

fn call_hop(prog: &Program, caller: DefId, callee: DefId, span: Span, all_impls: bool) -> Hop {
    let kind = StepKind::Calls {
        caller: prog.def(caller).path.as_str().into(),
        callee: prog.def(callee).path.as_str().into(),
        unknown_receiver: all_impls,
    };
    Hop::new(prog.def(caller).file.clone(), span, kind)
}
