//! Which formatting trait each argument of a formatting or logging macro (or `dbg!`) is formatted
//! with: `{}` is `Display`, `{:?}` is `Debug`, read from the format string (positional,
//! numbered and named arguments, captured names) and from tracing's `%`/`?` sigils. The
//! flow follows a workspace `impl Display` or `impl Debug` for what it knows is formatted
//! by that trait, and takes every classified field of what it does not know.

use proc_macro2::{Spacing, TokenTree};
use rustc_hash::FxHashMap as HashMap;

/// An argument is formatted with `Display` (a bit of [`FormatPlan`]'s sets).
pub const DISPLAY: u8 = 1;
/// With `Debug`.
pub const DEBUG: u8 = 2;
/// With another trait (`{:x}`, `{:e}`, `{:p}`).
pub const OTHER: u8 = 4;

/// How each comma-separated part of a macro's input, and each name its format string
/// captures, is formatted: a set of the bits above, 0 where it is not known (not a
/// formatting argument, or a format string this does not read).
#[derive(Debug, Default)]
pub struct FormatPlan {
    chunks: Vec<u8>,
    captures: HashMap<String, u8>,
}

/// What a part of a formatting macro's input is, by its first tokens.
enum Role {
    /// `%value`, `?value`, `name = %value`, `name = ?value` (tracing).
    Sigil(u8),
    /// `target: ".."`, `parent: span` (not formatted).
    Field,
    /// `name = value`.
    Named(String),
    /// A bare expression (or the format string).
    Bare,
}

/// A placeholder's argument.
enum Arg {
    Next,
    Index(usize),
    Name(String),
}

impl FormatPlan {
    /// The plan of macro `name`'s input, split at its commas.
    pub fn new(name: &str, chunks: &[Vec<TokenTree>]) -> FormatPlan {
        // `dbg!` prints each of its arguments with `{:#?}`.
        if name == "dbg" {
            return FormatPlan { chunks: vec![DEBUG; chunks.len()], captures: HashMap::default() };
        }
        let mut plan = FormatPlan { chunks: vec![0; chunks.len()], captures: HashMap::default() };
        // Parts before the format string that are not it: `write!`'s target, `assert!`'s
        // condition, `assert_eq!`'s two values.
        let skip = match name {
            "write" | "writeln" | "assert" | "debug_assert" | "ensure" => 1,
            "assert_eq" | "assert_ne" => 2,
            _ => 0,
        };
        let roles: Vec<Role> = chunks.iter().map(|c| role(c)).collect();
        for (i, r) in roles.iter().enumerate() {
            if let Role::Sigil(bits) = r {
                plan.chunks[i] = *bits;
            }
        }
        let format = (skip..chunks.len()).find_map(|i| match roles[i] {
            Role::Bare => format_string(&chunks[i]).map(|text| (i, text)),
            _ => None,
        });
        let Some((at, text)) = format else { return plan };
        // A format string made by a macro (`concat!(..)`) comes before the literal taken
        // for it: nothing is known.
        if chunks[skip..at].iter().zip(&roles[skip..at]).any(|(c, r)| matches!(r, Role::Bare) && made_by_macro(c)) {
            return plan;
        }
        let Some(holes) = placeholders(&text) else { return plan };
        let after = at + 1..chunks.len();
        let mut named: HashMap<&str, usize> = HashMap::default();
        for i in after.clone().rev() {
            if let Role::Named(n) = &roles[i] {
                named.insert(n, i);
            }
        }
        let mut next = 0;
        for (arg, bits) in holes {
            let chunk = match arg {
                Arg::Next => {
                    next += 1;
                    Some(at + next)
                }
                Arg::Index(k) => k.checked_add(at + 1),
                Arg::Name(n) => match named.get(n.as_str()) {
                    Some(&i) => Some(i),
                    None => {
                        *plan.captures.entry(n).or_default() |= bits;
                        None
                    }
                },
            };
            if let Some(b) = chunk.filter(|i| after.contains(i)).and_then(|i| plan.chunks.get_mut(i)) {
                *b |= bits;
            }
        }
        plan
    }

    /// How part `i` of the input is formatted.
    pub fn chunk(&self, i: usize) -> u8 {
        self.chunks.get(i).copied().unwrap_or(0)
    }

    /// How the format string's captured name `name` is formatted.
    pub fn capture(&self, name: &str) -> u8 {
        self.captures.get(name).copied().unwrap_or(0)
    }
}

fn role(chunk: &[TokenTree]) -> Role {
    let sigil = |p: &proc_macro2::Punct| match p.as_char() {
        '%' => Some(DISPLAY),
        '?' => Some(DEBUG),
        _ => None,
    };
    let alone = |p: &proc_macro2::Punct, c: char| p.as_char() == c && p.spacing() == Spacing::Alone;
    match chunk {
        [TokenTree::Punct(p), _, ..] if sigil(p).is_some() => Role::Sigil(sigil(p).unwrap_or(0)),
        [TokenTree::Ident(_), TokenTree::Punct(eq), TokenTree::Punct(p), _, ..]
            if alone(eq, '=') && sigil(p).is_some() =>
        {
            Role::Sigil(sigil(p).unwrap_or(0))
        }
        [TokenTree::Ident(_), TokenTree::Punct(p), _, ..] if alone(p, ':') => Role::Field,
        [TokenTree::Ident(name), TokenTree::Punct(p), _, ..] if alone(p, '=') => Role::Named(name.to_string()),
        _ => Role::Bare,
    }
}

/// A part that invokes a macro (`concat!(..)`) or was made by one (an invisible group).
fn made_by_macro(chunk: &[TokenTree]) -> bool {
    chunk.iter().any(|t| match t {
        TokenTree::Punct(p) => p.as_char() == '!',
        TokenTree::Group(g) => g.delimiter() == proc_macro2::Delimiter::None,
        _ => false,
    })
}

/// The text of a part that is one string literal (not a byte or C string).
fn format_string(chunk: &[TokenTree]) -> Option<String> {
    let [TokenTree::Literal(l)] = chunk else { return None };
    let repr = l.to_string();
    if let Some(text) = plain_text(&repr) {
        return Some(text.to_string());
    }
    if !(repr.starts_with('"') || repr.starts_with("r\"") || repr.starts_with("r#")) {
        return None;
    }
    match syn::Lit::new(l.clone()) {
        syn::Lit::Str(s) => Some(s.value()),
        _ => None,
    }
}

/// The text of a string literal token (`"a{b}"`, `r#"a"#`, a suffix after the closing
/// quote allowed) read from the token itself, when it holds no backslash: unescaping
/// allocates and copies every format string of every log call. `None` otherwise.
pub(super) fn plain_text(repr: &str) -> Option<&str> {
    let (open, close) = (repr.find('"')?, repr.rfind('"')?);
    let raw_prefix = repr[..open].strip_prefix('r').is_some_and(|hashes| hashes.bytes().all(|b| b == b'#'));
    let prefix_ok = open == 0 || raw_prefix;
    (prefix_ok && open < close && !repr.contains('\\')).then(|| &repr[open + 1..close])
}

/// The placeholders of a format string, each with the trait it formats with; `None` when
/// a width or precision is taken from the arguments (`{:.*}`, `{:1$}`), which shifts them.
fn placeholders(s: &str) -> Option<Vec<(Arg, u8)>> {
    let mut out = Vec::new();
    for (arg, spec) in holes(s) {
        if spec.contains(['$', '*']) {
            return None;
        }
        let arg = arg.trim();
        let arg = if arg.is_empty() {
            Arg::Next
        } else if let Ok(k) = arg.parse::<usize>() {
            Arg::Index(k)
        } else if is_ident(arg) {
            Arg::Name(arg.to_string())
        } else {
            return None;
        };
        let bits = match spec.chars().last() {
            Some('?') => DEBUG,
            Some('x' | 'X' | 'o' | 'b' | 'e' | 'E' | 'p') => OTHER,
            _ => DISPLAY,
        };
        out.push((arg, bits));
    }
    Some(out)
}

/// The placeholders of a format string, as written: each one's argument and spec
/// (`{name:?}` is `("name", "?")`), escaped braces (`{{`) skipped, up to an unclosed brace.
pub(super) fn holes(s: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut rest = s;
    std::iter::from_fn(move || loop {
        rest = &rest[rest.find('{')? + 1..];
        if let Some(r) = rest.strip_prefix('{') {
            rest = r;
            continue;
        }
        let end = rest.find('}')?;
        let hole = &rest[..end];
        rest = &rest[end + 1..];
        return Some(hole.split_once(':').unwrap_or((hole, "")));
    })
}

/// A name a format string can capture.
pub(super) fn is_ident(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && s.chars().all(|c| c.is_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(name: &str, input: &str) -> (Vec<u8>, FormatPlan) {
        let tokens: proc_macro2::TokenStream = input.parse().expect("tokens");
        let mut chunks = vec![Vec::new()];
        for tt in tokens {
            match &tt {
                TokenTree::Punct(p) if p.as_char() == ',' => chunks.push(Vec::new()),
                _ => chunks.last_mut().expect("a chunk").push(tt),
            }
        }
        let p = FormatPlan::new(name, &chunks);
        ((0..chunks.len()).map(|i| p.chunk(i)).collect(), p)
    }

    #[test]
    fn positional_numbered_named_and_captured() {
        assert_eq!(plan("format", r#""{} {:?}", a, b"#).0, [0, DISPLAY, DEBUG]);
        assert_eq!(plan("format", r#""{0} {0:#?} {1:>10}", a, b"#).0, [0, DISPLAY | DEBUG, DISPLAY]);
        assert_eq!(plan("format", r#""{m:?} {}", x, m = member"#).0, [0, DISPLAY, DEBUG]);
        let (chunks, p) = plan("println", r#""{member} {member:?} {{literal}} {n:x}""#);
        assert_eq!(chunks, [0]);
        assert_eq!((p.capture("member"), p.capture("n"), p.capture("literal")), (DISPLAY | DEBUG, OTHER, 0));
        assert_eq!(plan("format", r#""{:x} {:e} {:p} {:x?}", a, b, c, d"#).0, [0, OTHER, OTHER, OTHER, DEBUG]);
        assert_eq!(plan("format", r#""{:x<5} {:+.2}", a, b"#).0, [0, DISPLAY, DISPLAY]);
    }

    #[test]
    fn where_the_format_string_is() {
        assert_eq!(plan("write", r#"buf, "{}", a"#).0, [0, 0, DISPLAY]);
        assert_eq!(plan("assert_eq", r#""x", a, "{:?}", b"#).0, [0, 0, 0, DEBUG]);
        assert_eq!(plan("info", r#"target: "audit", "{}", a"#).0, [0, 0, DISPLAY]);
        assert_eq!(plan("info", r#"%member, who = ?other, count = n, "{}", a"#).0, [DISPLAY, DEBUG, 0, 0, DISPLAY]);
        assert_eq!(plan("format", r#"r"{}", a"#).0, [0, DISPLAY]);
        assert_eq!(plan("format", r#""\t{}\x7b\x7b", a"#).0, [0, DISPLAY]);
        // A suffix after the closing quote (not valid in a format string, but a token).
        assert_eq!(plan("format", r#""{}"é, a"#).0, [0, DISPLAY]);
        assert_eq!(plan("format", r#""{:?}"_x, a"#).0, [0, DEBUG]);
        // A raw string is one; a byte string is not.
        assert_eq!(plan("format", r##"r#"{:?} "q""#, a"##).0, [0, DEBUG]);
        assert_eq!(plan("format", r#"b"{}", a"#).0, [0, 0]);
    }

    #[test]
    fn what_is_not_read() {
        // A width or precision from the arguments shifts them: nothing is known.
        assert_eq!(plan("format", r#""{:.*} {}", 2, a, b"#).0, [0, 0, 0, 0]);
        assert_eq!(plan("format", r#""{:1$}", a, w"#).0, [0, 0, 0]);
        // No format string, or an unclosed brace.
        assert_eq!(plan("bail", "err").0, [0]);
        assert_eq!(plan("dbg", "a, b").0, [DEBUG, DEBUG]);
        assert_eq!(plan("dbg", r#""{}", a"#).0, [DEBUG, DEBUG]);
        assert_eq!(plan("format", r#""{", a"#).0, [0, 0]);
        // Out of range, also past `usize`.
        assert_eq!(plan("format", r#""{5}", a"#).0, [0, 0]);
        assert_eq!(plan("format", r#""{18446744073709551615}", a"#).0, [0, 0]);
        // A format string a macro makes: the literal after it is an argument.
        assert_eq!(plan("format", r#"concat!("{}", " {:?}"), "x{}", m"#).0, [0, 0, 0]);
    }
}
