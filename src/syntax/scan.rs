//! The pre-scan: one linear pass over a file's text, before `syn` sees it, that
//! enforces the per-file limits of `docs/security.md`.
//!
//! `syn` parses recursively, builds left-nested trees for long operator chains, keeps
//! several hundred bytes per token, and converts integer literals in quadratic time.
//! `proc_macro2` lexes a whole file before `syn` parses any of it, so a file that does not
//! lex never reaches the recursive parser; this scan therefore only has to be right about
//! files that lex. It lexes as `proc_macro2` does (strings, raw strings, byte and C
//! strings, characters versus lifetimes, literal suffixes, nested block comments,
//! Unicode whitespace) and bounds:
//!
//! - **nesting**: an upper bound of how deeply `syn` recurses. Every open bracket counts,
//!   and so does every construct that makes `syn` recurse on what follows it without a
//!   bracket: prefix operators (`&`, `&&`, `*`, `-`, `!`, `..`), closures (`|x|`, `||`),
//!   `->`, assignments, generic and qualified-path angle brackets, and the keywords whose
//!   operand is parsed recursively (`return`, `break`, `if`, `match`, `let`, `dyn`, ...).
//!   Within one bracket these are forgotten only where `syn` must have finished them: at
//!   `;` and `=>`, at `,` outside closure parameters, where one operand follows another
//!   (`a b`), and after a `}` that ends a statement or an item;
//! - **tokens**, which bound memory and the length of flat chains (`a?` × N);
//! - **numeric literals**, by length.

use super::lex::{Tok, Token};

/// Deepest nesting (as measured above) of a file that is parsed.
pub const MAX_NESTING: usize = 200;

/// Longest chain of binary and postfix operators, calls, indexing, casts and `else if`s
/// in one expression of a file that is parsed.
pub const MAX_CHAIN: usize = 100_000;

/// Most tokens in a file that is parsed (identifiers, literals, lifetimes, operators and
/// brackets).
pub const MAX_TOKENS: usize = 1_000_000;

/// Most significant digits of an integer literal in a file that is parsed (`u128::MAX` has
/// 39, and `f64::MAX` written as an integer with an `f64` suffix 309). `syn` converts
/// integer literals in time quadratic in their length; floats are not limited.
pub const MAX_INT_DIGITS: usize = 400;

/// Most work converting integer literals in a file that is parsed: the sum of the squares
/// of their significant digits (about a second of `syn`'s time; 100,000 literals of 40
/// digits are 160,000,000).
pub const MAX_INT_WORK: u64 = 200_000_000;

/// A limit a file exceeds, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exceeded {
    Nesting { at: usize },
    Chain { at: usize },
    Tokens { at: usize },
    Literal { at: usize, digits: usize },
}

impl Exceeded {
    /// Where in the text.
    pub fn at(self) -> usize {
        match self {
            Exceeded::Nesting { at }
            | Exceeded::Chain { at }
            | Exceeded::Tokens { at }
            | Exceeded::Literal { at, .. } => at,
        }
    }

    /// What was exceeded, in words (`text` is what was scanned).
    pub fn describe(self, text: &str) -> String {
        match self {
            Exceeded::Nesting { at } => {
                let what = match text.as_bytes().get(at) {
                    Some(b'(' | b'[' | b'{') => "brackets",
                    Some(b'<') => "generic arguments",
                    _ => "operators, closures and keywords",
                };
                format!("nested more than {MAX_NESTING} levels deep ({what}); redline does not analyse files this deep")
            }
            Exceeded::Chain { .. } => format!(
                "an expression chains more than {MAX_CHAIN} operators, calls or `else if`s; redline does not \
                 analyse files with such chains"
            ),
            Exceeded::Tokens { .. } => {
                format!("more than {MAX_TOKENS} tokens; redline does not analyse files this large")
            }
            Exceeded::Literal { digits, .. } if digits > MAX_INT_DIGITS => format!(
                "an integer literal has {digits} digits, over the {MAX_INT_DIGITS}-digit limit; redline does not \
                 analyse files with such literals"
            ),
            Exceeded::Literal { .. } => format!(
                "its integer literals are too long in total (the sum of their squared lengths is over \
                 {MAX_INT_WORK}); redline does not analyse files with such literals"
            ),
        }
    }
}

/// Checks a file's text against the limits.
pub fn scan(src: &str) -> Result<(), Exceeded> {
    scanner(src, None).run().map(drop)
}

/// [`scan`], also giving the file's tokens as [`super::lex::tokens_without_newlines`]
/// would (comments included; an operator a token per character), lexed as `proc_macro2`
/// does, so that [`super::blank`] need not lex the file again (that was 1.8% of a check of
/// tuwunel). `None` when the text does not lex to its end (an unterminated literal or
/// comment: the parse fails, and says where).
pub fn scan_tokens(src: &str) -> Result<Option<Vec<Token>>, Exceeded> {
    let mut s = scanner(src, Some(Vec::with_capacity(src.len() / 5)));
    let whole = s.run()?;
    Ok(s.toks.filter(|_| whole))
}

fn scanner(src: &str, toks: Option<Vec<Token>>) -> Scanner<'_> {
    Scanner {
        b: src.as_bytes(),
        src,
        frames: vec![Frame::default()],
        total: 0,
        tokens: 0,
        int_work: 0,
        prev: Prev::Other,
        after_brace: false,
        after_else: false,
        attr: None,
        toks,
    }
}

/// What the previous token was, for telling prefix operators from binary ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Prev {
    /// It ends an operand (an identifier, a literal, a closing bracket, `?`): an
    /// operator after it is binary.
    Operand,
    /// Anything else: an operator after it is a prefix.
    Other,
}

/// The open constructs inside one bracket.
#[derive(Debug, Default)]
struct Frame {
    angle: usize,
    prefix: usize,
    /// Between the `|`s of closure parameters (where `,` ends nothing).
    params: bool,
    /// For an attribute's `[..]`: what came before its `#`, which is what follows it.
    attr_prev: Option<Prev>,
    /// `prefix` and `angle` before the `if` that starts the current `if .. else if ..`
    /// chain: `syn` parses the chain in a loop, so each `else` is back at that level.
    if_chain: Option<(usize, usize)>,
    /// Binary and postfix operators since the last reset: `syn` parses `a + b + c`,
    /// `a?.b()[c] as T` and `else if` chains in a loop but builds a left-nested tree, which
    /// later passes walk recursively.
    run: usize,
}

struct Scanner<'a> {
    b: &'a [u8],
    src: &'a str,
    frames: Vec<Frame>,
    /// Open brackets plus every frame's `angle` and `prefix`.
    total: usize,
    tokens: usize,
    /// The sum of the squares of integer literals' significant digits so far.
    int_work: u64,
    prev: Prev,
    /// The previous token was a `}`.
    after_brace: bool,
    /// The previous token was `else`.
    after_else: bool,
    /// After a `#` (and a `!`): what came before it.
    attr: Option<Prev>,
    /// The tokens so far, when asked for ([`scan_tokens`]).
    toks: Option<Vec<Token>>,
}

/// Whether `ch` separates tokens as `proc_macro2` reads them: whitespace, and the
/// left-to-right and right-to-left marks.
fn space(ch: char) -> bool {
    ch.is_whitespace() || ch == '\u{200e}' || ch == '\u{200f}'
}

/// What a word is to the scan.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Word {
    /// An identifier, or a keyword that is an operand (`self`, `true`, `await`).
    Operand,
    /// A keyword after which `syn` parses an operand recursively.
    Recursing,
    /// Any other keyword.
    Keyword,
}

fn word_kind(word: &str) -> Word {
    match word {
        "return" | "break" | "yield" | "become" | "let" | "if" | "while" | "match" | "for" | "in" | "dyn" | "impl"
        | "box" | "do" => Word::Recursing,
        "as" | "const" | "continue" | "else" | "enum" | "extern" | "fn" | "loop" | "mod" | "move" | "mut" | "pub"
        | "ref" | "static" | "struct" | "trait" | "type" | "unsafe" | "use" | "where" | "async" | "abstract"
        | "final" | "macro" | "override" | "priv" | "typeof" | "unsized" | "virtual" | "try" => Word::Keyword,
        _ => Word::Operand,
    }
}

/// The significant digits of an integer literal (leading zeros and `_` do not count).
fn int_digits(lit: &[u8]) -> usize {
    let (radix, digits) = match lit {
        [b'0', b'x', rest @ ..] => (16, rest),
        [b'0', b'o', rest @ ..] => (8, rest),
        [b'0', b'b', rest @ ..] => (2, rest),
        _ => (10, lit),
    };
    digits
        .iter()
        .filter(|&&d| d != b'_')
        .take_while(|&&d| char::from(d).is_digit(radix))
        .skip_while(|&&d| d == b'0')
        .count()
}

impl Scanner<'_> {
    /// Whether the whole text lexed (else it stopped at an unterminated literal or comment).
    fn run(&mut self) -> Result<bool, Exceeded> {
        let mut i = 0;
        while i < self.b.len() {
            let c = self.b[i];
            let start = i;
            i = match c {
                b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => {
                    // Indentation comes in runs.
                    i += 1 + self.b[i + 1..].iter().take_while(|&&x| matches!(x, b' ' | b'\n')).count();
                    continue;
                }
                b'/' if self.b.get(i + 1) == Some(&b'/') => {
                    i += self.b[i..].iter().position(|&x| x == b'\n').unwrap_or(self.b.len() - i);
                    let doc =
                        matches!(self.b.get(start + 2), Some(b'/' | b'!')) && self.b.get(start + 3) != Some(&b'/');
                    self.record(Tok::LineComment { doc }, start, i);
                    continue;
                }
                b'/' if self.b.get(i + 1) == Some(&b'*') => match self.block_comment(i) {
                    Some(end) => {
                        self.record(Tok::BlockComment, start, end);
                        i = end;
                        continue;
                    }
                    None => return Ok(false),
                },
                0x80.. => {
                    let ch = self.char_at(i);
                    if space(ch) {
                        i += ch.len_utf8();
                        continue;
                    }
                    self.word(i)
                }
                b'"' => match self.string(i + 1) {
                    Some(end) => self.operand(end),
                    None => return Ok(false),
                },
                b'\'' => self.quote(i),
                b'0'..=b'9' => {
                    let (end, float) = self.number(i);
                    if !float {
                        let digits = int_digits(&self.b[start..end]);
                        self.int_work += (digits as u64).pow(2);
                        if digits > MAX_INT_DIGITS || self.int_work > MAX_INT_WORK {
                            return Err(Exceeded::Literal { at: start, digits });
                        }
                    }
                    self.operand(end)
                }
                b'a'..=b'z' | b'A'..=b'Z' | b'_' => self.word(i),
                b'(' | b'[' | b'{' => {
                    self.open(i);
                    i + 1
                }
                b')' | b']' | b'}' => {
                    self.close(c);
                    i + 1
                }
                _ => self.punct(i),
            };
            if i == usize::MAX {
                // An unterminated literal: the file does not lex, so `syn` never parses it.
                return Ok(false);
            }
            if self.toks.is_some() {
                self.record_token(start, i);
            }
            self.tokens += 1;
            if self.tokens > MAX_TOKENS {
                return Err(Exceeded::Tokens { at: start });
            }
            if self.total > MAX_NESTING {
                return Err(Exceeded::Nesting { at: start });
            }
            if self.frames[self.frames.len() - 1].run > MAX_CHAIN {
                return Err(Exceeded::Chain { at: start });
            }
        }
        Ok(true)
    }

    fn record(&mut self, kind: Tok, lo: usize, hi: usize) {
        if let Some(toks) = &mut self.toks {
            toks.push(Token { kind, lo, hi });
        }
    }

    /// Records the token (not a comment) from `lo` to `hi` as [`super::lex`] splits it.
    fn record_token(&mut self, lo: usize, hi: usize) {
        let b = self.b;
        let kind = match b[lo] {
            b'(' | b'[' | b'{' => Tok::Open(b[lo]),
            b')' | b']' | b'}' => Tok::Close(b[lo]),
            b'"' => Tok::Literal,
            // A character literal ends with its quote; a lifetime does not; a quote before a
            // string (`'b""`) is one of its own.
            b'\'' if hi - lo == 1 => Tok::Punct,
            b'\'' => match b[lo..hi].iter().skip(1).any(|&q| q == b'\'') {
                true => Tok::Literal,
                false => Tok::Word,
            },
            // A prefixed string or character (`r".."`, `b'x'`, `br#".."#`) holds a quote.
            c if super::lex::word_byte(c) => match b[lo..hi].iter().any(|&q| q == b'"' || q == b'\'') {
                true => Tok::Literal,
                false => Tok::Word,
            },
            _ => {
                // An operator: a token per character.
                for at in lo..hi {
                    self.record(Tok::Punct, at, at + 1);
                }
                return;
            }
        };
        self.record(kind, lo, hi);
    }

    /// The end of a (nested) block comment starting at `i`, if it ends.
    fn block_comment(&self, mut i: usize) -> Option<usize> {
        let b = self.b;
        let mut depth = 0usize;
        while i + 1 < b.len() {
            if b[i] == b'/' && b[i + 1] == b'*' {
                depth += 1;
                i += 1;
            } else if b[i] == b'*' && b[i + 1] == b'/' {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 2);
                }
                i += 1;
            }
            i += 1;
        }
        None
    }

    /// A cooked string from just after its opening quote; the index after it and its suffix.
    fn string(&self, mut i: usize) -> Option<usize> {
        while i < self.b.len() {
            match self.b[i] {
                b'\\' => i += 2,
                b'"' => return Some(self.suffix(i + 1)),
                _ => i += 1,
            }
        }
        None
    }

    /// A raw string from just after its `r`; the index after it and its suffix.
    fn raw_string(&self, i: usize) -> Option<usize> {
        let hashes = self.b[i..].iter().take_while(|&&h| h == b'#').count();
        if self.b.get(i + hashes) != Some(&b'"') {
            return None;
        }
        let mut j = i + hashes + 1;
        while j < self.b.len() {
            if self.b[j] == b'"' && self.b[j + 1..].iter().take(hashes).take_while(|&&h| h == b'#').count() == hashes {
                return Some(self.suffix(j + 1 + hashes));
            }
            j += 1;
        }
        None
    }

    /// The character at byte `i` (a space past the end).
    fn char_at(&self, i: usize) -> char {
        self.src.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ')
    }

    /// A literal's suffix from `i`: an identifier, as `proc_macro2` reads one (not digits:
    /// `"x"1` is a string then a number).
    fn suffix(&self, i: usize) -> usize {
        match self.b.get(i) {
            Some(c) if c.is_ascii_digit() => i,
            _ => self.word_end(i),
        }
    }

    /// The end of the word going on from `i`: ASCII letters, digits and `_`, and any other
    /// character but Unicode whitespace (which ends it, as in `proc_macro2`).
    fn word_end(&self, mut i: usize) -> usize {
        while let Some(&c) = self.b.get(i) {
            if c < 0x80 {
                if !super::lex::word_byte(c) {
                    break;
                }
                i += 1;
                continue;
            }
            let ch = self.char_at(i);
            if space(ch) {
                break;
            }
            i += ch.len_utf8();
        }
        i
    }

    /// A character literal or a lifetime (or label) at `i`.
    fn quote(&mut self, i: usize) -> usize {
        let b = self.b;
        if b.get(i + 1) == Some(&b'\\') {
            // From the backslash: `'\\'` and `'\''` end at their closing quote, not at a later one.
            let mut j = i + 1;
            while j < b.len() && b[j] != b'\'' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            return if j < b.len() { self.operand(self.suffix(j + 1)) } else { usize::MAX };
        }
        let width = self.char_at(i + 1).len_utf8();
        if b.get(i + 1 + width) == Some(&b'\'') {
            return self.operand(self.suffix(i + 2 + width));
        }
        // A lifetime: not an operand, and a statement may start with one (a label).
        let mut j = i + 1;
        if b.get(j) == Some(&b'r') && b.get(j + 1) == Some(&b'#') {
            j += 2;
        }
        let end = self.suffix(j);
        // `'r"..."`: a quote, then a string (as `proc_macro2` reads it), not the lifetime `'r`.
        let prefix = matches!(&b[i + 1..end], b"r" | b"b" | b"c" | b"br" | b"cr");
        let after = b[end..].iter().position(|&h| h != b'#').map(|n| b[end + n]);
        let end = if prefix && after == Some(b'"') { i + 1 } else { end };
        if self.after_brace {
            self.reset_statement();
        }
        self.set_prev(Prev::Other);
        end
    }

    /// A numeric literal at `i`, as `proc_macro2` delimits it: the index after it, and
    /// whether it is a float.
    fn number(&self, mut i: usize) -> (usize, bool) {
        let b = self.b;
        let radix = b[i] == b'0' && matches!(b.get(i + 1), Some(b'x' | b'o' | b'b'));
        let mut dot = false;
        let mut letters = false;
        let mut exponent = false;
        while i < b.len() {
            match b[i] {
                c if c.is_ascii_alphanumeric() || c == b'_' => {
                    i += 1;
                    // `1e+5`, `1.5E-3`: a sign after an exponent, never after a suffix (`1usize+`).
                    let e = !radix && !letters && matches!(c, b'e' | b'E');
                    exponent |= e;
                    letters |= c.is_ascii_alphabetic();
                    if e && matches!(b.get(i), Some(b'+' | b'-')) && b.get(i + 1).is_some_and(|d| d.is_ascii_digit()) {
                        i += 1;
                    }
                }
                c if c >= 0x80 => {
                    // A suffix of other letters (`1é`) is the literal's.
                    let ch = self.char_at(i);
                    if space(ch) {
                        break;
                    }
                    letters = true;
                    i += ch.len_utf8();
                }
                // Not after a suffix or an exponent: `1e5.0` and `1u8.5` end at their dot.
                b'.' if !dot && !radix && !letters => {
                    // Nor before an identifier or a range: `1.max(2)`, `1..2` (but `1.\u{a0}`
                    // is the float `1.`).
                    let next = self.char_at(i + 1);
                    if next == '.' || next == '_' || next.is_ascii_alphabetic() || (!next.is_ascii() && !space(next)) {
                        break;
                    }
                    dot = true;
                    i += 1;
                }
                _ => break,
            }
        }
        (i, dot || exponent)
    }

    /// An identifier, keyword or string prefix (`r"`, `b"`, `br#"`, `c"`, `r#ident`) at `i`.
    fn word(&mut self, i: usize) -> usize {
        let b = self.b;
        let end = self.suffix(i);
        let word = &self.src[i..end];
        let next = b.get(end).copied();
        match (word, next) {
            ("r" | "br" | "cr", Some(b'"' | b'#')) => {
                let hashes = b[end..].iter().take_while(|&&h| h == b'#').count();
                if b.get(end + hashes) == Some(&b'"') {
                    return self.raw_string(end).map_or(usize::MAX, |after| self.operand(after));
                }
                if word == "r"
                    && hashes == 1
                    && b.get(end + 1).is_some_and(|&c| super::lex::word_byte(c) && !c.is_ascii_digit())
                {
                    // A raw identifier.
                    return self.operand(self.suffix(end + 1));
                }
                if word != "r" {
                    return usize::MAX;
                }
            }
            ("b" | "c", Some(b'"')) => return self.string(end + 1).map_or(usize::MAX, |e| self.operand(e)),
            ("b", Some(b'\'')) => {
                let mut j = end + 1;
                while j < b.len() && b[j] != b'\'' {
                    j += if b[j] == b'\\' { 2 } else { 1 };
                }
                return if j < b.len() { self.operand(self.suffix(j + 1)) } else { usize::MAX };
            }
            _ => {}
        }
        let kind = word_kind(word);
        if kind == Word::Operand {
            return self.operand(end);
        }
        let after_else = self.after_else;
        match word {
            "as" => self.frame().run += 1,
            "else" if self.after_brace => {
                self.frame().run += 1;
                if let Some((prefix, angle)) = self.frame().if_chain {
                    self.set_counts(prefix + 1, angle);
                }
            }
            _ if self.after_brace => self.reset_statement(),
            _ => {}
        }
        match word {
            "if" if after_else => {}
            "if" => {
                let f = self.frame();
                f.if_chain = Some((f.prefix, f.angle));
                self.prefix(1);
            }
            _ if kind == Word::Recursing => self.prefix(1),
            _ => {}
        }
        self.set_prev(Prev::Other);
        self.after_else = word == "else";
        end
    }

    /// An identifier or literal ending at `end`: one operand after another means the
    /// first one's expression (and every construct open around it in this bracket) ended.
    fn operand(&mut self, end: usize) -> usize {
        if self.after_brace {
            self.reset_statement();
        } else if self.prev == Prev::Operand {
            self.reset_prefix();
        }
        self.set_prev(Prev::Operand);
        end
    }

    fn frame(&mut self) -> &mut Frame {
        let last = self.frames.len() - 1;
        &mut self.frames[last]
    }

    fn set_prev(&mut self, prev: Prev) {
        self.prev = prev;
        self.after_brace = false;
        self.after_else = false;
        self.attr = None;
    }

    fn set_counts(&mut self, prefix: usize, angle: usize) {
        let f = self.frame();
        let old = f.prefix + f.angle;
        f.prefix = prefix;
        f.angle = angle;
        self.total = self.total - old + prefix + angle;
    }

    fn reset_prefix(&mut self) {
        let angle = self.frame().angle;
        self.set_counts(0, angle);
        self.frame().run = 0;
    }

    /// A statement or item ended: nothing of it is open any more.
    fn reset_statement(&mut self) {
        self.set_counts(0, 0);
        let f = self.frame();
        f.run = 0;
        f.params = false;
        f.if_chain = None;
    }

    fn prefix(&mut self, n: usize) {
        self.frame().prefix += n;
        self.total += n;
    }

    fn angle(&mut self, open: bool, n: usize) {
        let f = self.frame();
        let n = if open { n } else { n.min(f.angle) };
        if open {
            f.angle += n;
            self.total += n;
        } else {
            f.angle -= n;
            self.total -= n;
        }
    }

    fn open(&mut self, at: usize) {
        if self.prev == Prev::Operand {
            // A call or an index.
            self.frame().run += 1;
        }
        let attr_prev = if self.b[at] == b'[' { self.attr } else { None };
        self.frames.push(Frame { attr_prev, ..Frame::default() });
        self.total += 1;
        self.set_prev(Prev::Other);
    }

    fn close(&mut self, c: u8) {
        if self.frames.len() == 1 {
            // Unbalanced: the file does not lex.
            self.set_prev(Prev::Operand);
            return;
        }
        let f = self.frames.pop().unwrap_or_default();
        self.total -= 1 + f.angle + f.prefix;
        match f.attr_prev {
            // An attribute stands before what follows it: it changes nothing.
            Some(prev) => self.set_prev(prev),
            None => {
                self.set_prev(Prev::Operand);
                self.after_brace = c == b'}';
            }
        }
    }

    /// An operator or other punctuation at `i`; the index after it.
    fn punct(&mut self, i: usize) -> usize {
        let b = self.b;
        let prefix_position = self.prev == Prev::Other;
        let at = |k: usize| b.get(i + k).copied().unwrap_or(b' ');
        let len = match (b[i], at(1), at(2)) {
            (b'.', b'.', b'.' | b'=') | (b'<', b'<', b'=') | (b'>', b'>', b'=') => 3,
            (b'-', b'>', _) | (b'=', b'>', _) | (b'.', b'.', _) | (b':', b':', _) | (b'&', b'&', _) => 2,
            (b'|', b'|', _) | (b'<', b'<', _) | (b'>', b'>', _) => 2,
            (b'=' | b'!' | b'<' | b'>' | b'+' | b'-' | b'*' | b'/' | b'%' | b'^' | b'&' | b'|', b'=', _) => 2,
            _ => 1,
        };
        let op = &b[i..i + len];
        let mut next_prev = Prev::Other;
        if !prefix_position && !matches!(op, b"," | b";" | b"=>" | b":" | b"::") {
            self.frame().run += 1;
        }
        match op {
            b";" | b"=>" => self.reset_statement(),
            b"," if !self.frame().params => self.reset_prefix(),
            b"#" if self.after_brace => self.reset_statement(),
            b"->" | b"=" | b"+=" | b"-=" | b"*=" | b"/=" | b"%=" | b"^=" | b"&=" | b"|=" | b"<<=" | b">>=" => {
                self.prefix(1)
            }
            b"&&" if prefix_position => self.prefix(2),
            b"!" if self.attr.is_some() => {}
            b"&" | b"*" | b"-" | b"!" | b".." | b"..=" | b"..." if prefix_position => self.prefix(1),
            b"|" | b"||" if self.frame().params => {
                self.frame().params = false;
                if op == b"||" {
                    self.prefix(1);
                    self.frame().params = true;
                }
            }
            b"|" if prefix_position => {
                self.prefix(1);
                self.frame().params = true;
            }
            b"||" if prefix_position => self.prefix(1),
            b"<" => self.angle(true, 1),
            b"<<" => self.angle(true, 2),
            b">" => self.angle(false, 1),
            b">>" => self.angle(false, 2),
            b"?" => next_prev = Prev::Operand,
            _ => {}
        }
        // `#` and `#!` before `[` make an attribute, which is transparent.
        let attr = match op {
            b"#" => Some(self.prev),
            b"!" => self.attr,
            _ => None,
        };
        self.set_prev(next_prev);
        self.attr = attr;
        i + len
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{HashMap, HashSet};

    fn deep(src: &str) -> bool {
        matches!(scan(src), Err(Exceeded::Nesting { .. }))
    }

    /// Shapes that make `syn` recurse once per repetition.
    #[test]
    fn every_recursive_construct_counts() {
        let n = 1_000;
        let shapes = [
            ("fn f() { let x = ", "|x| ", "x; }"),
            ("fn f() { let x = ", "move |x, y| ", "x; }"),
            ("fn f() { let x = ", "|| ", "x; }"),
            ("fn f() { let x = ", "|x| 1 + ", "x; }"),
            ("fn f() { let x = ", "|x| \"a\"suffix + ", "x; }"),
            ("type T = ", "&'a ", "u8;"),
            ("type T = ", "&mut ", "u8;"),
            ("type T = ", "*const ", "u8;"),
            ("type T = ", "fn() -> ", "u8;"),
            ("type T = ", "extern \"C\" fn() -> ", "u8;"),
            ("type T = ", "Option < ", "u8;"),
            ("type T = ", "Vec<[u8; 1], ", "u8;"),
            ("type T = ", "<", "u8;"),
            ("fn f() { ", "return ", "1; }"),
            ("fn f() { ", "break ", "1; }"),
            ("fn f() { ", ".. ", "1; }"),
            ("fn f() { ", "- ", "1; }"),
            ("fn f() { ", "!", "1; }"),
            ("fn f() { ", "& &&", "1; }"),
            ("fn f() { ", "- #[a] ", "1; }"),
            ("fn f() { ", "|x| #[a] ", "1; }"),
            ("fn f() { ", "- /* c */ ", "1; }"),
            ("fn f() { ", "-\u{200e}", "1; }"),
            ("fn f() { ", "a = ", "1; }"),
            ("fn f() { ", "a += ", "1; }"),
            ("fn f() { ", "if ", "a {} else {} ;"),
            ("fn f() { ", "|x| {} + ", "1; }"),
            ("fn f() { ", "|x| if a < b {} else {} + ", "1; }"),
            ("fn f() { ", "|x| if a {} else if b {} else {} - ", "1; }"),
            ("fn f() { ", "(", "1"),
            ("fn f() { let s = r\"\\\"; ", "(", "1"),
            ("fn f() { let s = r#\"\"\\\"#; ", "(", "1"),
            ("fn f() { let c = '\\''; ", "(", "1"),
            ("fn f() { let c = b'\"'; ", "(", "1"),
            ("fn f() { let c = '\"'; ", "(", "1"),
            ("fn f() { let s = \"\\\\\"; ", "(", "1"),
        ];
        for (head, unit, tail) in shapes {
            let src = format!("{head}{}{tail}", unit.repeat(n));
            assert!(deep(&src), "not counted: {unit:?}");
        }
    }

    /// Real code resets the count at statement, argument and item boundaries.
    #[test]
    fn ordinary_code_is_shallow() {
        let n = 1_000;
        let units = [
            "pub fn f(x: &mut Vec<u8>) -> Option<&u8> where T: Fn() -> u8 { x.first() }\n",
            "fn g() { if a < b { c(); } if let Some(x) = y { z(x) } match v { A => 1, B => 2 } }\n",
            "fn h() { let a = |x| x + 1; let b = move || -a; return &*b; }\n",
            "#[derive(Debug)]\npub struct S<'a> { a: &'a str, b: Box<dyn Fn(u8) -> u8> }\n",
            "impl<T> X for Y<T> { fn m(&self) -> bool { !self.0 && *self.1 || self.2 >> 3 == 1 } }\n",
            "fn v() { view! { <div on:click=move |_| set(1) class=\"a\"> {x} </div> } }\n",
            "const A: [u8; 3] = [1, 2, 3]; static B: &str = r#\"x\"#; type C = fn(u8) -> u8;\n",
        ];
        for unit in units {
            let src = unit.repeat(n);
            assert_eq!(scan(&src), Ok(()), "{unit}");
        }
        let body = "    if x { y(); }\n    for a in b { c(a) }\n    while d < e { f() }\n".repeat(n);
        assert_eq!(scan(&format!("fn f() {{\n{body}}}\n")), Ok(()));
        let chain = " else if a < b { 1 }".repeat(n);
        assert_eq!(scan(&format!("fn f() -> u8 {{ if a < b {{ 0 }}{chain} else {{ 2 }} }}")), Ok(()));
    }

    #[test]
    fn tokens_chains_and_literals_are_bounded() {
        let src = format!("fn f() {{ {} }}", "a;".repeat(MAX_TOKENS / 2 + 1));
        assert!(matches!(scan(&src), Err(Exceeded::Tokens { .. })));
        for unit in ["?", "+a", ".b()", " as u8", "[0]", "()", " else if a {}"] {
            let src = format!("fn f() {{ if a {{}}{} }}", unit.repeat(MAX_CHAIN + 1));
            assert!(matches!(scan(&src), Err(Exceeded::Chain { .. })), "{unit}");
        }
        let src = format!("const A: [u8; 9] = [{}];", "1, ".repeat(MAX_CHAIN + 1));
        assert_eq!(scan(&src), Ok(()));
        let src = format!("const X: u8 = {};", "9".repeat(MAX_INT_DIGITS + 1));
        assert_eq!(scan(&src), Err(Exceeded::Literal { at: 14, digits: MAX_INT_DIGITS + 1 }));
        let src = format!("const X: u8 = {};", "9".repeat(20_000));
        assert!(matches!(scan(&src), Err(Exceeded::Literal { .. })));
        let many = format!("{},", "9".repeat(MAX_INT_DIGITS)).repeat(MAX_INT_WORK as usize / MAX_INT_DIGITS.pow(2) + 1);
        assert!(matches!(scan(&format!("const X: [u8; 9] = [{many}];")), Err(Exceeded::Literal { .. })));
        for fits in [
            format!("0x{}_u128", "f".repeat(32)),
            format!("0b{}", "1".repeat(128)),
            format!("{}1", "0".repeat(1_000)),
            format!("{}f64", "1".repeat(309)),
            u128::MAX.to_string(),
            format!("1.{}e-5f64", "9".repeat(100_000)),
            format!("\"{}\"", "9".repeat(100_000)),
        ] {
            assert_eq!(scan(&format!("const X: u128 = {fits};")), Ok(()), "{fits}");
        }
    }

    #[test]
    fn comments_and_strings_hide_nothing_and_count_nothing() {
        let open = "(".repeat(1_000);
        for hidden in [
            format!("// {open}\n"),
            format!("/* /* {open} */ */"),
            format!("\"{open}\""),
            format!("r##\"\"# {open}\"##"),
            format!("b\"{open}\""),
            format!("'(' '\\'' \"{open}\""),
        ] {
            assert_eq!(scan(&format!("fn f() {{ {hidden} }}")), Ok(()), "{hidden}");
        }
        // What looks like a comment inside a string is not one.
        assert!(deep(&format!("const S: &str = \"/*\"; fn f() {{ {open} }}")));
        assert!(deep(&format!("fn f() {{ let l = 'a; {open} }}")));
        // An escaped backslash or quote ends its character at the closing quote.
        assert!(deep(&format!("fn f() {{ let c = '\\\\'; {open} 'a' }}")));
        assert!(deep(&format!("fn f() {{ let c = '\\''; {open} 'a' }}")));
    }

    /// Lexical snippets for [`the_scan_tokenizes_as_proc_macro2_does`]: what has confused
    /// hand-written lexers (escapes, raw strings, lifetimes against character literals,
    /// nested comments, suffixes), then every escape and prefix form, number shapes, doc and
    /// plain comments, operators and Unicode whitespace.
    const SNIPPETS: &[&str] = &[
        "a",
        "r#a",
        "fn",
        "1",
        "1.",
        "1..2",
        "1e+5",
        "0x1f_u8",
        "'a",
        "'static",
        "'r#a",
        "'a'",
        "'\\\\'",
        "'\\''",
        "'\\\"'",
        "'\\n'",
        "'\\u{1F600}'",
        "'é'",
        "b'x'",
        "b'\\\\'",
        "b'\\''",
        "\"a\\\"b\"",
        "\"\\\\\"",
        "r\"x\"",
        "r#\"a\"b\"#",
        "br##\"x\"##",
        "cr\"x\"",
        "b\"y\"",
        "c\"z\"",
        "\"s\"sfx",
        "// c\n",
        "/// d\n",
        "/* a /* b */ c */",
        "::",
        "->",
        "=>",
        "..=",
        "!=",
        "#",
        "!",
        "&&",
        "|x|",
        " ",
        "\n",
        ";",
        ",",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        // Words: identifiers, keywords, raw identifiers, string prefixes on their own.
        "x",
        "_",
        "_x1",
        "Self",
        "self",
        "let",
        "if",
        "else",
        "match",
        "return",
        "impl",
        "dyn",
        "move",
        "where",
        "r#fn",
        "r#match",
        "é",
        "ñame",
        "r",
        "b",
        "c",
        "br",
        "cr",
        // Numbers.
        "0",
        "1u32",
        "1_000",
        "1.5e-3f64",
        "2.0",
        "1E5",
        "1e-5",
        "1e_5",
        "1.e3",
        "1.0.0",
        "1...",
        "1..=2",
        "0b1010",
        "0o77",
        "0xFF",
        "0x1e+5",
        "1f32",
        "0.5_f32",
        "1usize+1",
        "9999999999999999999999999",
        "x.0.1",
        // Lifetimes and labels.
        "'_",
        "'a:",
        "'r#b",
        "'loop1",
        "'é",
        // Characters, every escape form.
        "'\\t'",
        "'\\r'",
        "'\\0'",
        "'\\x7f'",
        "'\\u{0}'",
        "'\\u{10FFFF}'",
        "'\"'",
        "'#'",
        "'/'",
        "'('",
        "')'",
        "'{'",
        "' '",
        "'中'",
        "'😀'",
        "'a'sfx",
        // Byte characters.
        "b'\"'",
        "b'\\x00'",
        "b'\\n'",
        "b'('",
        // Strings.
        "\"\"",
        "\"(\"",
        "\"/*\"",
        "\"//\"",
        "\"'\"",
        "\"multi\n(line\"",
        "\"\\u{1F600}\"",
        "\"a\\\n   b\"",
        "\"\\\"(\"",
        "\"\\\\\\\"\"",
        "\"x\"suffix",
        "\"é(\"",
        // Raw strings.
        "r\"\\\"",
        "r\"\"",
        "r#\"\"#",
        "r#\"a\"#",
        "r#\"(\"#",
        "r##\"a\"#b\"##",
        "r###\"a\"##\"###",
        "br\"x\\\"",
        "br#\"(\"#",
        "cr#\"x\"#",
        // Byte and C strings.
        "b\"\"",
        "b\"\\xff\"",
        "b\"(\\\"\"",
        "c\"\"",
        "c\"\\u{1F600}\"",
        "c\"a\\\"b\"",
        // Comments, doc or not.
        "//\n",
        "///\n",
        "//! inner doc\n",
        "//// not doc\n",
        "// (((\n",
        "/**/",
        "/***/",
        "/** doc */",
        "/*! inner */",
        "/*** not doc */",
        "/** /* nested */ ( */",
        "/* /* ( */ */",
        "/* \" */",
        "/* ' */",
        "/*/ x */",
        // Operators and other punctuation.
        "<<=",
        ">>=",
        "...",
        "..",
        ".",
        "@",
        "$",
        "?",
        "~",
        "^",
        "%=",
        "+=",
        "-=",
        "*=",
        "/",
        "<",
        ">",
        "<=",
        ">=",
        "==",
        "||",
        "|",
        "&",
        "*",
        "-",
        "+",
        ":",
        "=",
        "#[a]",
        "#![a]",
        "#[doc = \"(\"]",
        // Whitespace.
        "\t",
        "\r\n",
        "\u{a0}",
        "\u{200e}",
        "\u{2028}",
        "\u{3000}",
    ];

    /// A text for a failure message: bracket runs and other repeats shortened, then cut.
    fn shorten(src: &str) -> String {
        let mut out = String::new();
        let mut chars = src.chars().peekable();
        while let Some(c) = chars.next() {
            let mut n = 1;
            while chars.peek() == Some(&c) {
                chars.next();
                n += 1;
            }
            match n {
                1..=4 => (0..n).for_each(|_| out.push(c)),
                _ => out += &format!("«{c}×{n}»"),
            }
        }
        let cut: String = out.chars().take(400).collect();
        format!("{cut:?}{}", if cut.len() < out.len() { " (cut)" } else { "" })
    }

    /// A token of `proc_macro2` other than a group.
    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Leaf {
        Literal,
        Ident,
        Punct(char),
    }

    /// What `proc_macro2` made of a text, flattened: its groups, and every other token with
    /// its byte range, in order.
    #[derive(Default)]
    struct Lexed {
        groups: usize,
        /// How deeply groups nest, a doc comment's `[doc = ".."]` not counted: it can hold
        /// nothing else, so it is one level at most, and the scan does not count it.
        depth: usize,
        leaves: Vec<(std::ops::Range<usize>, Leaf)>,
        /// The doc comments: `proc_macro2` gives each token of their attributes the
        /// comment's span.
        docs: HashSet<(usize, usize)>,
    }

    fn flatten(src: &str, ts: proc_macro2::TokenStream, level: usize, out: &mut Lexed) {
        use proc_macro2::TokenTree;
        for t in ts {
            let range = t.span().byte_range();
            let leaf = match t {
                TokenTree::Group(g) => {
                    let doc = src[range.clone()].starts_with("//") || src[range.clone()].starts_with("/*");
                    if doc {
                        out.docs.insert((range.start, range.end));
                    }
                    out.groups += 1;
                    out.depth = out.depth.max(level + usize::from(!doc));
                    flatten(src, g.stream(), level + 1, out);
                    continue;
                }
                TokenTree::Literal(_) => Leaf::Literal,
                TokenTree::Ident(_) => Leaf::Ident,
                TokenTree::Punct(p) => Leaf::Punct(p.as_char()),
            };
            out.leaves.push((range, leaf));
        }
    }

    /// The differential check of one text: whether `proc_macro2` lexed it.
    fn check_against_proc_macro2(src: &str, at: &dyn Fn() -> String) -> bool {
        let scanned = scan_tokens(src);
        assert_eq!(scan(src).is_err(), scanned.is_err(), "{}", at());
        let Ok(ts) = src.parse::<proc_macro2::TokenStream>() else { return false };
        let mut pm = Lexed::default();
        flatten(src, ts, 0, &mut pm);
        let toks = match scanned {
            // Over-counting is allowed (the scan bounds more than brackets); no other limit
            // is near in texts this small.
            Err(e) => {
                assert!(matches!(e, Exceeded::Nesting { .. }), "{e:?}: {}", at());
                return true;
            }
            Ok(None) => panic!("proc_macro2 lexes it, the scan stopped: {}", at()),
            Ok(Some(toks)) => toks,
        };
        assert!(pm.depth <= MAX_NESTING, "groups {} deep passed the scan: {}", pm.depth, at());

        let kind_at: HashMap<(usize, usize), Tok> = toks.iter().map(|t| ((t.lo, t.hi), t.kind)).collect();
        let scanned_at = |lo: usize| {
            let t = toks.iter().find(|t| t.hi > lo);
            t.map(|t| (t.kind, &src[t.lo..t.hi]))
        };
        let count = |f: fn(Tok) -> bool| toks.iter().filter(|t| f(t.kind)).count();
        // A doc comment is `#[doc = ".."]` to `proc_macro2`: a group, and tokens, all with
        // the comment's span.
        let in_doc = |r: &std::ops::Range<usize>| pm.docs.contains(&(r.start, r.end));
        for &(lo, hi) in &pm.docs {
            let comment = matches!(kind_at.get(&(lo, hi)), Some(Tok::LineComment { .. } | Tok::BlockComment));
            assert!(comment, "doc comment {:?}, the scan's {:?}: {}", &src[lo..hi], scanned_at(lo), at());
        }
        let opens = count(|k| matches!(k, Tok::Open(_))) + pm.docs.len();
        let closes = count(|k| matches!(k, Tok::Close(_))) + pm.docs.len();
        assert_eq!((opens, closes), (pm.groups, pm.groups), "groups: {}", at());

        let idents: HashSet<usize> = pm.leaves.iter().filter(|l| l.1 == Leaf::Ident).map(|l| l.0.start).collect();
        let (mut literals, mut words, mut puncts) = (0, 0, 0);
        for (r, leaf) in pm.leaves.iter().filter(|(r, _)| !in_doc(r)) {
            let text = &src[r.clone()];
            let (lo, want) = match leaf {
                // A number is a word to the scan.
                Leaf::Literal if text.starts_with(|c: char| c.is_ascii_digit()) => (r.start, Tok::Word),
                Leaf::Literal => (r.start, Tok::Literal),
                // A lifetime's quote is part of the scan's word, checked with its identifier.
                Leaf::Punct('\'') if idents.contains(&r.end) => continue,
                Leaf::Punct(_) => (r.start, Tok::Punct),
                Leaf::Ident => (r.start - usize::from(src[..r.start].ends_with('\'')), Tok::Word),
            };
            match want {
                Tok::Literal => literals += 1,
                Tok::Word => words += 1,
                _ => puncts += 1,
            }
            let got = kind_at.get(&(lo, r.end));
            assert_eq!(
                got,
                Some(&want),
                "proc_macro2's {leaf:?} {:?} at {lo}..{}, the scan's {:?}: {}",
                &src[lo..r.end],
                r.end,
                scanned_at(lo),
                at()
            );
        }
        // And nothing else: the scan's tokens are exactly those.
        assert_eq!(count(|k| k == Tok::Literal), literals, "literals: {}", at());
        assert_eq!(count(|k| k == Tok::Word), words, "words: {}", at());
        assert_eq!(count(|k| k == Tok::Punct), puncts, "punctuation: {}", at());
        true
    }

    /// A random text of snippets, with brackets kept balanced (so that `proc_macro2` lexes
    /// most texts) and some runs of brackets around the nesting limit.
    fn random_text(next: &mut impl FnMut(usize) -> usize) -> String {
        const PAIRS: [(char, char); 3] = [('(', ')'), ('[', ']'), ('{', '}')];
        let pick = |next: &mut dyn FnMut(usize) -> usize| SNIPPETS[next(SNIPPETS.len())];
        let mut src = String::from("fn f() { ");
        let mut open: Vec<char> = Vec::new();
        for _ in 0..next(60) {
            match next(100) {
                0..=2 => {
                    // A run of brackets: past the limit, or just at it, or just past it
                    // (the function's body is one level).
                    let n = match next(4) {
                        0 => (MAX_NESTING - 1).saturating_sub(open.len()),
                        1 => MAX_NESTING - open.len(),
                        _ => 250,
                    };
                    let run: Vec<(char, char)> = (0..n).map(|_| PAIRS[next(3)]).collect();
                    run.iter().for_each(|&(o, _)| src.push(o));
                    for _ in 0..next(3) {
                        src += pick(next);
                        src.push(' ');
                    }
                    run.iter().rev().for_each(|&(_, c)| src.push(c));
                }
                3..=11 => {
                    let (o, c) = PAIRS[next(3)];
                    src.push(o);
                    open.push(c);
                }
                12..=19 => src.extend(open.pop()),
                _ => {
                    let snippet = pick(next);
                    // `SNIPPETS` has single brackets too: keep them balanced.
                    match PAIRS.iter().find(|p| snippet.starts_with(p.0) || snippet.starts_with(p.1)) {
                        Some(&(o, c)) if snippet.starts_with(o) => {
                            src.push(o);
                            open.push(c);
                        }
                        Some(_) => src.extend(open.pop()),
                        None => src += snippet,
                    }
                }
            }
            src += [" ", "", "", "\n"][next(4)];
        }
        open.iter().rev().for_each(|&c| src.push(c));
        src += " }";
        src
    }

    /// Random texts of lexical snippets, differentially against `proc_macro2` (whose lexer
    /// is the one `syn` parses from): where it lexes a text, the scan lexes all of it,
    /// refuses it when its groups nest past the limit, and otherwise finds the very tokens
    /// it finds — each group's brackets, each literal (a number as a word), identifier and
    /// lifetime, and each punctuation character, at the same byte ranges.
    ///
    /// First, one text for each lexing difference this test found (each fixed): two hid
    /// brackets from the scan (a quote before a raw string, Unicode whitespace after a word),
    /// one operators (a number's non-ASCII suffix), two integer literals from the digit
    /// limits (a literal's digit suffix, a dot after an exponent), and two split tokens
    /// differently (a quote before a byte string, a float's dot before Unicode whitespace).
    #[test]
    fn the_scan_tokenizes_as_proc_macro2_does() {
        let deep = format!("{}{}", "(".repeat(250), ")".repeat(250));
        for src in [
            format!("fn f() {{ m!('r\"\\\" {deep} \"x\"); }} // \""),
            format!("fn f() {{ m!(a\u{a0}r\"\\\" {deep} \"x\"); }} // \""),
            "fn f() { a = 1é = 1é = 1; }".to_string(),
            "fn f() { m!(\"x\"999); }".to_string(),
            "fn f() { 1e5.999; }".to_string(),
            "fn f() { m!('b\"\"); }".to_string(),
            "fn f() { 1.\u{a0}; }".to_string(),
        ] {
            assert!(check_against_proc_macro2(&src, &|| shorten(&src)), "{}", shorten(&src));
        }
        let mut lexed = 0;
        for seed in [0x2545_f491_4f6c_dd1d_u64, 0x9e37_79b9_7f4a_7c15, 0xdead_beef_cafe_f00d, 1] {
            let mut state = seed;
            let mut next = |n: usize| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state % n as u64) as usize
            };
            for case in 0..1_000 {
                let src = random_text(&mut next);
                let at = || format!("seed {seed:#x} case {case}: {}", shorten(&src));
                lexed += usize::from(check_against_proc_macro2(&src, &at));
            }
        }
        // Most texts lex: the generator keeps brackets balanced.
        assert!(lexed > 2_000, "only {lexed} texts lexed");
    }
}
