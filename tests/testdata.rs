//! End-to-end cases: every directory under `testdata/` with a `Cargo.toml` (the
//! outermost one: a case may be a workspace of several packages) is a case; the real
//! `redline` binary runs on it and what a
//! user would see (stdout, stderr, exit code) must match `expected.out`, and the
//! JSON report must match `expected.json` when present. `expected.concise`,
//! `expected.sarif` and `expected.github` hold the other formats where present (a
//! case opts in by having the file); SARIF is also validated against the SARIF 2.1.0
//! schema in `testdata/sarif-schema-2.1.0.json`.
//!
//! Independently of the snapshots, the `//! EXPECT:` header of a case's `src/lib.rs`
//! (or of its crates' `src/lib.rs`) states the purpose violations it must report,
//! `//! - purpose-violation at FILE:LINE in fn `ITEM``, and those must match
//! redline's JSON exactly.
//!
//! An optional `args` file holds extra arguments, one per line. Re-bless after an
//! intended change with `BLESS=1 cargo test --test testdata`, then review the diff.
//!
//! The privacy engineer's commands have snapshots too, where a case has the file:
//! `expected.discover` (`redline discover`), `expected.map.json`, `expected.map.csv`,
//! `expected.map.dot` and `expected.map.fides` (`redline map --format ...`); the HTML map
//! is checked structurally in `tests/workbench.rs` and in a browser in `tests/map_browser.rs`.

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
    let mut cases = Vec::new();
    collect(&root, &mut cases);
    cases.sort();
    let mut trials: Vec<Trial> = cases
        .into_iter()
        .map(|dir| {
            let name = dir.strip_prefix(&root).unwrap_or(&dir).display().to_string();
            Trial::test(name, move || run(&dir))
        })
        .collect();
    trials.push(Trial::test("sarif-schema-rejects-invalid-logs", || {
        // A result without a message, and a region with a line 0: the validator must say so.
        let bad = r#"{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "redline"}},
            "results": [{"ruleId": "x", "locations": [{"physicalLocation": {"region": {"startLine": 0}}}]}]}]}"#;
        match validate_sarif(bad) {
            Err(e) if e.message().is_some_and(|m| m.contains("message") && m.contains("startLine")) => Ok(()),
            Err(e) => Err(format!("rejected for the wrong reasons: {:?}", e.message()).into()),
            Ok(()) => Err("an invalid SARIF log passed validation".into()),
        }
    }));
    libtest_mimic::run(&args, trials).exit();
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    if dir.join("Cargo.toml").is_file() {
        out.push(dir.to_path_buf());
        return;
    }
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        let is_dir = e.file_type().map(|t| t.is_dir()).unwrap_or(false);
        if is_dir && !p.ends_with("target") {
            collect(&p, out);
        }
    }
}

fn redline(dir: &Path, extra: &[&str]) -> Result<(String, i32), Failed> {
    let mut args: Vec<String> = vec!["check".into(), ".".into()];
    if let Ok(a) = std::fs::read_to_string(dir.join("args")) {
        args.extend(a.lines().filter(|l| !l.trim().is_empty()).map(|l| l.trim().to_string()));
    }
    args.extend(extra.iter().map(|s| s.to_string()));
    run_redline(dir, &args)
}

/// Runs the redline binary in `dir`: what it printed (stderr after a marker, the
/// directory as `$DIR`) and its exit code.
fn run_redline(dir: &Path, args: &[String]) -> Result<(String, i32), Failed> {
    let out = Command::new(env!("CARGO_BIN_EXE_redline"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .map_err(|e| format!("cannot run redline: {e}"))?;
    let code = out.status.code().ok_or("redline was killed by a signal (a crash)")?;
    let canonical = dir.canonicalize().unwrap_or(dir.to_path_buf());
    let norm = |b: &[u8]| String::from_utf8_lossy(b).replace(&canonical.display().to_string(), "$DIR");
    let mut text = norm(&out.stdout);
    let stderr = norm(&out.stderr);
    if !stderr.is_empty() {
        text.push_str("--- stderr ---\n");
        text.push_str(&stderr);
    }
    if stderr.contains("panicked") {
        return Err(format!("redline panicked:\n{stderr}").into());
    }
    Ok((text, code))
}

fn compare(path: &Path, actual: &str) -> Result<(), Failed> {
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(path, actual).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        return Ok(());
    }
    let expected = std::fs::read_to_string(path).unwrap_or_default();
    if expected == actual {
        return Ok(());
    }
    let mut msg = format!("{} differs (re-bless with BLESS=1 after checking the change)\n", path.display());
    for (i, (e, a)) in expected.lines().zip(actual.lines()).enumerate() {
        if e != a {
            msg.push_str(&format!("first difference at line {}:\n  expected: {e}\n  actual:   {a}\n", i + 1));
            break;
        }
    }
    msg.push_str(&format!("--- actual ---\n{actual}"));
    Err(msg.into())
}

/// `(file, line, item)` of every purpose violation the case's EXPECT header states,
/// or `None` when the case has no header.
fn expectations(dir: &Path) -> Option<Vec<(String, u64, String)>> {
    let mut libs = vec![dir.join("src/lib.rs")];
    if let Ok(rd) = std::fs::read_dir(dir.join("crates")) {
        libs.extend(rd.flatten().map(|e| e.path().join("src/lib.rs")));
    }
    let mut found = false;
    let mut out = Vec::new();
    for lib in libs {
        let Ok(text) = std::fs::read_to_string(&lib) else { continue };
        for line in text.lines() {
            found |= line.starts_with("//! EXPECT:");
            let Some(rest) = line.strip_prefix("//! - purpose-violation at ") else { continue };
            let (loc, rest) = rest.split_once(" in fn `")?;
            let (file, line_no) = loc.rsplit_once(':')?;
            let item = rest.split('`').next()?;
            out.push((file.to_string(), line_no.parse().ok()?, item.to_string()));
        }
    }
    out.sort();
    found.then_some(out)
}

fn check_expectations(dir: &Path, json: &serde_json::Value) -> Result<(), Failed> {
    let Some(expected) = expectations(dir) else { return Ok(()) };
    let mut actual: Vec<(String, u64, String)> = json["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["lint"] == "purpose-violation")
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or_default().to_string();
            (s("file"), f["line"].as_u64().unwrap_or_default(), s("item"))
        })
        .collect();
    actual.sort();
    if actual != expected {
        return Err(format!("the EXPECT header says\n  {expected:?}\nredline reported\n  {actual:?}").into());
    }
    Ok(())
}

fn run(dir: &Path) -> Result<(), Failed> {
    let (text, code) = redline(dir, &[])?;
    compare(&dir.join("expected.out"), &format!("{text}--- exit: {code} ---\n"))?;
    let json = dir.join("expected.json");
    if json.is_file() || (std::env::var_os("BLESS").is_some() && code != 2) {
        let (text, json_code) = redline(dir, &["--format", "json"])?;
        if json_code != code {
            return Err(format!("exit code {json_code} with --format json, {code} without").into());
        }
        let value = serde_json::from_str::<serde_json::Value>(text.split("--- stderr ---").next().unwrap_or_default())
            .map_err(|e| format!("--format json printed invalid JSON: {e}"))?;
        check_expectations(dir, &value)?;
        compare(&json, &text)?;
    }
    workbench_snapshots(dir)?;
    for (format, file) in [("concise", "expected.concise"), ("sarif", "expected.sarif"), ("github", "expected.github")]
    {
        let path = dir.join(file);
        if !path.is_file() {
            continue;
        }
        let (text, format_code) = redline(dir, &["--format", format])?;
        if format_code != code {
            return Err(format!("exit code {format_code} with --format {format}, {code} without").into());
        }
        if format == "sarif" {
            validate_sarif(text.split("--- stderr ---").next().unwrap_or_default())?;
        }
        compare(&path, &text)?;
    }
    Ok(())
}

/// The snapshots of `redline discover` and `redline map` a case has.
fn workbench_snapshots(dir: &Path) -> Result<(), Failed> {
    let commands: [(&str, &[&str]); 5] = [
        ("expected.discover", &["discover", "."]),
        ("expected.map.json", &["map", ".", "--format", "json"]),
        ("expected.map.csv", &["map", ".", "--format", "csv"]),
        ("expected.map.dot", &["map", ".", "--format", "dot"]),
        ("expected.map.fides", &["map", ".", "--format", "fides"]),
    ];
    for (file, args) in commands {
        let path = dir.join(file);
        if !path.is_file() {
            continue;
        }
        let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        let (text, code) = run_redline(dir, &args)?;
        compare(&path, &format!("{text}--- exit: {code} ---\n"))?;
    }
    Ok(())
}

/// Checks a SARIF log against the official SARIF 2.1.0 JSON schema (OASIS; the copy
/// serde-sarif ships, unchanged).
fn validate_sarif(text: &str) -> Result<(), Failed> {
    let schema_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/sarif-schema-2.1.0.json");
    let schema_text =
        std::fs::read_to_string(&schema_path).map_err(|e| format!("cannot read {}: {e}", schema_path.display()))?;
    // The official schema's pattern for `language` (which redline never writes) has a
    // stray `]` that strict validators refuse as a regex; use the evident intent.
    let schema_text = schema_text.replace("^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$", "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$");
    let schema: serde_json::Value =
        serde_json::from_str(&schema_text).map_err(|e| format!("the SARIF schema is not JSON: {e}"))?;
    let validator = jsonschema::validator_for(&schema).map_err(|e| format!("the SARIF schema is invalid: {e}"))?;
    let log: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("--format sarif printed invalid JSON: {e}"))?;
    let errors: Vec<String> = validator.iter_errors(&log).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(format!("--format sarif does not follow the SARIF 2.1.0 schema:\n{}", errors.join("\n")).into())
    }
}
