//! Phase 2: parse one file with `syn`, lower it to the compact [`model`], drop the AST.

mod annotate;
mod db;
mod delims;
mod lower;
pub mod model;
mod outline;

pub use lower::check_name;
pub use model::*;
pub use outline::Outline;
pub use redline_grammar::is_test_only;

/// Files nested deeper than this (brackets, or runs of prefix operators) are not
/// parsed: `syn` parses recursively and such a file could overflow the stack.
pub const MAX_NESTING: usize = 200;

/// What a file must contain to hold a suppression comment (`// redline:allow(..) reason`).
pub const SUPPRESSION_MARKER: &str = "redline:allow";

#[derive(Debug)]
pub struct SyntaxError {
    pub message: String,
    pub span: Span,
}

/// Parses and lowers one file. Call it on a thread with a generous stack (the
/// loader does): nesting is bounded by [`MAX_NESTING`] before `syn` sees the file.
pub fn parse_file(text: &str) -> Result<FileModel, SyntaxError> {
    let mut base = 0;
    let mut src = text;
    if let Some(rest) = src.strip_prefix('\u{feff}') {
        base += 3;
        src = rest;
    }
    if src.starts_with("#!") && !src[2..].trim_start().starts_with('[') {
        let end = src.find('\n').unwrap_or(src.len());
        base += end;
        src = &src[end..];
    }
    nesting_check(src, base)?;
    let result = match syn::parse_file(src) {
        Ok(file) => {
            let mut model = lower::Lowerer::new(base, src).file(&file);
            if src.contains(SUPPRESSION_MARKER) {
                model.outline = Some(Outline::of(&file));
            }
            Ok(model)
        }
        Err(e) => {
            let mut message = e.to_string();
            let mut r = e.span().byte_range();
            // syn's lexer only says "cannot parse string into token stream": say which bracket.
            if message.starts_with("cannot parse string") {
                if let Some((at, m)) = delims::problem(src) {
                    (r, message) = (at..at + 1, m);
                }
            }
            let at = (base + r.start).min(text.len());
            Err(SyntaxError { message, span: Span::new(at, (base + r.end).min(text.len()).max(at)) })
        }
    };
    // Spans are resolved: free this thread's source map before the next file.
    proc_macro2::extra::invalidate_current_thread_spans();
    result
}

/// A lexical pre-scan: bracket depth and the longest run of prefix operators.
/// Comments and literals are skipped roughly (a false alarm only needs an
/// absurd file, and is reported, never silent).
fn nesting_check(src: &str, base: usize) -> Result<(), SyntaxError> {
    let bytes = src.as_bytes();
    let mut depth = 0usize;
    let mut angle = 0usize;
    let mut run = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i < bytes.len() && !(bytes[i] == b'*' && bytes.get(i + 1) == Some(&b'/')) {
                    i += 1;
                }
                i += 2;
                continue;
            }
            b'\'' if bytes.get(i + 2) == Some(&b'\'') => i += 2,
            b'\'' if bytes.get(i + 1) == Some(&b'\\') => {
                i += 2;
                while i < bytes.len() && bytes[i] != b'\'' {
                    i += 1;
                }
            }
            b'<' if i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b':') => {
                angle += 1;
                if depth + angle > MAX_NESTING {
                    return Err(too_deep(base + i, "generic arguments"));
                }
            }
            b'>' => angle = angle.saturating_sub(1),
            b';' => angle = 0,
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                run = 0;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                run = 0;
                if c == b'{' {
                    angle = 0;
                }
                if depth + angle > MAX_NESTING {
                    return Err(too_deep(base + i, "brackets"));
                }
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                run = 0;
            }
            b'!' | b'-' | b'*' | b'&' | b'|' | b'<' => {
                run += 1;
                if run > MAX_NESTING {
                    return Err(too_deep(base + i, "operators"));
                }
            }
            b' ' | b'\t' | b'\n' | b'\r' => {}
            _ => run = 0,
        }
        i += 1;
    }
    Ok(())
}

fn too_deep(at: usize, what: &str) -> SyntaxError {
    SyntaxError {
        message: format!(
            "nested more than {MAX_NESTING} levels deep ({what}); redline does not analyse files this deep"
        ),
        span: Span::new(at, at + 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowers_a_small_file() {
        let m = parse_file("fn f(a: u8) -> u8 { let b = a + 1; b }").expect("parses");
        assert_eq!(m.items.len(), 1);
        let ItemKind::Fn(f) = &m.items[0].kind else { panic!("not a fn") };
        assert_eq!(f.sig.params.len(), 1);
        assert!(f.has_body);
    }

    #[test]
    fn keeps_literal_values() {
        let m = parse_file(r#"fn f() { q("SELECT body FROM messages", 42, true, 'x', 1.5, 1000000000000000000000000000000000000000); }"#)
            .expect("parses");
        let ItemKind::Fn(f) = &m.items[0].kind else { panic!("not a fn") };
        let lits: Vec<&Lit> = f
            .body
            .exprs
            .iter()
            .filter_map(|e| match &e.kind {
                ExprKind::Lit(l) => Some(l),
                _ => None,
            })
            .collect();
        assert_eq!(
            lits,
            [
                &Lit::Str("SELECT body FROM messages".into()),
                &Lit::Int(Some(42)),
                &Lit::Bool(true),
                &Lit::Char('x'),
                &Lit::Other,
                &Lit::Int(None)
            ]
        );
    }

    #[test]
    fn rejects_deep_nesting_without_recursing() {
        let src = format!("fn f() {{ let x = {}1{}; }}", "(".repeat(100_000), ")".repeat(100_000));
        let err = parse_file(&src).expect_err("too deep");
        assert!(err.message.contains("nested"));
        let src = format!("fn f() {{ let x = {}y; }}", "!".repeat(100_000));
        assert!(parse_file(&src).is_err());
    }

    #[test]
    fn spans_are_file_offsets_after_a_bom() {
        let m = parse_file("\u{feff}fn hello() {}").expect("parses");
        assert_eq!(m.items[0].span, Span { lo: 6, hi: 11 });
    }
}
