//! redline: a static analyzer that enforces purpose limitation in Rust services.
//!
//! The analysis is a pipeline of phases, one module each, over a base every phase may
//! use ([`diag`]): [`load`] (which parses each file with [`syntax`] as it finds it) →
//! [`resolve`] → [`policy`] → [`flow`] → [`checks`] → [`report`]. No phase imports a later one.

pub mod alloc;
pub mod audit;
pub mod checks;
pub mod cli;
pub mod diag;
pub mod flow;
pub mod load;
pub mod lsp;
pub mod map;
pub mod policy;
pub mod report;
pub mod resolve;
pub mod syntax;
pub mod workbench;

use diag::{Finding, Level, Lint, Sources};
pub use report::Format;
use report::Report;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// What `redline check` was asked to do.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub path: PathBuf,
    pub config: Option<PathBuf>,
    pub format: Format,
    /// Only the summary line (human and concise formats, and the terminal report next to `output`).
    pub quiet: bool,
    /// Colour in what goes to the terminal (human and concise formats).
    pub colour: bool,
    /// Write the report to this file; the terminal then gets the human report.
    pub output: Option<PathBuf>,
    /// Lint levels for this run, over `[lints]`; the last entry for a lint wins.
    pub levels: Vec<(String, Level)>,
    /// Warnings fail the run too.
    pub deny_warnings: bool,
    /// Findings never fail the run.
    pub exit_zero: bool,
    /// Report only findings this baseline does not record.
    pub baseline: Option<PathBuf>,
    /// Record the findings in this baseline file (the run then exits 0).
    pub write_baseline: Option<PathBuf>,
    /// Report only findings on lines changed since this git revision.
    pub changed_since: Option<String>,
    /// The process exits after this check (the command line): the model is not freed,
    /// which would only delay the exit.
    pub exit_after: bool,
}

/// What a run prints and how it exits: 0 clean, 1 error-level findings, 2 redline could not do its job.
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub exit: i32,
}

impl Outcome {
    fn failure(stderr: String) -> Outcome {
        Outcome { stdout: String::new(), stderr, exit: 2 }
    }
}

/// Stack size of analysis threads: parsing is recursive, and nesting is bounded
/// (see [`syntax::MAX_NESTING`]) well below what this holds.
pub const STACK_SIZE: usize = 256 * 1024 * 1024;

pub fn check(opts: &Options) -> Outcome {
    in_pool(|| run(opts))
}

/// Runs a command on worker threads with the stack the analysis needs.
pub(crate) fn in_pool(command: impl FnOnce() -> Outcome + Send) -> Outcome {
    let mut outcome = match rayon::ThreadPoolBuilder::new().stack_size(STACK_SIZE).build() {
        Ok(pool) => pool.install(command),
        Err(e) => Outcome::failure(format!("error: cannot start worker threads: {e}\n")),
    };
    // Every command's stderr reaches CI logs too, and may quote the repository (a code
    // frame of an invalid redline.toml).
    outcome.stderr = diag::escape::log_lines(outcome.stderr);
    outcome
}

/// Phase timings on stderr when `REDLINE_TIMINGS` is set (for the benchmark notes), and
/// each finished phase to a progress display when there is one.
struct Timer<'p> {
    started: Option<std::time::Instant>,
    progress: Option<&'p mut dyn FnMut(&str)>,
}

impl<'p> Timer<'p> {
    fn new() -> Timer<'p> {
        Timer { started: std::env::var_os("REDLINE_TIMINGS").map(|_| std::time::Instant::now()), progress: None }
    }

    fn lap(&mut self, phase: &str) {
        if let Some(t) = &mut self.started {
            eprintln!("timing: {:>8.1} ms  {phase}", t.elapsed().as_secs_f64() * 1000.0);
            *t = std::time::Instant::now();
        }
        if let Some(progress) = &mut self.progress {
            progress(phase);
        }
    }
}

fn run(opts: &Options) -> Outcome {
    if let Err(e) = report::write::refuse_clashes(&named_files(opts)) {
        return Outcome::failure(e);
    }
    match pipeline(opts) {
        Ok(outcome) | Err(outcome) => outcome,
    }
}

/// Facts about a workspace, for the checks to judge: the program, the policy, the flows,
/// and the findings of the phases that produced them (files that could not be read,
/// annotations that are wrong).
pub struct Analysis {
    pub prog: resolve::Program,
    pub policy: policy::Policy,
    pub flow: flow::FlowResult,
    pub findings: Vec<Finding>,
    /// Files parsed.
    pub files: usize,
    /// Files holding suppression comments.
    pub suppression_files: Vec<(String, syntax::Outline)>,
}

/// Load, parse, resolve, apply the policy, follow the data.
pub fn analyze(layout: load::Layout, config: policy::config::Config) -> Analysis {
    analyze_timed(layout, config, None, &mut Timer::new())
}

/// [`analyze`], telling `progress` the name of each phase as it finishes (`load`,
/// `resolve`, `policy`, then `flow (...)`).
pub fn analyze_with_progress(
    layout: load::Layout,
    config: policy::config::Config,
    progress: &mut dyn FnMut(&str),
) -> Analysis {
    let mut timer = Timer::new();
    timer.progress = Some(progress);
    analyze_timed(layout, config, None, &mut timer)
}

/// The phases up to the flows; with a `cache`, files unchanged since its last load are not
/// parsed again.
fn analyze_timed(
    layout: load::Layout,
    config: policy::config::Config,
    cache: Option<&mut load::Cache>,
    timer: &mut Timer,
) -> Analysis {
    let root = layout.root.clone();
    // The schema files need nothing of the program: they are read while resolution, which
    // runs on one thread, leaves the other free.
    let reads_schema = config.reads_schema();
    let schema = || reads_schema.then(|| policy::schema::read_files(&root));
    let (loaded, prog, schema_files) = match cache {
        Some(cache) => {
            let mut loaded = load::load_cached(layout, cache);
            timer.lap("load");
            let facts = LoadFacts::of(&mut loaded);
            let (prog, schema_files) = resolve::build_alongside(loaded, schema);
            (facts, prog, schema_files)
        }
        None => resolve_lazily(layout, schema, timer),
    };
    timer.lap("resolve");
    let LoadFacts { files, suppression_files, mut findings } = loaded;
    let (policy, policy_findings) = policy::build(&prog, config, schema_files);
    findings.extend(policy_findings);
    timer.lap("policy");
    let flow = flow::analyze(&prog, &policy);
    timer.lap(&format!("flow ({} functions, {} walks, {} steps)", flow.functions, flow.walks, flow.steps));
    Analysis { prog, policy, flow, findings, files, suppression_files }
}

/// What a load found besides the program: the files read, those holding suppression
/// comments, the problems.
struct LoadFacts {
    files: usize,
    suppression_files: Vec<(String, syntax::Outline)>,
    findings: Vec<Finding>,
}

impl LoadFacts {
    fn of(loaded: &mut load::Loaded) -> LoadFacts {
        LoadFacts {
            files: loaded.files_seen,
            suppression_files: std::mem::take(&mut loaded.suppression_files),
            findings: loaded.problems.iter().map(load::Problem::finding).collect(),
        }
    }
}

/// Loads the workspace leaving for later the function bodies that lower alone, and lowers
/// them while names are resolved (on the threads resolution leaves idle, with `side`): the
/// same program as a whole load gives, which it falls back to when a body does not lower
/// alone.
fn resolve_lazily<T: Send>(
    layout: load::Layout,
    side: impl FnOnce() -> T + Send,
    timer: &mut Timer,
) -> (LoadFacts, resolve::Program, T) {
    let again = layout.clone();
    let mut loaded = load::load_lazily(layout);
    timer.lap("load");
    let facts = LoadFacts::of(&mut loaded);
    let lazy = loaded.take_lazy();
    let (mut prog, (out, bodies)) = resolve::build_alongside(loaded, || (side(), lazy.lower()));
    rayon::broadcast(|_| syntax::forget_spans());
    if let Some(bodies) = bodies {
        prog.attach_bodies(&bodies);
        return (facts, prog, out);
    }
    // Not held through the second load.
    drop((prog, lazy));
    let mut loaded = load::load(again);
    let facts = LoadFacts::of(&mut loaded);
    (facts, resolve::build(loaded), out)
}

/// A workspace checked: the findings of every phase and check, suppression comments
/// applied, each finding's level settled (the policy's `[lints]`, then `-D`/`-W`/`-A`),
/// those at `allow` dropped, sorted by file and position.
pub struct Checked {
    pub sources: Sources,
    pub findings: Vec<Finding>,
    /// The facts the findings came from (its `findings` are in [`Checked::findings`]).
    pub analysis: Analysis,
    /// Findings hidden by suppression comments.
    pub suppressed: usize,
    /// What is worth saying on stderr: how the policy was found, an empty workspace.
    pub notes: String,
}

/// Every phase up to the settled findings, on a workspace [found](load::discover) and the
/// options of `redline check`. `Err` is a run that stops early (exit 2: an unknown lint,
/// no or an invalid policy). Runs on the current rayon pool, whose threads need a
/// [`STACK_SIZE`] stack (as [`check`] sets up). Files unchanged since the last check with
/// `cache` are not parsed again (the findings are the same as without it).
pub fn check_workspace(opts: &Options, layout: load::Layout, cache: &mut load::Cache) -> Result<Checked, Outcome> {
    check_timed(opts, layout, Some(cache), &mut Timer::new())
}

fn check_timed(
    opts: &Options,
    layout: load::Layout,
    cache: Option<&mut load::Cache>,
    timer: &mut Timer,
) -> Result<Checked, Outcome> {
    let overrides = lint_levels(&opts.levels)?;
    let sources = Sources::new(layout.root.clone());
    let (config, mut notes) = read_policy(&layout.root, opts, &sources)?;
    if layout.crates.is_empty() {
        notes.push_str("warning: the workspace has no crates to analyse (no member has a lib or bin target)\n");
    }
    timer.lap("config");
    let mut analysis = analyze_timed(layout, config, cache, timer);
    for note in analysis.prog.deps.notes() {
        notes.push_str(&format!(
            "redline: note: a dependency was not indexed (its return types stay unknown): {note}\n"
        ));
    }
    let mut findings = std::mem::take(&mut analysis.findings);
    let facts =
        checks::Facts { prog: &analysis.prog, policy: &analysis.policy, flow: &analysis.flow, sources: &sources };
    let level = |lint: Lint| overrides.get(&lint).copied().unwrap_or_else(|| analysis.policy.level(lint));
    // A lint at `allow` is checked only where a suppression names it (it uses its comment).
    let named = |lint: Lint| {
        analysis.suppression_files.iter().any(|(f, _)| sources.text(f).is_some_and(|t| t.contains(lint.name())))
    };
    findings.extend(checks::run(&facts, &|lint| level(lint) != Level::Allow || named(lint)));
    let suppressed = report::suppress::apply(&mut findings, &analysis.suppression_files, &sources, &level);
    for f in &mut findings {
        f.level = level(f.lint);
    }
    findings.retain(|f| f.level != Level::Allow);
    findings.sort_by(|a, b| (&a.file, a.span, a.lint, &a.message).cmp(&(&b.file, b.span, b.lint, &b.message)));
    findings.dedup_by(|a, b| a.file == b.file && a.span == b.span && a.lint == b.lint && a.message == b.message);
    Ok(Checked { sources, findings, analysis, suppressed, notes })
}

/// `redline check`: the phases in order, then the report. `Err` is a run that stops early
/// (exit 2: redline could not do its job).
fn pipeline(opts: &Options) -> Result<Outcome, Outcome> {
    let mut timer = Timer::new();
    let baseline = opts.baseline.as_deref().map(report::baseline::read).transpose().map_err(fail)?;
    let layout = load::discover(&opts.path).map_err(|e| fail(e.0))?;
    let root = layout.root.clone();
    let mut scope = report::scope::Scope::of(&root, &opts.path);
    let changes = opts
        .changed_since
        .as_deref()
        .map(|since| report::changes::Changes::since(&root, since))
        .transpose()
        .map_err(fail)?;
    let Checked { sources, mut findings, analysis, suppressed, notes: mut stderr } =
        check_timed(opts, layout, None, &mut timer)?;
    if let Some(scope) = &mut scope {
        scope.apply(&mut findings);
    }
    if let Some(path) = &opts.write_baseline {
        let n = report::baseline::write(path, &findings, &sources).map_err(fail)?;
        let s = if n == 1 { "" } else { "s" };
        stderr.push_str(&format!("redline: recorded {n} finding{s} in the baseline {}\n", path.display()));
    }
    let baseline = baseline.map(|entries| {
        let mut outcome = report::baseline::apply(&mut findings, entries, &sources);
        // Entries elsewhere say nothing about PATH.
        outcome.stale.retain(|e| scope.as_ref().is_none_or(|s| s.contains(&e.file)));
        outcome
    });
    let outside_changes = changes.zip(opts.changed_since.as_ref()).map(|(changes, since)| {
        let before = findings.len();
        findings.retain(|f| changes.keeps(f, &sources));
        (since.clone(), before - findings.len())
    });
    report::cap_per_file(&mut findings);
    let mut report = Report::new(&findings, &sources, analysis.files);
    report.repo_prefix = repo_prefix(&root);
    report.suppressed = suppressed;
    report.baseline = baseline;
    report.outside_changes = outside_changes;
    report.scope = scope;
    report.program = Some(&analysis.prog);
    report.missing_deps = analysis.prog.deps.missing();
    let stdout = render(opts, &report)?;
    timer.lap("report");
    let failing = report.count(Level::Deny) + if opts.deny_warnings { report.count(Level::Warn) } else { 0 };
    let exit = if failing > 0 && !opts.exit_zero && opts.write_baseline.is_none() { 1 } else { 0 };
    drop(report);
    if opts.exit_after {
        // Freeing the model is millions of small deallocations on one thread.
        std::mem::forget((analysis, sources, findings));
    }
    Ok(Outcome { stdout, stderr, exit })
}

pub(crate) fn fail(message: impl std::fmt::Display) -> Outcome {
    Outcome::failure(format!("error: {message}\n"))
}

/// `-D`/`-W`/`-A`: the levels this run sets, the last one for a lint winning.
fn lint_levels(levels: &[(String, Level)]) -> Result<HashMap<Lint, Level>, Outcome> {
    let mut overrides = HashMap::new();
    for (name, level) in levels {
        let Some(lint) = Lint::from_name(name) else { return Err(Outcome::failure(diag::lint::unknown(name))) };
        if lint.level_is_fixed() {
            return Err(fail(format!("the level of `{lint}` cannot be changed")));
        }
        overrides.insert(lint, *level);
    }
    Ok(overrides)
}

/// The policy, parsed, and what is worth saying about where it was found; an invalid
/// policy stops the run with its findings (`invalid-config`).
pub(crate) fn read_policy(
    root: &Path,
    opts: &Options,
    sources: &Sources,
) -> Result<(policy::config::Config, String), Outcome> {
    let policy_file = find_policy(root, opts.config.as_deref()).map_err(Outcome::failure)?;
    let config_name = match policy_file.path.canonicalize() {
        Ok(c) if c.starts_with(root) => load::rel(root, &c),
        _ => policy_file.path.display().to_string(),
    };
    let text = &policy_file.text;
    sources.insert(&config_name, text);
    let parsed = if policy_file.in_manifest {
        policy::config::parse_manifest(text, &config_name)
    } else {
        policy::config::parse(text, &config_name)
    };
    let errors = match parsed {
        Ok(config) => return Ok((config, policy_file.note)),
        Err(errors) => errors,
    };
    let findings: Vec<Finding> = errors
        .into_iter()
        .map(|e| {
            let span = e.span.map(|r| syntax::Span::new(r.start, r.end));
            let mut f = Finding::new(Lint::InvalidConfig, config_name.clone(), span, e.message);
            f.help = e.help;
            f
        })
        .collect();
    let mut stderr = report::human::findings(&Report::new(&findings, sources, 0), opts.colour);
    stderr.push_str(&format!("redline: {config_name} is invalid; nothing was analysed\n"));
    Err(Outcome::failure(stderr))
}

/// The report in the chosen format, on stdout or in `--output` (the terminal then gets
/// the human report).
fn render(opts: &Options, report: &Report) -> Result<String, Outcome> {
    let Some(path) = &opts.output else { return Ok(report::render(report, opts.format, opts.colour, opts.quiet)) };
    let text = report::render(report, opts.format, false, false);
    report::write::atomically(path, text.as_bytes())
        .map_err(|e| fail(format!("cannot write the report to {}: {e}", path.display())))?;
    Ok(report::human::render(report, opts.colour, opts.quiet))
}

/// The files named on the command line, for [`report::write::refuse_clashes`].
fn named_files(opts: &Options) -> Vec<report::write::Named<'_>> {
    use report::write::Named;
    [
        ("--output", opts.output.as_deref(), true),
        ("--write-baseline", opts.write_baseline.as_deref(), true),
        ("--baseline", opts.baseline.as_deref(), false),
        ("--config", opts.config.as_deref(), false),
    ]
    .into_iter()
    .filter_map(|(flag, path, written)| path.map(|path| Named { flag, path, written }))
    .collect()
}

/// The policy, as found: its text and whether it is a Cargo.toml's metadata table.
pub(crate) struct PolicyFile {
    pub(crate) path: PathBuf,
    text: String,
    in_manifest: bool,
    /// Something worth saying on stderr about the choice.
    note: String,
}

/// `--config`, else `redline.toml`, `.redline.toml`, or a `[workspace.metadata.redline]`
/// or `[package.metadata.redline]` table in `Cargo.toml`, at the workspace root.
pub(crate) fn find_policy(root: &Path, given: Option<&Path>) -> Result<PolicyFile, String> {
    // The policy the user names is read wherever it is; one found in the workspace only
    // inside its root (docs/security.md).
    let read = |path: &Path, confined: bool| {
        let limit = diag::files::MAX_CONFIG_BYTES;
        let bytes =
            if confined { diag::files::read_in(root, path, limit) } else { diag::files::read_file(path, limit) };
        bytes
            .map_err(|e| e.to_string())
            .and_then(|b| String::from_utf8(b).map_err(|_| "it is not valid UTF-8".to_string()))
            .map_err(|e| format!("error: cannot read policy file {}: {e}\n", path.display()))
    };
    if let Some(path) = given {
        return Ok(PolicyFile {
            path: path.to_path_buf(),
            text: read(path, false)?,
            in_manifest: false,
            note: String::new(),
        });
    }
    let files: Vec<PathBuf> = ["redline.toml", ".redline.toml"]
        .iter()
        .map(|n| root.join(n))
        .filter(|p| p.symlink_metadata().is_ok())
        .collect();
    if let Some(path) = files.first() {
        let note = match files.get(1) {
            Some(_) => "warning: both redline.toml and .redline.toml exist; using redline.toml\n".to_string(),
            None => String::new(),
        };
        return Ok(PolicyFile { path: path.clone(), text: read(path, true)?, in_manifest: false, note });
    }
    let manifest = root.join("Cargo.toml");
    if let Ok(text) = read(&manifest, true) {
        if policy::config::manifest_table(&text).is_some() {
            return Ok(PolicyFile { path: manifest, text, in_manifest: true, note: String::new() });
        }
    }
    Err(format!(
        "error: no policy found at {}\n  help: redline needs a policy: create redline.toml (or .redline.toml) at the workspace \
         root, add a [workspace.metadata.redline] table to its Cargo.toml (see docs/policy.md), or pass --config PATH\n",
        root.display()
    ))
}

/// Where `root` lies inside its git repository, as `dir/` (`""` at the top, or outside any
/// repository): the nearest ancestor with a `.git` entry is the repository's top.
fn repo_prefix(root: &Path) -> String {
    root.ancestors()
        .find(|dir| dir.join(".git").exists())
        .filter(|top| *top != root)
        .map(|top| format!("{}/", load::rel(top, root)))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each function of `prog`, its path and its body as text.
    fn bodies(prog: &resolve::Program) -> Vec<String> {
        prog.fn_ids().map(|f| format!("{} {:?}", prog.def(f).path, prog.fn_info(f).map(|i| &i.body))).collect()
    }

    /// A load's problems, as text.
    fn said(findings: &[Finding]) -> Vec<String> {
        findings.iter().map(|f| format!("{} {:?} {}", f.file, f.span, f.message)).collect()
    }

    /// The workspace at `dir` resolved both ways: with the bodies that lower alone left for
    /// later, then loaded whole; the functions' bodies and the problems of each, and how
    /// many bodies were left for later.
    fn both_ways(dir: &Path) -> [(Vec<String>, Vec<String>); 2] {
        let layout = load::discover(dir).expect("a workspace");
        let (facts, lazily, ()) = resolve_lazily(layout.clone(), || (), &mut Timer::new());
        let mut loaded = load::load(layout);
        let whole = LoadFacts::of(&mut loaded);
        let whole_prog = resolve::build(loaded);
        [(bodies(&lazily), said(&facts.findings)), (bodies(&whole_prog), said(&whole.findings))]
    }

    fn in_pool<T: Send>(f: impl FnOnce() -> T + Send) -> T {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(2).stack_size(STACK_SIZE).build().expect("a pool");
        pool.install(f)
    }

    /// How many function bodies a load of `dir` leaves for later.
    fn left_for_later(dir: &Path) -> usize {
        let mut loaded = load::load_lazily(load::discover(dir).expect("a workspace"));
        loaded.take_lazy().lower().map_or(0, |b| b.len())
    }

    #[test]
    fn bodies_left_for_later_are_those_a_whole_load_gives_in_every_test_workspace() {
        let testdata = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
        let mut dirs = vec![testdata.join("demo")];
        for group in std::fs::read_dir(&testdata).expect("testdata").flatten() {
            for case in std::fs::read_dir(group.path()).into_iter().flatten().flatten() {
                if case.path().join("Cargo.toml").is_file() {
                    dirs.push(case.path());
                }
            }
        }
        assert!(dirs.len() > 100, "{} workspaces", dirs.len());
        let left = in_pool(|| {
            let mut left = 0;
            for dir in &dirs {
                let [lazily, whole] = both_ways(dir);
                assert_eq!(lazily, whole, "{}", dir.display());
                left += left_for_later(dir);
            }
            left
        });
        assert!(left > 500, "only {left} bodies were left for later: the comparison proves little");
    }

    #[test]
    fn a_syntax_error_in_a_body_left_for_later_is_said_as_a_whole_load_says_it() {
        let dir = load::test_files::temp("lazy", "broken-body");
        load::test_files::write(&dir.join("Cargo.toml"), "[package]\nname = \"broken\"\nversion = \"0.1.0\"\n");
        let lib = "pub fn fine(x: u8) -> u8 { x + 1 }\npub fn broken(x: u8) -> u8 { let = x; }\n";
        load::test_files::write(&dir.join("src/lib.rs"), lib);
        let [lazily, whole] = in_pool(|| both_ways(&dir));
        assert_eq!(lazily, whole);
        assert!(whole.1.iter().any(|p| p.contains("file not analysed")), "{:?}", whole.1);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_workspace_macro_the_search_for_names_misses_is_expanded_in_a_body_it_leaves_for_later() {
        let dir = load::test_files::temp("lazy", "missed-macro");
        load::test_files::write(&dir.join("Cargo.toml"), "[package]\nname = \"missed\"\nversion = \"0.1.0\"\n");
        // The comment hides the name from the search (a hint), not from the macro table.
        // A raw name is recorded raw, as the macro table names it.
        let lib = "macro_rules! /* hidden */ leak { ($e:expr) => { crate::upload($e) }; }\n\
                   macro_rules! /* hidden */ r#raw { ($e:expr) => { crate::upload($e) }; }\n\
                   pub fn upload(n: u8) -> u8 { n }\npub fn forward(m: u8) -> u8 { leak!(m) }\n\
                   pub fn forward_raw(m: u8) -> u8 { r#raw!(m) }\n";
        load::test_files::write(&dir.join("src/lib.rs"), lib);
        let [lazily, whole] = in_pool(|| both_ways(&dir));
        assert_eq!(lazily, whole);
        for (f, name) in [("missed::forward ", "\"leak\""), ("missed::forward_raw ", "\"r#raw\"")] {
            let body = lazily.0.iter().find(|b| b.starts_with(f));
            // Expanded: the generated call, the invocation named as generating it.
            assert!(body.is_some_and(|b| b.contains(name) && b.contains("\"upload\"")), "{body:?}");
        }
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn a_function_in_a_macros_input_is_not_left_for_later() {
        let dir = load::test_files::temp("lazy", "macro-input");
        load::test_files::write(&dir.join("Cargo.toml"), "[package]\nname = \"gen\"\nversion = \"0.1.0\"\n");
        // The body of `made` is in the definition's tokens, and of `given` in an invocation's:
        // left out of the first parse, they would change what the macro generates.
        let lib = "macro_rules! make { () => { pub fn made(x: u8) -> u8 { x * 2 } }; }\nmake!();\n\
                   macro_rules! keep { ($($i:item)*) => { $($i)* }; }\nkeep! { pub fn given(y: u8) -> u8 { y + 1 } }\n\
                   pub fn plain(z: u8) -> u8 { made(z) + given(z) }\n";
        load::test_files::write(&dir.join("src/lib.rs"), lib);
        let [lazily, whole] = in_pool(|| both_ways(&dir));
        assert_eq!(lazily, whole);
        for (f, local) in [("gen::made ", "x"), ("gen::given ", "y"), ("gen::plain ", "z")] {
            let body = lazily.0.iter().find(|b| b.starts_with(f));
            assert!(body.is_some_and(|b| b.contains(&format!("Name({local:?})"))), "{f}: {:?}", lazily.0);
        }
        let _ = std::fs::remove_dir_all(dir);
    }
}
