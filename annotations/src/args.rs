//! The argument grammar shared by all redline annotations.
//!
//! The parsers only validate: the analyzer reads annotations from source, so
//! nothing parsed here is needed after expansion.

use syn::parse::{ParseStream, Result};
use syn::{bracketed, token, Error, Ident, LitStr, Token};

/// `"category" (, purposes = ["purpose", ...])? ,?`
pub fn data(input: ParseStream) -> Result<()> {
    name(input, "a data category", "\"contact.email\"")?;
    if input.is_empty() {
        return Ok(());
    }
    input.parse::<Token![,]>()?;
    keyed(input, &["purposes"], |_, input| {
        if !input.peek(token::Bracket) {
            return Err(error(
                input,
                "expected a list of purposes in square brackets, e.g. `purposes = [\"billing\"]`",
            ));
        }
        let list;
        bracketed!(list in input);
        purposes(&list)
    })?;
    Ok(())
}

/// `"purpose" (, "purpose")* ,?`: at least one, no duplicates.
pub fn purposes(input: ParseStream) -> Result<()> {
    if input.is_empty() {
        return Err(error(input, "expected at least one purpose, e.g. \"billing\""));
    }
    let mut seen = Vec::new();
    while !input.is_empty() {
        let purpose = name(input, "a purpose", "\"billing\"")?;
        if seen.contains(&purpose.value()) {
            return Err(Error::new(purpose.span(), format!("duplicate purpose {:?}", purpose.value())));
        }
        seen.push(purpose.value());
        if !input.is_empty() {
            input.parse::<Token![,]>()?;
        }
    }
    Ok(())
}

/// `from = "category", reason = "text"` in any order; both are mandatory.
pub fn declassify(input: ParseStream) -> Result<()> {
    let seen = keyed(input, &["from", "reason"], |key, input| {
        if *key == "from" {
            name(input, "a data category", "\"browsing\"").map(drop)
        } else {
            let reason = string(input, "the reason", "\"weekly totals only\"")?;
            if reason.value().trim().is_empty() {
                return Err(Error::new(
                    reason.span(),
                    "`reason` must not be empty: explain why the output no longer carries the data",
                ));
            }
            Ok(())
        }
    })?;
    for (key, example, why) in [
        ("from", "\"<category>\"", "name the data category being declassified"),
        ("reason", "\"...\"", "every declassification must be justified"),
    ] {
        if !seen.iter().any(|seen| *seen == key) {
            return Err(error(input, format!("missing `{key} = {example}`: {why}")));
        }
    }
    Ok(())
}

/// `key = value (, key = value)* ,?` with keys from `valid`, each at most
/// once; `value` parses the value of the given key. Returns the keys seen.
fn keyed(
    input: ParseStream,
    valid: &[&str],
    mut value: impl FnMut(&Ident, ParseStream) -> Result<()>,
) -> Result<Vec<Ident>> {
    let valid_list = valid.iter().map(|key| format!("`{key}`")).collect::<Vec<_>>().join(", ");
    let mut seen: Vec<Ident> = Vec::new();
    while !input.is_empty() {
        if !input.peek(Ident) {
            return Err(error(input, format!("expected `key = value`; valid keys: {valid_list}")));
        }
        let key: Ident = input.parse()?;
        if !valid.iter().any(|valid| key == valid) {
            return Err(Error::new(key.span(), format!("unknown key `{key}`; valid keys: {valid_list}")));
        }
        if seen.contains(&key) {
            return Err(Error::new(key.span(), format!("duplicate key `{key}`")));
        }
        input.parse::<Token![=]>()?;
        value(&key, input)?;
        seen.push(key);
        if !input.is_empty() {
            input.parse::<Token![,]>()?;
        }
    }
    Ok(seen)
}

/// A string literal that is a valid name: dot-separated, non-empty segments
/// of ASCII letters, digits, `_` and `-`.
fn name(input: ParseStream, what: &str, example: &str) -> Result<LitStr> {
    let lit = string(input, what, example)?;
    let value = lit.value();
    if value.is_empty() {
        return Err(Error::new(lit.span(), format!("{what} must not be empty")));
    }
    let problem = value.split('.').find_map(|segment| {
        if segment.is_empty() {
            return Some("it has an empty segment".to_owned());
        }
        let bad = segment.chars().find(|c| !(c.is_ascii_alphanumeric() || *c == '_' || *c == '-'))?;
        Some(format!("{bad:?} is not allowed"))
    });
    match problem {
        Some(problem) => Err(Error::new(
            lit.span(),
            format!(
                "invalid name {value:?}: {problem}; names are dot-separated segments of \
                 ASCII letters, digits, '_' and '-', e.g. {example}"
            ),
        )),
        None => Ok(lit),
    }
}

fn string(input: ParseStream, what: &str, example: &str) -> Result<LitStr> {
    if input.peek(LitStr) {
        input.parse()
    } else {
        Err(error(input, format!("expected {what} as a string literal, e.g. {example}")))
    }
}

/// An error at the next token, or at the end of the arguments without syn's
/// "unexpected end of input" prefix, which reads badly before our messages.
fn error(input: ParseStream, message: impl std::fmt::Display) -> Error {
    if input.is_empty() {
        Error::new(input.span(), message)
    } else {
        input.error(message)
    }
}
