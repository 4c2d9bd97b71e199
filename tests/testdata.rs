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
//! (or of its crates' `src/lib.rs`) states the findings it must report, one line each,
//! `//! - LINT at FILE:LINE in fn `ITEM`: ...` (`(warning)` may follow the lint; findings
//! without an item, such as suppression or config-path findings, omit ` in fn ...`), and
//! those must match redline's JSON exactly (lint, file, line, item). Outside
//! `testdata/bad/` the header lists every finding, so `EXPECT: no findings` means none;
//! under `testdata/bad/` only purpose violations and the lints the header names are checked.
//! A case whose header names `invalid-config at FILE:LINE` must exit with 2 and show a
//! code frame at that line; outside `testdata/bad/`, no other case may exit with 2. A
//! case with a header is checked even before its `expected.json` exists (and is not
//! blessed while it contradicts its header); a missing `expected.out` fails until it is
//! created with `BLESS=1`.
//!
//! Every run is hermetic: `CARGO_HOME` is `testdata/cargo-home` (the registry sources of
//! the dependency fixtures, laid out as cargo keeps them; never the user's cargo home) and
//! `REDLINE_CACHE_DIR` (where redline keeps its dependency index) is a fresh temporary
//! directory per case, removed afterwards. `testdata/cargo-home` itself is not a case.
//! `RUST_SRC_PATH` (the `library` directory of the `rust-src` component) is unset, and
//! `RUSTUP_HOME` points nowhere, except that a case with a `RUST_SRC_PATH` file (one line:
//! a path relative to the repository root, e.g. `testdata/rust-src/library`) runs with
//! `RUST_SRC_PATH` set to that directory.
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

/// The hermetic cargo home every case runs with: the registry sources of the dependency
/// fixtures (`registry/src/index.crates.io-1949cf8c6b5b557f/<name>-<version>/`).
fn cargo_home() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/cargo-home")
}

/// A fresh, empty directory for redline's dependency index cache (`REDLINE_CACHE_DIR`),
/// one per case, removed on drop: no case sees what another case (or the user's runs)
/// cached.
struct CacheDir(PathBuf);

impl CacheDir {
    fn new() -> CacheDir {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("redline-testdata-cache-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("cannot create a cache directory");
        CacheDir(dir)
    }
}

impl Drop for CacheDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    // The fixture cargo home holds crates' sources (with their Cargo.toml), not cases.
    if dir == cargo_home() {
        return;
    }
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

fn redline(dir: &Path, cache: &Path, extra: &[&str]) -> Result<(String, i32), Failed> {
    let mut args: Vec<String> = vec!["check".into(), ".".into()];
    if let Ok(a) = std::fs::read_to_string(dir.join("args")) {
        args.extend(a.lines().filter(|l| !l.trim().is_empty()).map(|l| l.trim().to_string()));
    }
    args.extend(extra.iter().map(|s| s.to_string()));
    run_redline(dir, cache, &args)
}

/// Runs the redline binary in `dir`: what it printed (stderr after a marker, the
/// directory as `$DIR`) and its exit code.
/// Runs with the fixture `CARGO_HOME` and the case's `REDLINE_CACHE_DIR` (`cache`), and
/// with `RUST_SRC_PATH` only when the case has a `RUST_SRC_PATH` file (see the module doc).
fn run_redline(dir: &Path, cache: &Path, args: &[String]) -> Result<(String, i32), Failed> {
    let mut command = Command::new(env!("CARGO_BIN_EXE_redline"));
    command
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env("CARGO_HOME", cargo_home())
        .env("REDLINE_CACHE_DIR", cache)
        // No std sources but the ones a case names: not the user's, not a toolchain's.
        .env_remove("RUST_SRC_PATH")
        .env("RUSTUP_HOME", "/nonexistent");
    if let Ok(path) = std::fs::read_to_string(dir.join("RUST_SRC_PATH")) {
        command.env("RUST_SRC_PATH", Path::new(env!("CARGO_MANIFEST_DIR")).join(path.trim()));
    }
    let out = command.output().map_err(|e| format!("cannot run redline: {e}"))?;
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
    let Ok(expected) = std::fs::read_to_string(path) else {
        return Err(format!(
            "{} is missing: create it with BLESS=1 and review it\n--- actual ---\n{actual}",
            path.display()
        )
        .into());
    };
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

/// One line of an EXPECT header: lint, file, line, item (`None` for findings without one).
type Expected = (String, String, u64, Option<String>);

/// Every finding the case's EXPECT header states, or `None` when the case has no header.
fn expectations(dir: &Path) -> Option<Vec<Expected>> {
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
            if let Some(e) = line.strip_prefix("//! - ").and_then(expectation) {
                out.push(e);
            }
        }
    }
    out.sort();
    found.then_some(out)
}

/// `LINT [(LEVEL)] at FILE:LINE[:| in fn `ITEM`]...`; anything else is prose.
fn expectation(text: &str) -> Option<Expected> {
    let (lint, rest) = text.split_once(' ')?;
    if lint.is_empty() || !lint.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
        return None;
    }
    let rest = match rest.strip_prefix('(') {
        Some(r) => r.split_once(") ")?.1,
        None => rest,
    };
    let rest = rest.strip_prefix("at ")?;
    let loc = rest.split(' ').next()?;
    let (file, line_no) = loc.strip_suffix(':').unwrap_or(loc).rsplit_once(':')?;
    let item = rest.split_once(" in fn `").and_then(|(_, r)| r.split('`').next()).map(str::to_string);
    Some((lint.to_string(), file.to_string(), line_no.parse().ok()?, item))
}

fn check_expectations(dir: &Path, json: &serde_json::Value) -> Result<(), Failed> {
    let Some(expected) = expectations(dir) else { return Ok(()) };
    // Outside testdata/bad/ a header lists every finding; there, broken inputs may
    // describe some of theirs in prose, and only the lints it names are checked.
    let every_lint = !dir.starts_with(Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/bad"));
    let checked: Vec<&str> =
        std::iter::once("purpose-violation").chain(expected.iter().map(|e| e.0.as_str())).collect();
    let mut actual: Vec<Expected> = json["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| every_lint || checked.iter().any(|l| f["lint"] == *l))
        .map(|f| {
            let s = |k: &str| f[k].as_str().unwrap_or_default().to_string();
            (s("lint"), s("file"), f["line"].as_u64().unwrap_or_default(), f["item"].as_str().map(str::to_string))
        })
        .collect();
    actual.sort();
    if actual != expected {
        return Err(format!("the EXPECT header says\n  {expected:?}\nredline reported\n  {actual:?}").into());
    }
    Ok(())
}

/// `invalid-config at FILE:LINE` lines: redline must exit with 2 and show a frame there.
/// Outside `testdata/bad/`, exit code 2 (nothing analysed) is expected only when stated.
fn check_config_errors(dir: &Path, text: &str, code: i32) -> Result<(), Failed> {
    let wanted: Vec<Expected> =
        expectations(dir).unwrap_or_default().into_iter().filter(|e| e.0 == "invalid-config").collect();
    let bad = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/bad");
    if code == 2 && wanted.is_empty() && !dir.starts_with(&bad) {
        return Err(format!("redline exited with 2 (nothing analysed) on a case meant to be valid:\n{text}").into());
    }
    for (_, file, line, _) in &wanted {
        if code != 2 || !text.contains(&format!("[{file}:{line}:")) {
            return Err(format!("the EXPECT header says invalid-config at {file}:{line} (exit 2); redline printed\n{text}--- exit: {code} ---").into());
        }
    }
    Ok(())
}

fn run(dir: &Path) -> Result<(), Failed> {
    // One fresh cache per case: its first run builds the dependency index cold, the
    // later ones (other formats, `discover`, `map`) read it warm, and all must agree.
    let cache = CacheDir::new();
    let cache = cache.0.as_path();
    let (text, code) = redline(dir, cache, &[])?;
    check_config_errors(dir, &text, code)?;
    let json = dir.join("expected.json");
    let bless = std::env::var_os("BLESS").is_some();
    // The EXPECT header is checked first (also before any snapshot exists), and a case
    // whose findings contradict it is not blessed.
    let mut json_text = None;
    if json.is_file() || (code != 2 && (bless || expectations(dir).is_some())) {
        let (text, json_code) = redline(dir, cache, &["--format", "json"])?;
        if json_code != code {
            return Err(format!("exit code {json_code} with --format json, {code} without").into());
        }
        let value = serde_json::from_str::<serde_json::Value>(text.split("--- stderr ---").next().unwrap_or_default())
            .map_err(|e| format!("--format json printed invalid JSON: {e}"))?;
        check_expectations(dir, &value)?;
        json_text = Some(text);
    }
    compare(&dir.join("expected.out"), &format!("{text}--- exit: {code} ---\n"))?;
    if let Some(text) = json_text.filter(|_| json.is_file() || bless) {
        compare(&json, &text)?;
    }
    workbench_snapshots(dir, cache)?;
    for (format, file) in [("concise", "expected.concise"), ("sarif", "expected.sarif"), ("github", "expected.github")]
    {
        let path = dir.join(file);
        if !path.is_file() {
            continue;
        }
        let (text, format_code) = redline(dir, cache, &["--format", format])?;
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
fn workbench_snapshots(dir: &Path, cache: &Path) -> Result<(), Failed> {
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
        let (text, code) = run_redline(dir, cache, &args)?;
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
