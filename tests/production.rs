//! Following data the way production services move it (issue 8): what a user sees of the
//! dependency index and of `macro_rules!` expansion, beyond the testdata cases.
//!
//! - A dependency whose sources are not on disk: analysis goes on as before, the summary
//!   names the crate once and suggests `cargo fetch`, and the exit code is the one the
//!   findings give.
//! - The dependency index cache (`REDLINE_CACHE_DIR`): two runs give the same report, and
//!   a cache whose every file was overwritten or truncated is rebuilt, silently, with the
//!   same report; nothing is written next to the analysed code.
//! - A hostile cargo home (symlinks out of it, a huge unparsable file, a FIFO, a symlink
//!   loop): no crash, no hang, nothing read from outside.
//! - Macros that recurse 10,000 deep or grow exponentially: a quick `analysis-limit`.
//!
//! Every run uses an explicit `CARGO_HOME` (the fixtures in `testdata/cargo-home`, or one
//! built here) and its own `REDLINE_CACHE_DIR`, never the user's. Written from the issue
//! and the user documentation only; Linux (`mkfifo` is used when present).

use std::io::Read;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_redline");
/// A run that takes longer is taken to hang (hang detection for a debug build, not a
/// speed requirement).
const HANG_AFTER: Duration = Duration::from_secs(60);
/// Macro expansion limits must cut the work off early: even a debug build finishes
/// each of these workspaces well within this.
const MACRO_LIMIT_TIME: Duration = Duration::from_secs(20);
const ANALYSIS_LIMIT: &str = "analysis-limit";
const PURPOSE_VIOLATION: &str = "purpose-violation";
/// Written into files outside the cargo home: it must never be printed or cached.
const SECRET: &str = "hostile_secret_5f1d2c9e";
const REGISTRY: &str = "registry/src/index.crates.io-1949cf8c6b5b557f";

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture_cargo_home() -> PathBuf {
    repo().join("testdata/cargo-home")
}

// ---------------------------------------------------------------------------------------
// Files, directories and runs

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A fresh directory under the system temporary directory, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let base = std::fs::canonicalize(std::env::temp_dir()).expect("temp dir");
        let dir = base.join(format!("redline-production-{name}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

/// What one run showed the user.
struct Run {
    stdout: String,
    stderr: String,
    code: i32,
    took: Duration,
}

impl Run {
    fn text(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }

    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("--format json printed invalid JSON ({e}):\n{}\n{}", self.stdout, self.stderr))
    }
}

/// Runs `redline check . [extra]` in `dir` with the given cargo home and cache directory,
/// under a watchdog: a run still going after `limit` is killed and the test fails.
fn redline(dir: &Path, cargo_home: &Path, cache: &Path, extra: &[&str], limit: Duration) -> Run {
    let mut child = Command::new(BIN)
        .args(["check", "."])
        .args(extra)
        .current_dir(dir)
        .env("CARGO_HOME", cargo_home)
        .env("REDLINE_CACHE_DIR", cache)
        // No `rust-src` (std from the built-in table), whatever the machine has installed.
        .env_remove("RUST_SRC_PATH")
        .env_remove("RUSTUP_TOOLCHAIN")
        .env("RUSTUP_HOME", cache.join("no-rustup-home"))
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot run redline");
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let reader_out = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out.read_to_end(&mut s);
        s
    });
    let reader_err = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for redline") {
            break status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("redline did not finish within {limit:?} in {} (a hang)", dir.display());
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let took = start.elapsed();
    let stdout = String::from_utf8_lossy(&reader_out.join().unwrap()).into_owned();
    let stderr = String::from_utf8_lossy(&reader_err.join().unwrap()).into_owned();
    let code = status.code().unwrap_or_else(|| panic!("redline was killed by a signal (a crash):\n{stderr}"));
    assert!(!stderr.contains("panicked"), "redline panicked:\n{stderr}");
    Run { stdout, stderr, code, took }
}

/// (lint, file, line) of every finding of a JSON report.
fn findings(json: &serde_json::Value) -> Vec<(String, String, u64)> {
    let mut v: Vec<_> = json["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            (
                f["lint"].as_str().unwrap_or_default().to_string(),
                f["file"].as_str().unwrap_or_default().to_string(),
                f["line"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    v.sort();
    v
}

/// Every file under `dir` (not following symlinks), sorted.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let Ok(t) = e.file_type() else { continue };
            if t.is_dir() {
                stack.push(e.path());
            } else if t.is_file() {
                out.push(e.path());
            }
        }
    }
    out.sort();
    out
}

/// Copies a directory tree (files and directories; symlinks are not expected).
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let t = e.file_type().unwrap();
        let dest = to.join(e.file_name());
        if t.is_dir() {
            copy_tree(&e.path(), &dest);
        } else if t.is_file() {
            std::fs::copy(e.path(), dest).unwrap();
        }
    }
}

// ---------------------------------------------------------------------------------------
// A dependency whose sources are missing

const SEGMENT_POLICY: &str = r#"[categories.browsing]
allowed_purposes = ["matching"]

[purposes.matching]
[purposes.marketing]
[purposes.analytics]

[data]
"tracker::ProfileView" = "browsing"

[functions]
"segment::HttpClient::send" = "analytics"
"tracker::audience" = "marketing"
"#;

const SEGMENT_LOCK: &str = r#"# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "segment"
version = "0.2.4"
source = "registry+https://github.com/rust-lang/crates.io-index"

[[package]]
name = "tracker"
version = "0.1.0"
dependencies = [
 "segment",
]
"#;

/// With findings: a call on a receiver whose type is written (matches `[functions]`
/// without segment's sources), and a marketing function taking viewing history.
const SEGMENT_LIB_FIRES: &str = r#"use segment::message::{Track, User};
use segment::{Client, HttpClient};

pub struct ProfileView {
    pub viewer: u64,
    pub viewed: u64,
}

pub async fn track_view(client: &HttpClient, view: &ProfileView) -> Result<(), segment::Error> {
    let msg = Track { user: User::UserId { user_id: view.viewer.to_string() }, event: String::from("Profile Viewed"), ..Default::default() };
    client.send(String::from("key"), msg).await
}

pub fn audience(views: &[ProfileView]) -> Vec<u64> {
    views.iter().map(|v| v.viewer).collect()
}
"#;

/// Without findings (the policy's paths all match).
const SEGMENT_LIB_QUIET: &str = r#"use segment::message::{Track, User};
use segment::{Client, HttpClient};

pub struct ProfileView {
    pub viewer: u64,
    pub viewed: u64,
}

pub fn audience(members: &[u64]) -> Vec<u64> {
    members.to_vec()
}

pub async fn track_signup(client: &HttpClient, member: u64) -> Result<(), segment::Error> {
    let msg = Track { user: User::UserId { user_id: member.to_string() }, event: String::from("Signed Up"), ..Default::default() };
    client.send(String::from("key"), msg).await
}
"#;

fn segment_workspace(root: &Path, lib: &str) {
    write(
        root,
        "Cargo.toml",
        "[package]\nname = \"tracker\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\nsegment = \"0.2\"\n",
    );
    write(root, "Cargo.lock", SEGMENT_LOCK);
    write(root, "redline.toml", SEGMENT_POLICY);
    write(root, "src/lib.rs", lib);
}

/// A cargo home with the test fixtures plus a minimal `segment-0.2.4` source, as
/// `cargo fetch` would have left it.
fn cargo_home_with_segment(root: &Path) -> PathBuf {
    let home = root.join("cargo-home");
    copy_tree(&fixture_cargo_home(), &home);
    let src = home.join(REGISTRY).join("segment-0.2.4");
    write(
        &src,
        "Cargo.toml",
        "[package]\nedition = \"2021\"\nname = \"segment\"\nversion = \"0.2.4\"\n\n[lib]\nname = \"segment\"\npath = \"src/lib.rs\"\n",
    );
    write(
        &src,
        "src/lib.rs",
        "mod client;\nmod errors;\nmod http;\npub mod message;\n\npub use client::Client;\npub use errors::Error;\npub use http::HttpClient;\n",
    );
    write(
        &src,
        "src/client.rs",
        "use crate::message::Message;\n\npub trait Client {\n    fn send(&self, write_key: String, msg: impl Into<Message>) -> impl std::future::Future<Output = Result<(), crate::Error>>;\n}\n",
    );
    write(&src, "src/errors.rs", "#[derive(Debug)]\npub enum Error {\n    Network(String),\n}\n");
    write(
        &src,
        "src/http.rs",
        "use crate::message::Message;\n\n#[derive(Clone, Debug, Default)]\npub struct HttpClient {\n    host: String,\n}\n\n\
         impl crate::Client for HttpClient {\n    async fn send(&self, write_key: String, msg: impl Into<Message>) -> Result<(), crate::Error> {\n        let _ = (write_key, msg.into());\n        Ok(())\n    }\n}\n",
    );
    write(
        &src,
        "src/message.rs",
        "#[derive(Debug, Clone)]\npub enum User {\n    UserId { user_id: String },\n    AnonymousId { anonymous_id: String },\n}\n\n\
         impl Default for User {\n    fn default() -> Self {\n        User::AnonymousId { anonymous_id: String::new() }\n    }\n}\n\n\
         #[derive(Debug, Clone, Default)]\npub struct Track {\n    pub user: User,\n    pub event: String,\n}\n\n\
         #[derive(Debug, Clone)]\npub enum Message {\n    Track(Track),\n}\n\n\
         impl From<Track> for Message {\n    fn from(t: Track) -> Self {\n        Message::Track(t)\n    }\n}\n",
    );
    write(&src, ".cargo-ok", "{\"v\":1}");
    home
}

#[test]
fn missing_crate_is_named_once_with_cargo_fetch_and_the_exit_code_is_unchanged() {
    let t = TempDir::new("missing");
    let ws = t.path().join("ws");
    segment_workspace(&ws, SEGMENT_LIB_FIRES);
    let cache = TempDir::new("missing-cache");

    // segment is not in the fixture cargo home: nothing fetched.
    let human = redline(&ws, &fixture_cargo_home(), cache.path(), &[], HANG_AFTER);
    let text = human.text();
    assert!(text.contains("segment"), "the summary must name the missing crate `segment`:\n{text}");
    assert_eq!(text.matches("cargo fetch").count(), 1, "the summary must suggest `cargo fetch`, once:\n{text}");
    assert_eq!(human.code, 1, "the findings are errors, so the exit code is 1:\n{text}");

    let json_run = redline(&ws, &fixture_cargo_home(), cache.path(), &["--format", "json"], HANG_AFTER);
    assert_eq!(json_run.code, human.code, "same exit code with --format json");
    let json = json_run.json();
    let missing = findings(&json);
    assert!(
        missing.contains(&(PURPOSE_VIOLATION.to_string(), "src/lib.rs".to_string(), 11))
            && missing.contains(&(PURPOSE_VIOLATION.to_string(), "src/lib.rs".to_string(), 14)),
        "what is typed in the code is analysed as before (the call on `&HttpClient` at line 11, the \
         marketing parameter at line 14): {missing:?}"
    );

    // The same workspace once segment is fetched: no note, the same exit code, and at
    // least the same findings.
    let home = cargo_home_with_segment(t.path());
    let cache2 = TempDir::new("missing-cache2");
    let fetched = redline(&ws, &home, cache2.path(), &[], HANG_AFTER);
    assert!(!fetched.text().contains("cargo fetch"), "nothing is missing any more:\n{}", fetched.text());
    assert_eq!(fetched.code, human.code, "the note never changes the exit code");
    let fetched_json = redline(&ws, &home, cache2.path(), &["--format", "json"], HANG_AFTER).json();
    let with_sources = findings(&fetched_json);
    for f in &missing {
        assert!(with_sources.contains(f), "{f:?} found without sources but not with them: {with_sources:?}");
    }
}

#[test]
fn missing_crate_note_on_a_clean_workspace_keeps_exit_code_zero() {
    let t = TempDir::new("missing-clean");
    segment_workspace(t.path(), SEGMENT_LIB_QUIET);
    let cache = TempDir::new("missing-clean-cache");
    let run = redline(t.path(), &fixture_cargo_home(), cache.path(), &[], HANG_AFTER);
    let text = run.text();
    assert!(text.contains("segment") && text.contains("cargo fetch"), "the note names `segment`:\n{text}");
    assert_eq!(run.code, 0, "no findings: exit 0, whatever the note says:\n{text}");
    let json = redline(t.path(), &fixture_cargo_home(), cache.path(), &["--format", "json"], HANG_AFTER);
    assert_eq!(json.code, 0);
    assert!(findings(&json.json()).is_empty(), "no findings: {}", json.stdout);
}

// ---------------------------------------------------------------------------------------
// The dependency index cache

#[test]
fn dependency_cache_gives_identical_reports_and_survives_corruption() {
    let case = repo().join("testdata/production/builder-reqwest-fires");
    let before = files_under(&case);
    let cache = TempDir::new("cache");
    let json = ["--format", "json"];

    let cold = redline(&case, &fixture_cargo_home(), cache.path(), &json, HANG_AFTER);
    assert!(cold.code != 2, "the case must be analysed:\n{}", cold.text());
    let _ = cold.json();
    let cached = files_under(cache.path());
    assert!(!cached.is_empty(), "the dependency index of reqwest, serde and tokio is cached under REDLINE_CACHE_DIR");

    let warm = redline(&case, &fixture_cargo_home(), cache.path(), &json, HANG_AFTER);
    assert_eq!(warm.stdout, cold.stdout, "a warm cache gives the same report as a cold one");
    assert_eq!(warm.code, cold.code);

    // Overwrite every cached file with garbage; truncate some to nothing, some halfway.
    for (i, f) in cached.iter().enumerate() {
        let len = std::fs::metadata(f).map(|m| m.len() as usize).unwrap_or(0);
        let garbage: Vec<u8> = (0..len.max(64)).map(|k| (k * 31 + i * 7) as u8 ^ 0xa5).collect();
        let content: &[u8] = match i % 3 {
            0 => &[],
            1 => &garbage,
            _ => &garbage[..garbage.len() / 2],
        };
        std::fs::write(f, content).unwrap();
    }
    let corrupt = redline(&case, &fixture_cargo_home(), cache.path(), &json, HANG_AFTER);
    assert_eq!(corrupt.stdout, cold.stdout, "a corrupt cache is rebuilt, never trusted");
    assert_eq!(corrupt.code, cold.code);
    assert!(corrupt.stderr.trim().is_empty(), "a corrupt cache is not an error:\n{}", corrupt.stderr);

    // Rebuilt: a further run reads it and agrees, in the human format too.
    let again = redline(&case, &fixture_cargo_home(), cache.path(), &json, HANG_AFTER);
    assert_eq!(again.stdout, cold.stdout);
    let human = redline(&case, &fixture_cargo_home(), cache.path(), &[], HANG_AFTER);
    assert!(!human.text().to_lowercase().contains("cache"), "nothing about the cache is printed:\n{}", human.text());

    assert_eq!(files_under(&case), before, "redline writes nothing next to the analysed code");
}

#[test]
fn cache_directories_are_independent() {
    // Two fresh caches, two cases each: the same report whatever was cached before.
    let a = repo().join("testdata/production/builder-cadence-fires");
    let b = repo().join("testdata/production/builder-lettre-fires");
    let json = ["--format", "json"];
    let shared = TempDir::new("cache-shared");
    let a1 = redline(&a, &fixture_cargo_home(), shared.path(), &json, HANG_AFTER);
    let b1 = redline(&b, &fixture_cargo_home(), shared.path(), &json, HANG_AFTER);
    let own = TempDir::new("cache-own");
    let b2 = redline(&b, &fixture_cargo_home(), own.path(), &json, HANG_AFTER);
    let a2 = redline(&a, &fixture_cargo_home(), own.path(), &json, HANG_AFTER);
    assert_eq!(a1.stdout, a2.stdout);
    assert_eq!(b1.stdout, b2.stdout);
}

// ---------------------------------------------------------------------------------------
// A hostile cargo home

#[test]
fn hostile_cargo_home_does_not_crash_hang_or_read_outside() {
    let t = TempDir::new("hostile");
    let outside = t.path().join("outside");
    // Outside the cargo home: a Rust file and a whole crate that must never be read.
    write(
        &outside,
        "secret.rs",
        &format!("/// {SECRET}\npub fn {SECRET}() -> &'static str {{ \"{SECRET}\" }}\npub struct Tracker;\nimpl Tracker {{ pub fn send(&self, _v: u64) {{}} }}\n"),
    );
    write(
        &outside,
        "linked/Cargo.toml",
        &format!("[package]\nname = \"linked-sdk\"\nversion = \"1.0.0\"\nedition = \"2021\"\ndescription = \"{SECRET}\"\n\n[lib]\nname = \"linked_sdk\"\n"),
    );
    write(
        &outside,
        "linked/src/lib.rs",
        &format!("// {SECRET}\npub struct Client;\npub fn client() -> Client {{ Client }}\nimpl Client {{ pub fn send(&self, _v: u64) {{}} }}\n"),
    );

    let home = t.path().join("cargo-home");
    let reg = home.join(REGISTRY);
    let evil = reg.join("evil-sdk-1.0.0");
    write(
        &evil,
        "Cargo.toml",
        "[package]\nname = \"evil-sdk\"\nversion = \"1.0.0\"\nedition = \"2021\"\n\n[lib]\nname = \"evil_sdk\"\npath = \"src/lib.rs\"\n",
    );
    write(
        &evil,
        "src/lib.rs",
        "mod leak;\nmod huge;\nmod fifo;\nmod deep;\n\npub use leak::*;\n\npub struct Client;\n\n\
         impl Client {\n    pub fn new() -> Client {\n        Client\n    }\n\n    pub fn track(&self) -> leak::Tracker {\n        leak::Tracker\n    }\n}\n",
    );
    write(&evil, ".cargo-ok", "{\"v\":1}");
    symlink(outside.join("secret.rs"), evil.join("src/leak.rs")).unwrap();
    // 24 MB of unbalanced brackets: not parsable, far over any nesting limit.
    let mut huge = String::from("pub fn f() -> u64 {\n");
    huge.push_str(&"(".repeat(24 << 20));
    std::fs::write(evil.join("src/huge.rs"), huge).unwrap();
    // A FIFO nobody writes to: reading it would block forever.
    let fifo = evil.join("src/fifo.rs");
    let have_fifo = Command::new("mkfifo").arg(&fifo).status().map(|s| s.success()).unwrap_or(false);
    if !have_fifo {
        std::fs::write(&fifo, "").unwrap();
    }
    // A directory symlink loop.
    std::fs::create_dir_all(evil.join("src/deep")).unwrap();
    write(&evil, "src/deep/mod.rs", "pub mod again;\n");
    symlink(evil.join("src/deep"), evil.join("src/deep/again")).unwrap();
    // A whole crate directory that is a symlink out of the cargo home.
    symlink(outside.join("linked"), reg.join("linked-sdk-1.0.0")).unwrap();

    let ws = t.path().join("ws");
    write(
        &ws,
        "Cargo.toml",
        "[package]\nname = \"victim\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\nevil-sdk = \"1\"\nlinked-sdk = \"1\"\n",
    );
    write(
        &ws,
        "Cargo.lock",
        "version = 3\n\n[[package]]\nname = \"evil-sdk\"\nversion = \"1.0.0\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\n\n\
         [[package]]\nname = \"linked-sdk\"\nversion = \"1.0.0\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\n\n\
         [[package]]\nname = \"victim\"\nversion = \"0.1.0\"\ndependencies = [\n \"evil-sdk\",\n \"linked-sdk\",\n]\n",
    );
    write(
        &ws,
        "redline.toml",
        "[categories.browsing]\nallowed_purposes = [\"matching\"]\n\n[purposes.matching]\n[purposes.marketing]\n[purposes.analytics]\n\n\
         [data]\n\"victim::ProfileView\" = \"browsing\"\n\n[functions]\n\"evil_sdk::Tracker::send\" = \"analytics\"\n\"linked_sdk::Client::send\" = \"analytics\"\n\"victim::audience\" = \"marketing\"\n",
    );
    write(
        &ws,
        "src/lib.rs",
        "pub struct ProfileView {\n    pub viewer: u64,\n    pub viewed: u64,\n}\n\n\
         pub fn track(view: &ProfileView) {\n    let c = evil_sdk::Client::new();\n    c.track().send(view.viewed);\n    linked_sdk::client().send(view.viewer);\n}\n\n\
         pub fn audience(views: &[ProfileView]) -> usize {\n    views.len()\n}\n",
    );

    let cache = TempDir::new("hostile-cache");
    for format in ["human", "json"] {
        let run = redline(&ws, &home, cache.path(), &["--format", format], HANG_AFTER);
        let text = run.text();
        assert!(!text.contains(SECRET), "redline printed what lies outside the cargo home ({format}):\n{text}");
        assert_eq!(
            run.code, 1,
            "the marketing function is still reported; a bad dependency is not exit 2 ({format}):\n{text}"
        );
        if format == "json" {
            let f = findings(&run.json());
            assert!(
                f.contains(&(PURPOSE_VIOLATION.to_string(), "src/lib.rs".to_string(), 12)),
                "the workspace's own code is analysed whatever its dependencies hold: {f:?}"
            );
        }
    }
    for f in files_under(cache.path()) {
        let bytes = std::fs::read(&f).unwrap_or_default();
        assert!(
            !String::from_utf8_lossy(&bytes).contains(SECRET),
            "{} holds what lies outside the cargo home",
            f.display()
        );
    }
}

// ---------------------------------------------------------------------------------------
// Macro expansion limits

fn macro_workspace(root: &Path, lib: &str) {
    write(root, "Cargo.toml", "[package]\nname = \"macros\"\nversion = \"0.1.0\"\nedition = \"2021\"\n");
    write(
        root,
        "redline.toml",
        "[categories.chat]\nallowed_purposes = [\"messaging\"]\n\n[purposes.messaging]\n[purposes.sales]\n",
    );
    write(root, "src/lib.rs", lib);
}

/// Runs on a workspace whose only problem is `name!`: quick, exit 0 (a warning), and an
/// `analysis-limit` finding that names the macro.
fn assert_limited(name: &str, lib: &str) {
    let t = TempDir::new(&format!("macro-{name}"));
    macro_workspace(t.path(), lib);
    let cache = TempDir::new(&format!("macro-{name}-cache"));
    let run = redline(t.path(), &fixture_cargo_home(), cache.path(), &["--format", "json"], HANG_AFTER);
    assert!(run.took < MACRO_LIMIT_TIME, "`{name}!` took {:?}: expansion must be cut off early", run.took);
    assert_eq!(run.code, 0, "an analysis-limit warning alone exits 0:\n{}", run.text());
    let json = run.json();
    let named = json["findings"].as_array().into_iter().flatten().any(|f| {
        f["lint"] == ANALYSIS_LIMIT
            && f["message"]
                .as_str()
                .is_some_and(|m| m.contains(&format!("{name}!")) || m.contains(&format!("`{name}`")))
    });
    assert!(named, "an analysis-limit finding must name `{name}!`: {}", run.stdout);
    let human = redline(t.path(), &fixture_cargo_home(), cache.path(), &[], HANG_AFTER);
    assert!(human.took < MACRO_LIMIT_TIME, "`{name}!` took {:?} (human format)", human.took);
    assert!(human.text().contains(ANALYSIS_LIMIT) && human.text().contains(name), "{}", human.text());
}

#[test]
fn a_macro_recursing_ten_thousand_deep_is_cut_off() {
    let tokens: Vec<String> = (0..10_000).map(|i| format!("t{i}")).collect();
    let lib = format!(
        "macro_rules! deep {{\n    () => {{}};\n    ($head:ident $($rest:tt)*) => {{ deep!($($rest)*); }};\n}}\n\n\
         deep!({});\n\npub fn ok() -> u32 {{\n    1\n}}\n",
        tokens.join(" ")
    );
    assert_limited("deep", &lib);
}

#[test]
fn a_macro_doubling_its_input_is_cut_off() {
    // 40 levels (under the depth limit of 64), each doubling the tokens: 2^40 tokens.
    let xs = vec!["x"; 40].join(" ");
    let lib = format!(
        "macro_rules! grow {{\n    (() $($t:tt)*) => {{}};\n    (($x:tt $($rest:tt)*) $($t:tt)*) => {{ grow!(($($rest)*) $($t)* $($t)*); }};\n}}\n\n\
         grow!(({xs}) y);\n"
    );
    assert_limited("grow", &lib);
}

#[test]
fn a_macro_fanning_out_exponentially_is_cut_off() {
    // Each expansion invokes itself twice, 40 levels deep: 2^40 invocations.
    let xs = vec!["x"; 40].join(" ");
    let lib = format!(
        "macro_rules! fan {{\n    () => {{}};\n    (x $($rest:tt)*) => {{ fan!($($rest)*); fan!($($rest)*); }};\n}}\n\n\
         pub fn run() {{\n    fan!({xs});\n}}\n"
    );
    assert_limited("fan", &lib);
}
