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
