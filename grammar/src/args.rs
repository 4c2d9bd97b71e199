//! The arguments of each annotation.
//!
//! Every parser takes `end`: where an error about a missing argument points
//! when the arguments run out. For a macro that is the compiler's call site
//! (the whole attribute or invocation); inside brackets, the closing bracket.

use crate::{Annotation, Kind, Str};
use proc_macro2::Span;
use syn::parse::{ParseStream, Result};
use syn::{bracketed, token, Error, Ident, LitStr, Token};

/// `"category" (, purposes = ["purpose", ...])? ,?`
pub(crate) fn data(input: ParseStream, end: Span) -> Result<Annotation> {
    let category = name(input, end, "a data category", "\"contact.email\"")?;
    let mut purposes = None;
    if !input.is_empty() {
        input.parse::<Token![,]>()?;
        keyed(input, end, &["purposes"], |_, input| {
            if !input.peek(token::Bracket) {
                return Err(error(
                    input,
                    end,
                    "expected a list of purposes in square brackets, e.g. `purposes = [\"billing\"]`",
                ));
            }
            let list;
            let bracket = bracketed!(list in input);
            purposes = Some(self::purposes(&list, bracket.span.close())?);
            Ok(())
        })?;
    }
    Ok(Annotation::Data { category, purposes })
}

/// `"purpose" (, "purpose")* ,?`: at least one, no duplicates.
pub(crate) fn purposes(input: ParseStream, end: Span) -> Result<Vec<Str>> {
    if input.is_empty() {
        return Err(error(input, end, "expected at least one purpose, e.g. \"billing\""));
    }
    let mut seen: Vec<Str> = Vec::new();
    while !input.is_empty() {
        let purpose = name(input, end, "a purpose", "\"billing\"")?;
        if seen.iter().any(|seen| seen.value == purpose.value) {
            return Err(Error::new(purpose.span, format!("duplicate purpose {:?}", purpose.value)));
        }
        seen.push(purpose);
        if !input.is_empty() {
            input.parse::<Token![,]>()?;
        }
    }
    Ok(seen)
}

/// `from = "category", reason = "text"` in any order; both are mandatory.
pub(crate) fn declassify(input: ParseStream, end: Span) -> Result<Annotation> {
    let (mut from, mut reason) = (None, None);
    keyed(input, end, &["from", "reason"], |key, input| {
        if *key == "from" {
            from = Some(name(input, end, "a data category", "\"browsing\"")?);
        } else {
            let text = string(input, end, "the reason", "\"weekly totals only\"")?;
            if text.value().trim().is_empty() {
                return Err(Error::new(
                    text.span(),
                    "`reason` must not be empty: explain why the output no longer carries the data",
                ));
            }
            reason = Some(Str { value: text.value(), span: text.span() });
        }
        Ok(())
    })?;
    match (from, reason) {
        (Some(from), Some(reason)) => Ok(Annotation::Declassify { from, reason }),
        (None, _) => {
            Err(error(input, end, "missing `from = \"<category>\"`: name the data category being declassified"))
        }
        (_, None) => Err(error(input, end, "missing `reason = \"...\"`: every declassification must be justified")),
    }
}

/// `purposes = ["purpose", ..], categories = ["category", ..] (, reason = "text")?` in
/// any order: `purposes` and `categories` are mandatory and not empty.
pub(crate) fn guard(input: ParseStream, end: Span, kind: Kind) -> Result<Annotation> {
    let (mut purposes, mut categories, mut reason) = (None, None, None);
    keyed(input, end, &["purposes", "categories", "reason"], |key, input| {
        if *key == "reason" {
            let text = string(input, end, "the reason", "\"promotions only to members who opted in\"")?;
            if text.value().trim().is_empty() {
                return Err(Error::new(text.span(), "`reason` must not be empty"));
            }
            reason = Some(Str { value: text.value(), span: text.span() });
            return Ok(());
        }
        if !input.peek(token::Bracket) {
            return Err(error(input, end, format!("expected a list in square brackets, e.g. `{key} = [\"..\"]`")));
        }
        let list;
        let bracket = bracketed!(list in input);
        if *key == "purposes" {
            purposes = Some(self::purposes(&list, bracket.span.close())?);
        } else {
            categories = Some(self::categories(&list, bracket.span.close())?);
        }
        Ok(())
    })?;
    let name = kind.name();
    match (purposes, categories) {
        (Some(purposes), Some(categories)) => {
            Ok(Annotation::Guard { opt_out: kind == Kind::OptOut, purposes, categories, reason })
        }
        (None, _) => Err(error(
            input,
            end,
            format!("`{name}` needs `purposes = [..]`: the purposes it decides, e.g. `purposes = [\"marketing\"]`"),
        )),
        (_, None) => Err(error(
            input,
            end,
            format!(
                "`{name}` needs `categories = [..]`: the data it decides for, e.g. `categories = [\"contact.phone\"]`"
            ),
        )),
    }
}

/// `"category" (, "category")* ,?`: at least one, no duplicates.
fn categories(input: ParseStream, end: Span) -> Result<Vec<Str>> {
    if input.is_empty() {
        return Err(error(input, end, "expected at least one category, e.g. \"contact.phone\""));
    }
    let mut seen: Vec<Str> = Vec::new();
    while !input.is_empty() {
        let category = name(input, end, "a data category", "\"contact.phone\"")?;
        if seen.iter().any(|seen| seen.value == category.value) {
            return Err(Error::new(category.span, format!("duplicate category {:?}", category.value)));
        }
        seen.push(category);
        if !input.is_empty() {
            input.parse::<Token![,]>()?;
        }
    }
    Ok(seen)
}

/// No arguments at all; `args` spans them for the error.
pub(crate) fn classified(input: ParseStream) -> Result<Annotation> {
    if input.is_empty() {
        return Ok(Annotation::Classified);
    }
    let args: proc_macro2::TokenStream = input.parse()?;
    Err(Error::new_spanned(
        args,
        "`#[redline::classified]` takes no arguments; to classify the whole type use `#[redline::data(\"<category>\")]`",
    ))
}

/// `key = value (, key = value)* ,?` with keys from `valid`, each at most
/// once; `value` parses the value of the given key.
fn keyed(
    input: ParseStream,
    end: Span,
    valid: &[&str],
    mut value: impl FnMut(&Ident, ParseStream) -> Result<()>,
) -> Result<()> {
    let valid_list = valid.iter().map(|key| format!("`{key}`")).collect::<Vec<_>>().join(", ");
    let mut seen: Vec<Ident> = Vec::new();
    while !input.is_empty() {
        if !input.peek(Ident) {
            return Err(error(input, end, format!("expected `key = value`; valid keys: {valid_list}")));
        }
        let key: Ident = input.parse()?;
        if !valid.iter().any(|valid| key == valid) {
            return Err(Error::new(key.span(), format!("unknown key `{key}`; valid keys: {valid_list}")));
        }
        if seen.contains(&key) {
            return Err(Error::new(key.span(), format!("duplicate key `{key}`")));
        }
        if input.is_empty() {
            return Err(Error::new(end, "expected `=`"));
        }
        input.parse::<Token![=]>()?;
        value(&key, input)?;
        seen.push(key);
        if !input.is_empty() {
            input.parse::<Token![,]>()?;
        }
    }
    Ok(())
}

/// A string literal that is a valid name.
fn name(input: ParseStream, end: Span, what: &str, example: &str) -> Result<Str> {
    let lit = string(input, end, what, example)?;
    let value = lit.value();
    if value.is_empty() {
        return Err(Error::new(lit.span(), format!("{what} must not be empty")));
    }
    match name_problem(&value) {
        Some(problem) => Err(Error::new(
            lit.span(),
            format!(
                "invalid name {value:?}: {problem}; names are dot-separated segments of \
                 ASCII letters, digits, '_' and '-', e.g. {example}"
            ),
        )),
        None => Ok(Str { value, span: lit.span() }),
    }
}

/// What is wrong with a category or purpose name, if anything: names are
/// dot-separated, non-empty segments of ASCII letters, digits, `_` and `-`.
pub fn name_problem(name: &str) -> Option<String> {
    if name.is_empty() {
        return Some("it is empty".to_owned());
    }
    name.split('.').find_map(|segment| {
        if segment.is_empty() {
            return Some("it has an empty segment".to_owned());
        }
        let bad = segment.chars().find(|c| !(c.is_ascii_alphanumeric() || *c == '_' || *c == '-'))?;
        Some(format!("{bad:?} is not allowed"))
    })
}

fn string(input: ParseStream, end: Span, what: &str, example: &str) -> Result<LitStr> {
    if input.peek(LitStr) {
        input.parse()
    } else {
        Err(error(input, end, format!("expected {what} as a string literal, e.g. {example}")))
    }
}

/// An error at the next token, or at `end` when the arguments ran out
/// (without syn's "unexpected end of input" prefix, which reads badly before
/// these messages).
fn error(input: ParseStream, end: Span, message: impl std::fmt::Display) -> Error {
    if input.is_empty() {
        Error::new(end, message)
    } else {
        input.error(message)
    }
}
