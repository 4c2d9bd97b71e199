//! Shared state in a walk: channels (created, sent on, received from) and statics (read,
//! written). Writes are recorded for `flow::cells`; reads see what the previous round
//! collected.

use super::describe::ty_name;
use super::summary::{CellEffect, CellWrite, Target};
use super::{Val, Walker};
use crate::diag::StepKind;
use crate::flow::cells::{ChanKey, Site};
use crate::flow::std_model::{CHANNEL_CTORS, CHANNEL_MODULES, CHANNEL_READS, CHANNEL_SENDS, CHANNEL_TYPES};
use crate::flow::taint::{FieldSym, Label, Taint, WHOLE};
use crate::policy::ClassId;
use crate::resolve::{DefId, DefKind, Ty};
use crate::syntax::{ExprId, Span};
use std::sync::Arc;

/// The channel type a value has, under references, smart pointers and locks: its path and
/// type arguments.
fn channel_ty(ty: &Ty) -> Option<(&str, &[Ty])> {
    let mut t = ty.autoderef();
    for _ in 0..4 {
        let Ty::Extern(path, args) = t else { return None };
        match t.extern_name() {
            Some(n) if CHANNEL_TYPES.contains(&n) => return Some((path, args)),
            Some("Mutex" | "RwLock" | "Option") if !args.is_empty() => t = args[0].autoderef(),
            _ => return None,
        }
    }
    None
}

/// The creation sites of the channels a value is an end of.
fn sites(taint: &Taint) -> Vec<Site> {
    taint.flatten().into_iter().filter_map(|l| if let Label::Chan(f, at) = l { Some((f, at)) } else { None }).collect()
}

impl Walker<'_, '_> {
    /// A key for the type of what a channel carries (`None` when unknown).
    fn elem_key(&self, ty: &Ty) -> Option<Arc<str>> {
        match ty.unmarked().autoderef() {
            Ty::Unknown | Ty::Generic(_) | Ty::Bounded(..) => None,
            t => Some(ty_name(self.cx.prog, t).into()),
        }
    }

    /// A parameter's value: what the caller passes, with the channel ends callers are
    /// known to pass in it (in the field they pass them in).
    pub(super) fn bound_param(&self, index: u16) -> Taint {
        let mut taint = Taint::label(Label::Param(index, WHOLE, WHOLE));
        for &(field, (f, at)) in self.cx.cells.bound(self.f, index) {
            taint.set_field(field, &Taint::label(Label::Chan(f, at)));
        }
        taint
    }

    /// A struct built with channel ends in its fields: those fields are those channels'
    /// ends wherever the struct is read.
    pub(super) fn store_field_chans(&mut self, adt: DefId, taint: &Taint) {
        for (field, f, at) in taint.chans_by_field() {
            let entry = (adt, field, (f, at));
            if field != WHOLE && !self.out.field_chans.contains(&entry) {
                self.out.field_chans.push(entry);
            }
        }
    }

    /// Reading field `field` of struct `adt` (of type `ty`): the channel ends it was built
    /// with anywhere in the program.
    pub(super) fn field_chans(&mut self, adt: DefId, field: FieldSym, ty: &Ty, taint: &mut Taint) {
        if channel_ty(ty).is_none() {
            return;
        }
        self.depends(ChanKey::Fields);
        for &(f, at) in self.cx.cells.field_chans(adt, field) {
            taint.add(Label::Chan(f, at));
        }
    }

    /// Channel ends passed to workspace functions: their parameters are those channels
    /// in the next round.
    pub(super) fn bind_channels(&mut self, callees: &[DefId], args: &[Taint]) {
        for (i, t) in args.iter().enumerate() {
            if !t.has_cells() {
                continue;
            }
            // Ends in a field of a struct argument are known through the field already; a
            // parameter is bound only when its declared type is a channel's end.
            for (field, f, at) in t.chans_by_field().into_iter().filter(|(field, ..)| *field == WHOLE) {
                let bound: Vec<DefId> = callees.iter().copied().filter(|&c| self.channel_param(c, i)).collect();
                for c in bound {
                    let bind = (c, i as u16, field, (f, at));
                    if !self.out.binds.contains(&bind) {
                        self.out.binds.push(bind);
                    }
                }
            }
        }
    }

    /// Whether parameter `i` of `f` (the receiver first) is declared a channel's end.
    fn channel_param(&self, f: DefId, i: usize) -> bool {
        let Some(info) = self.cx.prog.fn_info(f) else { return false };
        let i = if info.sig.receiver.is_some() { i.checked_sub(1) } else { Some(i) };
        i.and_then(|i| info.params.get(i)).is_some_and(|t| channel_ty(t).is_some())
    }

    /// `mpsc::channel(n)`, `broadcast::channel(n)`, `watch::channel(init)`, `oneshot::channel()`,
    /// `crossbeam_channel::bounded(n)`, `flume::unbounded()`...: a sender and a receiver that
    /// both carry this site (`watch`'s first value is sent at once).
    pub(super) fn channel_ctor(&mut self, path: &str, args: &[Val], span: Span) -> Option<Val> {
        let last = crate::syntax::last_segment(path);
        if !CHANNEL_CTORS.contains(&last) {
            return None;
        }
        let segs: Vec<&str> = path.split("::").collect();
        let (_, module) = segs.split_last()?;
        let qualified = module.iter().any(|m| CHANNEL_MODULES.contains(m));
        let bare = module.is_empty() && matches!(last, "channel" | "sync_channel" | "unbounded_channel");
        if !(qualified || bare) {
            return None;
        }
        let site = (self.f, span.lo);
        if module.contains(&"watch") {
            if let Some(init) = args.first() {
                let target = Target::Chan { sites: vec![site], elem: self.elem_key(&init.ty) };
                self.cell_write(target, &init.taint, span, "the first value of a channel");
            }
        }
        let prefix = module.join("::");
        let (tx, rx) = match last {
            "unbounded_channel" => ("UnboundedSender", "UnboundedReceiver"),
            "sync_channel" => ("SyncSender", "Receiver"),
            _ => ("Sender", "Receiver"),
        };
        let end = |name: &str| {
            let path = if prefix.is_empty() { name.to_string() } else { format!("{prefix}::{name}") };
            Ty::Extern(path.into(), vec![Ty::Unknown])
        };
        let ty = Ty::Tuple(vec![end(tx), end(rx)]);
        Some(Val::of(ty, Taint::label(Label::Chan(site.0, site.1))))
    }

    /// A method of a channel end: a send stores what is sent, a receive yields what was
    /// sent. `None` when `rv` is not a channel end or `method` is neither.
    pub(super) fn channel_method(&mut self, rv: &Val, method: &str, args: &[ExprId], span: Span) -> Option<Val> {
        let typed = channel_ty(&rv.ty);
        if typed.is_none() && !rv.taint.has_cells() {
            return None;
        }
        let sites = sites(&rv.taint);
        if sites.is_empty() && typed.is_none() {
            return None;
        }
        let elem_ty = typed.and_then(|(_, a)| a.first()).cloned().unwrap_or(Ty::Unknown);
        if CHANNEL_SENDS.contains(&method) && !args.is_empty() {
            let vals = self.exprs(args);
            let sent = &vals[0];
            let elem = self.elem_key(&elem_ty).or_else(|| self.elem_key(&sent.ty));
            self.cell_write(Target::Chan { sites, elem }, &sent.taint, span, "sent into a channel");
            self.consume(&sent.taint);
            return Some(Val::of(Ty::Unknown, Taint::default()));
        }
        // Without a channel type, only a value of unknown type (a stream wrapping the
        // receiver) is read: a `Vec` of senders is iterated as a `Vec`.
        if !CHANNEL_READS.contains(&method) || (typed.is_none() && rv.ty != Ty::Unknown) {
            return None;
        }
        self.exprs(args);
        let taint = self.channel_read(&sites, &elem_ty, span);
        let path = typed.map_or("", |(p, _)| p);
        let ty = match method {
            "borrow" | "borrow_and_update" => elem_ty,
            "iter" | "try_iter" | "into_iter" => Ty::Extern("Iter".into(), vec![elem_ty]),
            "recv_many" => {
                if let Some(&buf) = args.first() {
                    self.write(buf, &taint);
                }
                return Some(Val::of(Ty::Unknown, Taint::default()));
            }
            "next" | "recv" | "blocking_recv"
                if method == "next" || (path.contains("tokio") && path.contains("mpsc")) =>
            {
                Ty::Extern("Option".into(), vec![elem_ty])
            }
            _ => Ty::Extern("Result".into(), vec![elem_ty, Ty::Unknown]),
        };
        Some(Val::of(ty, taint))
    }

    /// `rx.await` on a oneshot receiver: the value sent.
    pub(super) fn channel_await(&mut self, v: Val, span: Span) -> Val {
        let oneshot = channel_ty(&v.ty).filter(|(p, _)| p.contains("oneshot") && p.ends_with("Receiver"));
        let Some((_, args)) = oneshot else { return v };
        let elem = args.first().cloned().unwrap_or(Ty::Unknown);
        let taint = self.channel_read(&sites(&v.taint), &elem, span);
        Val::of(Ty::Extern("Result".into(), vec![elem, Ty::Unknown]), taint)
    }

    /// `for m in rx`: iterating a receiver yields what was sent.
    pub(super) fn channel_iter(&mut self, it: Val, span: Span) -> Val {
        let receiver = match channel_ty(&it.ty) {
            Some((p, _)) => p.ends_with("Receiver"),
            None => it.ty == Ty::Unknown && it.taint.has_cells(),
        };
        if !receiver {
            return it;
        }
        let sites = sites(&it.taint);
        if sites.is_empty() && channel_ty(&it.ty).is_none() {
            return it;
        }
        let elem = channel_ty(&it.ty).and_then(|(_, a)| a.first()).cloned().unwrap_or(Ty::Unknown);
        let taint = self.channel_read(&sites, &elem, span);
        Val::of(Ty::Extern("Iter".into(), vec![elem]), taint)
    }

    fn channel_read(&mut self, sites: &[Site], elem: &Ty, span: Span) -> Taint {
        let elem = self.elem_key(elem);
        match (sites.is_empty(), &elem) {
            (false, _) => {
                for s in sites {
                    self.depends(ChanKey::Site(*s));
                }
                self.depends(ChanKey::Orphans);
            }
            (true, Some(e)) => {
                self.depends(ChanKey::Elem(e.clone()));
                self.depends(ChanKey::Orphans);
            }
            (true, None) => self.depends(ChanKey::All),
        }
        let found = self.cx.cells.channel(sites, elem.as_ref());
        self.cell_read(&found, None, span, "received from a channel")
    }

    /// This walk reads what `key` says of channels.
    fn depends(&mut self, key: ChanKey) {
        if !self.out.read_chans.contains(&key) {
            self.out.read_chans.push(key);
        }
    }

    /// Reading a static: the value is the static (writes through it are stored there) and
    /// carries what was stored in it.
    pub(super) fn global_read(&mut self, d: DefId, span: Span) -> Val {
        let prog = self.cx.prog;
        let def = prog.def(d);
        let DefKind::Static { ty, .. } = &def.kind else { return Val::unknown() };
        let ty = prog.lower_ty(def.module, ty, &[], None);
        let what = format!("read from static `{}`", def.name);
        let mut taint = self.cell_read(self.cx.cells.global(d), Some(d), span, &what);
        taint.add(Label::Global(d));
        for &(f, at) in self.cx.cells.global_chans(d) {
            taint.add(Label::Chan(f, at));
        }
        Val::of(ty, taint)
    }

    /// The statics a write into `place` stores into: the one it is rooted in, or those the
    /// local it is rooted in is a view of.
    pub(super) fn write_globals(&mut self, place: ExprId, taint: &Taint) {
        let globals: Vec<DefId> = match self.place_root(place) {
            Some(i) if !self.locals[i].taint.has_cells() => return,
            Some(i) => self.locals[i]
                .taint
                .flatten()
                .into_iter()
                .filter_map(|l| if let Label::Global(d) = l { Some(d) } else { None })
                .collect(),
            None => self.place_static(place).into_iter().collect(),
        };
        let span = self.body.exprs[place as usize].span;
        for d in globals {
            let what = format!("stored in static `{}`", self.cx.prog.def(d).name);
            self.cell_write(Target::Global(d), taint, span, &what);
        }
    }

    /// Values read from a channel or a static (`found`): their categories, with a trace
    /// that ends here.
    fn cell_read(&mut self, found: &[(ClassId, super::Trace)], global: Option<DefId>, span: Span, what: &str) -> Taint {
        if let Some(d) = global {
            if !self.out.read_globals.contains(&d) {
                self.out.read_globals.push(d);
            }
        }
        let mut taint = Taint::default();
        for (c, trace) in found {
            taint.add(Label::Src(*c));
            if !self.src_trace.contains_key(c) {
                let hop = self.hop(span, StepKind::Value { what: what.into(), function: self.path_text.clone() });
                self.src_trace.insert(*c, trace.then(hop));
            }
        }
        taint
    }

    /// Data written into shared state at `span`: its categories are stored there (with how
    /// they got here); what parameters carry is stored at each call (a summary effect).
    pub(super) fn cell_write(&mut self, target: Target, taint: &Taint, span: Span, what: &str) {
        let hop = self.hop(span, StepKind::Value { what: what.into(), function: self.path_text.clone() });
        let mut params = Taint::default();
        for l in taint.flatten() {
            match l {
                Label::Src(c) => {
                    if self.out.cell_writes.iter().any(|w| w.class == c && w.target == target) {
                        continue;
                    }
                    let trace = self.src_trace.get(&c).cloned().unwrap_or_default().then(hop.clone());
                    self.out.cell_writes.push(CellWrite { target: target.clone(), class: c, trace });
                }
                Label::Param(..) => {
                    params.add(l);
                }
                Label::Chan(f, at) => {
                    if let Target::Global(d) = target {
                        if !self.out.global_chans.contains(&(d, (f, at))) {
                            self.out.global_chans.push((d, (f, at)));
                        }
                    }
                }
                Label::Global(_) => {}
            }
        }
        if !params.is_empty() {
            self.out.summary.add_cell_write(&CellEffect { target, taint: params, hop });
        }
    }

    /// A callee's writes of what its parameters carry, at a call: what our arguments carry
    /// is stored (ours through our own summary).
    pub(super) fn apply_cell_effects(&mut self, effects: &[CellEffect], args: &[Taint], span: Span, callee: &Arc<str>) {
        for e in effects {
            let stored = e.taint.substitute(args);
            if stored.is_empty() {
                continue;
            }
            let mut params = Taint::default();
            for l in stored.flatten() {
                match l {
                    Label::Src(c) => {
                        if self.out.cell_writes.iter().any(|w| w.class == c && w.target == e.target) {
                            continue;
                        }
                        let mut trace = self.src_trace.get(&c).cloned().unwrap_or_default();
                        let passed = StepKind::Passed { callee: callee.clone(), unknown_receiver: false };
                        trace.push(self.hop(span, passed));
                        trace.push(e.hop.clone());
                        self.out.cell_writes.push(CellWrite { target: e.target.clone(), class: c, trace });
                    }
                    Label::Param(..) => {
                        params.add(l);
                    }
                    Label::Chan(..) | Label::Global(_) => {}
                }
            }
            if !params.is_empty() {
                let effect = CellEffect { target: e.target.clone(), taint: params, hop: e.hop.clone() };
                self.out.summary.add_cell_write(&effect);
            }
        }
    }
}
