//! `--format rustc-json`: cargo's JSON messages, as `cargo check --message-format json`
//! prints them, one per line: a `compiler-message` per finding, carrying a rustc
//! diagnostic, then `build-finished`. Editors that show `cargo check` diagnostics
//! (rust-analyzer's `check.overrideCommand`, and through it VS Code, Neovim, Helix) show
//! redline's findings inline. Spans give byte offsets into the file and 1-based lines and
//! columns (columns count characters, as rustc's do); file names are absolute.
//! See docs/output.md and docs/editors.md.

use super::{Finding, Level, Report, Sources, Step};
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

#[derive(Serialize)]
#[serde(tag = "reason", rename_all = "kebab-case")]
enum Message<'a> {
    CompilerMessage { package_id: &'a str, manifest_path: &'a str, target: &'a Target, message: Diagnostic },
    BuildFinished { success: bool },
}

/// A target as cargo describes it (what `cargo_metadata::Target` requires).
#[derive(Serialize)]
struct Target {
    kind: Vec<&'static str>,
    crate_types: Vec<&'static str>,
    name: String,
    src_path: String,
}

/// The package and target a finding belongs to.
struct Package {
    id: String,
    manifest_path: String,
    /// The package's directory, for files no module names (manifests, the policy).
    dir: PathBuf,
    target: Target,
}

/// A rustc diagnostic (`rustc --error-format json`).
#[derive(Serialize)]
struct Diagnostic {
    #[serde(rename = "$message_type")]
    message_type: &'static str,
    message: String,
    code: Option<Code>,
    level: &'static str,
    spans: Vec<Span>,
    children: Vec<Diagnostic>,
    rendered: Option<String>,
}

/// `explanation` is rustc's text for error codes; lints have none (as rustc's own).
#[derive(Serialize)]
struct Code {
    code: &'static str,
    explanation: Option<&'static str>,
}

#[derive(Serialize)]
struct Span {
    file_name: String,
    byte_start: usize,
    byte_end: usize,
    line_start: usize,
    line_end: usize,
    column_start: usize,
    column_end: usize,
    is_primary: bool,
    text: Vec<SpanLine>,
    label: Option<String>,
    suggested_replacement: Option<String>,
    suggestion_applicability: Option<String>,
    expansion: Option<()>,
}

/// One source line a span covers, with the part it covers (1-based columns, end exclusive).
#[derive(Serialize)]
struct SpanLine {
    text: String,
    highlight_start: usize,
    highlight_end: usize,
}

pub fn render(report: &Report) -> String {
    let packages = Packages::new(report);
    let mut out = String::new();
    for f in report.findings {
        let package = packages.of(report.sources.root(), &f.file);
        push_line(
            &mut out,
            &Message::CompilerMessage {
                package_id: &package.id,
                manifest_path: &package.manifest_path,
                target: &package.target,
                message: diagnostic(report, f),
            },
        );
    }
    push_line(&mut out, &Message::BuildFinished { success: report.count(Level::Deny) == 0 });
    // What came from the repository reaches an editor's or a CI log's view escaped.
    crate::diag::escape::json(out)
}

fn push_line(out: &mut String, message: &Message) {
    match serde_json::to_string(message) {
        Ok(line) => out.push_str(&line),
        Err(e) => out.push_str(&serde_json::json!({"reason": "redline-error", "error": e.to_string()}).to_string()),
    }
    out.push('\n');
}

fn diagnostic(report: &Report, f: &Finding) -> Diagnostic {
    let label = (!f.label.is_empty()).then(|| f.label.clone());
    let primary = span(report.sources, &f.file, f.span.map(|s| (s.lo, s.hi)), true, label);
    let mut children = Vec::new();
    if let Some(help) = &f.help {
        children.push(child("help", help.clone(), Vec::new()));
    }
    for (i, step) in report.steps(f).iter().enumerate() {
        let Step { file, span: s, .. } = step.step;
        let at = span(report.sources, file, Some((s.lo, s.hi)), true, None);
        children.push(child("note", format!("trace {}. {}", i + 1, step.text), vec![at]));
    }
    Diagnostic {
        message_type: "diagnostic",
        message: f.message.clone(),
        code: Some(Code { code: f.lint.name(), explanation: None }),
        level: f.level.severity(),
        rendered: Some(rendered(report, f, &primary)),
        spans: vec![primary],
        children,
    }
}

fn child(level: &'static str, message: String, spans: Vec<Span>) -> Diagnostic {
    Diagnostic { message_type: "diagnostic", message, code: None, level, spans, children: Vec::new(), rendered: None }
}

/// A span of `file` from byte `range` (the start of the file without one).
fn span(sources: &Sources, file: &str, range: Option<(u32, u32)>, is_primary: bool, label: Option<String>) -> Span {
    let text = sources.text(file).unwrap_or_default();
    let (lo, hi) = range.unwrap_or((0, 0));
    let (lo, hi) = (boundary(&text, lo), boundary(&text, hi.max(lo)));
    let (start, end) = (sources.line_col(file, lo as u32), sources.line_col(file, hi as u32));
    let lines: Vec<&str> = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).collect();
    let covered = lines.get(start.line - 1..end.line.min(lines.len())).unwrap_or_default();
    let text = covered
        .iter()
        .enumerate()
        .map(|(i, line)| SpanLine {
            text: line.to_string(),
            highlight_start: if i == 0 { start.column } else { 1 },
            highlight_end: if i + 1 == covered.len() { end.column } else { line.chars().count() + 1 },
        })
        .collect();
    Span {
        file_name: sources.root().join(file).display().to_string(),
        byte_start: lo,
        byte_end: hi,
        line_start: start.line,
        line_end: end.line,
        column_start: start.column,
        column_end: end.column,
        is_primary,
        text,
        label,
        suggested_replacement: None,
        suggestion_applicability: None,
        expansion: None,
    }
}

/// A byte offset clamped to the text and moved back to a character boundary, as
/// [`Sources::line_col`] reads it.
fn boundary(text: &str, offset: u32) -> usize {
    let mut offset = (offset as usize).min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// The diagnostic as rustc prints it: header, location, the line with its span
/// underlined, help and trace.
fn rendered(report: &Report, f: &Finding, primary: &Span) -> String {
    let line = primary.line_start.to_string();
    let pad = " ".repeat(line.len());
    let mut out = format!("{}[{}]: {}\n", f.level.severity(), f.lint, f.message);
    out.push_str(&format!("{pad}--> {}:{}:{}\n", f.file, primary.line_start, primary.column_start));
    if let Some(first) = primary.text.first() {
        let width = first.highlight_end.saturating_sub(first.highlight_start).max(1);
        let carets = format!("{}{}", " ".repeat(first.highlight_start - 1), "^".repeat(width));
        let label = primary.label.as_deref().map(|l| format!(" {l}")).unwrap_or_default();
        out.push_str(&format!("{pad} |\n{line} | {}\n{pad} | {carets}{label}\n{pad} |\n", first.text));
    }
    if let Some(help) = &f.help {
        out.push_str(&format!("{pad} = help: {help}\n"));
    }
    let steps = report.steps(f);
    if !steps.is_empty() {
        out.push_str(&format!("{pad} = note: trace:\n"));
        for (i, s) in steps.iter().enumerate() {
            out.push_str(&format!("{pad}     {}. {}:{}:{}: {}\n", i + 1, s.step.file, s.at.line, s.at.column, s.text));
        }
    }
    out
}

/// The packages and targets of the workspace, and which target each file is in.
struct Packages {
    targets: Vec<Package>,
    by_file: HashMap<String, usize>,
    /// For a workspace with no crates.
    fallback: Package,
}

impl Packages {
    fn new(report: &Report) -> Packages {
        let root = report.sources.root();
        let mut targets = Vec::new();
        let mut by_file = HashMap::new();
        if let Some(program) = report.program {
            for spec in &program.crates {
                let dir = spec
                    .root_file
                    .ancestors()
                    .skip(1)
                    .take_while(|d| d.starts_with(root))
                    .find(|d| d.join("Cargo.toml").is_file())
                    .unwrap_or(root);
                let kind = if spec.is_lib { "lib" } else { "bin" };
                let target = Target {
                    kind: vec![kind],
                    crate_types: vec![kind],
                    name: spec.name.clone(),
                    src_path: spec.root_file.display().to_string(),
                };
                targets.push(package(dir, &spec.package, target));
            }
            for module in &program.modules {
                by_file.entry(module.file.clone()).or_insert(module.krate);
            }
        }
        let name = root.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "workspace".into());
        let src_path = root.join("Cargo.toml").display().to_string();
        let fallback =
            package(root, &name, Target { kind: vec!["lib"], crate_types: vec!["lib"], name: name.clone(), src_path });
        Packages { targets, by_file, fallback }
    }

    /// The target a file belongs to: the crate with the module, else the package whose
    /// directory holds the file (its manifest, say), else the first.
    fn of(&self, root: &Path, file: &str) -> &Package {
        if let Some(p) = self.by_file.get(file).and_then(|&k| self.targets.get(k)) {
            return p;
        }
        let path = root.join(file);
        self.targets
            .iter()
            .filter(|p| path.starts_with(&p.dir))
            .max_by_key(|p| p.dir.components().count())
            .or(self.targets.first())
            .unwrap_or(&self.fallback)
    }
}

/// A package as cargo identifies it: `path+file:///dir#name`.
fn package(dir: &Path, name: &str, target: Target) -> Package {
    Package {
        id: format!("path+file://{}#{name}", dir.display()),
        manifest_path: dir.join("Cargo.toml").display().to_string(),
        dir: dir.to_path_buf(),
        target,
    }
}
