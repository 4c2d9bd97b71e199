//! The grammar of redline's annotations, in one place for both of their readers:
//! the annotations crate (`redline-annotations`, imported as `redline`), whose
//! macros reject malformed annotations at compile time, and the redline
//! analyzer, which reads the same annotations from source without compiling it
//! and reports what the compiler would reject as `malformed-annotation`.
//!
//! Both parse with the functions here and take their messages from here, so they
//! accept the same annotations and say the same thing about the others. Where
//! the compiler itself rejects an annotation before any macro runs (an unknown
//! name, an attribute macro on a field), the message the analyzer should give is
//! here too, worded as the compiler words it.

mod args;
mod place;

pub use args::name_problem;
pub use place::{
    check_impl_item, check_item, check_module_purpose_at, check_trait_item, field_annotations, field_data,
    field_errors, is_field_annotation, is_field_data, is_test_only, module_purpose_misplaced, repeated_module_purposes,
    test_attr, variant_data, MacroPlace, TestAttr,
};

use proc_macro2::{Span, TokenStream};
use syn::parse::{ParseStream, Parser};
use syn::spanned::Spanned;
use syn::{Attribute, Error, Meta, Result};

/// The annotations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `#[redline::data("category", purposes = [..])]`
    Data,
    /// `#[redline::classified]`
    Classified,
    /// `#[redline::purpose("purpose", ..)]`
    Purpose,
    /// `#[redline::declassify(from = "category", reason = "..")]`
    Declassify,
    /// `redline::module_purpose!("purpose", ..)`
    ModulePurpose,
    /// `#[redline::consent(purposes = [..], categories = [..])]` on a `bool` function or field
    Consent,
    /// `#[redline::opt_out(purposes = [..], categories = [..])]` on a `bool` function or field
    OptOut,
}

impl Kind {
    pub const ALL: [Kind; 7] = [
        Kind::Data,
        Kind::Classified,
        Kind::Purpose,
        Kind::Declassify,
        Kind::ModulePurpose,
        Kind::Consent,
        Kind::OptOut,
    ];

    /// The annotation named `name` (the last segment of its path).
    pub fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.name() == name)
    }

    pub const fn name(self) -> &'static str {
        match self {
            Kind::Data => "data",
            Kind::Classified => "classified",
            Kind::Purpose => "purpose",
            Kind::Declassify => "declassify",
            Kind::ModulePurpose => "module_purpose",
            Kind::Consent => "consent",
            Kind::OptOut => "opt_out",
        }
    }

    /// `consent` and `opt_out`: on `bool` functions, and on `bool` fields under a container.
    pub const fn is_guard(self) -> bool {
        matches!(self, Kind::Consent | Kind::OptOut)
    }

    /// `module_purpose` is a function-like macro, the others are attributes.
    pub const fn is_attribute(self) -> bool {
        !matches!(self, Kind::ModulePurpose)
    }
}

/// A string argument: a category, a purpose, a reason.
#[derive(Clone, Debug)]
pub struct Str {
    pub value: String,
    pub span: Span,
}

/// A well-formed annotation.
#[derive(Clone, Debug)]
pub enum Annotation {
    Data {
        category: Str,
        purposes: Option<Vec<Str>>,
    },
    Classified,
    /// `purpose` and `module_purpose!`.
    Purpose(Vec<Str>),
    Declassify {
        from: Str,
        reason: Str,
    },
    /// `consent` (a guard: true = may use) or `opt_out` (true = must not).
    Guard {
        opt_out: bool,
        purposes: Vec<Str>,
        categories: Vec<Str>,
        reason: Option<Str>,
    },
}

/// Parses the arguments of annotation `kind` as its macro receives them: the
/// tokens between the delimiters, none when there are none. `call_site` is
/// where an error about a missing argument points: the whole attribute or
/// invocation, which is what the compiler gives a macro as its call site.
pub fn parse_args(kind: Kind, args: TokenStream, call_site: Span) -> Result<Annotation> {
    let parser = |input: ParseStream| match kind {
        Kind::Data => args::data(input, call_site),
        Kind::Classified => args::classified(input),
        Kind::Purpose | Kind::ModulePurpose => args::purposes(input, call_site).map(Annotation::Purpose),
        Kind::Declassify => args::declassify(input, call_site),
        Kind::Consent | Kind::OptOut => args::guard(input, call_site, kind),
    };
    parser.parse2(args)
}

/// Parses attribute `attr` as the attribute macro `kind` would: its
/// arguments, or the compiler's error for `#[path = value]`.
pub fn parse_attribute(kind: Kind, attr: &Attribute) -> Result<Annotation> {
    let call_site = attr.span();
    match &attr.meta {
        Meta::Path(_) => parse_args(kind, TokenStream::new(), call_site),
        Meta::List(list) => parse_args(kind, list.tokens.clone(), call_site),
        Meta::NameValue(_) => Err(Error::new(call_site, "key-value macro attributes are not supported")),
    }
}

/// The path of an attribute or macro as the compiler prints it: `redline::data`.
pub fn path_text(path: &syn::Path) -> String {
    let segments: Vec<String> = path.segments.iter().map(|segment| segment.ident.to_string()).collect();
    segments.join("::")
}

/// The compiler's messages for annotations it rejects before any macro runs.
pub mod rustc {
    /// A name that the annotations crate does not export: `#[redline::date]`,
    /// written `{parent}::{name}`.
    pub fn not_found(name: &str, parent: &str) -> String {
        format!("cannot find `{name}` in `{parent}`")
    }

    /// An attribute macro on a field, an enum variant or a parameter: the
    /// compiler does not run it there.
    pub fn not_a_non_macro_attribute(path: &str) -> String {
        format!("expected non-macro attribute, found attribute macro `{path}`")
    }

    /// `#[redline::module_purpose(..)]`.
    pub fn macro_as_attribute(path: &str) -> String {
        format!("expected attribute, found macro `{path}`")
    }

    /// `redline::data!(..)`.
    pub fn attribute_as_macro(path: &str) -> String {
        format!("expected macro, found attribute macro `{path}`")
    }

    /// `#![redline::purpose(..)]` inside a module or function.
    pub const INNER_ATTRIBUTE: &str = "inner macro attributes are unstable";

    /// `#[redline::purpose(..)] let x = ..;`
    pub const ON_STATEMENT: &str = "custom attributes cannot be applied to statements";
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn parse(kind: Kind, args: &str) -> Result<Annotation> {
        let tokens = TokenStream::from_str(args).expect("lexes");
        parse_args(kind, tokens, Span::call_site())
    }

    fn message(kind: Kind, args: &str) -> String {
        parse(kind, args).err().map(|e| e.to_string()).unwrap_or_default()
    }

    #[test]
    fn well_formed_annotations() {
        let Ok(Annotation::Data { category, purposes: Some(purposes) }) =
            parse(Kind::Data, r#""chat", purposes = ["messaging", "safety.review",],"#)
        else {
            panic!("data with purposes")
        };
        assert_eq!(category.value, "chat");
        assert_eq!(purposes.iter().map(|p| p.value.as_str()).collect::<Vec<_>>(), ["messaging", "safety.review"]);
        assert!(matches!(parse(Kind::ModulePurpose, r#""sales""#), Ok(Annotation::Purpose(p)) if p.len() == 1));
        assert!(matches!(parse(Kind::Classified, ""), Ok(Annotation::Classified)));
        let Ok(Annotation::Declassify { from, reason }) =
            parse(Kind::Declassify, r#"reason = "totals", from = "browsing""#)
        else {
            panic!("declassify")
        };
        assert_eq!((from.value.as_str(), reason.value.as_str()), ("browsing", "totals"));
    }

    #[test]
    fn malformed_annotations() {
        assert_eq!(message(Kind::Purpose, "sales"), "expected a purpose as a string literal, e.g. \"billing\"");
        assert_eq!(message(Kind::Purpose, ""), "expected at least one purpose, e.g. \"billing\"");
        assert_eq!(message(Kind::Declassify, "from"), "expected `=`");
        assert!(message(Kind::Declassify, r#"from = "a""#).starts_with("missing `reason"));
        assert!(message(Kind::Data, r#""a..b""#).starts_with("invalid name \"a..b\": it has an empty segment"));
        assert!(message(Kind::Classified, r#""chat""#).contains("takes no arguments"));
    }

    #[test]
    fn guards() {
        let Ok(Annotation::Guard { opt_out: true, purposes, categories, reason: None }) =
            parse(Kind::OptOut, r#"categories = ["contact.phone"], purposes = ["sales.calls"]"#)
        else {
            panic!("opt_out")
        };
        assert_eq!((purposes[0].value.as_str(), categories[0].value.as_str()), ("sales.calls", "contact.phone"));
        assert!(matches!(
            parse(Kind::Consent, r#"purposes = ["marketing"], categories = ["contact"], reason = "opt-in""#),
            Ok(Annotation::Guard { opt_out: false, reason: Some(_), .. })
        ));
        assert!(
            message(Kind::OptOut, r#"categories = ["contact.phone"]"#).starts_with("`opt_out` needs `purposes = [..]`")
        );
        assert!(
            message(Kind::Consent, r#"purposes = ["marketing"]"#).starts_with("`consent` needs `categories = [..]`")
        );
        assert!(message(Kind::Consent, r#"purposes = [], categories = ["a"]"#).contains("at least one purpose"));
        assert!(message(Kind::Consent, r#"purposes = "a""#).contains("square brackets"));
    }

    #[test]
    fn kinds_by_name() {
        assert_eq!(Kind::from_name("module_purpose"), Some(Kind::ModulePurpose));
        assert_eq!(Kind::from_name("date"), None);
        assert!(Kind::ALL.iter().all(|kind| Kind::from_name(kind.name()) == Some(*kind)));
    }
}
