//! `--format human`: miette code frames, the trace as a numbered list, a summary line.
//!
//! A frame reads only the lines it shows, through the file's line index (never the whole
//! file), so the report is linear in the number of findings. Lines longer than
//! [`MAX_FRAME_LINE`] are not shown (the position is given instead), trace steps further
//! than [`FRAME_SPREAD`] lines from the finding are listed but not drawn, and everything
//! from the repository is escaped (see [`escape`]).

use super::{Finding, Level, Report};
use crate::diag::{escape, SourceFile};
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, Severity, SourceCode, SourceSpan,
    SpanContents,
};
use std::fmt;
use std::sync::Arc;

/// Code frames show no line longer than this (in bytes).
pub const MAX_FRAME_LINE: usize = 1_000;

/// Trace steps more than this many lines from the finding are not drawn in its frame, and
/// a label is cut to its first line when it spans more lines than this.
pub const FRAME_SPREAD: usize = 40;

struct Rendered<'a> {
    f: &'a Finding,
    message: String,
    help: Option<String>,
    source: Option<Excerpt>,
    labels: Vec<LabeledSpan>,
}

impl fmt::Display for Rendered<'_> {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        out.write_str(&self.message)
    }
}

impl fmt::Debug for Rendered<'_> {
    fn fmt(&self, out: &mut fmt::Formatter<'_>) -> fmt::Result {
        out.write_str(&self.message)
    }
}

impl std::error::Error for Rendered<'_> {}

impl Diagnostic for Rendered<'_> {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(format!("{}[{}]", self.f.level.severity(), self.f.lint)))
    }

    fn severity(&self) -> Option<Severity> {
        Some(if self.f.level == Level::Deny { Severity::Error } else { Severity::Warning })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help.as_ref().map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            None
        } else {
            Some(Box::new(self.labels.iter().cloned()))
        }
    }
}

pub fn render(report: &Report, colour: bool, quiet: bool) -> String {
    let mut out = if quiet { String::new() } else { findings(report, colour) };
    out.push_str(&report.stale_note());
    out.push_str(&report.summary());
    escape::log_lines(out)
}

/// Why a finding has no code frame.
enum NoFrame {
    /// No position, or its file cannot be read.
    Unknown,
    /// A line of the frame (its number, from 1) is longer than [`MAX_FRAME_LINE`].
    LongLine(usize),
}

/// Every finding with its code frame, help and trace; no summary.
pub fn findings(report: &Report, colour: bool) -> String {
    let theme = if colour { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    // Lines wrap between words only: a lint name or path in a help line stays whole.
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(110)
        .with_links(false)
        .with_break_words(false)
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
        .with_word_separator(textwrap::WordSeparator::Custom(words));
    report.findings.iter().map(|f| finding(report, &handler, f)).collect()
}

/// The words of a line, split at spaces, but `//` kept with the word after it: a
/// suppression comment in a help line (`// redline:allow(..) <why>`) is never split there.
fn words(line: &str) -> Box<dyn Iterator<Item = textwrap::core::Word<'_>> + '_> {
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while let Some(at) = line[i..].find(' ').map(|k| i + k) {
        let end = at + line[at..].len() - line[at..].trim_start_matches(' ').len();
        if !line[start..at].ends_with("//") {
            out.push(textwrap::core::Word::from(&line[start..end]));
            start = end;
        }
        i = end;
    }
    if start < line.len() {
        out.push(textwrap::core::Word::from(&line[start..]));
    }
    Box::new(out.into_iter())
}

fn finding(report: &Report, handler: &GraphicalReportHandler, f: &Finding) -> String {
    let frame = match (report.sources.file(&f.file), f.span) {
        (Some(file), Some(span)) => frame(&file, &f.file, f, span),
        _ => Err(NoFrame::Unknown),
    };
    let (source, labels, no_frame) = match frame {
        Ok((source, labels)) => (Some(source), labels, None),
        Err(why) => (None, Vec::new(), Some(why)),
    };
    let diag = Rendered {
        f,
        message: escape::text(&f.message).into_owned(),
        help: f.help.as_deref().map(|h| escape::text(h).into_owned()),
        source,
        labels,
    };
    let mut out = String::new();
    if handler.render_report(&mut out, &diag).is_err() {
        out = format!("{}[{}]: {}\n", f.level.severity(), f.lint, diag.message);
    }
    if let Some(why) = no_frame {
        // No code frame: say where.
        let lc = f.span.map(|s| report.sources.line_col(&f.file, s.lo));
        let at = match &lc {
            Some(lc) => format!("{}:{}:{}", escape::text(&f.file), lc.line, lc.column),
            None => escape::text(&f.file).into_owned(),
        };
        let note = match why {
            NoFrame::LongLine(l) if lc.is_some_and(|lc| lc.line == l) => " (the line is too long to show)".to_string(),
            NoFrame::LongLine(l) => format!(" (no code frame: line {l}, next to it, is too long to show)"),
            NoFrame::Unknown => String::new(),
        };
        out.push_str(&format!("  at {at}{note}\n"));
    }
    if !f.trace.is_empty() {
        out.push_str("  trace:\n");
        for (i, s) in report.steps(f).iter().enumerate() {
            let (file, text) = (escape::text(&s.step.file), escape::text(&s.text));
            out.push_str(&format!("    {}. {file}:{}:{}: {text}\n", i + 1, s.at.line, s.at.column));
        }
    }
    out.push('\n');
    out
}

/// The code frame of a finding: its source and labels.
fn frame(
    file: &Arc<SourceFile>,
    name: &str,
    f: &Finding,
    span: crate::syntax::Span,
) -> Result<(Excerpt, Vec<LabeledSpan>), NoFrame> {
    let len = file.text.len();
    let clip = |lo: u32, hi: u32| {
        let lo = (lo as usize).min(len);
        let hi = (hi as usize).clamp(lo, len);
        let first = file.line_of(lo);
        if file.line_of(hi) - first > FRAME_SPREAD {
            // Cut to the end of its first line.
            let end = file.line_start(first + 1).map_or(len, |s| s - 1);
            (lo, end.max(lo))
        } else {
            (lo, hi)
        }
    };
    let (lo, hi) = clip(span.lo, span.hi);
    let line = file.line_of(lo);
    let label = (!f.label.is_empty()).then(|| escape::text(&f.label).into_owned());
    let mut labels = vec![LabeledSpan::new_primary_with_span(label, (lo, hi - lo))];
    let (mut first, mut last) = (line, file.line_of(hi));
    for (i, hop) in f.trace.iter().enumerate() {
        if *hop.file == *f.file && hop.span != span && hop.span.hi > hop.span.lo {
            let (lo, hi) = clip(hop.span.lo, hop.span.hi);
            if file.line_of(lo).abs_diff(line) > FRAME_SPREAD {
                continue;
            }
            first = first.min(file.line_of(lo));
            last = last.max(file.line_of(hi));
            let text = escape::text(&format!("({}) {}", i + 1, hop)).into_owned();
            labels.push(LabeledSpan::new_with_span(Some(text), (lo, hi - lo)));
        }
    }
    // The lines miette may read: one of context around every label (and one more after,
    // where a label ends at a line break).
    let first = first.saturating_sub(1);
    let last = (last + 2).min(file.newlines());
    let start = file.line_start(first).unwrap_or(len);
    let end = file.line_start(last + 1).unwrap_or(len);
    for l in first..=last {
        let (a, b) = (file.line_start(l).unwrap_or(len), file.line_start(l + 1).unwrap_or(len));
        if b - a > MAX_FRAME_LINE {
            return Err(NoFrame::LongLine(l + 1));
        }
    }
    let data = escape::frame(&file.text[start..end]);
    Ok((Excerpt { file: file.clone(), name: escape::text(name).into_owned(), data, base: start }, labels))
}

/// The lines of a file a frame shows, escaped: miette reads them through the file's line
/// index, as it would read the whole text.
struct Excerpt {
    file: Arc<SourceFile>,
    name: String,
    /// The text from `base` on, escaped (byte for byte).
    data: String,
    base: usize,
}

struct Contents<'a> {
    data: &'a [u8],
    span: SourceSpan,
    name: &'a str,
    line: usize,
    column: usize,
    line_count: usize,
}

impl<'a> SpanContents<'a> for Contents<'a> {
    fn data(&self) -> &'a [u8] {
        self.data
    }

    fn span(&self) -> &SourceSpan {
        &self.span
    }

    fn name(&self) -> Option<&str> {
        Some(self.name)
    }

    fn line(&self) -> usize {
        self.line
    }

    fn column(&self) -> usize {
        self.column
    }

    fn line_count(&self) -> usize {
        self.line_count
    }
}

impl SourceCode for Excerpt {
    /// What miette's own `SourceCode for str` returns (the same lines, line, column and
    /// line count), found through the line index.
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let file = &self.file;
        let len = file.text.len();
        let lo = span.offset();
        // miette's last byte of the span; a line break at it does not end the span's line.
        let t = (lo + span.len()).saturating_sub(1);
        if t > len || lo > len {
            return Err(MietteError::OutOfBounds);
        }
        let line = file.line_of(lo);
        let (start, start_line, column) = if before == 0 {
            (lo, line, lo - file.line_start(line).unwrap_or(0))
        } else {
            let l = line.saturating_sub(before);
            (file.line_start(l).unwrap_or(0), l, 0)
        };
        let (end, line_count) = if after == 0 {
            let end = (t + 1).min(len);
            (end, file.line_of(end).min(file.newlines()))
        } else {
            let stop = file.line_of((t + 1).min(len)) + after;
            match file.line_start(stop + 1) {
                Some(e) => (e, stop + 1),
                None => (len, file.newlines()),
            }
        };
        let data = self
            .data
            .as_bytes()
            .get(start.checked_sub(self.base).ok_or(MietteError::OutOfBounds)?..end - self.base)
            .ok_or(MietteError::OutOfBounds)?;
        Ok(Box::new(Contents {
            data,
            span: (start, end - start).into(),
            name: &self.name,
            line: start_line,
            column,
            line_count,
        }))
    }
}

#[cfg(test)]
mod tests {
    /// Help text splits at spaces, never inside `// redline:allow(..)`, and keeps the
    /// spaces between words.
    #[test]
    fn a_suppression_comment_is_one_word() {
        let line = " say so with `// redline:allow(a-b) <why>`  end ";
        let words: Vec<(&str, &str)> = super::words(line).map(|w| (w.word, w.whitespace)).collect();
        assert_eq!(
            words,
            [
                ("", " "),
                ("say", " "),
                ("so", " "),
                ("with", " "),
                ("`// redline:allow(a-b)", " "),
                ("<why>`", "  "),
                ("end", " ")
            ]
        );
        assert_eq!(super::words("").count(), 0);
        assert_eq!(super::words("//").map(|w| w.word).collect::<Vec<_>>(), ["//"]);
    }
}
