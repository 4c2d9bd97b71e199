//! Suppression comments: `// redline:allow(lint, ...) reason`.
//!
//! A suppression covers its own line when it follows code, else the next line that is
//! not a comment; when that line starts an item (its attributes included), the whole
//! item. It must give a reason, or it suppresses nothing and is reported itself
//! (`suppression-without-reason`); one that suppresses nothing is reported too
//! (`unused-suppression`). Only files the loader saw [`MARKER`] in are read again.

use super::{Finding, Level, Sources};
use crate::diag::{did_you_mean, Lint};
use crate::syntax::lex::{tokens, Tok};
use crate::syntax::Span;
use crate::syntax::{Outline, SUPPRESSION_MARKER as MARKER};
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
/// how many of those not at `allow` (by `level`) were.
pub fn apply(
    findings: &mut Vec<Finding>,
    files: &[(String, Outline)],
    sources: &Sources,
    level: &dyn Fn(Lint) -> Level,
) -> usize {
    let mut directives: BTreeMap<&str, Vec<Directive>> = BTreeMap::new();
    for (file, outline) in files {
        if let Some(text) = sources.text(file) {
            directives.insert(file, scan(&text, outline));
        }
    }
    let mut covered: BTreeMap<&str, Cover> = directives.iter().map(|(f, ds)| (*f, Cover::new(ds))).collect();
    // The findings in those files, by file and line, looked up in one sweep per file.
    let mut queries: Vec<(&str, usize, usize)> = Vec::new();
    for (i, f) in findings.iter().enumerate() {
        if let (Some((file, _)), Some(span)) = (covered.get_key_value(f.file.as_str()), f.span) {
            queries.push((file, sources.line_col(&f.file, span.lo).line, i));
        }
    }
    queries.sort_unstable();
    let mut hit = vec![false; findings.len()];
    for group in queries.chunk_by(|a, b| a.0 == b.0) {
        let Some(cover) = covered.get_mut(group[0].0) else { continue };
        cover.sweep(group.iter().map(|&(_, line, i)| (line, i)), |i, cover_hits| {
            hit[i] = cover_hits(findings[i].lint);
        });
    }
    let mut suppressed = 0;
    let mut i = 0;
    findings.retain(|f| {
        let h = hit[i];
        i += 1;
        if h && level(f.lint) != Level::Allow {
            suppressed += 1;
        }
        !h
    });
    for (file, mut ds) in directives {
        if let Some(cover) = covered.get(file) {
            cover.mark_used(&mut ds);
        }
        for d in ds {
            report(file, d, findings);
        }
    }
    suppressed
}

/// The lines a file's suppressions (those with a reason) cover: directives covering the
/// same lines are one group, and a finding is looked up among the groups active at its
/// line, in a sweep over the file's findings in line order. The cost grows with the
/// findings and the suppressions, not with their product.
struct Cover {
    /// Sorted by their first line.
    groups: Vec<Group>,
    /// Per directive, its group.
    of: Vec<Option<usize>>,
}

struct Group {
    lines: (usize, usize),
    /// The lints its directives name, and whether a finding of each was suppressed.
    lints: Vec<(Lint, bool)>,
}

impl Cover {
    fn new(ds: &[Directive]) -> Cover {
        let mut ranges: Vec<(usize, usize)> = ds.iter().filter(|d| d.reason).map(|d| d.covers).collect();
        ranges.sort_unstable();
        ranges.dedup();
        let mut groups: Vec<Group> = ranges.into_iter().map(|lines| Group { lines, lints: Vec::new() }).collect();
        let of = ds
            .iter()
            .map(|d| {
                let g = groups.binary_search_by_key(&d.covers, |g| g.lines).ok().filter(|_| d.reason)?;
                for (lint, _) in &d.lints {
                    if !groups[g].lints.iter().any(|(l, _)| l == lint) {
                        groups[g].lints.push((*lint, false));
                    }
                }
                Some(g)
            })
            .collect();
        Cover { groups, of }
    }

    /// Calls `found(i, hits)` for each finding `i` at `line` (in line order), where
    /// `hits(lint)` says whether a group covering the line suppresses that lint (and
    /// marks it used).
    fn sweep(
        &mut self,
        queries: impl Iterator<Item = (usize, usize)>,
        mut found: impl FnMut(usize, &mut dyn FnMut(Lint) -> bool),
    ) {
        let mut next = 0;
        let mut active: Vec<usize> = Vec::new();
        for (line, i) in queries {
            while next < self.groups.len() && self.groups[next].lines.0 <= line {
                active.push(next);
                next += 1;
            }
            active.retain(|&g| self.groups[g].lines.1 >= line);
            let groups = &mut self.groups;
            found(i, &mut |lint| {
                let mut any = false;
                for &g in &active {
                    for (l, used) in &mut groups[g].lints {
                        if *l == lint {
                            *used = true;
                            any = true;
                        }
                    }
                }
                any
            });
        }
    }

    /// Which lints of each directive suppressed something.
    fn mark_used(&self, ds: &mut [Directive]) {
        for (d, g) in ds.iter_mut().zip(&self.of) {
            let Some(g) = g else { continue };
            for (lint, used) in &mut d.lints {
                *used = self.groups[*g].lints.iter().any(|(l, u)| l == lint && *u);
            }
        }
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
fn scan(text: &str, outline: &Outline) -> Vec<Directive> {
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
    // Per line (1-based; 0 unused): the first line after it that is not only a comment.
    let mut after = vec![None; lexed.lines.len() + 2];
    for l in (1..=lexed.lines.len()).rev() {
        after[l] =
            if l < lexed.lines.len() && lexed.lines[l] != LineKind::Comment { Some(l + 1) } else { after[l + 1] };
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
            match after[c.line] {
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

/// A suppression comment as `redline audit` lists it.
#[derive(Debug, Clone)]
pub struct Listed {
    pub span: Span,
    /// 1-based.
    pub line: usize,
    /// The lints it names (known ones).
    pub lints: Vec<Lint>,
    /// The reason after the lint list, if it gives one.
    pub reason: Option<String>,
}

/// Every suppression comment of a file that names a known lint (outside test code).
pub fn list(text: &str, outline: &Outline) -> Vec<Listed> {
    let lexed = lex(text);
    let mut out = Vec::new();
    for c in &lexed.comments {
        let body = &text[c.lo + 2..c.hi];
        let Some((lints, has_reason, _)) = parse(body) else { continue };
        if lints.is_empty() || outline.is_test_only(c.line) {
            continue;
        }
        let reason = body.split_once(')').map(|(_, rest)| reason_of(rest).trim().to_string());
        let end = c.lo + text[c.lo..c.hi].trim_end().len();
        out.push(Listed { span: Span::new(c.lo, end), line: c.line, lints, reason: reason.filter(|_| has_reason) });
    }
    out
}

/// The reason after a suppression's lint list (`: `, `- ` and `— ` before it are not part of it).
fn reason_of(after_list: &str) -> &str {
    after_list.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '—'))
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
    let reason = reason_of(&list[close + 1..]);
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

/// Comments and the kind of each line, from the shared lexer.
fn lex(text: &str) -> Lexed {
    let mut lx = Lexed { lines: vec![LineKind::Blank], comments: Vec::new() };
    for t in tokens(text) {
        match t.kind {
            Tok::Newline => lx.lines.push(LineKind::Blank),
            Tok::LineComment { doc } => {
                if !doc {
                    let trailing = lx.current() == LineKind::Code;
                    lx.comments.push(Comment { lo: t.lo, hi: t.hi, line: lx.lines.len(), trailing });
                }
                lx.mark(LineKind::Comment);
            }
            Tok::BlockComment => lx.spans(&text[t.lo..t.hi], LineKind::Comment),
            Tok::Literal => lx.spans(&text[t.lo..t.hi], LineKind::Code),
            _ => lx.mark(LineKind::Code),
        }
    }
    lx
}

impl Lexed {
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

    /// A token that may span lines: every line it touches is of its kind.
    fn spans(&mut self, token: &str, kind: LineKind) {
        self.mark(kind);
        for _ in token.bytes().filter(|&b| b == b'\n') {
            self.lines.push(kind);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The suppressions of a file, with its outline as the parser makes it (none for
    /// a file that does not parse, as in a run).
    fn scan(text: &str) -> Vec<Directive> {
        let outline = crate::syntax::parse_file(text).ok().and_then(|m| m.outline).unwrap_or_default();
        super::scan(text, &outline)
    }

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
