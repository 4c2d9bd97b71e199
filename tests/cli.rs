//! The command line as a user meets it: exit codes, `explain`, and inputs too odd
//! to commit as testdata (generated here into a temporary directory).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn redline(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_redline")).args(args).current_dir(dir).output().expect("run redline")
}

fn text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

fn testdata(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata").join(case)
}

/// A one-package workspace in a fresh temporary directory.
fn workspace(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("redline-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).expect("temp dir");
    std::fs::write(dir.join("Cargo.toml"), format!("[package]\nname = \"{name}\"\nversion = \"0.1.0\"\n"))
        .expect("write");
    std::fs::write(
        dir.join("redline.toml"),
        "[categories.chat]\nallowed_purposes = [\"messaging\"]\n[purposes.messaging]\n[purposes.sales]\n",
    )
    .expect("write");
    for (path, content) in files {
        let p = dir.join(path);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("dirs");
        std::fs::write(p, content).expect("write");
    }
    dir
}

#[test]
fn usage_errors_exit_2() {
    let dir = testdata("cases/module-purpose-fires");
    let o = redline(&dir, &["check", ".", "--format", "xml"]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    let o = redline(&dir, &["frobnicate"]);
    assert_eq!(o.status.code(), Some(2));
    let o = redline(&dir, &["explain", "purpose-violaton"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("did you mean `purpose-violation`?"), "{}", text(&o));
}

#[test]
fn missing_policy_or_manifest_exits_2() {
    let dir = workspace("nopolicy", &[("src/lib.rs", "pub fn f() {}\n")]);
    std::fs::remove_file(dir.join("redline.toml")).expect("remove");
    let o = redline(&dir, &["check"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("create redline.toml"), "{}", text(&o));
    let o = redline(&dir, &["check", "--config", "elsewhere.toml"]);
    assert_eq!(o.status.code(), Some(2));
    let o = redline(&std::env::temp_dir(), &["check", "/"]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains("no Cargo.toml"), "{}", text(&o));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn explain_prints_the_catalogue() {
    let dir = testdata("cases");
    let o = redline(&dir, &["explain", "purpose-violation"]);
    assert_eq!(o.status.code(), Some(0));
    let t = text(&o);
    for part in ["# purpose-violation", "## What it does", "## Why is this bad", "## Example", "## How to fix"] {
        assert!(t.contains(part), "{part} missing in:\n{t}");
    }
    let o = redline(&dir, &["explain"]);
    assert!(text(&o).contains("missing-module"));
    let o = redline(&dir, &["--version"]);
    assert!(text(&o).starts_with("redline "));
}

#[test]
fn json_and_human_agree_on_exit_code_and_count() {
    let dir = testdata("cases/one-finding-per-fn-category-fires");
    let human = redline(&dir, &["check", "--quiet"]);
    let json = redline(&dir, &["check", "--format", "json"]);
    assert_eq!(human.status.code(), Some(1));
    assert_eq!(json.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).expect("valid JSON");
    assert_eq!(v["version"], 1);
    assert_eq!(v["findings"].as_array().map(Vec::len), Some(3));
    assert_eq!(String::from_utf8_lossy(&human.stdout), "redline: 3 errors, 0 warnings in 3 files analysed\n");
}

/// Shapes that are not bracket-nested but make recursive parsers and
/// lowering recurse: long chains. None may crash redline.
#[test]
fn pathological_files_do_not_crash() {
    let n = 50_000;
    let method_chain = format!("pub fn f(x: u8) -> u8 {{ x{} }}\n", ".clone()".repeat(n));
    let binary_chain = format!("pub fn g() -> u32 {{ 1{} }}\n", " + 1".repeat(n));
    let else_if = format!(
        "pub fn h(x: u32) -> u32 {{ if x == 0 {{ 0 }}{} else {{ 1 }} }}\n",
        " else if x == 1 { 1 }".repeat(n / 10)
    );
    let generics = format!("pub type T = {}u8{};\n", "Vec<".repeat(n), ">".repeat(n));
    let refs = format!("pub type R = {}u8;\n", "&".repeat(n));
    let huge_line = format!("pub const S: &str = \"{}\";\n", "x".repeat(5_000_000));
    let dir = workspace(
        "pathological",
        &[
            ("src/lib.rs", "mod a; mod b; mod c; mod d; mod e; mod f;\n"),
            ("src/a.rs", &method_chain),
            ("src/b.rs", &binary_chain),
            ("src/c.rs", &else_if),
            ("src/d.rs", &generics),
            ("src/e.rs", &refs),
            ("src/f.rs", &huge_line),
        ],
    );
    let o = redline(&dir, &["check"]);
    let t = text(&o);
    assert!(matches!(o.status.code(), Some(0 | 1)), "crashed or failed: {:?}\n{t}", o.status);
    assert!(!t.contains("panicked"), "{t}");
    assert!(t.contains("in 7 files analysed"), "{t}");
    // Nothing is skipped silently: the deep bodies and types are reported.
    assert!(t.contains("warning[analysis-limit]") && t.contains("error[parse-error]"), "{t}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn output_writes_the_report_and_the_terminal_gets_the_human_one() {
    let dir = testdata("cases/unscoped-chain-fires");
    let out = std::env::temp_dir().join(format!("redline-cli-output-{}.sarif", std::process::id()));
    let o = redline(&dir, &["check", "--format", "sarif", "--output", out.to_str().expect("utf-8 temp dir")]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let sarif: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("report written")).expect("SARIF is JSON");
    assert_eq!(sarif["runs"][0]["results"].as_array().map(Vec::len), Some(1));
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(stdout.contains("error[purpose-violation]") && stdout.contains("trace:"), "{stdout}");
    assert!(stdout.ends_with("redline: 1 error, 0 warnings in 5 files analysed\n"), "{stdout}");
    let o = redline(&dir, &["check", "--format", "json", "-q", "-o", out.to_str().expect("utf-8")]);
    assert_eq!(String::from_utf8_lossy(&o.stdout), "redline: 1 error, 0 warnings in 5 files analysed\n");
    assert!(std::fs::read_to_string(&out).expect("written").starts_with("{\n  \"version\": 1"));
    let _ = std::fs::remove_file(out);
    // A report that cannot be written is a failure to run, not a clean result.
    let o = redline(&dir, &["check", "--output", "/nonexistent-dir/report.txt"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("cannot write the report to /nonexistent-dir/report.txt"), "{}", text(&o));
}

#[test]
fn colour_is_chosen_by_flag_then_no_color() {
    let dir = testdata("cases/unscoped-chain-fires");
    let has_escapes = |o: &Output| o.stdout.contains(&0x1b);
    let run = |args: &[&str], no_color: bool| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_redline"));
        c.args(args).current_dir(&dir).env_remove("NO_COLOR");
        if no_color {
            c.env("NO_COLOR", "1");
        }
        c.output().expect("run redline")
    };
    // Not a terminal: no colour unless asked for; --color always beats NO_COLOR.
    assert!(!has_escapes(&run(&["check"], false)));
    assert!(has_escapes(&run(&["check", "--color", "always"], false)));
    assert!(has_escapes(&run(&["check", "--color", "always"], true)));
    assert!(has_escapes(&run(&["check", "--format", "concise", "--color", "always"], true)));
    assert!(!has_escapes(&run(&["check", "--color", "never"], false)));
    // Machine formats never carry colour.
    assert!(!has_escapes(&run(&["check", "--format", "json", "--color", "always"], false)));
    // Neither colour nor --quiet changes what the run means.
    for args in [&["check", "--color", "always"][..], &["check", "--color", "never"], &["check", "--quiet"]] {
        assert_eq!(run(args, false).status.code(), Some(1), "{args:?}");
    }
}

#[test]
fn level_flags_and_exit_codes() {
    let errors = testdata("cases/unscoped-chain-fires");
    let warnings = testdata("cases/lints-warn-fires");
    let code = |dir: &Path, args: &[&str]| {
        let mut all = vec!["check"];
        all.extend_from_slice(args);
        let o = redline(dir, &all);
        (o.status.code(), String::from_utf8_lossy(&o.stdout).lines().last().unwrap_or_default().to_string())
    };
    assert_eq!(code(&errors, &[]), (Some(1), "redline: 1 error, 0 warnings in 5 files analysed".into()));
    assert_eq!(
        code(&errors, &["-W", "purpose-violation"]),
        (Some(0), "redline: 0 errors, 1 warning in 5 files analysed".into())
    );
    assert_eq!(
        code(&errors, &["-A", "purpose-violation"]),
        (Some(0), "redline: 0 errors, 0 warnings in 5 files analysed".into())
    );
    assert_eq!(code(&errors, &["-A", "purpose-violation", "-D", "purpose-violation"]).0, Some(1), "the last flag wins");
    assert_eq!(code(&errors, &["--exit-zero"]), (Some(0), "redline: 1 error, 0 warnings in 5 files analysed".into()));
    // Warnings fail only when asked.
    assert_eq!(code(&warnings, &[]).0, Some(0));
    assert_eq!(code(&warnings, &["--deny-warnings"]).0, Some(1));
    assert_eq!(code(&warnings, &["-D", "warnings"]).0, Some(1));
    assert_eq!(code(&warnings, &["--deny-warnings", "--exit-zero"]).0, Some(0));
    // -D over the [lints] table of redline.toml.
    assert_eq!(code(&warnings, &["-D", "purpose-violation"]).0, Some(1));
    let o = redline(&errors, &["check", "-D", "purpose-violaton"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("no lint named `purpose-violaton`; did you mean `purpose-violation`?"), "{}", text(&o));
    // --exit-zero does not hide a failure to run.
    let o = redline(&std::env::temp_dir(), &["check", "/", "--exit-zero"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn cargo_subcommand() {
    let dir = testdata("cases/unscoped-chain-fires");
    // As cargo runs it: `cargo redline check -q` execs `cargo-redline redline check -q`.
    let o = Command::new(env!("CARGO_BIN_EXE_cargo-redline"))
        .args(["redline", "check", "-q"])
        .current_dir(&dir)
        .output()
        .expect("run cargo-redline");
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "redline: 1 error, 0 warnings in 5 files analysed\n");
    let o = Command::new(env!("CARGO_BIN_EXE_cargo-redline")).args(["redline", "--help"]).output().expect("run");
    assert!(text(&o).contains("Usage: cargo redline <COMMAND>"), "{}", text(&o));
    // And through cargo itself, with the binary on PATH as `cargo install` leaves it.
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_cargo-redline")).parent().expect("bin dir");
    let path = std::env::join_paths(
        std::iter::once(bin_dir.to_path_buf())
            .chain(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())),
    )
    .expect("PATH");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let o = Command::new(cargo)
        .args(["redline", "check", "-q"])
        .env("PATH", path)
        .current_dir(&dir)
        .output()
        .expect("run cargo");
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "redline: 1 error, 0 warnings in 5 files analysed\n");
}

#[test]
fn policy_discovery() {
    let dir = workspace("discovery", &[("src/lib.rs", "pub fn f() {}\n")]);
    std::fs::copy(dir.join("redline.toml"), dir.join(".redline.toml")).expect("copy");
    let o = redline(&dir, &["check"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(
        text(&o).contains("warning: both redline.toml and .redline.toml exist; using redline.toml"),
        "{}",
        text(&o)
    );
    std::fs::remove_file(dir.join("redline.toml")).expect("remove");
    let o = redline(&dir, &["check"]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert_eq!(String::from_utf8_lossy(&o.stderr), "");
    std::fs::remove_file(dir.join(".redline.toml")).expect("remove");
    let o = redline(&dir, &["check"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o).contains("[workspace.metadata.redline]"), "{}", text(&o));
    let _ = std::fs::remove_dir_all(dir);
}

/// An enum is suggested for a variant's name only when its own name supports it or most
/// of its variants that carry data look like personal data (kanidm's `Value` has one
/// `EmailAddress` among forty kinds of value).
#[test]
fn enums_are_suggested_by_their_variants_when_most_are_personal_or_the_name_says_so() {
    let code = "pub enum Contact { Email(String), Phone(String), Note(String) }\n\
                pub enum Value { EmailAddress(String), Count(u64), Flag(bool), Bytes(Vec<u8>), Ratio(f64) }\n\
                pub enum ConversationEvent { UserMessage { content: String }, ToolCall { id: u64 }, Done(u32), Tick(u8) }\n";
    let dir = workspace("discover_enums", &[("src/lib.rs", code)]);
    let o = redline(&dir, &["discover"]);
    let t = text(&o);
    assert_eq!(o.status.code(), Some(0), "{t}");
    assert!(t.contains("\"discover_enums::Contact\" = \"user.contact.email\""), "{t}");
    assert!(t.contains("\"discover_enums::ConversationEvent\" = \"user.content.private\""), "{t}");
    assert!(!t.contains("discover_enums::Value\""), "{t}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_suppression_of_an_allowed_lint_is_still_in_use() {
    let dir = testdata("cases/suppression-fires");
    let o = redline(&dir, &["check", "--format", "concise", "-A", "purpose-violation"]);
    let t = text(&o);
    assert_eq!(o.status.code(), Some(1), "suppression-without-reason is still an error:\n{t}");
    assert!(!t.contains("purpose-violation] "), "{t}");
    // Only the suppressions that are unused whatever the level remain reported.
    assert_eq!(t.matches("unused-suppression").count(), 3, "{t}");
    assert!(t.ends_with("redline: 1 error, 3 warnings in 3 files analysed\n"), "{t}");
    let o = redline(&dir, &["check", "-q", "-A", "unused-suppression", "-A", "suppression-without-reason"]);
    assert_eq!(
        String::from_utf8_lossy(&o.stdout),
        "redline: 2 errors, 0 warnings in 3 files analysed (3 suppressed by comments)\n"
    );
}
