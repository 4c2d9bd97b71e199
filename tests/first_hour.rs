//! Issue 13, "the first hour": what a new user meets. Annotations that would vanish
//! silently, and the annotation grammar shared by the analyzer and the annotations crate
//! (`tests/annotation_cases.toml`, checked against both).
//!
//! Workspaces are generated into temporary directories; the real `redline` binary runs on
//! them and the tests assert what a user sees (exit code, JSON report, human output).

use serde::Deserialize;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

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
             [dependencies]\nredline = {{ path = {:?} }}\n",
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
