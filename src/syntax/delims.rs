//! What is wrong with a file's brackets, in words: `syn` only says "cannot parse string
//! into token stream" when they do not balance.

use super::lex::{tokens, Tok};

/// The first closing bracket that does not match, or the innermost bracket left open:
/// its byte offset and a message saying what was expected.
pub fn problem(src: &str) -> Option<(usize, String)> {
    let mut open: Vec<(u8, usize)> = Vec::new();
    for t in tokens(src) {
        match t.kind {
            Tok::Open(c) => open.push((c, t.lo)),
            Tok::Close(c) => match open.pop() {
                Some((o, _)) if closer(o) == c => {}
                Some((o, _)) => {
                    return Some((t.lo, format!("expected `{}`, found `{}`", closer(o) as char, c as char)));
                }
                None => {
                    return Some((
                        t.lo,
                        format!("unexpected `{}`: expected an item or the end of the file", c as char),
                    ));
                }
            },
            _ => {}
        }
    }
    let (o, at) = open.pop()?;
    Some((
        at,
        format!("this `{}` is not closed: expected `{}` before the end of the file", o as char, closer(o) as char),
    ))
}

fn closer(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

#[cfg(test)]
mod tests {
    use super::problem;

    #[test]
    fn names_the_bracket() {
        assert_eq!(problem("fn f() { let v = [1, 2); }"), Some((22, "expected `]`, found `)`".into())));
        let (at, msg) = problem("pub fn ok() {}\n\nfn f( {\n").expect("unclosed");
        assert_eq!(at, 22);
        assert!(msg.contains("expected `}`"), "{msg}");
        assert_eq!(problem("fn f() { let s = \"(\"; let c = '('; let r = r#\"[\"#; /* { */ } // )"), None);
        assert_eq!(problem("fn f<'a>(x: &'a str) -> char { '}' }"), None);
        assert!(problem("}").is_some());
    }
}
