//! Suppression comments: `// redline:allow(lint, ...) reason`.
//!
//! A suppression covers its own line when it follows code, else the next line that is
//! not a comment; when that line starts an item (its attributes included), the whole
//! item. It must give a reason, or it suppresses nothing and is reported itself
//! (`suppression-without-reason`); one that suppresses nothing is reported too
//! (`unused-suppression`). Only files the loader saw [`MARKER`] in are read again.

use super::{Finding, Level, Sources};
use crate::diag::{did_you_mean, Lint};
use crate::syntax::Span;
use crate::syntax::SUPPRESSION_MARKER as MARKER;
use quote::ToTokens;
use std::collections::BTreeMap;

/// One `redline:allow` comment.
#[derive(Debug)]
struct Directive {
    span: Span,
    /// Lines covered, 1-based, inclusive.
    covers: (usize, usize),
    /// What it covers, in words: `on its line`, `on the line below it`, `in the item below it`.
    place: &'static str,
    /// Known lint names, and whether a finding of each was suppressed.
    lints: Vec<(Lint, bool)>,
    reason: bool,
    /// Why some or all of it cannot work: a malformed list, an unknown lint.
    problems: Vec<(String, Option<String>)>,
}

/// Removes the findings that suppression comments cover and adds findings for the
/// comments that are wrong or unused. `files` are those holding [`MARKER`]. Findings
/// of any level can be suppressed (one at `allow` still uses its comment); returns
/// how many of those not at `allow` were.
pub fn apply(findings: &mut Vec<Finding>, files: &[String], sources: &Sources) -> usize {
    let mut directives: BTreeMap<&str, Vec<Directive>> = BTreeMap::new();
    for file in files {
        if let Some(text) = sources.text(file) {
            directives.insert(file, scan(&text));
        }
    }
    // Each finding in a file with suppressions, as (file, lint, line, index), swept in
    // order: every directive is looked at a bounded number of times.
    let mut queries: Vec<(&str, Lint, usize, usize)> = findings
        .iter()
        .enumerate()
        .filter_map(|(i, f)| {
            let span = f.span.filter(|_| directives.contains_key(f.file.as_str()))?;
            Some((f.file.as_str(), f.lint, sources.line_col(&f.file, span.lo).line, i))
        })
        .collect();
    queries.sort_unstable();
    let mut hit = vec![false; findings.len()];
    for group in queries.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
        let (file, lint) = (group[0].0, group[0].1);
        let Some(ds) = directives.get_mut(file) else { continue };
        sweep(ds, lint, group.iter().map(|q| (q.2, q.3)), &mut hit);
    }
    let mut suppressed = 0;
    let mut i = 0;
    findings.retain(|f| {
        let h = hit[i];
        i += 1;
        if h && f.level != Level::Allow {
            suppressed += 1;
        }
        !h
    });
    for (file, ds) in directives {
        for d in ds {
            report(file, d, findings);
        }
    }
    suppressed
}

/// Marks the findings of one lint in one file (`(line, index)`, lines ascending) that the
/// file's directives cover, and the directives that cover one as used.
fn sweep(ds: &mut [Directive], lint: Lint, findings: impl Iterator<Item = (usize, usize)>, hit: &mut [bool]) {
    let mut intervals: Vec<(usize, usize, usize)> = ds
        .iter()
        .enumerate()
        .filter(|(_, d)| d.reason && d.lints.iter().any(|(l, _)| *l == lint))
        .map(|(i, d)| (d.covers.0, d.covers.1, i))
        .collect();
    intervals.sort_unstable();
    let (mut next, mut reach) = (0, 0);
    let mut open: Vec<(usize, usize)> = Vec::new();
    for (line, index) in findings {
        while let Some(&(_, end, d)) = intervals.get(next).filter(|iv| iv.0 <= line) {
            reach = reach.max(end);
            open.push((end, d));
            next += 1;
        }
        // Every open directive either covers this line (and is used) or ends before it
        // (and covers no later line): none stays open.
        for (end, d) in open.drain(..) {
            if end >= line {
                for (l, used) in &mut ds[d].lints {
                    *used |= *l == lint;
                }
            }
        }
        hit[index] = reach >= line;
    }
}

fn report(file: &str, d: Directive, out: &mut Vec<Finding>) {
    let example = "`// redline:allow(purpose-violation) <why this use is acceptable>`";
    for (message, help) in d.problems {
        let mut f = Finding::new(
            Lint::UnusedSuppression,
            file,
            Some(d.span),
            format!("{message}; this part of the suppression has no effect"),
        );
        f.label = "has no effect".into();
        f.help = Some(help.unwrap_or_else(|| format!("write it as {example}")));
        out.push(f);
    }
    if d.lints.is_empty() {
        return;
    }
    if !d.reason {
        let mut f = Finding::new(
            Lint::SuppressionWithoutReason,
            file,
            Some(d.span),
            format!(
                "this suppression of {} gives no reason, so it suppresses nothing",
                quoted(d.lints.iter().map(|(l, _)| l))
            ),
        );
        f.label = "no reason after the lint list".into();
        f.help = Some(format!(
            "say why the finding is acceptable, after the parenthesis: {example}. A suppression is an exception to \
             the policy; the reason is what reviewers and auditors read"
        ));
        out.push(f);
        return;
    }
    let unused: Vec<&Lint> = d.lints.iter().filter(|(_, used)| !used).map(|(l, _)| l).collect();
    if unused.is_empty() {
        return;
    }
    let all = unused.len() == d.lints.len();
    let mut f = Finding::new(
        Lint::UnusedSuppression,
        file,
        Some(d.span),
        format!(
            "{} suppresses nothing: there is no {} finding {}",
            if all { "this suppression" } else { "part of this suppression" },
            quoted(unused),
            d.place
        ),
    );
    f.label = "unused".into();
    f.help = Some(if all {
        "the code no longer has the finding (or never had it here): remove the comment".into()
    } else {
        "remove the lints that are not needed from the list".into()
    });
    out.push(f);
}

/// `` `a`, `b` ``.
fn quoted<'a>(names: impl IntoIterator<Item = &'a Lint>) -> String {
    names.into_iter().map(|l| format!("`{l}`")).collect::<Vec<_>>().join(", ")
}

/// Finds the suppressions of one file.
fn scan(text: &str) -> Vec<Directive> {
    let lexed = lex(text);
    let mut found = Vec::new();
    for c in &lexed.comments {
        let body = &text[c.lo + 2..c.hi];
        let Some(parsed) = parse(body) else { continue };
        found.push((c, parsed));
    }
    if found.is_empty() {
        return Vec::new();
    }
    let outline = Outline::of(text);
    // The first line at or after each line that is not only a comment.
    let mut not_comment = vec![None; lexed.lines.len() + 2];
    for l in (1..=lexed.lines.len()).rev() {
        not_comment[l] = if lexed.lines[l - 1] != LineKind::Comment { Some(l) } else { not_comment[l + 1] };
    }
    let mut out = Vec::new();
    for (c, (lints, reason, problems)) in found {
        if outline.is_test_only(c.line) {
            // Test code is not analysed: a suppression there has nothing to do.
            continue;
        }
        let (covers, place) = if c.trailing {
            ((c.line, c.line), "on its line")
        } else {
            // The next line that is not only a comment (a blank line ends the search).
            let next = not_comment.get(c.line + 1).copied().flatten();
            match next {
                Some(n) if lexed.lines[n - 1] == LineKind::Code => match outline.item_at(n) {
                    Some(end) => ((n, end), "in the item below it"),
                    None => ((n, n), "on the line below it"),
                },
                _ => ((c.line, c.line), "on the line below it"),
            }
        };
        let end = c.lo + text[c.lo..c.hi].trim_end().len();
        out.push(Directive {
            span: Span::new(c.lo, end),
            covers,
            place,
            lints: lints.into_iter().map(|l| (l, false)).collect(),
            reason,
            problems,
        });
    }
    out
}

type Parsed = (Vec<Lint>, bool, Vec<(String, Option<String>)>);

/// Reads a comment's text (after `//`): `None` when it is not a suppression at all.
fn parse(body: &str) -> Option<Parsed> {
    let rest = body.trim_start().strip_prefix(MARKER)?;
    let malformed = |why: &str| Some((Vec::new(), false, vec![(format!("malformed suppression: {why}"), None)]));
    let Some(list) = rest.strip_prefix('(') else {
        return malformed("`redline:allow` must be followed by the lints in parentheses");
    };
    let Some(close) = list.find(')') else { return malformed("the lint list has no closing `)`") };
    let names: Vec<&str> = list[..close].split(',').map(str::trim).filter(|n| !n.is_empty()).collect();
    if names.is_empty() {
        return malformed("the lint list is empty");
    }
    let reason = list[close + 1..].trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '—'));
    let mut lints = Vec::new();
    let mut problems = Vec::new();
    for name in names {
        if let Some(lint) = Lint::from_name(name) {
            lints.push(lint);
        } else {
            let hint = did_you_mean(name, Lint::ALL.iter().map(|l| l.name()));
            problems.push((format!("unknown lint `{name}` in a suppression"), hint));
        }
    }
    Some((lints, reason.chars().any(char::is_alphanumeric), problems))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineKind {
    Blank,
    /// Comments only (or inside a block comment).
    Comment,
    Code,
}

/// A plain `//` comment (doc comments are documentation, not suppressions).
struct Comment {
    lo: usize,
    hi: usize,
    /// 1-based.
    line: usize,
    /// Code precedes it on its line.
    trailing: bool,
}

struct Lexed {
    comments: Vec<Comment>,
    lines: Vec<LineKind>,
}

/// A small Rust lexer: enough to tell comments from code and from the insides of
/// string and character literals.
fn lex(text: &str) -> Lexed {
    let b = text.as_bytes();
    let mut lx = Lexer { lines: vec![LineKind::Blank], comments: Vec::new() };
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b'\n' => {
                lx.lines.push(LineKind::Blank);
                i += 1;
            }
            _ if c.is_ascii_whitespace() => i += 1,
            b'/' if b.get(i + 1) == Some(&b'/') => {
                let end = text[i..].find('\n').map_or(b.len(), |n| i + n);
                let doc = matches!(b.get(i + 2), Some(b'/' | b'!')) && b.get(i + 3) != Some(&b'/');
                if !doc {
                    let trailing = lx.current() == LineKind::Code;
                    lx.comments.push(Comment { lo: i, hi: end, line: lx.lines.len(), trailing });
                }
                lx.mark(LineKind::Comment);
                i = end;
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let mut depth = 0;
                while i < b.len() {
                    if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
                        depth += 1;
                        i += 2;
                    } else if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        lx.step(b[i], LineKind::Comment);
                        i += 1;
                    }
                }
                lx.mark(LineKind::Comment);
            }
            b'"' => i = lx.string(b, i + 1, false, 0),
            b'\'' => {
                lx.mark(LineKind::Code);
                if b.get(i + 1) == Some(&b'\\') {
                    // An escaped character (`'\''`, `'\u{..}'`): up to the closing quote.
                    i += 3;
                    while i < b.len() && b[i] != b'\'' && b[i] != b'\n' {
                        i += 1;
                    }
                    i += 1;
                } else {
                    let width = text[i + 1..].chars().next().map_or(1, char::len_utf8);
                    // `'x'` is a character; `'a` (no closing quote) a lifetime or label.
                    i += if b.get(i + 1 + width) == Some(&b'\'') { 2 + width } else { 1 };
                }
            }
            _ if c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80 => {
                lx.mark(LineKind::Code);
                // Raw strings: r"..", r#".."#, br"..", cr"..".
                let mut j = i;
                if matches!(c, b'b' | b'c') && b.get(i + 1) == Some(&b'r') {
                    j += 1;
                }
                if b[j] == b'r' {
                    let hashes = b[j + 1..].iter().take_while(|&&h| h == b'#').count();
                    if b.get(j + 1 + hashes) == Some(&b'"') {
                        i = lx.string(b, j + 2 + hashes, true, hashes);
                        continue;
                    }
                }
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] >= 0x80) {
                    i += 1;
                }
            }
            _ => {
                lx.mark(LineKind::Code);
                i += 1;
            }
        }
    }
    Lexed { comments: lx.comments, lines: lx.lines }
}

struct Lexer {
    lines: Vec<LineKind>,
    comments: Vec<Comment>,
}

impl Lexer {
    fn current(&self) -> LineKind {
        self.lines.last().copied().unwrap_or(LineKind::Blank)
    }

    /// Code outranks comments on a line.
    fn mark(&mut self, kind: LineKind) {
        if let Some(last) = self.lines.last_mut() {
            if *last != LineKind::Code {
                *last = kind;
            }
        }
    }

    /// One byte inside a literal or comment: lines it spans are of its kind.
    fn step(&mut self, byte: u8, kind: LineKind) {
        if byte == b'\n' {
            self.lines.push(kind);
        } else {
            self.mark(kind);
        }
    }

    /// Skips a string literal from just after its opening quote; a raw one has no
    /// escapes and is closed by `"` and `hashes` times `#`. Returns the index after it.
    fn string(&mut self, b: &[u8], mut i: usize, raw: bool, hashes: usize) -> usize {
        self.mark(LineKind::Code);
        while i < b.len() {
            match b[i] {
                b'\\' if !raw => {
                    self.step(b.get(i + 1).copied().unwrap_or(b' '), LineKind::Code);
                    i += 2;
                }
                b'"' if b[i + 1..].iter().take(hashes).filter(|&&h| h == b'#').count() == hashes => {
                    return i + 1 + hashes;
                }
                byte => {
                    self.step(byte, LineKind::Code);
                    i += 1;
                }
            }
        }
        i
    }
}

/// The items of a file as line ranges, from `syn` (only files with suppressions are
/// parsed again, and only when a suppression stands on a line of its own).
struct Outline {
    /// (first line with attributes, first line without, last line).
    items: Vec<(usize, usize, usize)>,
    /// Test-only items (`#[cfg(test)]`, `#[test]`): not analysed. Sorted and disjoint
    /// once built.
    test_only: Vec<(usize, usize)>,
    /// For each line in an item's attributes or first line of code: the last line of the
    /// outermost such item.
    heads: std::collections::HashMap<usize, usize>,
}

/// Inline modules nested deeper than this are not outlined (each level is tokenized
/// again): a suppression inside covers its line or the next one, not the item.
const MAX_OUTLINE_DEPTH: usize = 16;

impl Outline {
    fn of(text: &str) -> Outline {
        let mut outline = Outline { items: Vec::new(), test_only: Vec::new(), heads: Default::default() };
        if let Some(file) = crate::syntax::parse_syn(text) {
            outline.walk(&file.items, 0);
        }
        // Spans are resolved: free this thread's source map.
        proc_macro2::extra::invalidate_current_thread_spans();
        for &(first, header, last) in &outline.items {
            for line in first..=header {
                let end = outline.heads.entry(line).or_insert(last);
                *end = (*end).max(last);
            }
        }
        outline.test_only.sort_unstable();
        let mut merged: Vec<(usize, usize)> = Vec::new();
        for &(a, b) in &outline.test_only {
            match merged.last_mut() {
                Some(last) if a <= last.1 => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        outline.test_only = merged;
        outline
    }

    fn is_test_only(&self, line: usize) -> bool {
        let i = self.test_only.partition_point(|&(a, _)| a <= line);
        i > 0 && self.test_only[i - 1].1 >= line
    }

    fn walk(&mut self, items: &[syn::Item], depth: usize) {
        for item in items {
            let attrs = match item {
                syn::Item::Fn(i) => &i.attrs,
                syn::Item::Impl(i) => &i.attrs,
                syn::Item::Mod(i) => &i.attrs,
                syn::Item::Trait(i) => &i.attrs,
                syn::Item::Struct(i) => &i.attrs,
                syn::Item::Enum(i) => &i.attrs,
                syn::Item::Const(i) => &i.attrs,
                syn::Item::Static(i) => &i.attrs,
                _ => continue,
            };
            let extent = self.add(item);
            if crate::syntax::is_test_only(attrs) {
                self.test_only.push((extent.0, extent.2));
                continue;
            }
            match item {
                syn::Item::Impl(i) => {
                    for sub in &i.items {
                        let extent = self.add(sub);
                        if let syn::ImplItem::Fn(f) = sub {
                            if crate::syntax::is_test_only(&f.attrs) {
                                self.test_only.push((extent.0, extent.2));
                            }
                        }
                    }
                }
                syn::Item::Trait(t) => {
                    for sub in &t.items {
                        self.add(sub);
                    }
                }
                syn::Item::Mod(m) if depth < MAX_OUTLINE_DEPTH => {
                    if let Some((_, content)) = &m.content {
                        self.walk(content, depth + 1);
                    }
                }
                _ => {}
            }
        }
    }

    fn add(&mut self, item: &impl ToTokens) -> (usize, usize, usize) {
        let mut first = None;
        let mut header = None;
        let mut last = 0;
        let mut tokens = item.to_token_stream().into_iter().peekable();
        while let Some(t) = tokens.next() {
            let (start, end) = (t.span().start().line, t.span().end().line);
            first.get_or_insert(start);
            last = end;
            let is_attr = matches!(&t, proc_macro2::TokenTree::Punct(p) if p.as_char() == '#')
                && matches!(tokens.peek(), Some(proc_macro2::TokenTree::Group(g)) if g.delimiter() == proc_macro2::Delimiter::Bracket);
            if is_attr && header.is_none() {
                if let Some(group) = tokens.next() {
                    last = group.span().end().line;
                }
            } else {
                header.get_or_insert(start);
            }
        }
        let first = first.unwrap_or(0);
        let extent = (first, header.unwrap_or(first), last);
        self.items.push(extent);
        extent
    }

    /// The last line of the outermost item whose attributes or first line of code
    /// include `line`.
    fn item_at(&self, line: usize) -> Option<usize> {
        self.heads.get(&line).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn covers(text: &str) -> Vec<(usize, usize)> {
        scan(text).iter().map(|d| d.covers).collect()
    }

    #[test]
    fn comments_are_told_from_strings_and_doc_comments() {
        let text = r##"
let a = "// redline:allow(purpose-violation) in a string";
let b = r#"
// redline:allow(purpose-violation) in a raw string
"#;
/// redline:allow(purpose-violation) in documentation
let c = '"'; // redline:allow(purpose-violation) after a char
let d: &'static str = "x"; /* // redline:allow(purpose-violation) in a block */
fn f<'a>(x: &'a u8) {} // redline:allow(purpose-violation) after a lifetime
"##;
        assert_eq!(covers(text), vec![(7, 7), (9, 9)]);
    }

    #[test]
    fn a_suppression_covers_its_line_the_next_or_the_item_below() {
        let text = "\
fn a() {
    let x = f(); // redline:allow(purpose-violation) trailing
    // redline:allow(purpose-violation) above a statement
    // another comment
    let y = g(
        1,
    );
    // redline:allow(purpose-violation) before a blank line

    let z = 1;
}

// redline:allow(purpose-violation) above an item with attributes
/// Documented.
#[inline]
pub fn b() {
    let x = 1;
}

impl S {
    // redline:allow(purpose-violation) above a method
    fn m(&self) {}
}
";
        assert_eq!(covers(text), vec![(2, 2), (5, 5), (8, 8), (15, 18), (22, 22)]);
        assert_eq!(scan(text)[3].place, "in the item below it");
    }

    #[test]
    fn lists_reasons_and_mistakes() {
        let (lints, reason, problems) =
            parse(" redline:allow(purpose-violation, unused-suppression) — aggregated").expect("a suppression");
        assert_eq!(lints, [Lint::PurposeViolation, Lint::UnusedSuppression]);
        assert!(reason && problems.is_empty());
        let (_, reason, _) = parse(" redline:allow(purpose-violation) -").expect("a suppression");
        assert!(!reason, "punctuation is not a reason");
        let (lints, _, problems) = parse("redline:allow(purpose-violaton) typo").expect("a suppression");
        assert!(lints.is_empty());
        assert_eq!(problems[0].1.as_deref(), Some("did you mean `purpose-violation`?"));
        assert!(parse(" redline:allow purpose-violation because").expect("malformed").2[0].0.contains("parentheses"));
        assert!(parse(" see redline:allow in the docs").is_none());
    }

    #[test]
    fn above_an_impl_or_a_module_it_covers_all_of_it() {
        let text = "\
// redline:allow(purpose-violation) the whole impl
impl Crm {
    fn a(&self) {}

    fn b(&self) {}
}

// redline:allow(purpose-violation) the whole module
#[allow(dead_code)]
mod legacy {
    fn c() {}
}
";
        assert_eq!(covers(text), vec![(2, 6), (9, 12)]);
    }

    #[test]
    fn test_code_is_ignored() {
        let text = "#[cfg(test)]\nmod tests {\n    // redline:allow(purpose-violation) fixture\n    fn t() {}\n}\n";
        assert!(scan(text).is_empty());
    }
}
