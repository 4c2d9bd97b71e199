//! What is wrong with a file's brackets, in words: `syn` only says "cannot parse string
//! into token stream" when they do not balance.

/// The first closing bracket that does not match, or the innermost bracket left open:
/// its byte offset and a message saying what was expected.
pub fn problem(src: &str) -> Option<(usize, String)> {
    let b = src.as_bytes();
    let mut open: Vec<(u8, usize)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => i = line_end(b, i),
            b'/' if b.get(i + 1) == Some(&b'*') => i = block_comment_end(b, i),
            b'"' => i = string_end(b, i + 1),
            b'r' if is_raw_string(b, i) => i = raw_string_end(b, i + 1),
            b'\'' => i = char_end(b, i),
            c @ (b'(' | b'[' | b'{') => {
                open.push((c, i));
                i += 1;
            }
            c @ (b')' | b']' | b'}') => {
                let wanted = open.pop().map(|(o, at)| (closer(o), at));
                match wanted {
                    Some((w, _)) if w == c => {}
                    Some((w, _)) => {
                        return Some((i, format!("expected `{}`, found `{}`", w as char, c as char)));
                    }
                    None => {
                        return Some((
                            i,
                            format!("unexpected `{}`: expected an item or the end of the file", c as char),
                        ))
                    }
                }
                i += 1;
            }
            _ => i += 1,
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

fn line_end(b: &[u8], i: usize) -> usize {
    b[i..].iter().position(|&c| c == b'\n').map_or(b.len(), |n| i + n)
}

fn block_comment_end(b: &[u8], mut i: usize) -> usize {
    let mut depth = 0usize;
    while i < b.len() {
        if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
            depth += 1;
            i += 2;
        } else if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    b.len()
}

/// After the opening quote: the offset after the closing one.
fn string_end(b: &[u8], mut i: usize) -> usize {
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

/// `r"`, `r#"`, `br"` (the `b` is skipped as an ordinary byte), not an identifier ending in `r`.
fn is_raw_string(b: &[u8], i: usize) -> bool {
    let ident_before = i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_') && b[i - 1] != b'b';
    let hashes = b[i + 1..].iter().take_while(|&&c| c == b'#').count();
    !ident_before && b.get(i + 1 + hashes) == Some(&b'"')
}

/// After the `r`: the offset after the closing quote and hashes.
fn raw_string_end(b: &[u8], i: usize) -> usize {
    let hashes = b[i..].iter().take_while(|&&c| c == b'#').count();
    let mut j = i + hashes + 1;
    while j < b.len() {
        if b[j] == b'"' && b[j + 1..].iter().take(hashes).filter(|&&c| c == b'#').count() == hashes {
            return j + 1 + hashes;
        }
        j += 1;
    }
    b.len()
}

/// A char literal (`'x'`, `'\n'`, `'\u{1F600}'`) or a lifetime (`'a`): the offset after it.
fn char_end(b: &[u8], i: usize) -> usize {
    if b.get(i + 1) == Some(&b'\\') {
        return b[i + 2..].iter().position(|&c| c == b'\'').map_or(b.len(), |n| i + 3 + n);
    }
    let len = std::str::from_utf8(&b[i + 1..(i + 5).min(b.len())])
        .ok()
        .or_else(|| (1..4).rev().find_map(|n| std::str::from_utf8(&b[i + 1..(i + 1 + n).min(b.len())]).ok()))
        .and_then(|s| s.chars().next())
        .map_or(1, char::len_utf8);
    if b.get(i + 1 + len) == Some(&b'\'') {
        i + 2 + len
    } else {
        i + 1
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
