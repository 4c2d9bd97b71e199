//! Phase 7, the top of the pipeline: renderers (one file per output format),
//! suppressions, baselines and `--changed-since`, over the findings of every phase.

pub mod baseline;
pub mod changes;
pub mod concise;
pub mod fingerprint;
pub mod github;
pub mod human;
pub mod json;
pub mod rustc_json;
pub mod sarif;
pub mod scope;
pub mod suppress;
pub mod write;

pub use crate::diag::{Finding, Level, LineCol, Sources, Step};

/// Most findings listed for one file; the rest are summed up in one finding.
pub const MAX_FINDINGS_PER_FILE: usize = 1_000;

/// Keeps the first [`MAX_FINDINGS_PER_FILE`] findings of each file (`findings` are sorted
/// by file and position) and sums up the rest in one `analysis-limit` finding at the
/// highest level among them, so the exit code is what it would have been.
pub fn cap_per_file(findings: &mut Vec<Finding>) {
    if findings.len() <= MAX_FINDINGS_PER_FILE {
        return;
    }
    let mut out = Vec::with_capacity(findings.len().min(MAX_FINDINGS_PER_FILE * 8));
    let mut rest: Vec<Finding> = Vec::new();
    let flush = |rest: &mut Vec<Finding>, out: &mut Vec<Finding>| {
        let Some(first) = rest.first() else { return };
        let errors = rest.iter().filter(|f| f.level == Level::Deny).count();
        let mut f = Finding::new(
            crate::diag::Lint::AnalysisLimit,
            first.file.clone(),
            None,
            format!(
                "{} more findings in this file are not listed ({errors} errors, {} warnings): redline lists at most \
                 {MAX_FINDINGS_PER_FILE} per file",
                rest.len(),
                rest.len() - errors
            ),
        );
        f.level = rest.iter().map(|f| f.level).max().unwrap_or(Level::Warn);
        f.help = Some("fix (or record in a baseline) the findings listed, and run redline again".into());
        out.push(f);
        rest.clear();
    };
    let mut count = 0;
    for f in findings.drain(..) {
        if out.last().is_none_or(|last: &Finding| last.file != f.file) {
            flush(&mut rest, &mut out);
            count = 0;
        }
        count += 1;
        if count > MAX_FINDINGS_PER_FILE {
            rest.push(f);
        } else {
            out.push(f);
        }
    }
    flush(&mut rest, &mut out);
    *findings = out;
}

/// What one run found, ready to render.
pub struct Report<'a> {
    pub findings: &'a [Finding],
    pub sources: &'a Sources,
    pub files: usize,
    /// Where the workspace root lies inside the repository (`""` at its root, else
    /// `dir/`): formats read by code hosts (`sarif`, `github`) name files from the
    /// repository root.
    pub repo_prefix: String,
    /// Findings hidden by suppression comments.
    pub suppressed: usize,
    /// What `--baseline` hid and which of its entries are stale, when one was given.
    pub baseline: Option<baseline::Outcome>,
    /// `--changed-since`: the revision, and how many findings were off the changed lines.
    pub outside_changes: Option<(String, usize)>,
    /// `redline check PATH` below the workspace root: what was reported, and what was not.
    pub scope: Option<scope::Scope>,
    /// The program analysed, for formats that name crates (`rustc-json`).
    pub program: Option<&'a crate::resolve::Program>,
    /// Dependencies the analysis reached whose sources are not on disk (`name version`).
    pub missing_deps: Vec<String>,
}

impl<'a> Report<'a> {
    pub fn new(findings: &'a [Finding], sources: &'a Sources, files: usize) -> Self {
        Report {
            findings,
            sources,
            files,
            repo_prefix: String::new(),
            suppressed: 0,
            baseline: None,
            outside_changes: None,
            scope: None,
            program: None,
            missing_deps: Vec::new(),
        }
    }

    pub fn count(&self, level: Level) -> usize {
        self.findings.iter().filter(|f| f.level == level).count()
    }

    /// For the text formats, before the summary: the baseline's entries that match no
    /// finding any more, so that it can shrink.
    pub fn stale_note(&self) -> String {
        let Some(b) = self.baseline.as_ref().filter(|b| !b.stale.is_empty()) else { return String::new() };
        let (entries, match_, it) =
            if b.stale.len() == 1 { ("entry", "matches", "it") } else { ("entries", "match", "them") };
        let mut out = format!(
            "note: {} baseline {entries} {match_} no finding any more (fixed, or the code changed); re-record the \
             baseline with --write-baseline to drop {it}:\n",
            b.stale.len()
        );
        for e in &b.stale {
            // A baseline is a file of the repository: escaped like everything from it.
            out.push_str(&format!("  {}\n", crate::diag::escape::text(&baseline::describe(e))));
        }
        out
    }

    /// A finding's file as the code host knows it: relative to the repository root.
    pub fn repo_path(&self, file: &str) -> String {
        if file.starts_with('/') || std::path::Path::new(file).is_absolute() {
            file.to_string()
        } else {
            format!("{}{file}", self.repo_prefix)
        }
    }

    /// Start and end (exclusive) of a finding; `1:1` for findings without a position.
    pub fn range(&self, f: &Finding) -> (LineCol, LineCol) {
        match f.span {
            Some(s) => (self.sources.line_col(&f.file, s.lo), self.sources.line_col(&f.file, s.hi)),
            None => (LineCol { line: 1, column: 1 }, LineCol { line: 1, column: 1 }),
        }
    }

    /// A finding's trace as the renderers show it: each step's position and words.
    pub fn steps<'f>(&self, f: &'f Finding) -> Vec<TraceLine<'f>> {
        f.trace
            .iter()
            .map(|s| TraceLine { step: s, at: self.sources.line_col(&s.file, s.span.lo), text: s.to_string() })
            .collect()
    }

    /// The last line of every text format: `redline: 1 error, 0 warnings in 3 files
    /// analysed`, then what was not shown, if anything: `(2 suppressed by comments)`.
    /// Checking a path below the workspace root, it names both: `redline: 1 error, 0
    /// warnings in crates/crm; 42 files analysed in the workspace at /src/svc`.
    pub fn summary(&self) -> String {
        let errors = self.count(Level::Deny);
        let warnings = self.count(Level::Warn);
        let mut hidden = Vec::new();
        if self.suppressed > 0 {
            hidden.push(format!("{} suppressed by comments", self.suppressed));
        }
        if let Some(b) = self.baseline.as_ref().filter(|b| b.known > 0) {
            hidden.push(format!("{} in the baseline", b.known));
        }
        if let Some((since, n)) = self.outside_changes.as_ref().filter(|(_, n)| *n > 0) {
            hidden.push(format!("{n} outside the changes since {since}"));
        }
        if let Some(scope) = self.scope.as_ref().filter(|s| s.outside > 0) {
            hidden.push(format!("{} outside {}", scope.outside, scope.path));
        }
        let hidden = if hidden.is_empty() { String::new() } else { format!(" ({})", hidden.join(", ")) };
        let (errors, warnings, files) =
            (plural(errors, "error"), plural(warnings, "warning"), plural(self.files, "file"));
        let mut line = match &self.scope {
            None => format!("redline: {errors}, {warnings} in {files} analysed{hidden}\n"),
            Some(scope) => format!(
                "redline: {errors}, {warnings} in {}; {files} analysed in the workspace at {}{hidden}\n",
                scope.path,
                scope.root.display()
            ),
        };
        line.push_str(&self.missing_note());
        line
    }

    /// The dependencies whose sources were not on disk, said once after the summary.
    fn missing_note(&self) -> String {
        if self.missing_deps.is_empty() {
            return String::new();
        }
        let (n, list) = (self.missing_deps.len(), self.missing_deps.join(", "));
        let (what, its) = if n == 1 { ("a dependency", "its") } else { ("dependencies", "their") };
        format!(
            "redline: note: the sources of {what} the code calls are not on disk ({list}): types returned by {its} \
             functions are unknown, and [functions] entries on them may not match; run `cargo fetch` for full precision\n"
        )
    }
}

/// One step of a trace, ready to print.
pub struct TraceLine<'f> {
    pub step: &'f Step,
    pub at: LineCol,
    pub text: String,
}

/// `n` and `word`, with an `s` unless `n` is 1.
pub(crate) fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The output formats of `redline check --format`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Code frames, help and trace for each finding (the default).
    #[default]
    Human,
    /// One line per finding: `file:line:col: level[lint] message`.
    Concise,
    /// The JSON report, schema version 1 (docs/output.md).
    Json,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
    /// GitHub Actions workflow commands: inline annotations on the pull request.
    Github,
    /// Cargo's JSON messages with rustc diagnostics, for editors (rust-analyzer's check.overrideCommand).
    RustcJson,
}

/// Renders the report in a format. `colour` applies to `human` and `concise`.
pub fn render(report: &Report, format: Format, colour: bool, quiet: bool) -> String {
    match format {
        Format::Human => human::render(report, colour, quiet),
        Format::Concise => concise::render(report, colour, quiet),
        Format::Json => json::render(report),
        Format::Sarif => sarif::render(report),
        Format::Github => github::render(report),
        Format::RustcJson => rustc_json::render(report),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Lint;

    #[test]
    fn findings_past_the_per_file_limit_are_summed_up_at_their_highest_level() {
        let mut findings: Vec<Finding> = Vec::new();
        for (file, n) in [("a.rs", MAX_FINDINGS_PER_FILE + 5), ("b.rs", 3)] {
            for i in 0..n {
                let mut f = Finding::new(Lint::UnusedSuppression, file, Some(crate::syntax::Span::new(i, i)), "m");
                f.level = if i == n - 1 { Level::Deny } else { Level::Warn };
                findings.push(f);
            }
        }
        cap_per_file(&mut findings);
        assert_eq!(findings.len(), MAX_FINDINGS_PER_FILE + 1 + 3);
        let summary = &findings[MAX_FINDINGS_PER_FILE];
        assert_eq!((summary.file.as_str(), summary.lint, summary.level), ("a.rs", Lint::AnalysisLimit, Level::Deny));
        assert!(summary.message.starts_with("5 more findings in this file are not listed (1 errors, 4 warnings)"));
        assert!(findings[MAX_FINDINGS_PER_FILE + 1..].iter().all(|f| f.file == "b.rs"));
    }
}
