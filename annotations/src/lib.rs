//! Annotations for [redline], the static analyzer that enforces *purpose
//! limitation* of personal data in Rust services.
//!
//! redline reads these annotations from your source code; it never compiles
//! or runs it. This crate only makes annotated code compile: every macro
//! validates its arguments (malformed annotations are compile errors pointing
//! at the offending token) and expands to the annotated item unchanged, so
//! the annotations cost nothing at run time.
//!
//! [redline]: https://github.com/redline-rs/redline
//!
//! # Classifying data
//!
//! [`data`](macro@data) marks a type as carrying a category of personal
//! data: every value of the type is data of that category.
//!
//! ```ignore
//! #[redline::data("chat")]
//! pub struct ChatMessage {
//!     pub body: String,
//! }
//!
//! // Optionally narrow the purposes this data may serve below those
//! // allowed for its category.
//! #[redline::data("chat", purposes = ["messaging"])]
//! pub type Transcript = String;
//! ```
//!
//! To classify only some fields, put `data` on the fields and mark the
//! container with [`classified`](macro@classified):
//!
//! ```ignore
//! #[redline::classified]
//! pub struct Account {
//!     #[redline::data("contact.email")]
//!     pub email: String,
//!     pub display_name: String,
//! }
//!
//! #[redline::classified]
//! pub enum Contact {
//!     Email(#[redline::data("contact.email")] String),
//!     Phone { #[redline::data("contact.phone")] number: String },
//!     Anonymous,
//! }
//! ```
//!
//! ## Why field annotations need a container attribute
//!
//! rustc does not run attribute macros placed on struct fields: a field
//! annotation on its own fails with *"expected non-macro attribute, found
//! attribute macro"*. The container attribute ([`classified`](macro@classified),
//! or [`data`](macro@data) when the whole type is classified too) validates
//! the `data` attributes of its fields, including fields of enum variants,
//! and removes them before rustc sees them. A field attribute is any
//! attribute whose path ends in `data`: `redline::data`, `data` (after
//! `use redline::data;`) or `rl::data` (after `use redline as rl;`), so
//! the fields of an annotated type cannot carry another crate's attribute
//! named `data`.
//!
//! # Declaring purposes
//!
//! Code processes personal data for a *purpose*. Declare the purpose of a
//! whole module at the top of its file with
//! [`module_purpose!`](macro@module_purpose), and override it for a
//! function, an impl block, a method or an inline module with
//! [`purpose`](macro@purpose):
//!
//! ```ignore
//! redline::module_purpose!("sales");
//!
//! #[redline::purpose("messaging", "safety")]
//! impl ChatMessage {
//!     pub fn render(&self) -> &str { &self.body }
//!
//!     #[redline::purpose("safety")]
//!     pub fn scan(&self) -> bool { self.body.contains("spam") }
//! }
//! ```
//!
//! # Declassifying
//!
//! A function whose output no longer carries a category of data, such as an
//! aggregate, says so with [`declassify`](macro@declassify) and a reason:
//!
//! ```ignore
//! #[redline::declassify(from = "browsing", reason = "weekly totals only")]
//! fn weekly_visits(visits: &[Visit]) -> u64 { visits.len() as u64 }
//! ```
//!
//! # Names
//!
//! Categories and purposes are string literals holding dotted keys: one or
//! more `.`-separated, non-empty segments of ASCII letters, digits, `_` and
//! `-`, such as `"chat"`, `"contact.email"` or
//! `"marketing.advertising.first_party"`.
//!
//! # Importing
//!
//! The macros work under any path: `#[redline::data("chat")]`,
//! `use redline::data;` then `#[data("chat")]`, or `use redline as rl;` then
//! `#[rl::data("chat")]`.

use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;
use quote::{quote, ToTokens};
use syn::parse::Parser;
use syn::{Attribute, Error, Field, Item, Result, TraitItemFn};

mod args;

/// Classifies a struct, enum, union or type alias as personal data of a
/// category, optionally narrowing the purposes it may serve.
///
/// Syntax: `#[redline::data("category")]` or
/// `#[redline::data("category", purposes = ["purpose", ...])]`.
///
/// ```ignore
/// #[redline::data("chat")]
/// pub struct ChatMessage { pub body: String }
///
/// #[redline::data("chat", purposes = ["messaging"])]
/// pub type Transcript = String;
/// ```
///
/// On a struct, enum or union it also validates and removes the `data`
/// attributes of its fields, which classify single fields with the same
/// syntax. Use [`classified`](macro@classified) on types that are not
/// personal data as a whole but have classified fields.
#[proc_macro_attribute]
pub fn data(args: TokenStream, item: TokenStream) -> TokenStream {
    let args = args::data.parse(args);
    match syn::parse::<Item>(item.clone()) {
        Ok(Item::Type(alias)) => finish(alias, [args]),
        Ok(mut item) => {
            let fields = strip_field_attrs(&mut item, "data", "structs, enums, unions, type aliases and their fields");
            finish(item, [args, fields])
        }
        Err(error) => finish(TokenStream2::from(item), [args, Err(error)]),
    }
}

/// Marks a struct, enum or union whose fields (or enum variant fields) carry
/// `data` attributes, without classifying the type as a whole.
///
/// Syntax: `#[redline::classified]`, no arguments.
///
/// ```ignore
/// #[redline::classified]
/// pub struct Account {
///     #[redline::data("contact.email")]
///     pub email: String,
///     pub display_name: String,
/// }
/// ```
///
/// rustc does not expand attribute macros on fields, so this container
/// attribute validates the field attributes and removes them.
#[proc_macro_attribute]
pub fn classified(args: TokenStream, item: TokenStream) -> TokenStream {
    let args = if args.is_empty() {
        Ok(())
    } else {
        Err(Error::new_spanned(
            TokenStream2::from(args),
            "`#[redline::classified]` takes no arguments; \
             to classify the whole type use `#[redline::data(\"<category>\")]`",
        ))
    };
    match syn::parse::<Item>(item.clone()) {
        Ok(mut item) => {
            let fields = strip_field_attrs(&mut item, "classified", "structs, enums and unions");
            finish(item, [args, fields])
        }
        Err(error) => finish(TokenStream2::from(item), [args, Err(error)]),
    }
}

/// Declares the purposes of a function, an impl block (all its methods), a
/// method in an impl block or trait, or an inline module, overriding the
/// enclosing module's purpose.
///
/// Syntax: `#[redline::purpose("purpose", ...)]`, at least one purpose.
///
/// ```ignore
/// #[redline::purpose("safety")]
/// fn flag_abuse(message: &ChatMessage) -> bool { message.body.contains("spam") }
///
/// #[redline::purpose("messaging", "safety")]
/// mod moderation {
///     // ...
/// }
/// ```
#[proc_macro_attribute]
pub fn purpose(args: TokenStream, item: TokenStream) -> TokenStream {
    let args = args::purposes.parse(args);
    let target =
        check_target(&item, "purpose", "functions, methods, impl blocks and inline modules", |item| match item {
            Item::Impl(_) => true,
            Item::Mod(module) => module.content.is_some(),
            other => is_fn(other),
        });
    finish(TokenStream2::from(item), [args, target])
}

/// Declares that a function's output no longer carries a data category,
/// with the reason why.
///
/// Syntax: `#[redline::declassify(from = "category", reason = "...")]`; both
/// keys are required, in any order, and the reason must not be empty.
///
/// ```ignore
/// #[redline::declassify(from = "browsing", reason = "weekly totals only")]
/// fn weekly_visits(visits: &[Visit]) -> u64 { visits.len() as u64 }
/// ```
#[proc_macro_attribute]
pub fn declassify(args: TokenStream, item: TokenStream) -> TokenStream {
    let args = args::declassify.parse(args);
    let target = check_target(&item, "declassify", "functions and methods", is_fn);
    finish(TokenStream2::from(item), [args, target])
}

/// Declares the purposes of the enclosing module. Write it once, as an item
/// at the top of the module's file; it expands to nothing.
///
/// Syntax: `redline::module_purpose!("purpose", ...);`, at least one purpose.
///
/// ```ignore
/// redline::module_purpose!("sales");
/// ```
///
/// ```ignore
/// redline::module_purpose!("messaging", "safety");
/// ```
#[proc_macro]
pub fn module_purpose(input: TokenStream) -> TokenStream {
    finish(TokenStream2::new(), [args::purposes.parse(input)])
}

/// Emits `item` preceded by a `compile_error!` for each error.
fn finish<const N: usize>(item: impl ToTokens, results: [Result<()>; N]) -> TokenStream {
    let errors = results.into_iter().filter_map(Result::err).map(|error| error.to_compile_error());
    quote!(#(#errors)* #item).into()
}

/// Checks that `item` is something `#[redline::<name>]` applies to.
fn check_target(item: &TokenStream, name: &str, expected: &str, applies: impl Fn(&Item) -> bool) -> Result<()> {
    let item = syn::parse::<Item>(item.clone())?;
    if applies(&item) {
        Ok(())
    } else {
        Err(misplaced(&item, name, expected))
    }
}

/// A function or method, including a trait method without a body (which
/// `syn` parses as a verbatim item).
fn is_fn(item: &Item) -> bool {
    match item {
        Item::Fn(_) => true,
        Item::Verbatim(tokens) => syn::parse2::<TraitItemFn>(tokens.clone()).is_ok(),
        _ => false,
    }
}

/// The error for `#[redline::<name>]` on an item it does not apply to,
/// spanning the item's keyword and name.
fn misplaced(item: &Item, name: &str, expected: &str) -> Error {
    fn head(keyword: impl ToTokens, name: impl ToTokens) -> TokenStream2 {
        quote!(#keyword #name)
    }
    let (kind, span) = match item {
        Item::Fn(f) => ("a function", head(f.sig.fn_token, &f.sig.ident)),
        Item::Struct(s) => ("a struct", head(s.struct_token, &s.ident)),
        Item::Enum(e) => ("an enum", head(e.enum_token, &e.ident)),
        Item::Union(u) => ("a union", head(u.union_token, &u.ident)),
        Item::Type(t) => ("a type alias", head(t.type_token, &t.ident)),
        Item::Trait(t) => ("a trait", head(t.trait_token, &t.ident)),
        Item::Impl(i) => ("an impl block", head(i.impl_token, &i.self_ty)),
        Item::Mod(m) if m.content.is_none() => ("a module declaration", head(m.mod_token, &m.ident)),
        Item::Mod(m) => ("a module", head(m.mod_token, &m.ident)),
        Item::Const(c) => ("a constant", head(c.const_token, &c.ident)),
        Item::Static(s) => ("a static", head(s.static_token, &s.ident)),
        other => ("this item", other.to_token_stream()),
    };
    Error::new_spanned(span, format!("`#[redline::{name}]` cannot be applied to {kind}; it applies to {expected}"))
}

/// Validates and removes the `data` attributes on the fields of a struct,
/// enum or union under `#[redline::<name>]`.
fn strip_field_attrs(item: &mut Item, name: &str, expected: &str) -> Result<()> {
    let mut errors = Vec::new();
    let fields: Vec<&mut Field> = match item {
        Item::Struct(s) => s.fields.iter_mut().collect(),
        Item::Union(u) => u.fields.named.iter_mut().collect(),
        Item::Enum(e) => e
            .variants
            .iter_mut()
            .flat_map(|variant| {
                errors.extend(take_data_attrs(&mut variant.attrs).into_iter().map(|attr| {
                    Error::new_spanned(
                        attr,
                        "`data` cannot be applied to an enum variant; \
                         classify the variant's fields or the whole enum",
                    )
                }));
                variant.fields.iter_mut()
            })
            .collect(),
        other => return Err(misplaced(other, name, expected)),
    };
    for field in fields {
        for (i, attr) in take_data_attrs(&mut field.attrs).iter().enumerate() {
            let checked = if i == 0 {
                attr.parse_args_with(args::data)
            } else {
                Err(Error::new_spanned(attr, "duplicate `data` attribute: a field has one data category"))
            };
            errors.extend(checked.err());
        }
    }
    errors
        .into_iter()
        .reduce(|mut all, error| {
            all.combine(error);
            all
        })
        .map_or(Ok(()), Err)
}

/// Removes and returns the attributes whose path ends in `data`.
fn take_data_attrs(attrs: &mut Vec<Attribute>) -> Vec<Attribute> {
    let (data, rest) = std::mem::take(attrs)
        .into_iter()
        .partition(|attr| attr.path().segments.last().is_some_and(|segment| segment.ident == "data"));
    *attrs = rest;
    data
}
