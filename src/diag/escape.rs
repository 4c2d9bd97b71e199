//! What came from the repository (file names, identifiers, strings, messages that quote
//! code, code frames) is escaped before it reaches a terminal, a CI log or a code host: the
//! one place every renderer uses (docs/security.md).
//!
//! - [`text`]: control characters (C0, DEL, C1) and invisible or bidirectional formatting
//!   characters become visible escapes (`\n`, `\u{1b}`), so no escape sequence reaches a
//!   terminal and no repository string starts a new line of a log;
//! - [`frame`]: the same for a code frame, one replacement byte per byte so that columns do
//!   not move;
//! - [`log_lines`], [`json`]: a last pass over a whole report, so that no line of it is a
//!   GitHub Actions workflow command (`::cmd ...` at the start of a line, or `##[cmd]`
//!   anywhere) unless redline wrote it (`--format github`).

use std::borrow::Cow;

/// Characters shown as escapes: controls, and format characters that are invisible or
/// reorder text (zero-width spaces, bidirectional overrides, line separators).
fn hidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{61c}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{2069}' | '\u{feff}')
}

/// Only printable ASCII (the common case, checked fast).
fn printable_ascii(s: &str) -> bool {
    s.bytes().all(|b| (0x20..0x7f).contains(&b))
}

/// Text from the repository for a report: hidden characters become `\n`, `\r`, `\t` or
/// `\u{..}`.
pub fn text(s: &str) -> Cow<'_, str> {
    if printable_ascii(s) || !s.chars().any(hidden) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if hidden(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Source code for a code frame: line breaks (`\n`, `\r\n`) and tabs stay, every other
/// hidden character becomes as many `?` as it has bytes, so byte offsets do not move.
pub fn frame(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\t' => out.push(c),
            '\r' if chars.peek() == Some(&'\n') => out.push(c),
            c if hidden(c) => out.extend(std::iter::repeat_n('?', c.len_utf8())),
            c => out.push(c),
        }
    }
    out
}

/// The prefix of GitHub's older workflow commands, honoured anywhere in a line.
const LEGACY_COMMAND: &str = "##[";

/// A text report as written to a log: a line that would start with `::` (after blanks)
/// gets a `\` before it, and `##[` becomes `#\u{23}[`.
pub fn log_lines(report: String) -> String {
    let needs = report.contains(LEGACY_COMMAND) || report.lines().any(|l| l.trim_start().starts_with("::"));
    if !needs {
        return report;
    }
    let mut out = String::with_capacity(report.len() + 16);
    for line in report.split_inclusive('\n') {
        let body = line.trim_start();
        let indent = &line[..line.len() - body.len()];
        out.push_str(indent);
        if body.starts_with("::") {
            out.push('\\');
        }
        out.push_str(&body.replace(LEGACY_COMMAND, "#\\u{23}["));
    }
    out
}

/// A JSON document (JSON and SARIF reports): hidden characters the serializer leaves raw
/// (DEL, C1 controls, invisible and bidirectional ones) become `\u` escapes, and `##[`
/// becomes `#\u0023[`: the same strings to a JSON reader. (They can only occur inside
/// strings; JSON escapes C0 controls itself, and its lines never start with `::`.)
pub fn json(doc: String) -> String {
    // JSON is ASCII in the common case: a fast check first.
    let plain = doc.is_ascii() && !doc.as_bytes().contains(&0x7f);
    if !doc.contains(LEGACY_COMMAND) && (plain || !doc.chars().any(hidden)) {
        return doc;
    }
    let mut out = String::with_capacity(doc.len() + 16);
    for c in doc.replace(LEGACY_COMMAND, "#\\u0023[").chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(c),
            c if hidden(c) => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_characters_become_visible() {
        assert_eq!(text("src/a.rs"), "src/a.rs");
        assert_eq!(text("a\nb\r\u{1b}[31m\u{9b}\u{202e}.rs"), "a\\nb\\r\\u{1b}[31m\\u{9b}\\u{202e}.rs");
        let code = "let s = \"\u{1b}]0;x\u{7}\";\r\nfoo\rbar\u{9b}\n";
        let f = frame(code);
        assert_eq!(f.len(), code.len());
        assert_eq!(f, "let s = \"?]0;x?\";\r\nfoo?bar??\n");
    }

    #[test]
    fn no_line_becomes_a_workflow_command() {
        let out = log_lines("ok\n   ::error file=x::pwned\nsee ##[set-output name=a;]b\n".to_string());
        assert_eq!(out, "ok\n   \\::error file=x::pwned\nsee #\\u{23}[set-output name=a;]b\n");
        assert!(out.lines().all(|l| !l.trim_start().starts_with("::") && !l.contains("##[")));
        let doc = json("{\"m\": \"a ##[error]b\u{9b}\u{7f}\"}".to_string());
        assert_eq!(doc, r#"{"m": "a #\u0023[error]b\u009b\u007f"}"#);
        let v: serde_json::Value = serde_json::from_str(&doc).expect("still JSON");
        assert_eq!(v["m"], "a ##[error]b\u{9b}\u{7f}");
    }
}
