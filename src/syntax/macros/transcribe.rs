//! Writing a rule's transcriber out with the bindings of a match.

use super::matcher::{Bindings, Bound};
use super::rules::{used_names, Trans};
use proc_macro2::{Group, Ident, Span, TokenStream, TokenTree};
use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;

/// What a transcription may produce, and how `$crate` is written at the invocation.
pub struct Out<'a> {
    pub krate: &'a str,
    /// Tokens still allowed; transcription stops when it is used up.
    pub budget: usize,
    /// A statement fragment was just written: a `;` goes before the next token unless it is
    /// `;` or `,` (or the group ends), as rustc reads a statement fragment as a whole one.
    pub pending_semi: bool,
    /// Only spending, writing nothing (see [`spend_only`]).
    pub counting: bool,
}

/// The tokens of `body` with the bindings substituted, or why not.
pub fn transcribe(body: &[Trans], b: &Bindings, out: &mut Out) -> Result<TokenStream, String> {
    let mut tokens = Vec::new();
    seq(body, b, &mut Vec::new(), out, &mut tokens)?;
    Ok(tokens.into_iter().collect())
}

/// Spends from `out` what [`transcribe`] would, or says why it would fail, writing nothing.
pub fn spend_only(body: &[Trans], b: &Bindings, out: &mut Out) -> Result<(), String> {
    out.counting = true;
    let counted = seq(body, b, &mut Vec::new(), out, &mut Vec::new());
    out.counting = false;
    counted
}

/// A transcription written out one element of the transcriber at a time, as its reader
/// comes to it: the tokens of a generated item are made when its parse reaches them, and
/// freed with it (vaultwarden's `make_config!` writes 3.9 MB of tokens). Its budget was
/// spent by [`spend_only`], which also found any error it would meet.
pub struct Lazy<'a> {
    body: &'a [Trans],
    bindings: &'a Bindings,
    krate: &'a str,
    next: usize,
    pending_semi: bool,
    written: std::vec::IntoIter<TokenTree>,
}

impl<'a> Lazy<'a> {
    pub fn new(body: &'a [Trans], bindings: &'a Bindings, krate: &'a str) -> Self {
        Lazy { body, bindings, krate, next: 0, pending_semi: false, written: Vec::new().into_iter() }
    }
}

impl Iterator for Lazy<'_> {
    type Item = Result<TokenTree, String>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(tree) = self.written.next() {
                return Some(Ok(tree));
            }
            let element = self.body.get(self.next)?;
            self.next += 1;
            let mut out =
                Out { krate: self.krate, budget: usize::MAX, pending_semi: self.pending_semi, counting: false };
            let mut trees = Vec::new();
            if let Err(why) = seq(std::slice::from_ref(element), self.bindings, &mut Vec::new(), &mut out, &mut trees) {
                self.next = self.body.len();
                return Some(Err(why));
            }
            self.pending_semi = out.pending_semi;
            self.written = trees.into_iter();
        }
    }
}

/// Pushes `tt`, after the `;` a statement fragment before it needs.
fn push(out: &mut Out, to: &mut Vec<TokenTree>, tt: TokenTree) {
    let separates = matches!(&tt, TokenTree::Punct(p) if matches!(p.as_char(), ';' | ','));
    if std::mem::take(&mut out.pending_semi) && !separates {
        to.push(TokenTree::Punct(proc_macro2::Punct::new(';', proc_macro2::Spacing::Alone)));
    }
    to.push(tt);
}

fn spend(out: &mut Out, n: usize) -> Result<(), String> {
    out.budget = out.budget.checked_sub(n).ok_or_else(|| "its expansion is too large".to_string())?;
    Ok(())
}

fn seq(ts: &[Trans], b: &Bindings, idx: &mut Vec<usize>, out: &mut Out, to: &mut Vec<TokenTree>) -> Result<(), String> {
    for t in ts {
        match t {
            Trans::Token(tt) => {
                spend(out, 1)?;
                if !out.counting {
                    push(out, to, tt.clone());
                }
            }
            Trans::Group(d, inner) => {
                spend(out, 1)?;
                let pending = std::mem::take(&mut out.pending_semi);
                let mut v = Vec::new();
                seq(inner, b, idx, out, &mut v)?;
                // A statement at the end of a group is its last: no `;` after it.
                out.pending_semi = pending;
                if !out.counting {
                    push(out, to, TokenTree::Group(Group::new(*d, v.into_iter().collect())));
                }
            }
            Trans::Crate => {
                spend(out, 1)?;
                if !out.counting {
                    push(out, to, TokenTree::Ident(crate_ident(out.krate)));
                }
            }
            Trans::Var(ident, name) => var(ident, name, b, idx, out, to)?,
            Trans::Repeat { inner, sep } => {
                let n = count(inner, b, idx)?;
                for i in 0..n {
                    if i > 0 {
                        spend(out, sep.len())?;
                        if !out.counting {
                            for t in sep {
                                push(out, to, t.clone());
                            }
                        }
                    }
                    idx.push(i);
                    let r = seq(inner, b, idx, out, to);
                    idx.pop();
                    r?;
                }
            }
        }
    }
    Ok(())
}

thread_local! {
    /// How `$crate` is written, by the crate name it was written for (a `syn` parse of the
    /// name each time was a tenth of what an expansion cost).
    static CRATE_IDENTS: RefCell<HashMap<String, Ident>> = RefCell::new(HashMap::default());
}

/// `$crate` where it is invoked: `krate` as an identifier, or `crate` when it is none.
fn crate_ident(krate: &str) -> Ident {
    if let Some(ident) = CRATE_IDENTS.with(|m| m.borrow().get(krate).cloned()) {
        return ident;
    }
    let mut ident = syn::parse_str::<Ident>(krate).unwrap_or_else(|_| Ident::new("crate", Span::call_site()));
    // Kept past the thread's memory of spans: a span of its own.
    ident.set_span(Span::call_site());
    CRATE_IDENTS.with(|m| {
        let mut m = m.borrow_mut();
        // A workspace names few crates; a bound all the same.
        if m.len() >= 1024 {
            m.clear();
        }
        m.insert(krate.to_string(), ident.clone());
    });
    ident
}

fn var(
    ident: &Ident,
    name: &str,
    b: &Bindings,
    idx: &[usize],
    out: &mut Out,
    to: &mut Vec<TokenTree>,
) -> Result<(), String> {
    match lookup(b, name, idx) {
        Some(Bound::One(ts, needs_semi)) => {
            // Every token it holds, groups' insides included: a fragment written twice per
            // expansion (`n!(($($t)*) ($($t)*))`) doubles at each level, and counting its
            // top-level trees only let 30 levels take 24 GB. An empty one costs a token: it is
            // work all the same.
            spend(out, deep_len(ts).max(1))?;
            if !out.counting {
                for t in ts.clone() {
                    push(out, to, t);
                }
            }
            out.pending_semi = *needs_semi;
            Ok(())
        }
        Some(Bound::Many(_)) => Err(format!("`${name}` is still repeating at this depth")),
        // Not a metavariable: kept as written (`$x` in a nested `macro_rules!`).
        None => {
            spend(out, 2)?;
            if !out.counting {
                push(out, to, TokenTree::Punct(proc_macro2::Punct::new('$', proc_macro2::Spacing::Alone)));
                push(out, to, TokenTree::Ident(ident.clone()));
            }
            Ok(())
        }
    }
}

/// How many tokens `ts` holds, the insides of its groups included.
pub(super) fn deep_len(ts: &TokenStream) -> usize {
    ts.clone()
        .into_iter()
        .map(|t| match t {
            TokenTree::Group(g) => 1 + deep_len(&g.stream()),
            _ => 1,
        })
        .sum()
}

/// A binding at the current repetition indices (a shallower one applies at every deeper
/// index).
fn lookup<'b>(b: &'b Bindings, name: &str, idx: &[usize]) -> Option<&'b Bound> {
    let mut cur = b.get(name)?;
    for &i in idx {
        match cur {
            Bound::Many(v) => cur = v.get(i)?,
            Bound::One(..) => break,
        }
    }
    Some(cur)
}

/// How often a repetition runs: the count of the repeating variables it uses, which must agree.
fn count(inner: &[Trans], b: &Bindings, idx: &[usize]) -> Result<usize, String> {
    let mut names = Vec::new();
    used_names(inner, &mut names);
    let mut n: Option<(usize, String)> = None;
    for name in names {
        if let Some(Bound::Many(v)) = lookup(b, &name, idx) {
            match n {
                Some((m, ref other)) if m != v.len() => {
                    return Err(format!("`${other}` repeats {m} times but `${name}` {} times", v.len()))
                }
                _ => n = Some((v.len(), name)),
            }
        }
    }
    n.map(|(n, _)| n).ok_or_else(|| "a repetition in its transcriber uses no repeating variable".to_string())
}
