//! Consent rules: which uses need a guard for the same person, and which `bool`
//! functions and fields are guards (true: may contact) or opt-outs (true: must not).
//! From `[[consent]]` in redline.toml and `#[redline::consent]` / `#[redline::opt_out]`
//! in code (see docs/consent.md).

use super::taxonomy::within;
use super::{Builder, Origin};
use crate::diag::Lint;
use crate::resolve::{Container, DefId, DefKind, Res};
use crate::syntax::{Annotation, Span, SpannedStr};
use std::collections::HashMap;
use std::ops::Range;

/// A guard or opt-out, numbered in the order the policy names them.
pub type GuardId = u32;

/// What a guard is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum GuardTarget {
    /// A function or method of the workspace returning `bool` (or `Result<bool, _>`).
    Fn(DefId),
    /// A `bool` field: owner (struct or variant) and index.
    Field(DefId, u32),
    /// A function of a dependency, by path (`crate::module::Type::method`).
    Extern(String),
}

/// A consent rule: uses of `categories` (and their sub-categories) by code with `purposes`
/// (and sub-purposes) need one of `guards` true, or one of `opt_outs` false, for the
/// person the data belongs to.
#[derive(Debug, Clone)]
pub struct ConsentRule {
    pub categories: Vec<String>,
    pub purposes: Vec<String>,
    pub guards: Vec<GuardId>,
    pub opt_outs: Vec<GuardId>,
    pub reason: String,
    pub origin: Origin,
}

impl ConsentRule {
    /// Whether the rule covers data of `category` used for `purpose`.
    pub fn applies(&self, category: &str, purpose: &str) -> bool {
        self.categories.iter().any(|c| within(category, c)) && self.purposes.iter().any(|p| within(purpose, p))
    }
}

/// The rules and the guards they name.
#[derive(Debug, Default)]
pub struct Consent {
    pub rules: Vec<ConsentRule>,
    /// Every guard and opt-out, by [`GuardId`], with its name for messages.
    pub guards: Vec<(GuardTarget, String)>,
    pub fns: HashMap<DefId, GuardId>,
    pub fields: HashMap<(DefId, u32), GuardId>,
    pub externs: HashMap<String, GuardId>,
}

impl Consent {
    /// Whether there is any rule: without one, the flow does not follow guards at all.
    pub fn is_active(&self) -> bool {
        !self.rules.is_empty()
    }

    pub fn name(&self, g: GuardId) -> &str {
        self.guards.get(g as usize).map_or("?", |(_, n)| n.as_str())
    }

    /// The id of a guard, numbering it when new.
    pub(super) fn id(&mut self, target: GuardTarget, name: String) -> GuardId {
        if let Some(i) = self.guards.iter().position(|(t, _)| *t == target) {
            return i as GuardId;
        }
        let id = self.guards.len() as GuardId;
        match &target {
            GuardTarget::Fn(d) => {
                self.fns.insert(*d, id);
            }
            GuardTarget::Field(d, i) => {
                self.fields.insert((*d, *i), id);
            }
            GuardTarget::Extern(p) => {
                self.externs.insert(p.clone(), id);
            }
        }
        self.guards.push((target, name));
        id
    }
}

/// A guard or opt-out marked in code, before rules are made of them.
pub(super) struct AttrGuard {
    target: GuardTarget,
    name: String,
    opt_out: bool,
    categories: Vec<String>,
    purposes: Vec<String>,
    reason: Option<String>,
    origin: Origin,
}

impl Builder<'_> {
    /// The id of a guard; a trait method's declaration stands for every implementation
    /// in the workspace (calls resolve to those).
    fn guard_id(&mut self, target: GuardTarget, name: String) -> GuardId {
        let decl = match target {
            GuardTarget::Fn(d) => self.prog.fn_info(d).and_then(|f| match f.container {
                Container::Trait(t) => Some((t, self.prog.def(d).name.clone())),
                _ => None,
            }),
            _ => None,
        };
        let id = self.policy.consent.id(target, name);
        for imp in decl.and_then(|k| self.prog.trait_impls.get(&k)).into_iter().flatten() {
            self.policy.consent.fns.entry(*imp).or_insert(id);
        }
        id
    }

    /// `#[redline::consent]` / `#[redline::opt_out]` on `target` (names checked).
    pub(super) fn attr_guard(&mut self, target: GuardTarget, name: String, a: &Annotation, origin: Origin) {
        let Annotation::Guard { opt_out, purposes, categories, reason } = a else { return };
        let names = |v: &[SpannedStr]| {
            let mut n: Vec<String> = v.iter().map(|s| s.value.clone()).collect();
            n.sort();
            n
        };
        self.attr_guards.push(AttrGuard {
            target,
            name,
            opt_out: *opt_out,
            categories: names(categories),
            purposes: names(purposes),
            reason: reason.as_ref().map(|r| r.value.clone()),
            origin,
        });
    }

    /// Rules of the guards marked in code: one per set of categories and purposes (a rule
    /// of redline.toml with the same sets gains them), so that marking two guards of the
    /// same thing lets either satisfy it.
    pub(super) fn consent_attribute_rules(&mut self) {
        let sorted = |v: &[String]| {
            let mut v = v.to_vec();
            v.sort();
            v
        };
        for g in std::mem::take(&mut self.attr_guards) {
            let id = self.guard_id(g.target, g.name.clone());
            let rules = &mut self.policy.consent.rules;
            let same =
                |r: &&mut ConsentRule| sorted(&r.categories) == g.categories && sorted(&r.purposes) == g.purposes;
            let rule = match rules.iter_mut().find(same) {
                Some(r) => r,
                None => {
                    let how = if g.opt_out { "#[redline::opt_out]" } else { "#[redline::consent]" };
                    let reason = g.reason.clone().unwrap_or_else(|| format!("{how} on `{}`", g.name));
                    rules.push(ConsentRule {
                        categories: g.categories.clone(),
                        purposes: g.purposes.clone(),
                        guards: Vec::new(),
                        opt_outs: Vec::new(),
                        reason,
                        origin: g.origin.clone(),
                    });
                    rules.last_mut().expect("just pushed")
                }
            };
            let list = if g.opt_out { &mut rule.opt_outs } else { &mut rule.guards };
            if !list.contains(&id) {
                list.push(id);
            }
        }
    }

    /// `[[consent]]` rules; a guard path that names nothing in the workspace is an
    /// `unmatched-config-path` (the rule still applies: its uses are unguarded).
    pub(super) fn consent_rules(&mut self) {
        let config = self.config;
        for entry in &config.consent {
            let guards = entry.guards.iter().filter_map(|(p, span)| self.guard_path(p, span)).collect();
            let opt_outs = entry.opt_outs.iter().filter_map(|(p, span)| self.guard_path(p, span)).collect();
            self.policy.consent.rules.push(ConsentRule {
                categories: entry.categories.clone(),
                purposes: entry.purposes.clone(),
                guards,
                opt_outs,
                reason: entry.reason.clone(),
                origin: Origin {
                    file: config.file.clone(),
                    span: Span::new(entry.span.start, entry.span.end),
                    how: format!("{} [[consent]]", config.file),
                },
            });
        }
    }

    /// A guard or opt-out path: a function or method, a field, or a dependency's function.
    fn guard_path(&mut self, path: &str, span: &Range<usize>) -> Option<GuardId> {
        if let Some(target) = self.guard_target(path) {
            return Some(self.guard_id(target, path.to_string()));
        }
        if !self.is_workspace_path(path) {
            return Some(self.policy.consent.id(GuardTarget::Extern(path.to_string()), path.to_string()));
        }
        let help = self
            .closest_path("function or field", path)
            .unwrap_or_else(|| "check the spelling and the module path; crate names use `_` for `-`".into());
        let file = self.config.file.clone();
        self.finding(
            Lint::UnmatchedConfigPath,
            &file,
            Span::new(span.start, span.end),
            format!("[[consent]] `{path}` matches no function or field in the workspace"),
            Some(help),
        );
        None
    }

    fn guard_target(&self, path: &str) -> Option<GuardTarget> {
        let prog = self.prog;
        if let Some(Res::Def(d)) = self.resolve_config_path(path) {
            if matches!(prog.def(d).kind, DefKind::Fn(_)) {
                return Some(GuardTarget::Fn(d));
            }
        }
        // Methods are `crate::module::Type::method`.
        if let Some(f) = prog.fn_ids().find(|&f| prog.def(f).path == path) {
            return Some(GuardTarget::Fn(f));
        }
        let (owner, field) = path.rsplit_once("::")?;
        let Some(Res::Def(d)) = self.resolve_config_path(owner) else { return None };
        let i = prog.fields.get(&d)?.iter().position(|(n, _)| n == field)?;
        Some(GuardTarget::Field(d, i as u32))
    }
}
