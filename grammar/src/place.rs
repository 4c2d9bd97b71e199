//! Where each annotation may be written.

use crate::{args, Annotation, Kind};
use proc_macro2::{LineColumn, Span, TokenStream};
use quote::ToTokens;
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Attribute, Error, ImplItem, Item, Meta, Result, Token, TraitItem};

/// What an annotation is attached to, as the rules see it.
#[derive(Clone, Copy, PartialEq)]
enum Class {
    Fn,
    /// A struct, enum or union.
    Adt,
    TypeAlias,
    Impl,
    InlineModule,
    Other,
}

/// An item an attribute is on: its class, and what it is, for messages.
type Target = (Class, &'static str);

fn item_target(item: &Item) -> Target {
    use Class::*;
    match item {
        Item::Fn(_) => (Fn, "a function"),
        Item::Struct(_) => (Adt, "a struct"),
        Item::Enum(_) => (Adt, "an enum"),
        Item::Union(_) => (Adt, "a union"),
        Item::Type(_) => (TypeAlias, "a type alias"),
        Item::Trait(_) => (Other, "a trait"),
        Item::Impl(_) => (Impl, "an impl block"),
        Item::Mod(m) if m.content.is_none() => (Other, "a module declaration"),
        Item::Mod(_) => (InlineModule, "a module"),
        Item::Const(_) => (Other, "a constant"),
        Item::Static(_) => (Other, "a static"),
        Item::Use(_) => (Other, "a use declaration"),
        Item::ExternCrate(_) => (Other, "an extern crate"),
        Item::Macro(_) => (Other, "a macro invocation"),
        Item::ForeignMod(_) => (Other, "an extern block"),
        Item::Verbatim(tokens) => verbatim_target(tokens),
        _ => (Other, "this item"),
    }
}

/// A trait method without a body, or another item syn keeps as tokens.
fn verbatim_target(tokens: &TokenStream) -> Target {
    if syn::parse2::<syn::TraitItemFn>(tokens.clone()).is_ok() {
        (Class::Fn, "a function")
    } else if syn::parse2::<syn::TraitItemConst>(tokens.clone()).is_ok() {
        (Class::Other, "a constant")
    } else if syn::parse2::<syn::TraitItemType>(tokens.clone()).is_ok() {
        (Class::Other, "an associated type")
    } else {
        (Class::Other, "this item")
    }
}

/// Checks that `kind` applies to `target`; an error points at the annotation
/// (`annotation`, the attribute: the macro's call site).
fn check(kind: Kind, (class, what): Target, annotation: Span) -> Result<()> {
    let (applies, expected) = match kind {
        Kind::Data => {
            (matches!(class, Class::Adt | Class::TypeAlias), "structs, enums, unions, type aliases and their fields")
        }
        Kind::Classified => (class == Class::Adt, "structs, enums and unions"),
        Kind::Purpose => (
            matches!(class, Class::Fn | Class::Impl | Class::InlineModule),
            "functions, methods, impl blocks and inline modules",
        ),
        Kind::Declassify => (class == Class::Fn, "functions and methods"),
        Kind::ModulePurpose => (false, "modules, as the macro `redline::module_purpose!`"),
        Kind::Consent | Kind::OptOut => {
            (class == Class::Fn, "functions returning `bool` and `bool` fields of a `#[redline::classified]` type")
        }
    };
    if applies {
        return Ok(());
    }
    let message = format!("`#[redline::{}]` cannot be applied to {what}; it applies to {expected}", kind.name());
    Err(Error::new(annotation, message))
}

/// Checks that the attribute `kind` may be on `item`, as its macro receives
/// it; `annotation` spans the attribute (the macro's call site).
pub fn check_item(kind: Kind, item: &Item, annotation: Span) -> Result<()> {
    check(kind, item_target(item), annotation)?;
    match item {
        Item::Fn(f) => check_guard_fn(kind, &f.sig, annotation),
        Item::Verbatim(tokens) => match syn::parse2::<syn::TraitItemFn>(tokens.clone()) {
            Ok(f) => check_guard_fn(kind, &f.sig, annotation),
            Err(_) => Ok(()),
        },
        _ => Ok(()),
    }
}

/// What a guard must be, for the error on anything else.
fn guard_must_be(kind: Kind) -> String {
    let what = if kind == Kind::OptOut { "an opt-out" } else { "a consent guard" };
    format!("{what} must be a `bool` field or a function returning `bool` (or `Result<bool, _>`, `Option<bool>`)")
}

/// `consent` and `opt_out` on a function: it must answer yes or no.
fn check_guard_fn(kind: Kind, sig: &syn::Signature, annotation: Span) -> Result<()> {
    let answers = match &sig.output {
        syn::ReturnType::Type(_, ty) => is_bool(ty) || wraps_bool(ty),
        syn::ReturnType::Default => false,
    };
    if !kind.is_guard() || answers {
        return Ok(());
    }
    Err(Error::new(annotation, guard_must_be(kind)))
}

fn is_bool(ty: &syn::Type) -> bool {
    matches!(ty, syn::Type::Path(p) if p.qself.is_none() && p.path.is_ident("bool"))
}

/// `Result<bool, _>` or `Option<bool>`, however the path is written.
fn wraps_bool(ty: &syn::Type) -> bool {
    let syn::Type::Path(p) = ty else { return false };
    let Some(last) = p.path.segments.last() else { return false };
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else { return false };
    (last.ident == "Result" || last.ident == "Option")
        && matches!(args.args.first(), Some(syn::GenericArgument::Type(t)) if is_bool(t))
}

/// [`check_item`] for an item of an impl block: the macro receives it as an item.
pub fn check_impl_item(kind: Kind, item: &ImplItem, annotation: Span) -> Result<()> {
    if let ImplItem::Fn(f) = item {
        check_guard_fn(kind, &f.sig, annotation)?;
    }
    let target = match item {
        ImplItem::Fn(_) => (Class::Fn, "a function"),
        ImplItem::Const(_) => (Class::Other, "a constant"),
        ImplItem::Type(_) => (Class::TypeAlias, "a type alias"),
        ImplItem::Macro(_) => (Class::Other, "a macro invocation"),
        other => tokens_target(other.to_token_stream()),
    };
    check(kind, target, annotation)
}

/// An item as the macro receives it: as tokens, parsed as an item if they are one.
fn tokens_target(tokens: TokenStream) -> Target {
    match syn::parse2::<Item>(tokens.clone()) {
        Ok(item) => item_target(&item),
        Err(_) => verbatim_target(&tokens),
    }
}

/// [`check_item`] for an item of a trait: the macro receives it as an item
/// (one without a body or value as tokens).
pub fn check_trait_item(kind: Kind, item: &TraitItem, annotation: Span) -> Result<()> {
    if let TraitItem::Fn(f) = item {
        check_guard_fn(kind, &f.sig, annotation)?;
    }
    let target = match item {
        TraitItem::Fn(_) => (Class::Fn, "a function"),
        TraitItem::Const(_) => (Class::Other, "a constant"),
        TraitItem::Type(t) if t.default.is_some() => (Class::TypeAlias, "a type alias"),
        TraitItem::Type(_) => (Class::Other, "an associated type"),
        TraitItem::Macro(_) => (Class::Other, "a macro invocation"),
        other => tokens_target(other.to_token_stream()),
    };
    check(kind, target, annotation)
}

/// Whether `attr` is a field's `data` attribute, which a container attribute
/// validates and removes (rustc does not run attribute macros on fields): any
/// attribute whose path ends in `data`.
pub fn is_field_data(attr: &Attribute) -> bool {
    attr.path().segments.last().is_some_and(|segment| segment.ident == "data")
}

/// What a container attribute (`data` or `classified` on a struct, enum or
/// union) makes of the `data` attributes among a field's `attrs`, by index:
/// the first classifies the field, each further one is an error.
pub fn field_data(attrs: &[Attribute]) -> Vec<(usize, Result<Annotation>)> {
    let data = attrs.iter().enumerate().filter(|(_, attr)| is_field_data(attr));
    data.enumerate()
        .map(|(n, (i, attr))| {
            let result = if n == 0 {
                let end = match &attr.meta {
                    Meta::List(list) => list.delimiter.span().close(),
                    _ => attr.span(),
                };
                attr.parse_args_with(|input: ParseStream| args::data(input, end))
            } else {
                Err(Error::new_spanned(attr, "duplicate `data` attribute: a field has one data category"))
            };
            (i, result)
        })
        .collect()
}

/// Whether `attr` is a field attribute a container attribute validates and removes: a
/// field's `data`, `consent` or `opt_out` (any attribute whose path ends so).
pub fn is_field_annotation(attr: &Attribute) -> bool {
    attr.path().segments.last().is_some_and(|segment| ["data", "consent", "opt_out"].iter().any(|n| segment.ident == n))
}

/// What a container attribute makes of the field attributes among `attrs` (on a field of
/// type `ty`), by index: `data` as [`field_data`] does, and each `consent` or `opt_out`,
/// which must be on a `bool` field.
pub fn field_annotations(attrs: &[Attribute], ty: &syn::Type) -> Vec<(usize, Result<Annotation>)> {
    let mut out = field_data(attrs);
    for (i, attr) in attrs.iter().enumerate() {
        let Some(kind) = attr.path().segments.last().and_then(|s| Kind::from_name(&s.ident.to_string())) else {
            continue;
        };
        if !kind.is_guard() {
            continue;
        }
        let end = match &attr.meta {
            Meta::List(list) => list.delimiter.span().close(),
            _ => attr.span(),
        };
        let parsed = attr.parse_args_with(|input: ParseStream| args::guard(input, end, kind));
        let result = match parsed {
            Ok(_) if !is_bool(ty) => Err(Error::new_spanned(attr, guard_must_be(kind))),
            other => other,
        };
        out.push((i, result));
    }
    out.sort_by_key(|(i, _)| *i);
    out
}

/// What a container attribute says about a `data` attribute on an enum variant.
pub fn variant_data(attr: &Attribute) -> Error {
    let name = attr.path().segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
    let fix = if name == "data" { "classify the variant's fields or the whole enum" } else { "mark a `bool` field" };
    Error::new_spanned(attr, format!("`{name}` cannot be applied to an enum variant; {fix}"))
}

/// Every error a container attribute on `item` reports about its fields'
/// (and enum variants') `data` attributes, in source order.
pub fn field_errors(item: &Item) -> Vec<Error> {
    fn fields<'a>(fields: impl IntoIterator<Item = &'a syn::Field>, errors: &mut Vec<Error>) {
        for field in fields {
            errors
                .extend(field_annotations(&field.attrs, &field.ty).into_iter().filter_map(|(_, result)| result.err()));
        }
    }
    let mut errors = Vec::new();
    match item {
        Item::Struct(s) => fields(&s.fields, &mut errors),
        Item::Union(u) => fields(&u.fields.named, &mut errors),
        Item::Enum(e) => {
            for variant in &e.variants {
                errors.extend(variant.attrs.iter().filter(|attr| is_field_annotation(attr)).map(variant_data));
                fields(&variant.fields, &mut errors);
            }
        }
        _ => {}
    }
    errors
}

/// Where a `module_purpose!` invocation is when it is not among a module's items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MacroPlace {
    FunctionBody,
    ImplBlock,
    Trait,
}

/// The error for `module_purpose!` at `place`.
pub fn module_purpose_misplaced(place: MacroPlace) -> String {
    let place = match place {
        MacroPlace::FunctionBody => "a function body",
        MacroPlace::ImplBlock => "an impl block",
        MacroPlace::Trait => "a trait",
    };
    format!(
        "`redline::module_purpose!` must be an item of a module, not inside {place}; \
         give a function, method or impl block its purpose with `#[redline::purpose(..)]`"
    )
}

fn is_module_purpose(path: &syn::Path) -> bool {
    path.segments.last().is_some_and(|segment| segment.ident == "module_purpose")
}

/// The `module_purpose!` invocations among a module's `items` that declare its
/// purpose a second time, by index: every one after the first, or every one
/// when the module has `#[redline::purpose]` (`attribute`). Test-only items
/// are not counted, as the compiler drops them outside tests.
pub fn repeated_module_purposes(items: &[Item], attribute: bool) -> Vec<(usize, Error)> {
    let message = if attribute {
        "this module's purpose is already declared by `#[redline::purpose]` on the module; declare it once"
    } else {
        "`redline::module_purpose!` appears twice in this module; declare the module's purpose once, \
         listing every purpose: `redline::module_purpose!(\"a\", \"b\")`"
    };
    let mut earlier = attribute;
    let mut repeated = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Item::Macro(m) = item else { continue };
        if !is_module_purpose(&m.mac.path) || is_test_only(&m.attrs) {
            continue;
        }
        if earlier {
            repeated.push((i, Error::new_spanned(&m.mac, message)));
        }
        earlier = true;
    }
    repeated
}

/// Checks the `module_purpose!` invocation whose path starts at `at` in `file`:
/// it must be an item of a module, the module's only one. `None` when there
/// is no such invocation (it came from another macro) or it is somewhere
/// redline does not read (a constant's initializer).
pub fn check_module_purpose_at(file: &syn::File, at: LineColumn) -> Option<std::result::Result<(), String>> {
    check_in_module(&file.items, at)
}

fn check_in_module(items: &[Item], at: LineColumn) -> Option<std::result::Result<(), String>> {
    let contains = |span: proc_macro2::Span| span.start() <= at && at < span.end();
    for (i, item) in items.iter().enumerate() {
        if let Item::Macro(m) = item {
            if m.mac.path.span().start() == at {
                let repeated = repeated_module_purposes(items, false).into_iter().find(|(r, _)| *r == i);
                return Some(repeated.map_or(Ok(()), |(_, error)| Err(error.to_string())));
            }
        }
        if !contains(item.span()) {
            continue;
        }
        let place = match item {
            Item::Mod(m) => return check_in_module(&m.content.as_ref()?.1, at),
            Item::Fn(_) => MacroPlace::FunctionBody,
            Item::Impl(i) => {
                match i.items.iter().any(|item| matches!(item, ImplItem::Fn(f) if contains(f.block.span()))) {
                    true => MacroPlace::FunctionBody,
                    false => MacroPlace::ImplBlock,
                }
            }
            Item::Trait(t) => {
                let in_body = |item: &TraitItem| matches!(item, TraitItem::Fn(f) if f.default.as_ref().is_some_and(|b| contains(b.span())));
                if t.items.iter().any(in_body) {
                    MacroPlace::FunctionBody
                } else {
                    MacroPlace::Trait
                }
            }
            _ => return None,
        };
        return Some(Err(module_purpose_misplaced(place)));
    }
    None
}

/// Whether attributes make an item exist only in test builds: `#[cfg(test)]`
/// (or a `cfg` that implies it), `#[test]`, `#[tokio::test]`, `#[bench]`.
pub fn is_test_only(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|attr| test_attr(attr) != TestAttr::None)
}

/// What one attribute says about test builds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestAttr {
    None,
    /// `#[cfg(test)]`, or a `cfg` that implies it.
    CfgTest,
    /// `#[test]`, `#[tokio::test]`, `#[bench]`.
    Test,
}

pub fn test_attr(attr: &Attribute) -> TestAttr {
    let path = attr.path();
    match path.segments.last().map(|segment| segment.ident.to_string()).as_deref() {
        Some("cfg") if path.segments.len() == 1 => match &attr.meta {
            Meta::List(list) if syn::parse2::<Meta>(list.tokens.clone()).is_ok_and(|meta| cfg_implies_test(&meta)) => {
                TestAttr::CfgTest
            }
            _ => TestAttr::None,
        },
        Some("test" | "bench") => TestAttr::Test,
        _ => TestAttr::None,
    }
}

/// Whether a `cfg(...)` predicate holds only in test builds: `test`,
/// `all(test, ..)`, `any(test, test)`.
pub fn cfg_implies_test(meta: &Meta) -> bool {
    match meta {
        Meta::Path(path) => path.is_ident("test"),
        Meta::List(list) => {
            let nested = || {
                (|input: ParseStream| Punctuated::<Meta, Token![,]>::parse_terminated(input))
                    .parse2(list.tokens.clone())
                    .map(|nested| nested.into_iter().collect::<Vec<_>>())
                    .unwrap_or_default()
            };
            if list.path.is_ident("all") {
                nested().iter().any(cfg_implies_test)
            } else if list.path.is_ident("any") {
                let nested = nested();
                !nested.is_empty() && nested.iter().all(cfg_implies_test)
            } else {
                false
            }
        }
        Meta::NameValue(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item_message(kind: Kind, item: &str) -> String {
        let item: Item = syn::parse_str(item).expect("an item");
        check_item(kind, &item, Span::call_site()).err().map(|e| e.to_string()).unwrap_or_default()
    }

    #[test]
    fn targets_as_the_macro_sees_them() {
        assert_eq!(item_message(Kind::Purpose, "fn f() {}"), "");
        assert_eq!(item_message(Kind::Purpose, "fn f(&self);"), "");
        assert_eq!(item_message(Kind::Purpose, "mod m {}"), "");
        assert!(item_message(Kind::Purpose, "mod m;").contains("cannot be applied to a module declaration"));
        assert!(item_message(Kind::Data, "fn f(&self);").contains("cannot be applied to a function"));
        assert!(item_message(Kind::Data, "const C: u8;").contains("cannot be applied to a constant"));
        assert!(item_message(Kind::Data, "type T;").contains("cannot be applied to an associated type"));
        assert!(item_message(Kind::Purpose, "use a::b;").contains("cannot be applied to a use declaration"));
        assert_eq!(item_message(Kind::Classified, "union U { a: u8 }"), "");
        assert_eq!(item_message(Kind::Consent, "async fn f(&self) -> Result<bool, E> {}"), "");
        assert_eq!(item_message(Kind::OptOut, "fn f(m: &M) -> bool;"), "");
        assert!(item_message(Kind::Consent, "fn f(m: &M) -> String {}").starts_with("a consent guard must be"));
        assert!(item_message(Kind::OptOut, "fn f(m: &M) {}").starts_with("an opt-out must be"));
        assert!(item_message(Kind::Consent, "struct S;").contains("functions returning `bool`"));
        let trait_items: syn::ItemTrait =
            syn::parse_str("trait T { fn a(&self); const C: u8; type X; }").expect("trait");
        let messages: Vec<String> = trait_items
            .items
            .iter()
            .map(|item| {
                check_trait_item(Kind::Declassify, item, Span::call_site())
                    .err()
                    .map(|e| e.to_string())
                    .unwrap_or_default()
            })
            .collect();
        assert_eq!(messages[0], "");
        assert!(messages[1].contains("a constant") && messages[2].contains("an associated type"));
    }

    #[test]
    fn repeated_module_purposes_skip_test_code() {
        let file: syn::File = syn::parse_str(
            "redline::module_purpose!(\"a\"); #[cfg(test)] module_purpose!(\"t\"); rl::module_purpose!(\"b\");",
        )
        .expect("a file");
        let repeated = repeated_module_purposes(&file.items, false);
        assert_eq!(repeated.iter().map(|(i, _)| *i).collect::<Vec<_>>(), [2]);
        assert_eq!(repeated_module_purposes(&file.items, true).len(), 2);
    }

    #[test]
    fn module_purpose_positions() {
        let text = "redline::module_purpose!(\"a\");\nfn f() {\n    redline::module_purpose!(\"b\");\n}\n\
                    impl A {\n    redline::module_purpose!(\"c\");\n}\nmod m {\n    redline::module_purpose!(\"d\");\n}\n";
        let file: syn::File = syn::parse_str(text).expect("a file");
        let at = |line, column| check_module_purpose_at(&file, LineColumn { line, column });
        assert_eq!(at(1, 0), Some(Ok(())));
        assert!(at(3, 4).is_some_and(|r| r.is_err_and(|m| m.contains("not inside a function body"))));
        assert!(at(6, 4).is_some_and(|r| r.is_err_and(|m| m.contains("not inside an impl block"))));
        assert_eq!(at(9, 4), Some(Ok(())));
        assert_eq!(at(9, 5), None);
    }
}
