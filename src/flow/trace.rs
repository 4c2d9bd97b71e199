//! Traces as the flow keeps them while it walks: chains of steps that share what they
//! have in common.
//!
//! A walk extends the trace of each category it meets by a step (a call, a value), and the
//! trace a summary keeps is extended again in each caller, at every walk of it. Kept as
//! vectors, each extension copied every step before it; on kanidm those copies were a
//! quarter of the check's peak heap. Kept as chains, an extension is one link and the
//! steps before it are shared.
//!
//! A trace shows at most [`MAX_TRACE`] steps: a longer one keeps its two ends, and the first
//! step after the gap says how many were left out. A chain stores up to twice that before
//! it drops the middle, so that dropping (which copies the links nearest its head) happens
//! once per [`MAX_TRACE`] steps, not at each one; what it shows is the same as if the middle
//! had been dropped at each step.

use crate::diag::Step as Hop;
use std::fmt;
use std::sync::Arc;

/// Steps shown per trace; a longer one keeps its first and last [`MAX_TRACE`]` / 2`.
pub const MAX_TRACE: usize = 24;

const HALF: usize = MAX_TRACE / 2;

/// Links a chain stores before it drops its middle ones.
const MAX_STORED: usize = 2 * MAX_TRACE;

/// Steps from the one at the head on, each link sharing the rest.
#[derive(Clone, Default)]
struct Chain(Option<Arc<Link>>);

struct Link {
    hop: Hop,
    rest: Chain,
    /// Links from this one to the end.
    len: usize,
    /// Steps from this one to the end of the way, those dropped included.
    total: usize,
}

impl Chain {
    fn stored(&self) -> usize {
        self.0.as_ref().map_or(0, |l| l.len)
    }

    fn total(&self) -> usize {
        self.0.as_ref().map_or(0, |l| l.total)
    }

    fn link(hop: Hop, rest: Chain) -> Chain {
        let total = rest.total() + 1;
        Chain::link_of(hop, rest, total)
    }

    fn link_of(hop: Hop, rest: Chain, total: usize) -> Chain {
        let len = rest.stored() + 1;
        Chain(Some(Arc::new(Link { hop, rest, len, total })))
    }

    /// `hop` then the chain, with its middle dropped when it grew past [`MAX_STORED`].
    fn cons(hop: Hop, rest: Chain) -> Chain {
        let c = Chain::link(hop, rest);
        if c.stored() > MAX_STORED {
            c.trimmed()
        } else {
            c
        }
    }

    /// The first and last [`HALF`] links; the last are shared, the first copied (each with
    /// the length of the way it stood for).
    fn trimmed(&self) -> Chain {
        let links = std::iter::successors(self.0.as_deref(), |l| l.rest.0.as_deref());
        let head: Vec<(Hop, usize)> = links.take(HALF).map(|l| (l.hop.clone(), l.total)).collect();
        let mut tail = self;
        while tail.stored() > HALF {
            tail = tail.0.as_ref().map_or(tail, |l| &l.rest);
        }
        head.into_iter().rev().fold(tail.clone(), |rest, (hop, total)| Chain::link_of(hop, rest, total))
    }

    fn stored_hops(&self) -> impl Iterator<Item = &Hop> {
        std::iter::successors(self.0.as_deref(), |l| l.rest.0.as_deref()).map(|l| &l.hop)
    }

    /// `shown`, in the order the way went, the step after the gap saying how many were
    /// left out ([`Hop::left_out`]).
    fn marked(&self, mut shown: Vec<Hop>) -> Vec<Hop> {
        let left_out = self.total().saturating_sub(MAX_TRACE);
        if let Some(h) = shown.get_mut(HALF).filter(|_| left_out > 0) {
            h.left_out = h.left_out.saturating_add(u32::try_from(left_out).unwrap_or(u32::MAX));
        }
        shown
    }

    /// The steps shown, from the head: all, or the first and last [`HALF`].
    fn shown(&self) -> impl Iterator<Item = &Hop> {
        let dropped = self.stored().saturating_sub(MAX_TRACE);
        self.stored_hops().enumerate().filter(move |(i, _)| *i < HALF || *i >= HALF + dropped).map(|(_, h)| h)
    }

    fn len(&self) -> usize {
        self.stored().min(MAX_TRACE)
    }

    fn same(&self, other: &Chain) -> bool {
        match (&self.0, &other.0) {
            (Some(a), Some(b)) if Arc::ptr_eq(a, b) => true,
            _ => self.len() == other.len() && self.shown().eq(other.shown()),
        }
    }
}

/// How data got somewhere, from where it was read: it grows at its end.
#[derive(Clone, Default)]
pub struct Trace(Chain);

impl Trace {
    pub fn one(hop: Hop) -> Trace {
        Trace(Chain::link(hop, Chain::default()))
    }

    /// The trace of `steps`, first to last.
    pub fn of_steps(steps: Vec<Hop>) -> Trace {
        let mut trace = Trace::default();
        for hop in steps {
            trace.push(hop);
        }
        trace
    }

    pub fn push(&mut self, hop: Hop) {
        self.0 = Chain::cons(hop, std::mem::take(&mut self.0));
    }

    /// This trace and then `hop`.
    pub fn then(&self, hop: Hop) -> Trace {
        Trace(Chain::cons(hop, self.0.clone()))
    }

    pub fn last(&self) -> Option<&Hop> {
        self.0.stored_hops().next()
    }

    /// Steps shown (at most [`MAX_TRACE`]).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The steps shown, first to last.
    pub fn to_vec(&self) -> Vec<Hop> {
        let mut v: Vec<Hop> = self.0.shown().cloned().collect();
        v.reverse();
        self.0.marked(v)
    }
}

impl fmt::Debug for Trace {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.to_vec()).finish()
    }
}

/// How data given to a function gets from there to a place: it grows at its start, as
/// each caller puts its call in front.
#[derive(Clone, Default)]
pub struct Via(Chain);

impl Via {
    pub fn one(hop: Hop) -> Via {
        Via(Chain::link(hop, Chain::default()))
    }

    /// `hop`, then `rest`.
    pub fn before(hop: Hop, rest: &Via) -> Via {
        Via(Chain::cons(hop, rest.0.clone()))
    }

    /// Steps shown (at most [`MAX_TRACE`]).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The steps shown, first to last.
    pub fn iter(&self) -> impl Iterator<Item = &Hop> {
        self.0.shown()
    }

    /// The steps shown, first to last, the one after the gap saying how many were left out.
    pub fn to_vec(&self) -> Vec<Hop> {
        self.0.marked(self.0.shown().cloned().collect())
    }
}

impl PartialEq for Via {
    fn eq(&self, other: &Via) -> bool {
        self.0.same(&other.0)
    }
}

impl fmt::Debug for Via {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// The steps of a trace put together, keeping its two ends when longer than [`MAX_TRACE`]:
/// the step after the gap counts those left out (and those they stood for).
pub fn cut(mut t: Vec<Hop>) -> Vec<Hop> {
    if t.len() > MAX_TRACE {
        let drop = t.len() - MAX_TRACE;
        let gone: u32 = t.drain(HALF..HALF + drop).map(|h| h.left_out.saturating_add(1)).fold(0, u32::saturating_add);
        t[HALF].left_out = t[HALF].left_out.saturating_add(gone);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Span, StepKind};

    fn hop(i: usize) -> Hop {
        Hop::new("src/a.rs", Span::new(i, i + 1), StepKind::Value { what: "x".into(), function: "a::f".into() })
    }

    /// Where each step is, and how many steps were left out before it.
    fn spans(v: &[Hop]) -> Vec<(u32, u32)> {
        v.iter().map(|h| (h.span.lo, h.left_out)).collect()
    }

    /// Whatever the length, a chain shows what cutting a vector at each step showed, and
    /// the step after the gap counts the steps left out.
    #[test]
    fn chains_show_what_cutting_at_each_step_showed() {
        let (mut trace, mut via) = (Trace::default(), Via::default());
        let (mut vec_trace, mut vec_via): (Vec<Hop>, Vec<Hop>) = (Vec::new(), Vec::new());
        for i in 0..200 {
            trace.push(hop(i));
            vec_trace.push(hop(i));
            vec_trace = cut(vec_trace);
            via = Via::before(hop(i), &via);
            vec_via.insert(0, hop(i));
            vec_via = cut(vec_via);
            assert_eq!(spans(&trace.to_vec()), spans(&vec_trace), "trace of {i}");
            assert_eq!(trace.len(), vec_trace.len());
            assert_eq!(trace.last().map(|h| h.span), vec_trace.last().map(|h| h.span));
            assert_eq!(spans(&via.to_vec()), spans(&vec_via), "via of {i}");
            assert_eq!(via.len(), vec_via.len());
            let left_out: u32 = trace.to_vec().iter().map(|h| h.left_out).sum();
            assert_eq!(left_out as usize, (i + 1).saturating_sub(MAX_TRACE), "left out of {i}");
        }
    }

    #[test]
    fn extending_shares_and_leaves_the_original_alone() {
        let base = (0..30).fold(Trace::default(), |t, i| t.then(hop(i)));
        let longer = base.then(hop(99));
        assert_eq!(base.last().map(|h| h.span.lo), Some(29));
        assert_eq!(longer.last().map(|h| h.span.lo), Some(99));
        let a = Via::before(hop(1), &Via::one(hop(2)));
        let b = Via::before(hop(1), &Via::one(hop(2)));
        assert_eq!(a, b);
        assert_ne!(a, Via::one(hop(1)));
    }
}
