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
//! # Consent guards and opt-outs
//!
//! [`consent`](macro@consent) marks a `bool` function or field that says a person
//! agreed (true = their data may be used for the purposes listed);
//! [`opt_out`](macro@opt_out) one that says they refused (true = it must not). redline
//! then requires every use of the categories listed, by code with those purposes, to
//! be guarded by it for the same person (lint `missing-consent`).
//!
//! ```ignore
//! #[redline::consent(purposes = ["marketing"], categories = ["contact.phone"])]
//! pub fn allows(m: &Member) -> bool { m.marketing_opt_in }
//!
//! #[redline::classified]
//! pub struct Member {
//!     #[redline::data("contact.phone")]
//!     pub phone: String,
//!     #[redline::opt_out(purposes = ["sales.calls"], categories = ["contact.phone"])]
//!     pub do_not_call: bool,
//! }
//! ```
//!
//! On a field, like `data`, it needs the container attribute.
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
use proc_macro2::{Span, TokenStream as TokenStream2};
use quote::{quote, ToTokens};
use redline_grammar::{self as grammar, Kind};
use syn::{Attribute, Error, Item, Result};

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
/// syntax, and their [`consent`](macro@consent) and [`opt_out`](macro@opt_out)
/// attributes. Use [`classified`](macro@classified) on types that are not
/// personal data as a whole but have classified fields.
#[proc_macro_attribute]
pub fn data(args: TokenStream, item: TokenStream) -> TokenStream {
    let args = arguments(Kind::Data, args);
    container(Kind::Data, args, item)
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
/// attribute validates the field attributes (`data`, `consent`, `opt_out`) and
/// removes them.
#[proc_macro_attribute]
pub fn classified(args: TokenStream, item: TokenStream) -> TokenStream {
    let args = arguments(Kind::Classified, args);
    container(Kind::Classified, args, item)
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
///
/// A module with `#[redline::purpose]` must not also contain
/// [`module_purpose!`](macro@module_purpose): it has one purpose declaration.
#[proc_macro_attribute]
pub fn purpose(args: TokenStream, item: TokenStream) -> TokenStream {
    let args = arguments(Kind::Purpose, args);
    let Ok(parsed) = syn::parse::<Item>(item.clone()) else { return item };
    let target = grammar::check_item(Kind::Purpose, &parsed, Span::call_site());
    let repeated = match &parsed {
        Item::Mod(module) => module.content.as_ref().map(|(_, items)| grammar::repeated_module_purposes(items, true)),
        _ => None,
    };
    let repeated = combine(repeated.into_iter().flatten().map(|(_, error)| error));
    finish(TokenStream2::from(item), [args, target, repeated])
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
    let args = arguments(Kind::Declassify, args);
    let Ok(parsed) = syn::parse::<Item>(item.clone()) else { return item };
    let target = grammar::check_item(Kind::Declassify, &parsed, Span::call_site());
    finish(TokenStream2::from(item), [args, target])
}

/// Marks a consent guard: a function returning `bool` (or `Result<bool, _>`,
/// `Option<bool>`) that is true when the person agreed to the use of their data of
/// `categories` for `purposes`. On a `bool` field of a `#[redline::classified]` type
/// it marks the field.
///
/// Syntax: `#[redline::consent(purposes = ["purpose", ...], categories = ["category", ...])]`,
/// optionally with `reason = "..."`, in any order.
///
/// ```ignore
/// #[redline::consent(purposes = ["marketing"], categories = ["contact.phone"], reason = "PIPL art. 13")]
/// pub fn allows(m: &Member) -> bool { m.marketing_opt_in }
/// ```
#[proc_macro_attribute]
pub fn consent(args: TokenStream, item: TokenStream) -> TokenStream {
    guard(Kind::Consent, args, item)
}

/// Marks an opt-out: a function returning `bool` (or `Result<bool, _>`, `Option<bool>`)
/// that is true when the person refused the use of their data of `categories` for
/// `purposes`. On a `bool` field of a `#[redline::classified]` type it marks the field.
///
/// Syntax: `#[redline::opt_out(purposes = ["purpose", ...], categories = ["category", ...])]`,
/// optionally with `reason = "..."`, in any order.
///
/// ```ignore
/// #[redline::opt_out(purposes = ["sales.calls"], categories = ["contact.phone"])]
/// pub fn on_dnc_list(m: &Member) -> bool { m.do_not_call }
/// ```
#[proc_macro_attribute]
pub fn opt_out(args: TokenStream, item: TokenStream) -> TokenStream {
    guard(Kind::OptOut, args, item)
}

/// `consent` or `opt_out` on an item: its arguments, and a function answering yes or no.
fn guard(kind: Kind, args: TokenStream, item: TokenStream) -> TokenStream {
    let args = arguments(kind, args);
    let Ok(parsed) = syn::parse::<Item>(item.clone()) else { return item };
    let target = grammar::check_item(kind, &parsed, Span::call_site());
    finish(TokenStream2::from(item), [args, target])
}

/// Declares the purposes of the enclosing module. Write it once, as an item
/// of the module (at the top of the module's file); it expands to nothing.
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
///
/// Written inside a function body, an impl block or a trait, or a second
/// time in one module, it is a compile error. Macros learn where they are
/// written from Rust 1.88 on; older compilers accept these.
#[proc_macro]
pub fn module_purpose(input: TokenStream) -> TokenStream {
    let args = arguments(Kind::ModulePurpose, input);
    let place = placement().unwrap_or(Ok(())).map_err(|message| Error::new(Span::call_site(), message));
    finish(TokenStream2::new(), [args, place])
}

/// Parses the arguments of an annotation; errors only.
fn arguments(kind: Kind, args: TokenStream) -> Result<()> {
    grammar::parse_args(kind, args.into(), Span::call_site()).map(drop)
}

/// `data` or `classified` on `item`: checks where it is and the `data`
/// attributes of the item's fields, which it removes (rustc does not run
/// attribute macros on fields). Anything that is not an item (a statement,
/// which rustc already rejects) is returned as it is.
fn container(kind: Kind, args: Result<()>, item: TokenStream) -> TokenStream {
    let Ok(mut item) = syn::parse::<Item>(item.clone()) else { return item };
    let target = grammar::check_item(kind, &item, Span::call_site());
    let fields = combine(grammar::field_errors(&item));
    let strip = |attrs: &mut Vec<Attribute>| attrs.retain(|attr| !grammar::is_field_annotation(attr));
    match &mut item {
        Item::Struct(s) => s.fields.iter_mut().for_each(|field| strip(&mut field.attrs)),
        Item::Union(u) => u.fields.named.iter_mut().for_each(|field| strip(&mut field.attrs)),
        Item::Enum(e) => e.variants.iter_mut().for_each(|variant| {
            strip(&mut variant.attrs);
            variant.fields.iter_mut().for_each(|field| strip(&mut field.attrs));
        }),
        _ => {}
    }
    finish(item, [args, target, fields])
}

/// Where this `module_purpose!` invocation is written, checked on its source
/// file: `None` when the compiler does not say where (before Rust 1.88, or
/// in an editor), or when the invocation is not in the file (it came from
/// another macro).
fn placement() -> Option<std::result::Result<(), String>> {
    let call_site = Span::call_site();
    let at = call_site.start();
    if at.line == 0 {
        return None;
    }
    let text = std::fs::read_to_string(call_site.local_file()?).ok()?;
    // The file is parsed outside the compiler's token model, for the line and
    // column of each token; none of it leaves this function.
    proc_macro2::fallback::force();
    let checked = syn::parse_file(&text).ok().and_then(|file| grammar::check_module_purpose_at(&file, at));
    proc_macro2::extra::invalidate_current_thread_spans();
    proc_macro2::fallback::unforce();
    checked
}

/// All `errors` as one.
fn combine(errors: impl IntoIterator<Item = Error>) -> Result<()> {
    let all = errors.into_iter().reduce(|mut all, error| {
        all.combine(error);
        all
    });
    all.map_or(Ok(()), Err)
}

/// Emits `item` preceded by a `compile_error!` for each error.
fn finish<const N: usize>(item: impl ToTokens, results: [Result<()>; N]) -> TokenStream {
    let errors = results.into_iter().filter_map(Result::err).map(|error| error.to_compile_error());
    quote!(#(#errors)* #item).into()
}
