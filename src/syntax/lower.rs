//! Lowering from the `syn` AST to the compact model in [`super::model`].

use super::annotate::{loose, test_code, Site};
use super::format_args::FormatPlan;
use super::macros::{Element, FORMAT_MACROS};
use super::model::*;
use super::simple_expr::simple_expr;
use super::CollectExact;
use proc_macro2::{Delimiter, TokenStream, TokenTree};
use quote::ToTokens;
use redline_grammar::MacroPlace;
use smol_str::ToSmolStr;
use std::cell::{Cell, RefCell};
use syn::parse::{Parse, ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::Token;
use thin_vec::{thin_vec, ThinVec};

/// Deeper expressions than this are not lowered (the body is marked truncated).
const MAX_DEPTH: u32 = 256;

/// Macros whose arguments are code for another crate (a procedural macro's output).
const QUOTING_MACROS: &[&str] = &["quote", "quote_spanned", "parse_quote", "parse_quote_spanned"];

/// Where an item is lowered.
#[derive(Clone, Copy)]
struct Ctx<'e> {
    /// Inside a function body (its items are placed beside the function).
    in_body: bool,
    /// A `module_purpose!` that declares its module's purpose again.
    repeated: Option<&'e syn::Error>,
}

/// Reads the file an `include!` names (relative to the including file): its text, or why
/// not.
pub type IncludeReader<'t> = &'t (dyn Fn(&str) -> Result<String, String> + Sync);

/// `include!`s inside included code nest at most this deep.
const MAX_INCLUDE_DEPTH: u32 = 8;

pub(crate) struct Lowerer<'t> {
    /// Added to every span offset (a stripped byte-order mark or shebang line).
    base: usize,
    text: &'t str,
    /// Byte offset where each line starts, and whether the line is ASCII.
    lines: Vec<(usize, bool)>,
    include: Option<IncludeReader<'t>>,
    /// While lowering an included expression or a macro expansion: the `include!`'s or the
    /// invocation's span, for all of it.
    pub(super) fixed: Cell<Option<Span>>,
    include_depth: Cell<u32>,
    unincluded: RefCell<Vec<Unincluded>>,
    /// Expands the workspace's macros (on the second parse of a file that invokes them).
    pub(super) expander: Option<super::macros::Expander<'t>>,
    /// The last path segment of each macro invoked, in order, but for std's and the logging
    /// crates' (on the first parse).
    pub(super) invoked: RefCell<Vec<String>>,
    /// Which of std's and the logging crates' macros were invoked (bits of their indices).
    pub(super) invoked_external: Cell<u64>,
    pub(super) unexpanded: RefCell<Vec<Unexpanded>>,
    pub(super) macro_defs: RefCell<Vec<MacroDef>>,
    /// Inside the arguments of `quote!` and the like (their macros are not expanded).
    pub(super) quoting: Cell<u32>,
    /// The inline modules being lowered, and whether each is `#[macro_use]` and test code.
    pub(super) inline_mods: RefCell<Vec<(String, bool, bool)>>,
    /// The function bodies the text parsed leaves empty, to lower alone later, in order
    /// (offsets in the text; see [`super::blank::blank_deferring`]).
    lazy: Vec<super::blank::Lazy>,
    /// Those of `lazy` met, as functions (a function lowered twice meets its body twice).
    pending: RefCell<Vec<LazyBody>>,
}

/// Byte offset where each line of `text` starts, whether the line is ASCII, and an entry for
/// the end. (Splitting the text into lines and checking each cost over 200 instructions a
/// line, most lines being short: a vectorised search for newlines, and one check of the
/// whole text when it is ASCII, which most are, cost a tenth of that.)
fn line_starts(text: &str) -> Vec<(usize, bool)> {
    let ascii = text.is_ascii();
    let line = |start: usize, end: usize| (start, ascii || text.as_bytes()[start..end].is_ascii());
    let mut lines = Vec::with_capacity(text.len() / 32 + 2);
    let mut start = 0;
    for newline in memchr::memchr_iter(b'\n', text.as_bytes()) {
        lines.push(line(start, newline));
        start = newline + 1;
    }
    if start < text.len() {
        lines.push(line(start, text.len()));
    }
    lines.push((text.len(), true));
    lines
}

/// How much a [`Lowerer`] had recorded besides what it returns (see [`Lowerer::mark`]).
pub(super) struct Mark {
    unincluded: usize,
    invoked: usize,
    invoked_external: u64,
    unexpanded: usize,
    macro_defs: usize,
    pending: usize,
}

impl<'t> Lowerer<'t> {
    /// What it has recorded so far, for [`Lowerer::undo`].
    pub(super) fn mark(&self) -> Mark {
        Mark {
            unincluded: self.unincluded.borrow().len(),
            invoked: self.invoked.borrow().len(),
            invoked_external: self.invoked_external.get(),
            unexpanded: self.unexpanded.borrow().len(),
            macro_defs: self.macro_defs.borrow().len(),
            pending: self.pending.borrow().len(),
        }
    }

    /// Forgets what it recorded since `mark` (an expansion lowered in part, then dropped).
    pub(super) fn undo(&self, mark: Mark) {
        self.unincluded.borrow_mut().truncate(mark.unincluded);
        self.invoked.borrow_mut().truncate(mark.invoked);
        self.invoked_external.set(mark.invoked_external);
        self.unexpanded.borrow_mut().truncate(mark.unexpanded);
        self.macro_defs.borrow_mut().truncate(mark.macro_defs);
        self.pending.borrow_mut().truncate(mark.pending);
    }

    /// `text` is exactly what `syn` parsed.
    pub(crate) fn new(
        base: usize,
        text: &'t str,
        include: Option<IncludeReader<'t>>,
        macros: Option<&'t dyn super::macros::MacroScope>,
    ) -> Self {
        Lowerer {
            base,
            text,
            lines: line_starts(text),
            include,
            fixed: Cell::new(None),
            include_depth: Cell::new(0),
            unincluded: RefCell::new(Vec::new()),
            expander: macros.map(super::macros::Expander::new),
            invoked: RefCell::new(Default::default()),
            invoked_external: Cell::new(0),
            unexpanded: RefCell::new(Vec::new()),
            macro_defs: RefCell::new(Vec::new()),
            inline_mods: RefCell::new(Vec::new()),
            quoting: Cell::new(0),
            lazy: Vec::new(),
            pending: RefCell::new(Vec::new()),
        }
    }

    /// Leaves the function bodies `lazy` spans (offsets in the text, braces included, in
    /// order) to be lowered later: the text parsed has them empty.
    pub(crate) fn leaving(mut self, lazy: Vec<super::blank::Lazy>) -> Self {
        self.lazy = lazy;
        for l in &mut self.lazy {
            (l.lo, l.hi) = (self.base + l.lo, self.base + l.hi);
        }
        self
    }

    /// Line/column (what proc-macro2 tracks cheaply) to a byte offset.
    fn offset(&self, lc: proc_macro2::LineColumn) -> usize {
        let Some(&(start, ascii)) = self.lines.get(lc.line.saturating_sub(1)) else { return self.text.len() };
        let at = if ascii {
            start + lc.column
        } else {
            let line = &self.text[start..];
            start + line.char_indices().nth(lc.column).map_or(line.len(), |(i, _)| i)
        };
        self.base + at.min(self.text.len())
    }

    pub(super) fn sp(&self, s: proc_macro2::Span) -> Span {
        if let Some(fixed) = self.fixed.get() {
            return fixed;
        }
        Span::new(self.offset(s.start()), self.offset(s.end()))
    }

    /// `join(self.sp(first), self.sp(last))` for tokens written in that order, asking
    /// `proc_macro2` only where `first` starts and `last` ends (each answer is a search of
    /// its thread's table of texts and of the text's lines).
    pub(super) fn sp_between(&self, first: proc_macro2::Span, last: proc_macro2::Span) -> Span {
        if self.fixed.get().is_some() {
            return join(self.sp(first), self.sp(last));
        }
        let (lo, hi) = (self.offset(first.start()), self.offset(last.end()));
        match lo == 0 || hi <= lo {
            true => join(self.sp(first), self.sp(last)),
            false => Span::new(lo, hi),
        }
    }

    /// `join(self.sp(open), s)` for a token of `len` bytes (a keyword or an operator)
    /// written before what `s` spans, asking `proc_macro2` only where it starts.
    pub(super) fn sp_from(&self, open: proc_macro2::Span, len: usize, s: Span) -> Span {
        if self.fixed.get().is_some() || s == Span::default() {
            return join(self.sp(open), s);
        }
        let lo = self.offset(open.start());
        match lo == 0 || (s.lo as usize) < lo + len {
            true => join(self.sp(open), s),
            false => Span::new(lo, s.hi as usize),
        }
    }

    /// `join(s, self.sp(close))` for a closing token written after what `s` spans, asking
    /// `proc_macro2` only where it ends.
    pub(super) fn sp_until(&self, s: Span, close: proc_macro2::Span) -> Span {
        if self.fixed.get().is_some() || s == Span::default() {
            return join(s, self.sp(close));
        }
        let hi = self.offset(close.end());
        match hi <= s.lo as usize + 1 {
            true => join(s, self.sp(close)),
            false => Span::new(s.lo as usize, (s.hi as usize).max(hi)),
        }
    }

    pub(crate) fn file(&self, file: &syn::File) -> FileModel {
        self.file_deferred(file, &[]).0
    }

    /// [`Lowerer::file`] of a file whose top-level items `deferred` says were emptied: each is
    /// a [`MacroSite`] lowered to no item yet, to parse again. `false` when one of them
    /// overlaps an item parsed, or a function body left for later was met as no function
    /// (the model is then wrong, and the file must be parsed whole).
    pub(crate) fn file_deferred(&self, file: &syn::File, deferred: &[super::blank::Deferred]) -> (FileModel, bool) {
        let mut items = Vec::new();
        // `syn` keeps only the inner attributes of a file here.
        self.loose_attrs(&file.attrs, Site::Statement, &mut items);
        let repeated = redline_grammar::repeated_module_purposes(&file.items, false);
        let mut sites = Vec::new();
        // Each item is written after the end of the one before it (with its attributes).
        let mut after = self.base;
        // The items left out, in the text's order, each between two items parsed: a site that
        // lowers to no item yet.
        let mut left_out = deferred.iter().peekable();
        let mut placed = true;
        let mut leave_out = |after: &mut usize, sites: &mut Vec<MacroSite>, at: usize, upto: usize| {
            while let Some(d) = left_out.next_if(|d| self.base + d.hi <= upto) {
                placed &= *after <= self.base + d.lo;
                let span = Span::new(*after, self.base + d.hi);
                sites.push(MacroSite { span, items: at..at, calls: d.calls.clone(), external: 0, deferred: true });
                *after = self.base + d.hi;
            }
        };
        for (i, item) in file.items.iter().enumerate() {
            let end = self.item_end(item);
            leave_out(&mut after, &mut sites, items.len(), end);
            let repeated = repeated.iter().find(|(at, _)| *at == i).map(|(_, error)| error);
            let (first_item, first_call) = (items.len(), self.invoked.borrow().len());
            let external_before = self.invoked_external.replace(0);
            self.item(item, &mut items, Ctx { in_body: false, repeated });
            // The item's calls, std's and the logging crates' macros among them (a workspace
            // may define `info!`).
            let external = self.invoked_external.replace(external_before);
            self.invoked_external.set(external_before | external);
            let calls: Vec<String> = self.invoked.borrow()[first_call..].to_vec();
            // Test code is not analysed (an item macro in it records no call).
            let lowered = &items[first_item..];
            let test_only = !lowered.is_empty() && lowered.iter().all(|i| i.attrs.cfg_test || i.attrs.is_test);
            if (!calls.is_empty() || external != 0) && !test_only {
                let (span, items) = (Span::new(after, end), first_item..items.len());
                sites.push(MacroSite { span, items, calls, external, deferred: false });
            }
            after = end;
        }
        leave_out(&mut after, &mut sites, items.len(), usize::MAX);
        // A body left empty that no function holds was in a macro's input (its text then
        // changed): the file must be parsed whole.
        let mut met: Vec<u32> = self.pending.borrow().iter().map(|p| p.span.lo).collect();
        met.sort_unstable();
        met.dedup();
        let held = met.len() == self.lazy.len();
        let mut model = self.model(items, sites);
        model.recursion_limit = recursion_limit(&file.attrs);
        (model, placed && held)
    }

    /// The model of what was lowered, `items` and what was recorded on the way.
    pub(crate) fn model(&self, items: Vec<Item>, macro_sites: Vec<MacroSite>) -> FileModel {
        FileModel {
            items,
            outline: None,
            unincluded: self.unincluded.take(),
            macro_defs: self.macro_defs.take(),
            macro_sites,
            unexpanded: self.unexpanded.take(),
            blanked: None,
            lazy: self.pending.take(),
            recursion_limit: None,
        }
    }

    /// The offset where an item's last token ends.
    fn item_end(&self, item: &syn::Item) -> usize {
        use syn::Item as I;
        let close = |d: &proc_macro2::extra::DelimSpan| d.close();
        let last = match item {
            I::Fn(f) => close(&f.block.brace_token.span),
            I::Struct(s) => match (&s.semi_token, &s.fields) {
                (Some(semi), _) => semi.span,
                (None, syn::Fields::Named(n)) => close(&n.brace_token.span),
                _ => return self.last_token_end(item),
            },
            I::Enum(e) => close(&e.brace_token.span),
            I::Union(u) => close(&u.fields.brace_token.span),
            I::Impl(i) => close(&i.brace_token.span),
            I::Trait(t) => close(&t.brace_token.span),
            I::Mod(m) => match (&m.semi, &m.content) {
                (Some(semi), _) => semi.span,
                (None, Some((brace, _))) => close(&brace.span),
                _ => return self.last_token_end(item),
            },
            I::Use(u) => u.semi_token.span,
            I::Const(c) => c.semi_token.span,
            I::Static(s) => s.semi_token.span,
            I::Type(t) => t.semi_token.span,
            I::ExternCrate(e) => e.semi_token.span,
            I::ForeignMod(f) => close(&f.brace_token.span),
            I::TraitAlias(t) => t.semi_token.span,
            I::Macro(m) => m.semi_token.as_ref().map_or_else(|| close(m.mac.delimiter.span()), |s| s.span),
            _ => return self.last_token_end(item),
        };
        self.sp(last).hi as usize
    }

    fn last_token_end(&self, item: &syn::Item) -> usize {
        item.to_token_stream().into_iter().last().map_or(self.base, |t| self.sp(t.span()).hi as usize)
    }

    /// Lowers items parsed from a part of the file (a [`MacroSite`]) again.
    pub(crate) fn site(&self, items: &[syn::Item]) -> FileModel {
        let mut out = Vec::new();
        for item in items {
            self.item(item, &mut out, Ctx { in_body: false, repeated: None });
        }
        self.model(out, Vec::new())
    }

    /// Lowers the items of a module; `attribute` when the module has a
    /// `#[purpose]` attribute, `in_body` when it is inside a function body.
    fn items(&self, items: &[syn::Item], attribute: bool, in_body: bool, out: &mut Vec<Item>) {
        let repeated = if in_body { Vec::new() } else { redline_grammar::repeated_module_purposes(items, attribute) };
        for (i, item) in items.iter().enumerate() {
            let repeated = repeated.iter().find(|(at, _)| *at == i).map(|(_, error)| error);
            self.item(item, out, Ctx { in_body, repeated });
        }
    }

    fn item(&self, item: &syn::Item, out: &mut Vec<Item>, ctx: Ctx) {
        use syn::Item as I;
        let (attrs, vis, name, span, kind): (&[syn::Attribute], Option<&syn::Visibility>, String, Span, ItemKind) =
            match item {
                I::Fn(f) => {
                    let (fd, lifted) = self.func(&f.sig, Some(&f.block));
                    out.extend(test_code(lifted, &f.attrs));
                    (&f.attrs, Some(&f.vis), f.sig.ident.to_string(), self.sp(f.sig.ident.span()), ItemKind::Fn(fd))
                }
                I::Struct(s) => (
                    &s.attrs,
                    Some(&s.vis),
                    s.ident.to_string(),
                    self.sp(s.ident.span()),
                    ItemKind::Struct(AdtDef { generics: self.generics(&s.generics), fields: self.fields(&s.fields) }),
                ),
                I::Union(u) => (
                    &u.attrs,
                    Some(&u.vis),
                    u.ident.to_string(),
                    self.sp(u.ident.span()),
                    ItemKind::Struct(AdtDef {
                        generics: self.generics(&u.generics),
                        fields: Fields::Named(
                            u.fields.named.iter().enumerate().map(|(i, f)| self.field(i, f)).collect_exact(),
                        ),
                    }),
                ),
                I::Enum(e) => (&e.attrs, Some(&e.vis), e.ident.to_string(), self.sp(e.ident.span()), self.enum_def(e)),
                I::Type(t) => (
                    &t.attrs,
                    Some(&t.vis),
                    t.ident.to_string(),
                    self.sp(t.ident.span()),
                    ItemKind::TypeAlias {
                        generics: t.generics.type_params().map(|p| p.ident.to_string()).collect_exact(),
                        ty: self.ty(&t.ty),
                    },
                ),
                I::Use(u) => {
                    let mut entries = Vec::new();
                    let is_pub = is_pub(&u.vis);
                    self.use_tree(&u.tree, &mut Vec::new(), u.leading_colon.is_some(), is_pub, &mut entries);
                    (&u.attrs, Some(&u.vis), String::new(), self.sp(u.use_token.span), ItemKind::Use(entries))
                }
                I::Impl(i) => (&i.attrs, None, String::new(), self.sp(i.impl_token.span), self.impl_def(i, out)),
                I::Trait(t) => {
                    (&t.attrs, Some(&t.vis), t.ident.to_string(), self.sp(t.ident.span()), self.trait_def(t, out))
                }
                I::Mod(m) => {
                    let inline = m.content.as_ref().map(|(_, items)| {
                        let purpose =
                            |a: &syn::Attribute| a.path().segments.last().is_some_and(|s| s.ident == "purpose");
                        let outer = |a: &&syn::Attribute| matches!(a.style, syn::AttrStyle::Outer);
                        let attribute = m.attrs.iter().filter(outer).any(purpose);
                        let mut v = Vec::new();
                        let macro_use = m.attrs.iter().any(|a| a.path().is_ident("macro_use"));
                        let test_only = redline_grammar::is_test_only(&m.attrs);
                        self.inline_mods.borrow_mut().push((m.ident.to_string(), macro_use, test_only));
                        self.items(items, attribute, ctx.in_body, &mut v);
                        self.inline_mods.borrow_mut().pop();
                        v
                    });
                    (
                        &m.attrs,
                        Some(&m.vis),
                        m.ident.to_string(),
                        self.sp(m.ident.span()),
                        ItemKind::Mod(ModDef { inline }),
                    )
                }
                I::Const(c) => (
                    &c.attrs,
                    Some(&c.vis),
                    c.ident.to_string(),
                    self.sp(c.ident.span()),
                    ItemKind::Const { ty: self.ty(&c.ty) },
                ),
                I::Static(s) => (
                    &s.attrs,
                    Some(&s.vis),
                    s.ident.to_string(),
                    self.sp(s.ident.span()),
                    ItemKind::Static { ty: self.ty(&s.ty), init: self.static_init(&s.expr, out) },
                ),
                I::Macro(m) if include_target(self, &m.mac).is_some() => {
                    let target = include_target(self, &m.mac).unwrap_or_else(|| Err(String::new()));
                    let span = join(self.sp(m.mac.path.span()), self.sp(m.mac.delimiter.span().close()));
                    (&m.attrs, None, String::new(), span, ItemKind::Include(target))
                }
                I::Macro(m) => return self.item_macro(m, item, out, ctx),
                I::ExternCrate(e) => (
                    &e.attrs,
                    Some(&e.vis),
                    e.rename.as_ref().map_or_else(|| e.ident.to_string(), |(_, r)| r.to_string()),
                    self.sp(e.ident.span()),
                    ItemKind::ExternCrate { name: e.ident.to_string() },
                ),
                I::ForeignMod(f) => return self.loose_attrs(&f.attrs, Site::Item(item), out),
                I::TraitAlias(t) => return self.loose_attrs(&t.attrs, Site::Item(item), out),
                _ => return,
            };
        self.push_item(item, (attrs, vis, name, span), kind, out);
    }

    /// Puts in `out` the lowered `item`, of `kind`, with its attributes.
    fn push_item(
        &self,
        item: &syn::Item,
        (attrs, vis, name, span): (&[syn::Attribute], Option<&syn::Visibility>, String, Span),
        kind: ItemKind,
        out: &mut Vec<Item>,
    ) {
        use syn::Item as I;
        let mut attrs = self.attrs(attrs, Site::Item(item));
        if let I::Const(syn::ItemConst { expr, .. }) | I::Static(syn::ItemStatic { expr, .. }) = item {
            if let Some(text) = super::db::const_text(self, expr) {
                attrs.db.get_or_insert_with(Box::default).text = Some(text);
            }
        }
        if matches!(kind, ItemKind::Use(_) | ItemKind::ExternCrate { .. }) {
            // Resolution keeps no attributes of these: each annotation becomes an item.
            let test_only = attrs.cfg_test || attrs.is_test;
            out.extend(std::mem::take(&mut attrs.annotations).into_iter().map(|a| loose(a, test_only)));
        }
        out.push(Item { name, span, is_pub: vis.is_some_and(is_pub), attrs, kind });
    }

    /// Lowers into `out` the items the workspace macro `mac` expands to, in parts (see
    /// [`Lowerer::with_expansion_each`]); whether it was expanded (else `out` is as it was).
    fn expanded_items(&self, mac: &syn::Macro, in_body: bool, out: &mut Vec<Item>) -> bool {
        let before = out.len();
        // The `module_purpose!`s met so far, to tell one that declares the purpose again.
        let mut purposes: Vec<syn::Item> = Vec::new();
        let one = |element: Element<syn::Item>| {
            let item = match element {
                Element::Impl(head, body) => return self.impl_in_parts(*head, body, out),
                Element::Parsed(item) => item,
            };
            let purpose = !in_body
                && matches!(&item, syn::Item::Macro(m) if m.mac.path.segments.last().is_some_and(|s| s.ident == "module_purpose"));
            if !purpose {
                self.item(&item, out, Ctx { in_body, repeated: None });
                return Ok(());
            }
            purposes.push(item);
            let last = purposes.len() - 1;
            let repeated =
                redline_grammar::repeated_module_purposes(&purposes, false).into_iter().find(|(at, _)| *at == last);
            let repeated = repeated.map(|(_, error)| error);
            self.item(&purposes[last], out, Ctx { in_body, repeated: repeated.as_ref() });
            Ok(())
        };
        if self.with_expansion_each(mac, (syn::Item::parse, "items"), true, one).is_some() {
            return true;
        }
        out.truncate(before);
        false
    }

    /// An `impl` block a macro generated, its head parsed and its items still tokens: they
    /// are parsed in parts (see [`super::macros::list::parts`]) and lowered one part at a
    /// time (one of vaultwarden's `make_config!` holds 155 functions, whose trees held 2.8 MB
    /// at once, and whose tokens and their buffer 2.9 MB).
    fn impl_in_parts(&self, mut head: syn::ItemImpl, body: TokenStream, out: &mut Vec<Item>) -> syn::Result<()> {
        let mut items = Vec::new();
        for (at, part) in super::macros::list::parts(body.into_iter().map(Ok::<_, syn::Error>)).enumerate() {
            // Inner attributes come first: only the first part may hold them.
            let inner = if at == 0 { syn::Attribute::parse_inner } else { |_: ParseStream| Ok(Vec::new()) };
            let each = super::macros::each(syn::ImplItem::parse);
            let (attrs, parsed) = (|input: ParseStream| Ok((inner(input)?, each(input)?))).parse2(part?)?;
            head.attrs.extend(attrs);
            for ii in &parsed {
                self.impl_item(ii, &mut items, out);
            }
        }
        // As a written one is (its items first, which put what they lift in `out`).
        let kind = self.impl_with(&head, items);
        // Its attributes are read apart (where an attribute may be depends on the item's kind).
        let (attrs, span) = (std::mem::take(&mut head.attrs), self.sp(head.impl_token.span));
        self.push_item(&syn::Item::Impl(head), (&attrs, None, String::new(), span), kind, out);
        Ok(())
    }

    /// A macro in item position: a `macro_rules!` definition, an invocation of a workspace
    /// macro (expanded), or another macro (diesel's `table!`, annotations).
    fn item_macro(&self, m: &syn::ItemMacro, item: &syn::Item, out: &mut Vec<Item>, ctx: Ctx) {
        let test_only = redline_grammar::is_test_only(&m.attrs);
        if m.mac.path.is_ident("macro_rules") {
            if !test_only {
                self.macro_def(m);
            }
            return;
        }
        if !test_only && self.expanded_items(&m.mac, ctx.in_body, out) {
            return;
        }
        let place = ctx.in_body.then_some(MacroPlace::FunctionBody);
        if m.mac.path.segments.last().is_some_and(|s| s.ident == "table") {
            out.extend(super::db::tables(self, &m.mac));
        }
        if !test_only {
            super::statics::statics(self, &m.mac, out);
        }
        out.extend(self.macro_annotation(&m.mac, place, ctx.repeated, test_only));
        self.loose_attrs(&m.attrs, Site::Item(item), out);
    }

    fn enum_def(&self, e: &syn::ItemEnum) -> ItemKind {
        ItemKind::Enum(EnumDef {
            generics: self.generics(&e.generics),
            variants: e
                .variants
                .iter()
                .map(|v| VariantDef {
                    name: v.ident.to_string(),
                    span: self.sp(v.ident.span()),
                    fields: self.fields(&v.fields),
                    attrs: self.attrs(&v.attrs, Site::Variant),
                })
                .collect_exact(),
        })
    }

    fn impl_def(&self, i: &syn::ItemImpl, out: &mut Vec<Item>) -> ItemKind {
        let mut items = Vec::new();
        for ii in &i.items {
            self.impl_item(ii, &mut items, out);
        }
        self.impl_with(i, items)
    }

    /// The impl block `i` (its items left aside) with the lowered `items`.
    fn impl_with(&self, i: &syn::ItemImpl, items: Vec<Item>) -> ItemKind {
        ItemKind::Impl(ImplDef {
            generics: self.generics(&i.generics),
            trait_path: i.trait_.as_ref().map(|(_, p, _)| self.path(p, false)),
            self_ty: self.ty(&i.self_ty),
            items,
        })
    }

    fn trait_def(&self, t: &syn::ItemTrait, out: &mut Vec<Item>) -> ItemKind {
        let mut items = Vec::new();
        for ti in &t.items {
            self.trait_item(ti, &mut items, out);
        }
        ItemKind::Trait(TraitDef { generics: self.generics(&t.generics), items })
    }

    fn trait_item(&self, ti: &syn::TraitItem, items: &mut Vec<Item>, out: &mut Vec<Item>) {
        let site = Site::TraitItem(ti);
        match ti {
            syn::TraitItem::Fn(f) => {
                let (fd, lifted) = self.func(&f.sig, f.default.as_ref());
                out.extend(test_code(lifted, &f.attrs));
                items.push(Item {
                    name: f.sig.ident.to_string(),
                    span: self.sp(f.sig.ident.span()),
                    is_pub: true,
                    attrs: self.attrs(&f.attrs, site),
                    kind: ItemKind::Fn(fd),
                });
            }
            syn::TraitItem::Const(c) => self.loose_attrs(&c.attrs, site, out),
            syn::TraitItem::Type(t) => self.loose_attrs(&t.attrs, site, out),
            syn::TraitItem::Macro(m) => {
                let (items_before, out_before) = (items.len(), out.len());
                let lower = |element| {
                    if let Element::Parsed(ti) = element {
                        self.trait_item(&ti, items, out);
                    }
                    Ok(())
                };
                if self.with_expansion_each(&m.mac, (syn::TraitItem::parse, "trait items"), false, lower).is_some() {
                    return;
                }
                items.truncate(items_before);
                out.truncate(out_before);
                out.extend(self.macro_annotation(&m.mac, Some(MacroPlace::Trait), None, false));
                self.loose_attrs(&m.attrs, site, out);
            }
            _ => {}
        }
    }

    fn impl_item(&self, ii: &syn::ImplItem, items: &mut Vec<Item>, out: &mut Vec<Item>) {
        let site = Site::ImplItem(ii);
        match ii {
            syn::ImplItem::Fn(f) => {
                let (fd, lifted) = self.func(&f.sig, Some(&f.block));
                out.extend(test_code(lifted, &f.attrs));
                items.push(Item {
                    name: f.sig.ident.to_string(),
                    span: self.sp(f.sig.ident.span()),
                    is_pub: is_pub(&f.vis),
                    attrs: self.attrs(&f.attrs, site),
                    kind: ItemKind::Fn(fd),
                });
            }
            syn::ImplItem::Const(c) => self.loose_attrs(&c.attrs, site, out),
            syn::ImplItem::Type(t) => self.loose_attrs(&t.attrs, site, out),
            syn::ImplItem::Macro(m) => {
                let (items_before, out_before) = (items.len(), out.len());
                let lower = |element| {
                    if let Element::Parsed(ii) = element {
                        self.impl_item(&ii, items, out);
                    }
                    Ok(())
                };
                if self.with_expansion_each(&m.mac, (syn::ImplItem::parse, "associated items"), false, lower).is_some()
                {
                    return;
                }
                items.truncate(items_before);
                out.truncate(out_before);
                out.extend(self.macro_annotation(&m.mac, Some(MacroPlace::ImplBlock), None, false));
                self.loose_attrs(&m.attrs, site, out);
            }
            _ => {}
        }
    }

    fn fields(&self, fields: &syn::Fields) -> Fields {
        match fields {
            syn::Fields::Named(n) => {
                Fields::Named(n.named.iter().enumerate().map(|(i, f)| self.field(i, f)).collect_exact())
            }
            syn::Fields::Unnamed(u) => {
                Fields::Tuple(u.unnamed.iter().enumerate().map(|(i, f)| self.field(i, f)).collect_exact())
            }
            syn::Fields::Unit => Fields::Unit,
        }
    }

    fn field(&self, index: usize, f: &syn::Field) -> FieldDef {
        let (name, span) = match &f.ident {
            Some(id) => (id.to_string(), self.sp(id.span())),
            None => (index.to_string(), self.ty_span(&f.ty)),
        };
        FieldDef { name, span, ty: self.ty(&f.ty), attrs: self.attrs(&f.attrs, Site::Field(&f.ty)) }
    }

    fn ty_span(&self, ty: &syn::Type) -> Span {
        match ty {
            syn::Type::Path(p) => path_span(self, &p.path),
            syn::Type::Reference(r) => join(self.sp(r.and_token.span), self.ty_span(&r.elem)),
            _ => Span::default(),
        }
    }

    fn generics(&self, g: &syn::Generics) -> Generics {
        let mut params: Vec<(String, Vec<TyPath>)> =
            g.type_params().map(|p| (p.ident.to_string(), self.bounds(p.bounds.iter()))).collect_exact();
        let mut where_only: Vec<(String, Vec<TyPath>)> = Vec::new();
        if let Some(wc) = &g.where_clause {
            for pred in &wc.predicates {
                if let syn::WherePredicate::Type(pt) = pred {
                    if let syn::Type::Path(tp) = &pt.bounded_ty {
                        if let Some(id) = tp.path.get_ident() {
                            let name = id.to_string();
                            let b = self.bounds(pt.bounds.iter());
                            match params.iter_mut().chain(&mut where_only).find(|(n, _)| *n == name) {
                                Some((_, bounds)) => bounds.extend(b),
                                None => where_only.push((name, b)),
                            }
                        }
                    }
                }
            }
        }
        Generics { params, where_only }
    }

    fn bounds<'a>(&self, bounds: impl Iterator<Item = &'a syn::TypeParamBound>) -> Vec<TyPath> {
        bounds
            .filter_map(|b| match b {
                syn::TypeParamBound::Trait(t) => Some(self.path(&t.path, false)),
                _ => None,
            })
            .collect_exact()
    }

    fn use_tree(
        &self,
        tree: &syn::UseTree,
        prefix: &mut Vec<String>,
        global: bool,
        is_pub: bool,
        out: &mut Vec<UseEntry>,
    ) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.use_tree(&p.tree, prefix, global, is_pub, out);
                prefix.pop();
            }
            syn::UseTree::Name(n) => {
                let name = n.ident.to_string();
                let mut path = prefix.clone();
                let alias = if name == "self" {
                    prefix.last().cloned()
                } else {
                    path.push(name.clone());
                    Some(name)
                };
                if alias.is_some() {
                    out.push(UseEntry { path, alias, global, is_pub, span: self.sp(n.ident.span()) });
                }
            }
            syn::UseTree::Rename(r) => {
                let name = r.ident.to_string();
                let mut path = prefix.clone();
                if name != "self" {
                    path.push(name);
                }
                let alias = r.rename.to_string();
                if alias != "_" {
                    out.push(UseEntry { path, alias: Some(alias), global, is_pub, span: self.sp(r.rename.span()) });
                }
            }
            syn::UseTree::Glob(g) => {
                out.push(UseEntry {
                    path: prefix.clone(),
                    alias: None,
                    global,
                    is_pub,
                    span: self.sp(g.star_token.span),
                });
            }
            syn::UseTree::Group(g) => {
                for t in &g.items {
                    self.use_tree(t, prefix, global, is_pub, out);
                }
            }
        }
    }

    fn path(&self, p: &syn::Path, qualified: bool) -> TyPath {
        let mut args = Vec::new();
        for seg in &p.segments {
            if let syn::PathArguments::AngleBracketed(a) = &seg.arguments {
                for arg in &a.args {
                    match arg {
                        syn::GenericArgument::Type(t) => args.push(self.ty(t)),
                        syn::GenericArgument::AssocType(at) => args.push(self.ty(&at.ty)),
                        _ => {}
                    }
                }
            }
        }
        args.shrink_to_fit();
        TyPath {
            global: p.leading_colon.is_some(),
            segments: p.segments.iter().map(|s| s.ident.to_smolstr()).collect_exact(),
            args,
            qualified,
        }
    }

    pub(super) fn ty(&self, ty: &syn::Type) -> Ty {
        match ty {
            syn::Type::Path(p) => Ty::Path(self.path(&p.path, p.qself.is_some())),
            syn::Type::Reference(r) => Ty::Ref { mutable: r.mutability.is_some(), inner: Box::new(self.ty(&r.elem)) },
            syn::Type::Tuple(t) => Ty::Tuple(t.elems.iter().map(|t| self.ty(t)).collect_exact()),
            syn::Type::Slice(s) => Ty::Slice(Box::new(self.ty(&s.elem))),
            syn::Type::Array(a) => Ty::Slice(Box::new(self.ty(&a.elem))),
            syn::Type::ImplTrait(i) => Ty::Bounds(self.bounds(i.bounds.iter())),
            syn::Type::TraitObject(o) => Ty::Bounds(self.bounds(o.bounds.iter())),
            syn::Type::Paren(p) => self.ty(&p.elem),
            syn::Type::Group(g) => self.ty(&g.elem),
            syn::Type::Infer(_) => Ty::Infer,
            _ => Ty::Other,
        }
    }

    fn attrs(&self, attrs: &[syn::Attribute], site: Site) -> Attrs {
        let mut out = Attrs::default();
        let mut db = Vec::new();
        for a in attrs {
            // What the attribute says, as words of its text, decides which of the costly
            // readings below (a `syn` parse of its arguments) can find anything. Inside an
            // expansion spans are the invocation's: every attribute is read.
            let words = self.attr_words(a);
            let says = |wanted: &dyn Fn(&str) -> bool| words.as_ref().is_none_or(|w| w.iter().any(|w| wanted(w)));
            if says(&super::db::is_db_word) {
                db.push(a);
            }
            let path = a.path();
            let Some(last) = path.segments.last() else { continue };
            let single = path.segments.len() == 1;
            match redline_grammar::test_attr(a) {
                redline_grammar::TestAttr::CfgTest => out.cfg_test = true,
                redline_grammar::TestAttr::Test => out.is_test = true,
                redline_grammar::TestAttr::None => {}
            }
            if last.ident == "macro_use" && single {
                out.macro_use = true;
            }
            if last.ident == "cfg_attr" && single && says(&|w| w == "path") {
                attr_values(&a.meta, "path", &mut out.cfg_paths);
            }
            if last.ident == "path" && single {
                if let syn::Meta::NameValue(nv) = &a.meta {
                    if let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) = &nv.value {
                        out.path = Some(s.value());
                    }
                }
            }
        }
        out.annotations = self.annotation_attrs(attrs, site);
        out.db = super::db::attrs(db);
        out
    }

    /// The identifiers and keywords written in an attribute, from the file's text (`None`
    /// inside an expansion or an included file, whose spans are not the attribute's).
    fn attr_words<'s>(&'s self, a: &syn::Attribute) -> Option<Vec<&'s str>> {
        if self.fixed.get().is_some() {
            return None;
        }
        let lo = self.offset(a.pound_token.span.start()).checked_sub(self.base)?;
        let hi = self.offset(a.bracket_token.span.close().end()).checked_sub(self.base)?;
        let text = self.text.get(lo..hi)?;
        Some(text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).filter(|w| !w.is_empty()).collect())
    }

    /// Lowers the initializer of a static into a body of its own; items declared inside
    /// it go to `out`.
    pub(super) fn static_init(&self, e: &syn::Expr, out: &mut Vec<Item>) -> Body {
        let mut b = BodyBuilder { l: self, body: Body::default(), lifted: Vec::new(), depth: 0 };
        b.body.root = b.expr(e);
        let (body, lifted) = b.finish();
        out.extend(lifted);
        body
    }

    /// Lowers a function; items declared inside its body are returned to be
    /// placed beside it.
    fn func(&self, sig: &syn::Signature, block: Option<&syn::Block>) -> (FnDef, Vec<Item>) {
        let mut b = BodyBuilder { l: self, body: Body::default(), lifted: Vec::new(), depth: 0 };
        b.body.generated.extend(self.generated_by());
        let mut receiver = None;
        let mut params = Vec::new();
        for input in &sig.inputs {
            match input {
                syn::FnArg::Receiver(r) => {
                    self.loose_attrs(&r.attrs, Site::Param, &mut b.lifted);
                    receiver = Some(Receiver {
                        by_ref: r.reference.is_some(),
                        mutable: r.mutability.is_some(),
                        span: self.sp(r.self_token.span),
                    })
                }
                syn::FnArg::Typed(pt) => {
                    self.loose_attrs(&pt.attrs, Site::Param, &mut b.lifted);
                    let pat = b.pat(&pt.pat);
                    let span = join(b.body.pats[pat as usize].span, self.ty_span(&pt.ty));
                    params.push(Param { pat, ty: self.ty(&pt.ty), span });
                }
            }
        }
        let sig = Signature {
            generics: self.generics(&sig.generics),
            receiver,
            params,
            ret: match &sig.output {
                syn::ReturnType::Type(_, t) => Some(self.ty(t)),
                syn::ReturnType::Default => None,
            },
            is_async: sig.asyncness.is_some(),
        };
        let has_body = block.is_some();
        let lazy = block.and_then(|block| {
            let open = self.sp(block.brace_token.span.open()).lo as usize;
            let l = &self.lazy[self.lazy.binary_search_by_key(&open, |l| l.lo).ok()?];
            // The calls its lowering would record, for its item's site.
            l.calls.iter().for_each(|name| self.record_call(name.clone()));
            Some(Span::new(open, l.hi))
        });
        if let (Some(block), None) = (block, lazy) {
            b.body.root = b.block(block, false);
        }
        let (body, lifted) = b.finish();
        let body = std::sync::Arc::new(body);
        if let Some(span) = lazy {
            self.pending.borrow_mut().push(LazyBody { span, body: body.clone() });
        }
        (FnDef { sig, body, has_body }, lifted)
    }

    /// A function's body left empty by the first parse ([`LazyBody`]), lowered from `block`
    /// (parsed from this lowerer's text); `None` when it lowers to more than a body
    /// (an item lifted out, something recorded for the file), which the first parse would
    /// have seen.
    pub(crate) fn lazy_body(&self, block: &syn::Block, lazy: &LazyBody) -> Option<Body> {
        let mut b = BodyBuilder { l: self, body: (*lazy.body).clone(), lifted: Vec::new(), depth: 0 };
        b.body.root = b.block(block, false);
        let (body, lifted) = b.finish();
        let alone = lifted.is_empty() && self.unincluded.borrow().is_empty() && self.macro_defs.borrow().is_empty();
        alone.then_some(body)
    }
}

struct BodyBuilder<'a> {
    l: &'a Lowerer<'a>,
    body: Body,
    lifted: Vec<Item>,
    depth: u32,
}

impl BodyBuilder<'_> {
    /// The body, its arenas cut to their length (they live until the flow ends, and growth
    /// by doubling leaves a quarter of them unused on average), and the items lifted out.
    fn finish(self) -> (Body, Vec<Item>) {
        let BodyBuilder { mut body, lifted, .. } = self;
        body.exprs.shrink_to_fit();
        body.pats.shrink_to_fit();
        (body, lifted)
    }

    fn push(&mut self, kind: ExprKind, span: Span) -> ExprId {
        self.body.exprs.push(Expr { kind, span });
        (self.body.exprs.len() - 1) as ExprId
    }

    fn span_of(&self, e: ExprId) -> Span {
        self.body.exprs[e as usize].span
    }

    fn push_pat(&mut self, kind: PatKind, span: Span) -> PatId {
        self.body.pats.push(Pat { kind, span });
        (self.body.pats.len() - 1) as PatId
    }

    fn block(&mut self, block: &syn::Block, is_async: bool) -> ExprId {
        let mut stmts = ThinVec::new();
        let mut tail = None;
        let n = block.stmts.len();
        for (i, stmt) in block.stmts.iter().enumerate() {
            self.stmt(stmt, i + 1 == n, &mut stmts, &mut tail);
        }
        let span = self.l.sp(block.brace_token.span.join());
        stmts.shrink_to_fit();
        self.push(ExprKind::Block { stmts, tail, is_async }, span)
    }

    /// One statement of a block; `last` when nothing follows it.
    fn stmt(&mut self, stmt: &syn::Stmt, last: bool, stmts: &mut ThinVec<Stmt>, tail: &mut Option<ExprId>) {
        {
            match stmt {
                syn::Stmt::Local(local) => {
                    self.l.loose_attrs(&local.attrs, Site::Statement, &mut self.lifted);
                    let (pat, ty) = match &local.pat {
                        syn::Pat::Type(pt) => (self.pat(&pt.pat), Some(self.l.ty(&pt.ty))),
                        p => (self.pat(p), None),
                    };
                    let (init, els) = match &local.init {
                        Some(init) => (Some(self.expr(&init.expr)), init.diverge.as_ref().map(|(_, e)| self.expr(e))),
                        None => (None, None),
                    };
                    stmts.push(Stmt::Let { pat, ty: ty.map(Box::new), init, els });
                }
                syn::Stmt::Item(item) => self.l.item(item, &mut self.lifted, Ctx { in_body: true, repeated: None }),
                syn::Stmt::Expr(e, semi) => {
                    let id = self.expr(e);
                    if last && semi.is_none() {
                        *tail = Some(id);
                    } else {
                        stmts.push(Stmt::Expr(id));
                    }
                }
                syn::Stmt::Macro(m) => {
                    self.l.loose_attrs(&m.attrs, Site::Statement, &mut self.lifted);
                    let l = self.l;
                    let as_tail = last && m.semi_token.is_none();
                    let failed = l.unexpanded.borrow().len();
                    let expanded = l.with_expansion(&m.mac, (super::macros::stmts, "statements"), |inner| {
                        self.note_generated();
                        let n = inner.len();
                        for (i, s) in inner.iter().enumerate() {
                            self.stmt(s, as_tail && i + 1 == n, stmts, tail);
                        }
                    });
                    self.take_unexpanded(failed);
                    if expanded.is_none() {
                        let id = self.mac(&m.mac);
                        stmts.push(Stmt::Expr(id));
                    }
                }
            }
        }
    }

    /// Invocations that could not be expanded since `from` (of the file's list) are this body's.
    fn take_unexpanded(&mut self, from: usize) {
        let mut all = self.l.unexpanded.borrow_mut();
        if all.len() > from {
            self.body.unexpanded.extend(all.drain(from..));
        }
    }

    /// Records that what is being lowered was generated by a macro invocation.
    fn note_generated(&mut self) {
        if let Some(g) = self.l.generated_by() {
            if !self.body.generated.contains(&g) {
                self.body.generated.push(g);
            }
        }
    }

    /// The statements a macro in expression position generated: their expression, or a block.
    fn expanded_expr(&mut self, inner: &[syn::Stmt]) -> ExprId {
        self.note_generated();
        if let [syn::Stmt::Expr(e, None)] = inner {
            return self.expr(e);
        }
        let (mut stmts, mut tail) = (ThinVec::new(), None);
        for (i, s) in inner.iter().enumerate() {
            self.stmt(s, i + 1 == inner.len(), &mut stmts, &mut tail);
        }
        let span = self.l.fixed.get().unwrap_or_default();
        stmts.shrink_to_fit();
        self.push(ExprKind::Block { stmts, tail, is_async: false }, span)
    }

    fn exprs<'e>(&mut self, es: impl IntoIterator<Item = &'e syn::Expr>) -> ThinVec<ExprId> {
        es.into_iter().map(|e| self.expr(e)).collect_thin()
    }

    fn expr(&mut self, e: &syn::Expr) -> ExprId {
        if self.depth >= MAX_DEPTH {
            self.body.truncated = true;
            return self.push(ExprKind::Other(ThinVec::new()), Span::default());
        }
        self.depth += 1;
        let id = self.expr_inner(e);
        self.depth -= 1;
        id
    }

    /// One piece on purpose: a table of syn's 40 expression kinds, each arm the few lines
    /// that map it to the model; split up, the table would be scattered over as many
    /// functions without any becoming simpler.
    fn expr_inner(&mut self, e: &syn::Expr) -> ExprId {
        use syn::Expr as E;
        let l = self.l;
        match e {
            E::Path(p) => {
                let span = path_span(l, &p.path);
                let segs = &p.path.segments;
                if p.qself.is_none() && p.path.leading_colon.is_none() && segs.len() == 1 && segs[0].arguments.is_none()
                {
                    return self.push(ExprKind::Name(segs[0].ident.to_smolstr()), span);
                }
                let path = l.path(&p.path, p.qself.is_some());
                self.push(ExprKind::Path(Box::new(path)), span)
            }
            E::Lit(lit) => self.push(ExprKind::Lit(literal(&lit.lit)), l.sp(lit.lit.span())),
            E::Call(c) => {
                let func = self.expr(&c.func);
                let args = self.exprs(&c.args);
                let span = l.sp_until(self.span_of(func), c.paren_token.span.close());
                self.push(ExprKind::Call { func, args }, span)
            }
            E::MethodCall(m) => {
                let receiver = self.expr(&m.receiver);
                let args = self.exprs(&m.args);
                let span = l.sp_until(self.span_of(receiver), m.paren_token.span.close());
                self.push(ExprKind::MethodCall { receiver, method: m.method.to_string().into(), args }, span)
            }
            E::Field(f) => {
                let base = self.expr(&f.base);
                let (name, mspan) = match &f.member {
                    syn::Member::Named(id) => (id.to_string(), l.sp(id.span())),
                    syn::Member::Unnamed(i) => (i.index.to_string(), l.sp(i.span)),
                };
                let span = join(self.span_of(base), mspan);
                self.push(ExprKind::Field { base, name }, span)
            }
            E::Struct(s) => {
                let fields = s
                    .fields
                    .iter()
                    .map(|fv| {
                        let name = match &fv.member {
                            syn::Member::Named(id) => id.to_string(),
                            syn::Member::Unnamed(i) => i.index.to_string(),
                        };
                        (name, self.expr(&fv.expr))
                    })
                    .collect_thin();
                let rest = s.rest.as_ref().map(|r| self.expr(r));
                let span = l.sp_until(path_span(l, &s.path), s.brace_token.span.close());
                self.push(ExprKind::Struct { path: Box::new(l.path(&s.path, s.qself.is_some())), fields, rest }, span)
            }
            E::Tuple(t) => {
                let elems = self.exprs(&t.elems);
                self.push(ExprKind::Tuple(elems), l.sp(t.paren_token.span.join()))
            }
            E::Array(a) => {
                let elems = self.exprs(&a.elems);
                self.push(ExprKind::Array(elems), l.sp(a.bracket_token.span.join()))
            }
            E::Repeat(r) => {
                let elem = self.expr(&r.expr);
                let len = self.expr(&r.len);
                let _ = len;
                self.push(ExprKind::Array(thin_vec![elem]), l.sp(r.bracket_token.span.join()))
            }
            E::Block(b) => self.block(&b.block, false),
            E::Async(a) => {
                let id = self.block(&a.block, true);
                self.body.exprs[id as usize].span = l.sp_from(a.async_token.span, 5, self.span_of(id));
                id
            }
            E::Unsafe(u) => self.block(&u.block, false),
            E::Const(c) => self.block(&c.block, false),
            E::TryBlock(t) => self.block(&t.block, false),
            E::If(i) => {
                let cond = self.expr(&i.cond);
                let then = self.block(&i.then_branch, false);
                let els = i.else_branch.as_ref().map(|(_, e)| self.expr(e));
                let end = els.map_or(self.span_of(then), |e| self.span_of(e));
                self.push(ExprKind::If { cond, then, els }, l.sp_from(i.if_token.span, 2, end))
            }
            E::Let(le) => {
                let pat = self.pat(&le.pat);
                let expr = self.expr(&le.expr);
                let span = l.sp_from(le.let_token.span, 3, self.span_of(expr));
                self.push(ExprKind::Let { pat, expr }, span)
            }
            E::Match(m) => {
                let scrutinee = self.expr(&m.expr);
                let arms = m
                    .arms
                    .iter()
                    .map(|a| Arm {
                        pat: self.pat(&a.pat),
                        guard: a.guard.as_ref().map(|(_, g)| self.expr(g)),
                        body: self.expr(&a.body),
                    })
                    .collect_thin();
                let span = l.sp_between(m.match_token.span, m.brace_token.span.close());
                self.push(ExprKind::Match { scrutinee, arms }, span)
            }
            E::ForLoop(f) => {
                let pat = self.pat(&f.pat);
                let iter = self.expr(&f.expr);
                let body = self.block(&f.body, false);
                let span = l.sp_from(f.for_token.span, 3, self.span_of(body));
                self.push(ExprKind::For { pat, iter, body }, span)
            }
            E::While(w) => {
                let cond = self.expr(&w.cond);
                let body = self.block(&w.body, false);
                let span = l.sp_from(w.while_token.span, 5, self.span_of(body));
                self.push(ExprKind::Loop { cond: Some(cond), body }, span)
            }
            E::Loop(lp) => {
                let body = self.block(&lp.body, false);
                let span = l.sp_from(lp.loop_token.span, 4, self.span_of(body));
                self.push(ExprKind::Loop { cond: None, body }, span)
            }
            E::Closure(c) => {
                let params = c
                    .inputs
                    .iter()
                    .map(|p| match p {
                        syn::Pat::Type(pt) => (self.pat(&pt.pat), Some(l.ty(&pt.ty))),
                        p => (self.pat(p), None),
                    })
                    .collect_thin();
                let body = self.expr(&c.body);
                let span = l.sp_from(c.or1_token.span, 1, self.span_of(body));
                self.push(ExprKind::Closure { params, body }, span)
            }
            E::Reference(r) => {
                let inner = self.expr(&r.expr);
                let span = l.sp_from(r.and_token.span, 1, self.span_of(inner));
                self.push(ExprKind::Ref(inner), span)
            }
            E::RawAddr(r) => {
                let inner = self.expr(&r.expr);
                let span = l.sp_from(r.and_token.span, 1, self.span_of(inner));
                self.push(ExprKind::Ref(inner), span)
            }
            E::Unary(u) => {
                let inner = self.expr(&u.expr);
                let span = l.sp_from(u.op.span(), 1, self.span_of(inner));
                let kind = match u.op {
                    syn::UnOp::Deref(_) => ExprKind::Deref(inner),
                    syn::UnOp::Not(_) => ExprKind::Logic(LogicOp::Not, thin_vec![inner]),
                    _ => ExprKind::Arith(thin_vec![inner]),
                };
                self.push(kind, span)
            }
            E::Binary(b) => {
                use syn::BinOp as B;
                let lhs = self.expr(&b.left);
                let rhs = self.expr(&b.right);
                let span = join(self.span_of(lhs), self.span_of(rhs));
                let kind = match b.op {
                    B::And(_) => ExprKind::Logic(LogicOp::And, thin_vec![lhs, rhs]),
                    B::Or(_) => ExprKind::Logic(LogicOp::Or, thin_vec![lhs, rhs]),
                    B::Eq(_) => ExprKind::Logic(LogicOp::Eq, thin_vec![lhs, rhs]),
                    B::Ne(_) | B::Lt(_) | B::Le(_) | B::Gt(_) | B::Ge(_) => ExprKind::Compare(thin_vec![lhs, rhs]),
                    B::AddAssign(_)
                    | B::SubAssign(_)
                    | B::MulAssign(_)
                    | B::DivAssign(_)
                    | B::RemAssign(_)
                    | B::BitXorAssign(_)
                    | B::BitAndAssign(_)
                    | B::BitOrAssign(_)
                    | B::ShlAssign(_)
                    | B::ShrAssign(_) => ExprKind::Assign { lhs, rhs, compound: true },
                    _ => ExprKind::Arith(thin_vec![lhs, rhs]),
                };
                self.push(kind, span)
            }
            E::Assign(a) => {
                let lhs = self.expr(&a.left);
                let rhs = self.expr(&a.right);
                let span = join(self.span_of(lhs), self.span_of(rhs));
                self.push(ExprKind::Assign { lhs, rhs, compound: false }, span)
            }
            E::Try(t) => {
                let inner = self.expr(&t.expr);
                let span = join(self.span_of(inner), l.sp(t.question_token.span));
                self.push(ExprKind::Try(inner), span)
            }
            E::Await(a) => {
                let inner = self.expr(&a.base);
                let span = join(self.span_of(inner), l.sp(a.await_token.span));
                self.push(ExprKind::Await(inner), span)
            }
            E::Return(r) => {
                let inner = r.expr.as_ref().map(|e| self.expr(e));
                let span = inner
                    .map_or_else(|| l.sp(r.return_token.span), |i| l.sp_from(r.return_token.span, 6, self.span_of(i)));
                self.push(ExprKind::Return(inner), span)
            }
            E::Break(b) => {
                let inner = b.expr.as_ref().map(|e| self.expr(e));
                self.push(ExprKind::Break(inner), l.sp(b.break_token.span))
            }
            E::Cast(c) => {
                let expr = self.expr(&c.expr);
                let span = join(self.span_of(expr), l.ty_span(&c.ty));
                self.push(ExprKind::Cast { expr, ty: Box::new(l.ty(&c.ty)) }, span)
            }
            E::Index(i) => {
                let base = self.expr(&i.expr);
                let index = self.expr(&i.index);
                let span = l.sp_until(self.span_of(base), i.bracket_token.span.close());
                self.push(ExprKind::Index { base, index }, span)
            }
            E::Range(r) => {
                let parts: ThinVec<ExprId> = r.start.iter().chain(r.end.iter()).map(|e| self.expr(e)).collect_thin();
                let span = parts.iter().map(|p| self.span_of(*p)).reduce(join).unwrap_or_else(|| l.sp(r.limits.span()));
                self.push(ExprKind::Other(parts), span)
            }
            E::Paren(p) => self.expr(&p.expr),
            E::Group(g) => self.expr(&g.expr),
            E::Macro(m) => self.mac(&m.mac),
            E::Yield(y) => {
                let inner: ThinVec<ExprId> = y.expr.iter().map(|e| self.expr(e)).collect_thin();
                self.push(ExprKind::Other(inner), l.sp(y.yield_token.span))
            }
            E::Continue(c) => self.push(ExprKind::Continue, l.sp(c.continue_token.span)),
            _ => self.push(ExprKind::Other(ThinVec::new()), Span::default()),
        }
    }

    /// Macro invocations: the comma-separated parts that parse as expressions are
    /// lowered (with `%`/`?` sigils and `name =` prefixes of logging macros
    /// removed), and `{name}` captures in a format string become path expressions.
    fn mac(&mut self, mac: &syn::Macro) -> ExprId {
        let l = self.l;
        self.lifted.extend(l.macro_annotation(mac, Some(MacroPlace::FunctionBody), None, false));
        let path: ThinVec<String> = mac.path.segments.iter().map(|s| s.ident.to_string()).collect_thin();
        let span = l.sp_until(path_span(l, &mac.path), mac.delimiter.span().close());
        if let Some(target) = include_target(l, mac) {
            return self.include(target, span);
        }
        let failed = l.unexpanded.borrow().len();
        let expanded =
            l.with_expansion(mac, (super::macros::expr_or_stmts, "an expression"), |inner| self.expanded_expr(&inner));
        self.take_unexpanded(failed);
        if let Some(id) = expanded {
            return id;
        }
        let is_format = path.last().is_some_and(|n| FORMAT_MACROS.contains(&n.as_str()));
        // Code in `quote!` is not code of this crate: its macros are not expanded.
        let quoting = path.last().is_some_and(|n| QUOTING_MACROS.contains(&n.as_str()));
        l.quoting.set(l.quoting.get() + u32::from(quoting));
        let mut args = ThinVec::new();
        let chunks = split_commas(mac.tokens.clone());
        let name = path.last().map_or("", String::as_str);
        let plan = (is_format || name == "dbg").then(|| FormatPlan::new(name, &chunks));
        let mut formats = ThinVec::new();
        // A part that is no expression may be one split at a comma `<..>` or `|..|` holds
        // (`size_of::<HashMap<u64, Member>>()`): the parts after it are not where the
        // format string counts them.
        let mut split_badly = false;
        for (i, chunk) in chunks.into_iter().enumerate() {
            let Some(expr) = parse_chunk(chunk.clone()) else {
                split_badly |= plan.is_some() && !chunk.is_empty();
                self.object_values(chunk, &mut args, 0);
                formats.resize(args.len(), 0);
                continue;
            };
            // A named argument (`m = member`, tracing's `who = ?member`) is its value.
            let expr = match expr {
                syn::Expr::Assign(a)
                    if is_format && matches!(&*a.left, syn::Expr::Path(p) if p.path.get_ident().is_some()) =>
                {
                    *a.right
                }
                other => other,
            };
            if is_format {
                if let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) = &expr {
                    let captures = format_string_captures(s);
                    if !captures.is_empty() {
                        let lspan = l.sp(s.span());
                        for name in captures {
                            formats.push(plan.as_ref().map_or(0, |p| p.capture(&name)));
                            args.push(self.push(ExprKind::Name(name.into()), lspan));
                        }
                    }
                    continue;
                }
            }
            formats.push(plan.as_ref().map_or(0, |p| p.chunk(i)));
            args.push(self.expr(&expr));
        }
        l.quoting.set(l.quoting.get() - u32::from(quoting));
        args.shrink_to_fit();
        // Only a formatting macro that formats something with a known trait keeps them.
        if split_badly || formats.iter().all(|&b| b == 0) {
            formats = ThinVec::new();
        }
        formats.shrink_to_fit();
        self.push(ExprKind::Macro { path, args, formats }, span)
    }

    /// The values of a JSON-like object or array in a macro's input (`json!({"token":
    /// device.push_token, "ids": [a, b]})`): every comma-separated part, without its
    /// `"key":` prefix, that parses as an expression; nested objects and arrays in turn.
    fn object_values(&mut self, chunk: Vec<TokenTree>, out: &mut ThinVec<ExprId>, depth: usize) {
        let [TokenTree::Group(g)] = chunk.as_slice() else { return };
        if depth > 16 || !matches!(g.delimiter(), Delimiter::Brace | Delimiter::Bracket) {
            return;
        }
        for mut part in split_commas(g.stream()) {
            if matches!((part.first(), part.get(1)), (Some(TokenTree::Literal(_)), Some(TokenTree::Punct(p))) if p.as_char() == ':')
            {
                part.drain(..2);
            }
            match parse_chunk(part.clone()) {
                Some(expr) => out.push(self.expr(&expr)),
                None => self.object_values(part, out, depth + 1),
            }
        }
    }

    /// `include!("x.rs")` in an expression: the file's expression, lowered in place, every
    /// span of it the macro's; what cannot be included is recorded.
    fn include(&mut self, target: Result<String, String>, span: Span) -> ExprId {
        let l = self.l;
        let what = match &target {
            Ok(path) => format!("{path:?}"),
            Err(tokens) => tokens.clone(),
        };
        let literal = target.is_ok();
        let parsed = target
            .map_err(|_| "its path is computed (a build output, usually), and redline runs no build script".to_string())
            .and_then(|path| {
                if l.include_depth.get() >= MAX_INCLUDE_DEPTH {
                    return Err(format!("`include!`s nest more than {MAX_INCLUDE_DEPTH} deep"));
                }
                let read = l.include.ok_or_else(|| "included files are not read here".to_string())?;
                let text = read(&path)?;
                super::scan::scan(&text).map_err(|e| format!("the included file is {}", e.describe(&text)))?;
                super::held(text.len());
                syn::parse_str::<syn::Expr>(&text).map_err(|e| format!("the included file is not an expression: {e}"))
            });
        match parsed {
            Ok(expr) => {
                let outer = l.fixed.replace(Some(span));
                l.include_depth.set(l.include_depth.get() + 1);
                let id = self.expr(&expr);
                l.include_depth.set(l.include_depth.get() - 1);
                l.fixed.set(outer);
                id
            }
            Err(why) => {
                l.unincluded.borrow_mut().push(Unincluded { span, what, why, literal });
                self.push(ExprKind::Other(ThinVec::new()), span)
            }
        }
    }

    fn pats<'p>(&mut self, ps: impl IntoIterator<Item = &'p syn::Pat>) -> Vec<PatId> {
        ps.into_iter().map(|p| self.pat(p)).collect_exact()
    }

    fn pat(&mut self, p: &syn::Pat) -> PatId {
        if self.depth >= MAX_DEPTH {
            self.body.truncated = true;
            return self.push_pat(PatKind::Ignore, Span::default());
        }
        self.depth += 1;
        let id = self.pat_inner(p);
        self.depth -= 1;
        id
    }

    fn pat_inner(&mut self, p: &syn::Pat) -> PatId {
        use syn::Pat as P;
        let l = self.l;
        match p {
            P::Ident(i) => {
                let name = i.ident.to_string();
                let span = l.sp(i.ident.span());
                let looks_like_path = i.subpat.is_none() && name.chars().next().is_some_and(char::is_uppercase);
                if looks_like_path {
                    return self.push_pat(PatKind::Ignore, span);
                }
                let sub = i.subpat.as_ref().map(|(_, s)| self.pat(s));
                self.push_pat(PatKind::Bind { name, sub }, span)
            }
            P::Tuple(t) => {
                let elems = self.pats(&t.elems);
                self.push_pat(PatKind::Tuple(elems), l.sp(t.paren_token.span.join()))
            }
            P::TupleStruct(t) => {
                let elems = self.pats(&t.elems);
                let span = l.sp_until(path_span(l, &t.path), t.paren_token.span.close());
                self.push_pat(PatKind::TupleStruct { path: Box::new(l.path(&t.path, t.qself.is_some())), elems }, span)
            }
            P::Struct(s) => {
                let fields = s
                    .fields
                    .iter()
                    .map(|f| {
                        let name = match &f.member {
                            syn::Member::Named(id) => id.to_string(),
                            syn::Member::Unnamed(i) => i.index.to_string(),
                        };
                        (name, self.pat(&f.pat))
                    })
                    .collect_exact();
                let span = l.sp_until(path_span(l, &s.path), s.brace_token.span.close());
                self.push_pat(PatKind::Struct { path: Box::new(l.path(&s.path, s.qself.is_some())), fields }, span)
            }
            P::Reference(r) => {
                let inner = self.pat(&r.pat);
                let span = l.sp_from(r.and_token.span, 1, self.body.pats[inner as usize].span);
                self.push_pat(PatKind::Ref(inner), span)
            }
            P::Slice(s) => {
                let elems = self.pats(&s.elems);
                self.push_pat(PatKind::Slice(elems), l.sp(s.bracket_token.span.join()))
            }
            P::Or(o) => {
                let cases = self.pats(&o.cases);
                let span = cases.iter().map(|c| self.body.pats[*c as usize].span).reduce(join).unwrap_or_default();
                self.push_pat(PatKind::Or(cases), span)
            }
            P::Lit(syn::ExprLit { lit: syn::Lit::Bool(b), .. }) => self.push_pat(PatKind::Bool(b.value), l.sp(b.span)),
            P::Paren(pp) => self.pat(&pp.pat),
            P::Type(pt) => {
                let pat = self.pat(&pt.pat);
                let span = self.body.pats[pat as usize].span;
                self.push_pat(PatKind::Typed { pat, ty: Box::new(l.ty(&pt.ty)) }, span)
            }
            _ => self.push_pat(PatKind::Ignore, Span::default()),
        }
    }
}

/// From a path's first segment to its last (most paths have one: its span is looked up once,
/// for every name an expression or a type reads).
pub(super) fn path_span(l: &Lowerer<'_>, p: &syn::Path) -> Span {
    match (p.segments.first(), p.segments.last()) {
        (Some(a), Some(b)) if std::ptr::eq(a, b) => l.sp(a.ident.span()),
        (Some(a), Some(b)) => l.sp_between(a.ident.span(), b.ident.span()),
        _ => Span::default(),
    }
}

/// What an `include!` (or `std::include!`, `core::include!`) names: `Ok` with the path of a
/// string literal, `Err` with the argument as written otherwise; `None` for other macros.
fn include_target(l: &Lowerer<'_>, mac: &syn::Macro) -> Option<Result<String, String>> {
    let segs: Vec<String> = mac.path.segments.iter().map(|s| s.ident.to_string()).collect_exact();
    let is_include = match segs.as_slice() {
        [name] => name == "include",
        [krate, name] => (krate == "std" || krate == "core") && name == "include",
        _ => false,
    };
    if !is_include {
        return None;
    }
    let literal = (|input: ParseStream| {
        let lit: syn::LitStr = input.parse()?;
        let _: Option<Token![,]> = input.parse()?;
        Ok(lit)
    })
    .parse2(mac.tokens.clone());
    Some(literal.map(|lit| lit.value()).map_err(|_| {
        let group = mac.delimiter.span();
        let (open, close) = (l.sp(group.open()), l.sp(group.close()));
        let (from, to) = ((open.hi as usize).checked_sub(l.base), (close.lo as usize).checked_sub(l.base));
        match from.zip(to).and_then(|(a, b)| l.text.get(a..b)) {
            Some(written) if l.fixed.get().is_none() => written.trim().to_string(),
            _ => mac.tokens.to_string(),
        }
    }))
}

/// The smallest span covering both (an empty span is ignored).
pub(crate) fn join(a: Span, b: Span) -> Span {
    if a == Span::default() {
        return b;
    }
    if b == Span::default() {
        return a;
    }
    Span { lo: a.lo.min(b.lo), hi: a.hi.max(b.hi) }
}

pub(super) fn is_pub(vis: &syn::Visibility) -> bool {
    !matches!(vis, syn::Visibility::Inherited)
}

/// Category and purpose names are dotted keys of ASCII letters, digits, `_` and `-`.
pub fn check_name(name: &str) -> Result<(), String> {
    match redline_grammar::name_problem(name) {
        Some(problem) => Err(format!(
            "invalid name {name:?}: {problem}; names are dot-separated segments of ASCII letters, digits, '_' and '-'"
        )),
        None => Ok(()),
    }
}

fn split_commas(tokens: TokenStream) -> Vec<Vec<TokenTree>> {
    let mut chunks = vec![Vec::new()];
    for tt in tokens {
        match &tt {
            TokenTree::Punct(p) if p.as_char() == ',' || p.as_char() == ';' => chunks.push(Vec::new()),
            _ => {
                if let Some(last) = chunks.last_mut() {
                    last.push(tt)
                }
            }
        }
    }
    chunks.retain(|c| !c.is_empty());
    chunks
}

fn parse_chunk(mut chunk: Vec<TokenTree>) -> Option<syn::Expr> {
    // `%value` / `?value` (tracing sigils) and `name = value` / `name: value` (named args).
    loop {
        // What no expression starts with is stripped before `syn` is asked (its errors
        // are costly), and most arguments are one name or literal, built here.
        match chunk.as_slice() {
            [TokenTree::Punct(p), _, ..] if matches!(p.as_char(), '%' | '?') => {
                chunk.remove(0);
                continue;
            }
            [TokenTree::Ident(_), TokenTree::Punct(p), _, ..]
                if p.as_char() == ':' && p.spacing() == proc_macro2::Spacing::Alone =>
            {
                chunk.drain(..2);
                continue;
            }
            // `name = ?value`: no expression (`syn` would fail on it below).
            [TokenTree::Ident(_), TokenTree::Punct(eq), TokenTree::Punct(p), _, ..]
                if eq.as_char() == '='
                    && eq.spacing() == proc_macro2::Spacing::Alone
                    && matches!(p.as_char(), '%' | '?') =>
            {
                chunk.drain(..2);
                continue;
            }
            simple => {
                if let Some(e) = simple_expr(simple) {
                    return Some(e);
                }
            }
        }
        let ts: TokenStream = chunk.iter().cloned().collect();
        if let Ok(e) = syn::parse2::<syn::Expr>(ts) {
            return Some(e);
        }
        match chunk.as_slice() {
            // `name = value` whose value is not an expression (`user = ?u.name`).
            [TokenTree::Ident(_), TokenTree::Punct(p), _, ..] if p.as_char() == '=' => {
                chunk.drain(..2);
            }
            [TokenTree::Group(g), ..] if g.delimiter() == Delimiter::None => {
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                chunk = inner;
            }
            _ => return None,
        }
    }
}

/// [`format_captures`] of a format string literal, read from its token when it holds no
/// escape (unescaping it allocated and copied every format string of every log call).
fn format_string_captures(s: &syn::LitStr) -> Vec<String> {
    let repr = s.token().to_string();
    match super::format_args::plain_text(&repr) {
        Some(text) => format_captures(text),
        None => format_captures(&s.value()),
    }
}

/// Identifiers captured by a format string: `{name}`, `{name:?}`.
fn format_captures(s: &str) -> Vec<String> {
    // Names seen, for strings of many (a linear search made 150,000 captures quadratic).
    let mut seen: rustc_hash::FxHashSet<&str> = Default::default();
    let names = super::format_args::holes(s).map(|(arg, _)| arg);
    names.filter(|&n| super::format_args::is_ident(n) && seen.insert(n)).map(str::to_string).collect()
}

/// A literal's value.
fn literal(lit: &syn::Lit) -> Lit {
    match lit {
        syn::Lit::Str(s) => Lit::Str(s.value()),
        syn::Lit::Int(i) => Lit::Int(i.base10_parse().ok()),
        syn::Lit::Bool(b) => Lit::Bool(b.value),
        syn::Lit::Char(c) => Lit::Char(c.value()),
        _ => Lit::Other,
    }
}

/// The string values of `name = ".."` in an attribute: the attribute itself, or those a
/// `cfg_attr(predicate, ..)` holds, whatever the predicate (nested `cfg_attr`s too).
fn attr_values(meta: &syn::Meta, name: &str, out: &mut Vec<String>) {
    match meta {
        syn::Meta::NameValue(nv) if nv.path.is_ident(name) => {
            if let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) = &nv.value {
                out.push(s.value());
            }
        }
        syn::Meta::List(l) if l.path.is_ident("cfg_attr") => {
            let parsed = (|input: ParseStream| Punctuated::<syn::Meta, Token![,]>::parse_terminated(input))
                .parse2(l.tokens.clone());
            for attr in parsed.into_iter().flatten().skip(1) {
                attr_values(&attr, name, out);
            }
        }
        _ => {}
    }
}

/// A crate's `#![recursion_limit = "N"]` among a file's inner attributes (the largest, with
/// those under `cfg_attr`).
fn recursion_limit(attrs: &[syn::Attribute]) -> Option<usize> {
    let mut values = Vec::new();
    for a in attrs {
        attr_values(&a.meta, "recursion_limit", &mut values);
    }
    values.iter().filter_map(|v| v.trim().parse().ok()).max()
}

#[cfg(test)]
mod tests {
    #[test]
    fn line_starts_say_where_each_line_starts_and_whether_it_is_ascii() {
        let starts = |t: &str| super::line_starts(t);
        assert_eq!(starts(""), [(0, true)]);
        assert_eq!(starts("a\n"), [(0, true), (2, true)]);
        assert_eq!(starts("ab\né\n\nc"), [(0, true), (3, false), (6, true), (7, true), (8, true)]);
    }

    #[test]
    fn format_strings_capture_the_same_read_from_the_token_or_unescaped() {
        for src in [
            r#""{name} and {other:?}, {{skipped}}""#,
            r#""no captures here""#,
            r##"r#"{raw} "quoted""#"##,
            r#""\x7bescaped}""#,
            r#""\u{7b}unicode} {tail}""#,
            r#""line\n{after}""#,
            r#""{unterminated""#,
        ] {
            let lit: syn::LitStr = syn::parse_str(src).expect("a string literal");
            assert_eq!(super::format_string_captures(&lit), super::format_captures(&lit.value()), "{src}");
        }
    }
}
