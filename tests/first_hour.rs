//! Issue 13, "the first hour": what a new user meets. Annotations that would vanish
//! silently, the annotation grammar shared by the analyzer and the annotations crate
//! (`tests/annotation_cases.toml`, checked against both), traces and labels, "did you
//! mean" for config paths, checking a subdirectory, baselines and reason-less
//! suppressions, syntax errors, shell completions and a man page, the `rustc-json`
//! format for editors, and the `-o`/`-q` short forms.
//!
//! Workspaces are generated into temporary directories; the real `redline` binary runs on
//! them and the tests assert what a user sees (exit code, JSON report, human output).

use serde::Deserialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

// Names the issue does not fix; assumed here, change them in one place.

/// `redline completions <shell>` prints a completion script (named in the issue).
const COMPLETIONS: &str = "completions";
/// The shells the issue names.
const SHELLS: [&str; 3] = ["bash", "zsh", "fish"];
/// The command printing the man page (not named in the issue; assumed).
const MAN: &str = "man";
/// The `--format` value for cargo's JSON message format (named in the issue).
const RUSTC_JSON: &str = "rustc-json";

/// What an unquoted purpose says (named in the issue).
const PURPOSE_NOT_A_STRING: &str = "expected a purpose as a string literal";

const MALFORMED: &str = "malformed-annotation";

/// The policy of the generated workspaces: every name the annotation cases use.
const POLICY: &str = r#"[categories.chat]
allowed_purposes = ["messaging", "trust_and_safety"]
[categories.browsing]
allowed_purposes = ["matching", "analytics"]
[categories.contact]
[categories."contact.email"]
[categories."contact.phone"]
[categories.device]

[purposes.messaging]
[purposes.trust_and_safety]
[purposes.matching]
[purposes.analytics]
[purposes.sales]
[purposes.safety]
"#;

fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn redline(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_redline")).args(args).current_dir(dir).output().expect("run redline")
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

/// `redline check [args] --format json` in `dir`: the exit code and the report.
fn json_report(dir: &Path, args: &[&str]) -> (Option<i32>, Value) {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json"]);
    let o = redline(dir, &all);
    let report = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("redline {all:?} did not print a JSON report ({e}):\n{}", text(&o)));
    (o.status.code(), report)
}

fn findings(report: &Value) -> &[Value] {
    report["findings"].as_array().map(Vec::as_slice).unwrap_or_else(|| panic!("no findings array in {report}"))
}

fn str_field<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key].as_str().unwrap_or("")
}

fn num_field(v: &Value, key: &str) -> u64 {
    v[key].as_u64().unwrap_or(0)
}

/// The findings of `lint` in `file` whose range covers `line`.
fn findings_at<'a>(report: &'a Value, lint: &str, file: &str, line: u64) -> Vec<&'a Value> {
    findings(report)
        .iter()
        .filter(|f| str_field(f, "lint") == lint && str_field(f, "file") == file)
        .filter(|f| num_field(f, "line") <= line && line <= num_field(f, "end_line").max(num_field(f, "line")))
        .collect()
}

fn concise(report: &Value) -> String {
    findings(report)
        .iter()
        .map(|f| {
            format!(
                "{}:{}:{}: {}[{}] {} (help: {})\n",
                str_field(f, "file"),
                num_field(f, "line"),
                num_field(f, "column"),
                str_field(f, "level"),
                str_field(f, "lint"),
                str_field(f, "message"),
                str_field(f, "help"),
            )
        })
        .collect()
}

/// A generated workspace in a fresh temporary directory, removed when dropped.
struct Workspace {
    dir: PathBuf,
}

impl Workspace {
    /// A one-package workspace named `svc` with [`POLICY`] and `files`.
    fn new(name: &str, files: &[(&str, &str)]) -> Workspace {
        let dir = std::env::temp_dir().join(format!("redline-first-hour-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        let ws = Workspace { dir: dir.canonicalize().expect("temp dir") };
        ws.write("Cargo.toml", "[package]\nname = \"svc\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[workspace]\n");
        ws.write("redline.toml", POLICY);
        for (path, content) in files {
            ws.write(path, content);
        }
        ws
    }

    fn write(&self, path: &str, content: &str) {
        let p = self.dir.join(path);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("dirs");
        std::fs::write(p, content).expect("write");
    }
}

impl Drop for Workspace {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

// ---------------------------------------------------------------- annotations never vanish silently

/// Runs redline on `files` and asserts a `malformed-annotation` error covering
/// `file:line`, and exit code 1. Returns the finding.
fn assert_malformed(name: &str, files: &[(&str, &str)], file: &str, line: u64) -> Value {
    let ws = Workspace::new(name, files);
    let (code, report) = json_report(&ws.dir, &[]);
    let at = findings_at(&report, MALFORMED, file, line);
    assert!(
        !at.is_empty(),
        "expected a `{MALFORMED}` finding at {file}:{line}; redline reported:\n{}",
        concise(&report)
    );
    assert_eq!(str_field(at[0], "level"), "error", "{}", concise(&report));
    assert_eq!(code, Some(1), "a malformed annotation is an error: exit code 1\n{}", concise(&report));
    at[0].clone()
}

const CHAT_TYPES: &str = "#[redline::data(\"chat\")]\npub struct ChatMessage {\n    pub body: String,\n}\n";

#[test]
fn misspelt_attribute_is_reported() {
    assert_malformed(
        "misspelt",
        &[
            ("src/lib.rs", "pub mod crm;\npub mod views;\n"),
            (
                "src/views.rs",
                "/// Who viewed whom.\n#[derive(Debug)]\n#[redline::date(\"browsing\")]\npub struct ProfileView {\n    pub viewer: u64,\n}\n",
            ),
            (
                "src/crm.rs",
                "redline::module_purpose!(\"sales\");\n\npub fn pitch(v: &crate::views::ProfileView) -> u64 {\n    v.viewer\n}\n",
            ),
        ],
        "src/views.rs",
        3,
    );
}

#[test]
fn data_on_an_enum_variant_is_reported() {
    assert_malformed(
        "variant",
        &[(
            "src/lib.rs",
            "#[redline::classified]\npub enum Contact {\n    Anonymous,\n    #[redline::data(\"contact.email\")]\n    Email(String),\n}\n",
        )],
        "src/lib.rs",
        4,
    );
}

#[test]
fn module_purpose_inside_a_function_body_is_reported() {
    assert_malformed(
        "fn-body",
        &[
            ("src/lib.rs", "pub mod chat;\npub mod crm;\n"),
            ("src/chat.rs", CHAT_TYPES),
            (
                "src/crm.rs",
                "use crate::chat::ChatMessage;\n\npub fn pitch(m: &ChatMessage) -> usize {\n    redline::module_purpose!(\"sales\");\n    m.body.len()\n}\n",
            ),
        ],
        "src/crm.rs",
        4,
    );
}

#[test]
fn purpose_on_a_module_declaration_is_reported() {
    assert_malformed(
        "mod-decl",
        &[
            ("src/lib.rs", "pub mod chat;\n\n#[redline::purpose(\"sales\")]\npub mod leads;\n"),
            ("src/chat.rs", CHAT_TYPES),
            ("src/leads.rs", "pub fn pitch(m: &crate::chat::ChatMessage) -> usize {\n    m.body.len()\n}\n"),
        ],
        "src/lib.rs",
        3,
    );
}

#[test]
fn field_data_without_container_attribute_is_reported() {
    // docs/annotations.md: a struct whose fields are annotated needs `#[redline::classified]`
    // (or a `#[redline::data]` of its own); rustc rejects it otherwise.
    let finding = assert_malformed(
        "no-container",
        &[(
            "src/lib.rs",
            "#[derive(Debug)]\npub struct Account {\n    pub display_name: String,\n    #[redline::data(\"contact.email\")]\n    pub email: String,\n}\n",
        )],
        "src/lib.rs",
        4,
    );
    let said = format!("{} {}", str_field(&finding, "message"), str_field(&finding, "help"));
    assert!(said.contains("classified"), "the finding should say what is missing (`#[redline::classified]`): {said}");
}

#[test]
fn two_module_purposes_in_one_module_are_reported() {
    assert_malformed(
        "two-purposes",
        &[
            ("src/lib.rs", "pub mod crm;\n"),
            ("src/crm.rs", "redline::module_purpose!(\"sales\");\n\nredline::module_purpose!(\"analytics\");\n\npub fn pitch() {}\n"),
        ],
        "src/crm.rs",
        3,
    );
}

#[test]
fn unquoted_purpose_is_reported_at_the_annotation() {
    let lib = "pub mod chat;\n\n/// Sales pitches.\n#[redline::purpose(sales)]\npub fn pitch() {}\n";
    let ws = Workspace::new("unquoted", &[("src/lib.rs", lib), ("src/chat.rs", CHAT_TYPES)]);
    let (code, report) = json_report(&ws.dir, &[]);
    let all = concise(&report);
    assert_eq!(code, Some(1), "{all}");
    let at = findings_at(&report, MALFORMED, "src/lib.rs", 4);
    assert!(!at.is_empty(), "expected a `{MALFORMED}` finding at src/lib.rs:4, got:\n{all}");
    let f = at[0];
    assert!(str_field(f, "message").contains(PURPOSE_NOT_A_STRING), "{all}");
    // It points at the bad argument: the range covers `sales` (columns 20..25 of line 4).
    let (line, column) = (num_field(f, "line"), num_field(f, "column"));
    let (end_line, end_column) = (num_field(f, "end_line"), num_field(f, "end_column"));
    assert!(line == 4 && column <= 20 && (end_line > 4 || end_column >= 25), "range does not cover `sales`: {all}");
    assert!(!all.contains("expected `=`"), "a different, valid annotation must not be suggested:\n{all}");
    assert!(
        !findings(&report).iter().any(|f| num_field(f, "line") == 1 && num_field(f, "column") == 1),
        "nothing is reported at 1:1:\n{all}"
    );
}

// ---------------------------------------------------------------- one grammar: analyzer and crate agree

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    case: Vec<Case>,
}

#[derive(Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "lowercase")]
enum Verdict {
    Accept,
    Reject,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    verdict: Verdict,
    source: String,
    #[serde(default)]
    files: BTreeMap<String, String>,
    line: Option<u64>,
    message: Option<String>,
    compiler_message: Option<String>,
}

impl Case {
    fn package(&self) -> String {
        format!("case_{}", self.name)
    }

    /// Writes the package into `dir`; `standalone` makes it a workspace of its own.
    fn write(&self, dir: &Path, standalone: bool) {
        let annotations = repo_root().join("annotations");
        let mut manifest = format!(
            "[package]\nname = \"{}\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\n\n[lib]\npath = \"src/lib.rs\"\n\n\
             [dependencies]\nredline = {{ package = \"redline-annotations\", path = {:?} }}\n",
            self.package(),
            annotations.display().to_string(),
        );
        if standalone {
            manifest.push_str("\n[workspace]\n");
        }
        let write = |path: &str, content: &str| {
            let p = dir.join(path);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("dirs");
            std::fs::write(p, content).expect("write");
        };
        write("Cargo.toml", &manifest);
        write("src/lib.rs", &self.source);
        for (path, content) in &self.files {
            write(path, content);
        }
    }
}

fn annotation_cases() -> Vec<Case> {
    let path = repo_root().join("tests/annotation_cases.toml");
    let text = std::fs::read_to_string(&path).expect("tests/annotation_cases.toml");
    let cases = toml::from_str::<CaseFile>(&text).expect("tests/annotation_cases.toml is valid").case;
    assert!(cases.len() >= 25, "the table should cover every documented form and the usual mistakes");
    let mut names = BTreeSet::new();
    for c in &cases {
        assert!(names.insert(c.name.clone()), "duplicate case name {}", c.name);
        let is_reject = c.verdict == Verdict::Reject;
        assert_eq!(c.line.is_some(), is_reject, "{}: `line` is for rejects only, and required for them", c.name);
        assert_eq!(c.message.is_some(), is_reject, "{}: `message` is for rejects only, and required for them", c.name);
        assert!(is_reject || c.compiler_message.is_none(), "{}: `compiler_message` is for rejects only", c.name);
        if let Some(line) = c.line {
            let lines = c.source.lines().count() as u64;
            assert!((1..=lines).contains(&line), "{}: line {line} is not in the source", c.name);
        }
    }
    cases
}

/// `redline check --format json` on every case of the table, each a one-crate workspace:
/// the exit code and the report, in the table's order. Run once for every test that
/// needs it.
fn analysed() -> &'static [(Option<i32>, Value)] {
    static ANALYSED: OnceLock<Vec<(Option<i32>, Value)>> = OnceLock::new();
    ANALYSED.get_or_init(|| {
        let root = std::env::temp_dir().join(format!("redline-first-hour-agreement-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let reports = annotation_cases()
            .iter()
            .map(|case| {
                let dir = root.join(&case.name);
                case.write(&dir, true);
                std::fs::write(dir.join("redline.toml"), POLICY).expect("write");
                json_report(&dir, &[])
            })
            .collect();
        let _ = std::fs::remove_dir_all(&root);
        reports
    })
}

/// Every case of the table, analysed by `redline check` as a one-crate workspace: rejects
/// are a `malformed-annotation` finding covering their line with the expected message,
/// accepts are not (nor any other complaint about an annotation).
#[test]
fn analyzer_agrees_with_the_annotation_table() {
    let cases = annotation_cases();
    // Wrong verdicts (accepted what the crate rejects, or the reverse, or at the wrong
    // line) and wrong wording are listed apart: the first is what the issue is about.
    let (mut verdicts, mut wording) = (Vec::new(), Vec::new());
    for (case, (code, report)) in cases.iter().zip(analysed()) {
        let code = *code;
        let all = concise(report);
        let malformed: Vec<&Value> = findings(report).iter().filter(|f| str_field(f, "lint") == MALFORMED).collect();
        match case.verdict {
            Verdict::Accept => {
                let complaints: Vec<&Value> = findings(report)
                    .iter()
                    .filter(|f| {
                        [MALFORMED, "unknown-category", "unknown-purpose", "parse-error", "missing-module"]
                            .contains(&str_field(f, "lint"))
                    })
                    .collect();
                if !complaints.is_empty() {
                    verdicts.push(format!("{}: valid, but redline reported:\n{all}", case.name));
                }
            }
            Verdict::Reject => {
                let line = case.line.unwrap_or(0);
                let wanted = case.message.as_deref().unwrap_or("");
                let at = findings_at(report, MALFORMED, "src/lib.rs", line);
                if malformed.is_empty() {
                    verdicts.push(format!("{}: invalid, but no `{MALFORMED}` was reported:\n{all}", case.name));
                } else if at.is_empty() {
                    verdicts.push(format!("{}: `{MALFORMED}` not at line {line}:\n{all}", case.name));
                } else if code != Some(1) {
                    verdicts.push(format!("{}: exit code {code:?}, expected 1:\n{all}", case.name));
                } else if !at
                    .iter()
                    .any(|f| str_field(f, "message").contains(wanted) || str_field(f, "help").contains(wanted))
                {
                    wording.push(format!("{}: the message should contain {wanted:?}:\n{all}", case.name));
                }
            }
        }
    }
    assert!(
        verdicts.is_empty() && wording.is_empty(),
        "redline disagrees with tests/annotation_cases.toml on {} of {} cases.\n\n\
         Accepted or rejected wrongly, or reported at the wrong line ({}):\n\n{}\n\n\
         Rejected at the right line, but not in the crate's words ({}):\n\n{}",
        verdicts.len() + wording.len(),
        cases.len(),
        verdicts.len(),
        verdicts.join("\n"),
        wording.len(),
        wording.join("\n"),
    );
}

/// An error `cargo check` reported for a case.
struct CompileError {
    message: String,
    /// The first line of its primary span.
    line: u64,
    code: String,
    rendered: String,
}

/// What `cargo check` made of the table compiled against the real annotations crate.
struct Compiled {
    /// The packages that compiled.
    ok: BTreeSet<String>,
    /// The errors of each package that did not.
    errors: BTreeMap<String, Vec<CompileError>>,
    stderr: String,
}

/// The table compiled against the real annotations crate: one workspace with one member
/// per case, one `cargo check --keep-going` (the crate is built once, in a target
/// directory kept between runs). Run once for every test that needs it.
fn compiled() -> &'static Compiled {
    static COMPILED: OnceLock<Compiled> = OnceLock::new();
    COMPILED.get_or_init(|| {
        let cases = annotation_cases();
        let root = std::env::temp_dir().join(format!("redline-first-hour-compile-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let members: Vec<String> = cases.iter().map(|c| format!("\"cases/{}\"", c.name)).collect();
        std::fs::create_dir_all(&root).expect("temp dir");
        std::fs::write(
            root.join("Cargo.toml"),
            format!("[workspace]\nresolver = \"2\"\nmembers = [{}]\n", members.join(", ")),
        )
        .expect("write");
        // The repository's lock file pins syn, quote and proc-macro2 to versions on this machine.
        std::fs::copy(repo_root().join("Cargo.lock"), root.join("Cargo.lock")).expect("copy Cargo.lock");
        for case in &cases {
            case.write(&root.join("cases").join(&case.name), false);
        }
        let target = Path::new(env!("CARGO_TARGET_TMPDIR")).join("annotation-agreement-target");
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let o = Command::new(cargo)
            .args(["check", "--offline", "--workspace", "--keep-going", "--message-format", "json"])
            .current_dir(&root)
            .env("CARGO_TARGET_DIR", &target)
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_BUILD_RUSTFLAGS")
            .env_remove("CARGO_ENCODED_RUSTFLAGS")
            .output()
            .expect("run cargo check");
        let _ = std::fs::remove_dir_all(&root);
        let mut compiled = Compiled {
            ok: BTreeSet::new(),
            errors: BTreeMap::new(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        };
        for line in String::from_utf8_lossy(&o.stdout).lines() {
            let Ok(msg) = serde_json::from_str::<Value>(line) else { continue };
            let target = str_field(&msg["target"], "name").to_string();
            let message = &msg["message"];
            match str_field(&msg, "reason") {
                "compiler-artifact" => {
                    compiled.ok.insert(target);
                }
                "compiler-message" if str_field(message, "level") == "error" => {
                    let spans = message["spans"].as_array().map(Vec::as_slice).unwrap_or_default();
                    let primary = spans.iter().find(|s| s["is_primary"] == true);
                    compiled.errors.entry(target).or_default().push(CompileError {
                        message: str_field(message, "message").to_string(),
                        line: primary.map_or(0, |s| num_field(s, "line_start")),
                        code: str_field(&message["code"], "code").to_string(),
                        rendered: str_field(message, "rendered").to_string(),
                    });
                }
                _ => {}
            }
        }
        compiled
    })
}

/// The table compiled against the real annotations crate: each case must compile exactly
/// when it is an accept. Rejects must fail with the expected wording where the table
/// gives one.
#[test]
fn annotations_crate_agrees_with_the_annotation_table() {
    let cases = annotation_cases();
    let Compiled { ok: compiled, errors, stderr } = compiled();
    assert!(
        cases.iter().any(|c| compiled.contains(&c.package()) || errors.contains_key(&c.package())),
        "cargo check did not get to compile the cases:\n{stderr}"
    );

    let mut disagreements = Vec::new();
    for case in &cases {
        let package = case.package();
        let error = errors.get(&package).map(|errors| errors.iter().map(|e| e.rendered.as_str()).collect::<String>());
        let compiles = compiled.contains(&package) && error.is_none();
        match (case.verdict, compiles) {
            (Verdict::Accept, false) => disagreements.push(format!(
                "{}: valid, but does not compile:\n{}",
                case.name,
                error.as_deref().unwrap_or("(no compiler message)")
            )),
            (Verdict::Reject, true) => {
                disagreements.push(format!("{}: invalid, but compiles against the annotations crate", case.name))
            }
            (Verdict::Reject, false) => {
                let rendered = error.as_deref().unwrap_or("");
                if let Some(wanted) = &case.compiler_message {
                    if !rendered.contains(wanted.as_str()) {
                        disagreements
                            .push(format!("{}: the compile error should contain {wanted:?}:\n{rendered}", case.name));
                    }
                }
            }
            (Verdict::Accept, true) => {}
        }
    }
    assert!(
        disagreements.is_empty(),
        "the annotations crate disagrees with tests/annotation_cases.toml on {} of {} cases:\n\n{}",
        disagreements.len(),
        cases.len(),
        disagreements.join("\n")
    );
}

/// The analyzer and the compiler (with the annotations crate) say the same about every
/// case, whatever the table says: both accept it or both reject it; each
/// `malformed-annotation` finding is a compile error with the same message starting on
/// the same line; and each compile error is such a finding, except that rustc's own
/// feature-gate errors (E0658) may come on top of one (`mod leads;` under an attribute).
#[test]
fn analyzer_and_compiler_say_the_same() {
    let cases = annotation_cases();
    let compiled = compiled();
    let mut problems = Vec::new();
    for (case, (_, report)) in cases.iter().zip(analysed()) {
        let package = case.package();
        let said: Vec<(&str, u64)> = findings(report)
            .iter()
            .filter(|f| str_field(f, "lint") == MALFORMED)
            .map(|f| (str_field(f, "message"), num_field(f, "line")))
            .collect();
        let errors = compiled.errors.get(&package).map_or(&[][..], Vec::as_slice);
        let rendered: String = errors.iter().map(|e| e.rendered.as_str()).collect();
        let compiles = compiled.ok.contains(&package) && errors.is_empty();
        if compiles != said.is_empty() {
            let verdict = if compiles { "compiles" } else { "does not compile" };
            problems.push(format!("{}: it {verdict}, but redline says {said:?}\n{rendered}", case.name));
            continue;
        }
        for (message, line) in &said {
            if !errors.iter().any(|e| e.message == *message && e.line == *line) {
                problems
                    .push(format!("{}: redline says {message:?} at line {line}; the compiler:\n{rendered}", case.name));
            }
        }
        let matched = |e: &CompileError| said.iter().any(|(message, line)| e.message == *message && e.line == *line);
        let any_matched = errors.iter().any(matched);
        let feature_gate_beside_a_match = |e: &CompileError| e.code == "E0658" && any_matched;
        for e in errors.iter().filter(|e| !matched(e) && !feature_gate_beside_a_match(e)) {
            problems.push(format!("{}: redline does not say {:?} at line {}: {said:?}", case.name, e.message, e.line));
        }
    }
    assert!(
        problems.is_empty(),
        "the analyzer and the compiler disagree on {} of {} cases:\n\n{}",
        problems.len(),
        cases.len(),
        problems.join("\n")
    );
}

fn demo() -> PathBuf {
    repo_root().join("testdata/demo")
}

/// The steps of a finding's trace that are at the finding's own (file, line) form one
/// run at the end: the trace reaches the finding last and never leaves it to come back.
fn trace_problem(f: &Value) -> Option<String> {
    let at = (str_field(f, "file").to_string(), num_field(f, "line"));
    let steps: Vec<(String, u64)> = f["trace"]
        .as_array()
        .map(|t| t.iter().map(|s| (str_field(s, "file").to_string(), num_field(s, "line"))).collect())
        .unwrap_or_default();
    let show = || {
        let steps: Vec<String> = f["trace"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|s| format!("  {}:{}: {}", str_field(s, "file"), num_field(s, "line"), str_field(s, "note")))
            .collect();
        format!("{} at {}:{} ({}):\n{}", str_field(f, "item"), at.0, at.1, str_field(f, "category"), steps.join("\n"))
    };
    if steps.last() != Some(&at) {
        return Some(format!("the trace does not end at the finding: {}", show()));
    }
    let first = steps.iter().position(|s| *s == at).unwrap_or(steps.len());
    if steps[first..].iter().any(|s| *s != at) {
        return Some(format!("the trace leaves the finding's line and comes back: {}", show()));
    }
    None
}

#[test]
fn demo_traces_go_forward_to_the_finding() {
    let (code, report) = json_report(&demo(), &[]);
    assert_eq!(code, Some(1));
    let purpose_violations: Vec<&Value> =
        findings(&report).iter().filter(|f| str_field(f, "lint") == "purpose-violation").collect();
    assert!(!purpose_violations.is_empty());
    let problems: Vec<String> = purpose_violations.iter().filter_map(|f| trace_problem(f)).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

#[test]
fn win_back_trace_goes_forward() {
    let (_, report) = json_report(&demo(), &[]);
    let win_back = findings(&report)
        .iter()
        .find(|f| str_field(f, "item") == "crm::leads::LeadPool::win_back")
        .expect("the demo's `win_back` finding (README, finding 4)");
    if let Some(problem) = trace_problem(win_back) {
        panic!("{problem}");
    }
}

/// The main label of each finding names the category: "`chat` data ...". In JSON when
/// the report has a `label` field, and always in the human output's code frame.
#[test]
fn demo_main_labels_name_the_category() {
    let (_, report) = json_report(&demo(), &[]);
    let human = redline(&demo(), &["check", "--color", "never"]);
    let human = String::from_utf8_lossy(&human.stdout).into_owned();
    // One block per finding, in the same order as the JSON report.
    let mut blocks: Vec<Vec<&str>> = Vec::new();
    for line in human.lines() {
        if line.starts_with("error[") || line.starts_with("warning[") {
            blocks.push(Vec::new());
        }
        if let Some(b) = blocks.last_mut() {
            b.push(line);
        }
    }
    let all = findings(&report);
    assert_eq!(blocks.len(), all.len(), "one human block per finding:\n{human}");
    let mut problems = Vec::new();
    for (f, block) in all.iter().zip(&blocks) {
        let Some(category) = f["category"].as_str() else { continue };
        let wanted = format!("`{category}` data");
        if let Some(label) = f.get("label").and_then(Value::as_str) {
            if !label.contains(&wanted) {
                problems.push(format!("JSON label {label:?} of {} does not say {wanted}", str_field(f, "item")));
            }
        }
        // Labels are drawn as `╰── text`; trace steps shown in the frame are numbered `(n) ...`.
        let main_labels: Vec<&str> = block
            .iter()
            .filter_map(|l| l.split_once("╰── ").map(|(_, label)| label))
            .filter(|label| !label.starts_with('('))
            .collect();
        if !main_labels.iter().any(|l| l.contains(&wanted)) {
            problems.push(format!(
                "{} ({}:{}): main label {:?} does not say {wanted}",
                str_field(f, "item"),
                str_field(f, "file"),
                num_field(f, "line"),
                main_labels
            ));
        }
    }
    assert!(problems.is_empty(), "{}\n\nhuman output:\n{human}", problems.join("\n"));
}

#[test]
fn unmatched_config_paths_suggest_the_closest_existing_path() {
    let policy = format!(
        "{POLICY}\n[modules]\n\"svc::crmm\" = \"sales\"\n\"svc::sales::call\" = \"sales\"\n\n\
         [functions]\n\"svc::crm::pich\" = \"sales\"\n\"svc::crm::Desk::prepar\" = \"sales\"\n"
    );
    let ws = Workspace::new(
        "did-you-mean",
        &[
            ("src/lib.rs", "pub mod crm;\npub mod sales;\n"),
            ("src/crm.rs", "pub struct Desk;\n\nimpl Desk {\n    pub fn prepare(&self) {}\n}\n\npub fn pitch() {}\n"),
            ("src/sales/mod.rs", "pub mod calls;\n"),
            ("src/sales/calls.rs", "pub fn dial() {}\n"),
        ],
    );
    ws.write("redline.toml", &policy);
    let (_, report) = json_report(&ws.dir, &[]);
    let all = concise(&report);
    for (bad, closest) in [
        ("svc::crmm", "svc::crm"),
        ("svc::sales::call", "svc::sales::calls"),
        ("svc::crm::pich", "svc::crm::pitch"),
        ("svc::crm::Desk::prepar", "svc::crm::Desk::prepare"),
    ] {
        let f = findings(&report)
            .iter()
            .find(|f| {
                str_field(f, "lint") == "unmatched-config-path" && str_field(f, "message").contains(&format!("`{bad}`"))
            })
            .unwrap_or_else(|| panic!("no unmatched-config-path finding for `{bad}`:\n{all}"));
        let said = format!("{} {}", str_field(f, "message"), str_field(f, "help"));
        assert!(
            said.contains("did you mean") && said.contains(&format!("`{closest}`")),
            "`{bad}` should get \"did you mean `{closest}`\":\n{all}"
        );
    }
}

/// The demo's findings located in crates/crm (README table).
const CRM_FINDINGS: [(&str, u64); 5] = [
    ("crates/crm/src/leads.rs", 49),
    ("crates/crm/src/leads.rs", 59),
    ("crates/crm/src/pitch.rs", 21),
    ("crates/crm/src/pitch.rs", 22),
    ("crates/crm/src/scoring.rs", 13),
];

#[test]
fn checking_a_subdirectory_reports_only_findings_under_it() {
    let (code, report) = json_report(&demo(), &["crates/crm"]);
    let got: BTreeSet<(String, u64)> =
        findings(&report).iter().map(|f| (str_field(f, "file").to_string(), num_field(f, "line"))).collect();
    let want: BTreeSet<(String, u64)> = CRM_FINDINGS.iter().map(|(f, l)| (f.to_string(), *l)).collect();
    assert_eq!(got, want, "only (and all) the findings in crates/crm:\n{}", concise(&report));
    assert_eq!(code, Some(1));

    // No finding under crates/members: the others are elsewhere, so the run is clean.
    let (code, report) = json_report(&demo(), &["crates/members"]);
    assert!(findings(&report).is_empty(), "{}", concise(&report));
    assert_eq!(code, Some(0));
}

/// Whether `text` mentions `dir` as a path of its own (not as the start of a longer path).
fn names_dir(text: &str, dir: &str) -> bool {
    text.match_indices(dir).any(|(i, _)| {
        let after = text[i + dir.len()..].chars().next();
        !matches!(after, Some(c) if c == '/' || c.is_alphanumeric() || c == '_' || c == '-')
    })
}

#[test]
fn checking_a_subdirectory_names_the_workspace_root_in_the_summary() {
    let o = redline(repo_root(), &["check", "testdata/demo/crates/crm", "--quiet", "--color", "never"]);
    let out = text(&o);
    let absolute = demo().canonicalize().expect("demo").display().to_string();
    assert!(
        names_dir(&out, &absolute) || names_dir(&out, "testdata/demo"),
        "the summary should name the workspace root it used ({absolute} or testdata/demo):\n{out}"
    );
}

#[test]
fn a_baseline_never_records_a_suppression_without_reason() {
    let ws = Workspace::new(
        "baseline-reason",
        &[
            ("src/lib.rs", "pub mod chat;\npub mod crm;\n"),
            ("src/chat.rs", CHAT_TYPES),
            (
                "src/crm.rs",
                "redline::module_purpose!(\"sales\");\n\nuse crate::chat::ChatMessage;\n\n\
                 pub fn subject(m: &ChatMessage) -> usize {\n    // redline:allow(purpose-violation)\n    m.body.len()\n}\n",
            ),
        ],
    );
    let (_, before) = json_report(&ws.dir, &[]);
    assert!(
        findings(&before).iter().any(|f| str_field(f, "lint") == "suppression-without-reason"),
        "{}",
        concise(&before)
    );
    let o = redline(&ws.dir, &["check", "-q", "--write-baseline", "redline-baseline.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    let recorded = std::fs::read_to_string(ws.dir.join("redline-baseline.json")).expect("baseline written");
    assert!(!recorded.contains("suppression-without-reason"), "recorded:\n{recorded}");

    let (code, after) = json_report(&ws.dir, &["--baseline", "redline-baseline.json"]);
    let reported: Vec<&str> = findings(&after).iter().map(|f| str_field(f, "lint")).collect();
    assert_eq!(reported, ["suppression-without-reason"], "{}", concise(&after));
    assert_eq!(code, Some(1));
}

#[test]
fn syntax_errors_say_what_was_expected_and_where() {
    let ws = Workspace::new(
        "syntax",
        &[
            ("src/lib.rs", "pub mod unclosed;\npub mod mismatched;\npub mod pattern;\n"),
            ("src/unclosed.rs", "pub fn ok() {}\n\nfn f( {\n"),
            ("src/mismatched.rs", "pub fn mismatched() -> usize {\n    let v = [1, 2);\n    v.len()\n}\n"),
            ("src/pattern.rs", "pub fn g() -> u32 {\n    let = 3;\n}\n"),
        ],
    );
    let (code, report) = json_report(&ws.dir, &[]);
    assert_eq!(code, Some(1));
    let all = concise(&report);
    let human = text(&redline(&ws.dir, &["check", "--color", "never"]));
    for (file, lines) in [("src/unclosed.rs", 3..=4), ("src/mismatched.rs", 2..=2), ("src/pattern.rs", 2..=2)] {
        let f = findings(&report)
            .iter()
            .find(|f| str_field(f, "lint") == "parse-error" && str_field(f, "file") == file)
            .unwrap_or_else(|| panic!("no parse-error for {file}:\n{all}"));
        let message = str_field(f, "message");
        assert!(message.contains("expected"), "{file}: the message should say what was expected:\n{all}");
        assert!(!message.contains("cannot parse string into token stream"), "{file}:\n{all}");
        let line = num_field(f, "line");
        assert!(lines.contains(&line), "{file}: reported at line {line}, expected {lines:?}:\n{all}");
        let position = format!("{file}:{line}:{}", num_field(f, "column"));
        assert!(human.contains(&position), "{file}: the human output should show {position}:\n{human}");
    }
}

// ---------------------------------------------------------------- installable

#[test]
fn shell_completions_are_printed() {
    for shell in SHELLS {
        let o = redline(repo_root(), &[COMPLETIONS, shell]);
        let script = String::from_utf8_lossy(&o.stdout);
        assert_eq!(o.status.code(), Some(0), "redline {COMPLETIONS} {shell}:\n{}", text(&o));
        assert!(!script.trim().is_empty(), "redline {COMPLETIONS} {shell} printed nothing");
        assert!(script.contains("redline") && script.contains("check"), "{shell} script:\n{script}");
    }
    let o = redline(repo_root(), &[COMPLETIONS, "tcsh-or-something"]);
    assert_eq!(o.status.code(), Some(2), "an unknown shell is a usage error:\n{}", text(&o));
}

#[test]
fn man_page_is_printed() {
    let o = redline(repo_root(), &[MAN]);
    let page = String::from_utf8_lossy(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "redline {MAN}:\n{}", text(&o));
    assert!(page.trim_start().starts_with('.'), "a roff page starts with a request:\n{page}");
    assert!(page.lines().any(|l| l.starts_with(".TH")), "a man page has a .TH title line:\n{page}");
    assert!(page.contains("redline") && page.contains("check"), "{page}");
}

// ---------------------------------------------------------------- in the editor: --format rustc-json

/// The byte offset of 1-based (line, column in characters) in `source`.
fn byte_offset(source: &str, line: u64, column: u64) -> usize {
    let mut offset = 0;
    for (i, l) in source.split_inclusive('\n').enumerate() {
        if i as u64 + 1 == line {
            let within: usize = l.chars().take((column - 1) as usize).map(char::len_utf8).sum();
            return offset + within;
        }
        offset += l.len();
    }
    offset
}

/// Checks one rustc diagnostic (and its children) against the shape rust-analyzer
/// deserializes (`cargo_metadata::diagnostic::Diagnostic`), spans against the files.
fn check_diagnostic(d: &Value, root: &Path, problems: &mut Vec<String>) {
    let mut want = |ok: bool, what: &str| {
        if !ok {
            problems.push(format!("{what}: {d}"));
        }
    };
    want(d["message"].is_string(), "`message` is a string");
    want(["error", "warning", "note", "help"].contains(&str_field(d, "level")), "`level` is a rustc level");
    want(d["code"].is_null() || d["code"]["code"].is_string(), "`code` is null or {\"code\": ...}");
    want(d["spans"].is_array(), "`spans` is a list");
    want(d["children"].is_array(), "`children` is a list");
    want(d["rendered"].is_null() || d["rendered"].is_string(), "`rendered` is null or a string");
    for s in d["spans"].as_array().into_iter().flatten() {
        let missing: Vec<&str> = [
            "file_name",
            "byte_start",
            "byte_end",
            "line_start",
            "line_end",
            "column_start",
            "column_end",
            "is_primary",
            "text",
            "label",
        ]
        .into_iter()
        .filter(|k| s.get(*k).is_none())
        .collect();
        if !missing.is_empty() {
            problems.push(format!("span without {missing:?}: {s}"));
            continue;
        }
        let name = str_field(s, "file_name");
        // rust-analyzer resolves relative names against the workspace root.
        let path = if Path::new(name).is_absolute() { PathBuf::from(name) } else { root.join(name) };
        let Ok(source) = std::fs::read_to_string(&path) else {
            problems.push(format!("span file {name} cannot be read: {s}"));
            continue;
        };
        let (ls, cs) = (num_field(s, "line_start"), num_field(s, "column_start"));
        let (le, ce) = (num_field(s, "line_end"), num_field(s, "column_end"));
        if ls < 1 || cs < 1 || le < ls || (le == ls && ce < cs) {
            problems.push(format!("positions are 1-based and ordered: {s}"));
            continue;
        }
        if num_field(s, "byte_start") as usize != byte_offset(&source, ls, cs) {
            problems.push(format!("byte_start does not match {name}:{ls}:{cs}: {s}"));
        }
        if num_field(s, "byte_end") as usize != byte_offset(&source, le, ce) {
            problems.push(format!("byte_end does not match {name}:{le}:{ce}: {s}"));
        }
        let line = source.lines().nth((ls - 1) as usize).unwrap_or("");
        let first = s["text"].as_array().and_then(|t| t.first());
        if first.map(|t| str_field(t, "text")) != Some(line)
            || first.is_some_and(|t| !t["highlight_start"].is_u64() || !t["highlight_end"].is_u64())
        {
            problems.push(format!("`text` starts with the source line {line:?} and its highlight: {s}"));
        }
        if !(s["label"].is_null() || s["label"].is_string()) {
            problems.push(format!("`label` is null or a string: {s}"));
        }
    }
    for child in d["children"].as_array().into_iter().flatten() {
        check_diagnostic(child, root, problems);
    }
}

#[test]
fn rustc_json_is_the_cargo_message_format() {
    let ws = Workspace::new(
        "rustc-json",
        &[
            ("src/lib.rs", "pub mod chat;\npub mod crm;\n"),
            ("src/chat.rs", CHAT_TYPES),
            (
                "src/crm.rs",
                // Multi-byte characters before the finding on its line: bytes and columns differ.
                "redline::module_purpose!(\"sales\");\n\nuse crate::chat::ChatMessage;\n\n\
                 /* résumé ✓ */ pub fn subject(m: &ChatMessage) -> usize {\n    m.body.len()\n}\n\n\
                 // redline:allow(analysis-limit) nothing deep here any more\npub fn plain() {}\n",
            ),
        ],
    );
    let (_, report) = json_report(&ws.dir, &[]);
    let expected = findings(&report);
    assert!(expected.iter().any(|f| str_field(f, "level") == "error"), "{}", concise(&report));
    assert!(expected.iter().any(|f| str_field(f, "level") == "warning"), "{}", concise(&report));

    let o = redline(&ws.dir, &["check", "--format", RUSTC_JSON]);
    assert_eq!(o.status.code(), Some(1), "exit codes do not depend on the format:\n{}", text(&o));
    let stdout = String::from_utf8_lossy(&o.stdout);
    let mut messages = Vec::new();
    for line in stdout.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("not a JSON line ({e}): {line}"));
        match str_field(&v, "reason") {
            "compiler-message" => {
                // cargo_metadata (what rust-analyzer parses cargo's output with) requires these.
                assert!(v["package_id"].is_string(), "`package_id` is a string: {line}");
                let target = &v["target"];
                assert!(
                    target["name"].is_string() && target["kind"].is_array() && target["src_path"].is_string(),
                    "`target` has `name`, `kind` (a list) and `src_path`: {line}"
                );
                messages.push(v["message"].clone());
            }
            "build-finished" => {}
            other => panic!("unexpected reason {other:?} in {line}"),
        }
    }
    assert_eq!(messages.len(), expected.len(), "one compiler-message per finding:\n{stdout}");

    let mut problems = Vec::new();
    for (m, f) in messages.iter().zip(expected) {
        check_diagnostic(m, &ws.dir, &mut problems);
        let at = format!("{m}");
        assert_eq!(str_field(m, "message"), str_field(f, "message"), "{at}");
        assert_eq!(str_field(&m["code"], "code"), str_field(f, "lint"), "code.code is the lint: {at}");
        assert_eq!(str_field(m, "level"), str_field(f, "level"), "{at}");
        assert!(str_field(m, "rendered").contains(str_field(f, "message")), "`rendered` shows the message: {at}");
        let primary: Vec<&Value> =
            m["spans"].as_array().into_iter().flatten().filter(|s| s["is_primary"] == true).collect();
        assert_eq!(primary.len(), 1, "one primary span: {at}");
        let p = primary[0];
        assert!(str_field(p, "file_name").ends_with(str_field(f, "file")), "{at}");
        assert_eq!(
            [
                num_field(p, "line_start"),
                num_field(p, "column_start"),
                num_field(p, "line_end"),
                num_field(p, "column_end")
            ],
            [num_field(f, "line"), num_field(f, "column"), num_field(f, "end_line"), num_field(f, "end_column")],
            "the primary span is the finding: {at}"
        );
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The error sits after `/* résumé ✓ */ `: its byte column is not its character column.
    let error = messages.iter().find(|m| str_field(m, "level") == "error").expect("an error");
    let p = error["spans"].as_array().and_then(|s| s.iter().find(|s| s["is_primary"] == true)).expect("primary");
    assert_eq!(num_field(p, "line_start"), 5, "{p}");
}

// ---------------------------------------------------------------- short forms

#[test]
fn short_forms_of_output_and_quiet() {
    let dir = repo_root().join("testdata/cases/unscoped-chain-fires");
    let tmp = std::env::temp_dir();
    let long_file = tmp.join(format!("redline-first-hour-long-{}.json", std::process::id()));
    let short_file = tmp.join(format!("redline-first-hour-short-{}.json", std::process::id()));
    let long = redline(
        &dir,
        &["check", "--format", "json", "--output", long_file.to_str().expect("utf-8"), "--quiet", "--color", "never"],
    );
    let short = redline(
        &dir,
        &["check", "--format", "json", "-o", short_file.to_str().expect("utf-8"), "-q", "--color", "never"],
    );
    assert_eq!(short.status.code(), long.status.code());
    assert_eq!(String::from_utf8_lossy(&short.stdout), String::from_utf8_lossy(&long.stdout));
    assert_eq!(
        String::from_utf8_lossy(&short.stdout).lines().count(),
        1,
        "-q prints only the summary line:\n{}",
        text(&short)
    );
    let long_report = std::fs::read_to_string(&long_file).expect("--output written");
    let short_report = std::fs::read_to_string(&short_file).expect("-o written");
    assert_eq!(short_report, long_report);
    let _ = std::fs::remove_file(long_file);
    let _ = std::fs::remove_file(short_file);
}
