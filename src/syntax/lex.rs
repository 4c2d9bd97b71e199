//! A small Rust lexer, for the passes that read a file without `syn`: which bracket does
//! not balance (a parse error's message), and where comments are (suppressions). It
//! tells comments from code and from the insides of string and character literals; it
//! does not check that tokens are valid.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tok {
    /// `// ...` up to the end of the line; `doc` for `///` and `//!`.
    LineComment {
        doc: bool,
    },
    /// `/* ... */`, nested.
    BlockComment,
    /// A string, byte string, raw string or character literal.
    Literal,
    /// An identifier, keyword, lifetime or number.
    Word,
    Open(u8),
    Close(u8),
    /// Any other character.
    Punct,
    Newline,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: Tok,
    /// Byte offsets: `lo` inclusive, `hi` exclusive.
    pub lo: usize,
    pub hi: usize,
}

/// The tokens of `text`, in order; spaces and tabs are skipped, newlines are tokens.
pub fn tokens(text: &str) -> Tokens<'_> {
    Tokens { b: text.as_bytes(), i: 0, newlines: true }
}

/// [`tokens`] without the newlines: skipped with the other whitespace.
pub fn tokens_without_newlines(text: &str) -> Tokens<'_> {
    Tokens { b: text.as_bytes(), i: 0, newlines: false }
}

pub struct Tokens<'t> {
    b: &'t [u8],
    i: usize,
    /// Newlines are tokens.
    newlines: bool,
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let b = self.b;
        while self.i < b.len() && (b[self.i] != b'\n' || !self.newlines) && b[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
        let lo = self.i;
        let c = *b.get(lo)?;
        let (kind, hi) = match c {
            b'\n' => (Tok::Newline, lo + 1),
            b'/' if b.get(lo + 1) == Some(&b'/') => {
                let doc = matches!(b.get(lo + 2), Some(b'/' | b'!')) && b.get(lo + 3) != Some(&b'/');
                let end = b[lo..].iter().position(|&c| c == b'\n').map_or(b.len(), |n| lo + n);
                (Tok::LineComment { doc }, end)
            }
            b'/' if b.get(lo + 1) == Some(&b'*') => (Tok::BlockComment, block_comment_end(b, lo)),
            b'"' => (Tok::Literal, string_end(b, lo + 1, 0, false)),
            b'\'' => char_or_lifetime(b, lo),
            b'(' | b'[' | b'{' => (Tok::Open(c), lo + 1),
            b')' | b']' | b'}' => (Tok::Close(c), lo + 1),
            _ if word_byte(c) => word_or_raw_string(b, lo),
            _ => (Tok::Punct, lo + 1),
        };
        self.i = hi.max(lo + 1).min(b.len());
        Some(Token { kind, lo, hi: self.i })
    }
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

/// From just after the opening quote: the index after the closing one. A raw string
/// has no escapes and is closed by `"` and `hashes` times `#`.
fn string_end(b: &[u8], mut i: usize, hashes: usize, raw: bool) -> usize {
    while i < b.len() {
        match b[i] {
            b'\\' if !raw => i += 2,
            b'"' if b[i + 1..].iter().take(hashes).filter(|&&h| h == b'#').count() == hashes => {
                return i + 1 + hashes;
            }
            _ => i += 1,
        }
    }
    b.len()
}

/// `'x'`, `'\n'`, `'\u{..}'` (a literal) or `'a` (a lifetime or label: the quote alone).
fn char_or_lifetime(b: &[u8], lo: usize) -> (Tok, usize) {
    if b.get(lo + 1) == Some(&b'\\') {
        // An escaped character: up to the closing quote, not past the line.
        let mut i = lo + 3;
        while i < b.len() && b[i] != b'\'' && b[i] != b'\n' {
            i += 1;
        }
        return (Tok::Literal, (i + 1).min(b.len()));
    }
    let width = match b.get(lo + 1) {
        Some(&c) if c < 0x80 => 1,
        Some(&c) if c >= 0xf0 => 4,
        Some(&c) if c >= 0xe0 => 3,
        Some(_) => 2,
        None => 1,
    };
    if b.get(lo + 1 + width) == Some(&b'\'') {
        (Tok::Literal, lo + 2 + width)
    } else {
        (Tok::Punct, lo + 1)
    }
}

/// An identifier or number, or a raw string (`r".."`, `r#".."#`, `br".."`, `cr".."`).
fn word_or_raw_string(b: &[u8], lo: usize) -> (Tok, usize) {
    let mut j = lo;
    if matches!(b[lo], b'b' | b'c') && b.get(lo + 1) == Some(&b'r') {
        j += 1;
    }
    if b[j] == b'r' {
        let hashes = b[j + 1..].iter().take_while(|&&h| h == b'#').count();
        if b.get(j + 1 + hashes) == Some(&b'"') {
            return (Tok::Literal, string_end(b, j + 2 + hashes, hashes, true));
        }
    }
    if matches!(b[lo], b'b' | b'c') && b.get(lo + 1) == Some(&b'"') {
        return (Tok::Literal, string_end(b, lo + 2, 0, false));
    }
    (Tok::Word, word_end(b, lo))
}

/// Whether each byte may continue an identifier or a number (non-ASCII bytes are taken to:
/// the lexers do not check what they do not need), as a table: tested for every byte of
/// every word of every file.
const WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80;
        i += 1;
    }
    t
};

/// Whether `b` may start or continue a word (an identifier or a number; see [`WORD_BYTE`]).
pub(crate) fn word_byte(b: u8) -> bool {
    WORD_BYTE[b as usize]
}

/// The end of the word (identifier or number) that goes on from `from` in `b`.
pub(crate) fn word_end(b: &[u8], from: usize) -> usize {
    b.get(from..).and_then(|rest| rest.iter().position(|&c| !word_byte(c))).map_or(b.len(), |n| from + n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<Tok> {
        tokens(text).map(|t| t.kind).collect()
    }

    #[test]
    fn tells_comments_from_literals() {
        assert_eq!(
            kinds("a /* ( */ \"//\" r#\"(\"# '(' 'a b\"x\" // )\n"),
            [
                Tok::Word,
                Tok::BlockComment,
                Tok::Literal,
                Tok::Literal,
                Tok::Literal,
                Tok::Punct,
                Tok::Word,
                Tok::Literal,
                Tok::LineComment { doc: false },
                Tok::Newline
            ]
        );
        assert_eq!(
            kinds("/// doc\n//// not"),
            [Tok::LineComment { doc: true }, Tok::Newline, Tok::LineComment { doc: false }]
        );
        assert_eq!(kinds("'\\''"), [Tok::Literal]);
        assert_eq!(kinds("'é'"), [Tok::Literal]);
        // Unterminated input ends the token at the end of the text.
        assert_eq!(tokens("\"abc").last().map(|t| t.hi), Some(4));
        assert_eq!(tokens("/* /* */").last().map(|t| t.hi), Some(8));
    }
}
