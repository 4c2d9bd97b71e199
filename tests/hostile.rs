//! A hostile pull request (issue 12): redline runs in CI on code written by someone who
//! wants to crash it, stall it, read the runner's files into the public log, inject CI
//! workflow commands, lose the baseline, or make the run pass without checking.
//!
//! Every input is generated here into a fresh temporary directory (big files included),
//! and the real binary runs on it under a watchdog (a run that does not end within
//! `HANG_AFTER` is killed and reported as a hang) and under an address-space limit
//! (calibrated once, see `baseline_memory`, plus a per-test allowance), so that a runaway
//! read or allocation fails the test instead of the machine. What is asserted is what a
//! user must see: the exit code (0 clean, 1 findings, 2 redline could not do its job),
//! never a crash, a hang or a signal, nothing from outside the workspace, no raw control
//! characters, and no workflow command that did not come from redline.
//!
//! These tests are written from the issue and the user documentation only. They need
//! Linux (`/proc`, `/dev/full`), `prlimit` (util-linux), `mkfifo` and `git`.

use std::ffi::{OsStr, OsString};
use std::io::Read;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::symlink;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

// Lint names these tests assume (see docs/lints.md); adjust here if they change.
const PURPOSE_VIOLATION: &str = "purpose-violation";
const MISSING_MODULE: &str = "missing-module";
const SUPPRESSION_WITHOUT_REASON: &str = "suppression-without-reason";

/// A run that takes longer than this is taken to hang (this is hang detection, not a
/// speed requirement: a redline that bounds its work finishes each run here in seconds,
/// even in a debug build).
const HANG_AFTER: Duration = Duration::from_secs(60);
const FORMATS: [&str; 5] = ["human", "concise", "json", "sarif", "github"];
const MIB: u64 = 1 << 20;
/// Address space a run may use beyond what a trivial run needs (and `RESERVATION_SLACK`),
/// unless a test says otherwise.
const DEFAULT_ALLOWANCE: u64 = 1024 * MIB;
/// Allocators reserve address space up front when the limit leaves room for it (a run
/// under a limit just above the trivial need can fail to start its threads while a
/// tighter one works), so every limit leaves this much on top.
const RESERVATION_SLACK: u64 = 1024 * MIB;

/// The marker written into files outside the workspace: it must never be printed.
const SECRET: &str = "hostile_secret_5f1d2c9e";
/// The content of the outside file: `/etc/passwd`-like, so that a code frame shows it.
fn secret_text() -> String {
    format!("{SECRET}:x:0:0:{SECRET}:/root:/bin/bash\n")
}

const BIN: &str = env!("CARGO_BIN_EXE_redline");

const POLICY: &str =
    "[categories.chat]\nallowed_purposes = [\"messaging\"]\n\n[purposes.messaging]\n[purposes.sales]\n";
const CHAT: &str = "#[redline::data(\"chat\")]\npub struct ChatMessage {\n    pub body: String,\n}\n\n\
                    pub fn load(_id: u64) -> ChatMessage {\n    ChatMessage { body: String::new() }\n}\n";

/// A module of purpose `sales` whose function `f` takes chat data: one finding, at line 5.
fn sales_module(f: &str) -> String {
    format!(
        "redline::module_purpose!(\"sales\");\n\nuse crate::chat::ChatMessage;\n\n\
         pub fn {f}(m: &ChatMessage) -> usize {{\n    m.body.len()\n}}\n"
    )
}

// ---------------------------------------------------------------------------------------
// Files and workspaces

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A fresh directory under the system temporary directory, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let base = std::fs::canonicalize(std::env::temp_dir()).expect("temp dir");
        let dir = base.join(format!("redline-hostile-{name}-{}-{n}", std::process::id()));
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

fn write(root: &Path, rel: impl AsRef<Path>, content: impl AsRef<[u8]>) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().expect("parent")).expect("create dirs");
    std::fs::write(&p, content).unwrap_or_else(|e| panic!("write {}: {e}", p.display()));
}

/// Package `hostile` at `dir`: `src/chat.rs` (the classified type), with `crm` a sales
/// module with one finding at `src/crm.rs:5`, and `lib_extra` appended to `src/lib.rs`.
fn package(dir: &Path, crm: bool, lib_extra: &str) {
    write(dir, "Cargo.toml", "[package]\nname = \"hostile\"\nversion = \"0.1.0\"\nedition = \"2021\"\n");
    let mut lib = String::from("pub mod chat;\n");
    if crm {
        lib.push_str("pub mod crm;\n");
        write(dir, "src/crm.rs", sales_module("pitch"));
    }
    lib.push_str(lib_extra);
    write(dir, "src/lib.rs", lib);
    write(dir, "src/chat.rs", CHAT);
}

/// A single-package workspace with its policy.
fn workspace(dir: &Path, crm: bool, lib_extra: &str) {
    package(dir, crm, lib_extra);
    write(dir, "redline.toml", POLICY);
}

/// `path` relative to `from` through `..` (both absolute).
fn relative(from: &Path, path: &Path) -> String {
    let ups = from.components().count() - 1;
    format!("{}{}", "../".repeat(ups), path.strip_prefix("/").expect("absolute").display())
}

// ---------------------------------------------------------------------------------------
// Running redline

struct Run {
    label: String,
    status: Option<ExitStatus>,
    hung: bool,
    /// The largest resident set seen while polling (VmHWM), in bytes.
    peak_rss: u64,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

impl Run {
    fn code(&self) -> Option<i32> {
        self.status.and_then(|s| s.code())
    }

    fn out(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    fn err(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }

    fn text(&self) -> String {
        format!("{}{}", self.out(), self.err())
    }

    /// A hang, a crash, a signal, a panic, or an exit code other than 0, 1 or 2.
    fn crash(&self) -> Option<String> {
        let what = if self.hung {
            format!("hung: killed after {HANG_AFTER:?}")
        } else {
            match self.status {
                None => "no exit status".to_string(),
                Some(s) => match (s.code(), s.signal()) {
                    (_, Some(sig)) => format!("killed by signal {sig}"),
                    (Some(0..=2), _) if self.err().contains("panicked") => "panicked".to_string(),
                    (Some(0..=2), _) => return None,
                    (code, _) => format!("crashed: exit code {code:?}"),
                },
            }
        };
        Some(format!("{}: {what}\n{}", self.label, self.excerpt()))
    }

    /// `None` if the run did not crash and exited with `code`.
    fn expect_code(&self, code: i32) -> Option<String> {
        self.crash().or_else(|| {
            (self.code() != Some(code))
                .then(|| format!("{}: exit code {:?}, expected {code}\n{}", self.label, self.code(), self.excerpt()))
        })
    }

    fn excerpt(&self) -> String {
        format!("  stdout: {}\n  stderr: {}", excerpt(&self.stdout), excerpt(&self.stderr))
    }
}

fn excerpt(bytes: &[u8]) -> String {
    let s = String::from_utf8_lossy(bytes);
    let cut: String = s.chars().take(700).collect();
    if cut.len() < s.len() {
        format!("{cut:?} ... ({} bytes)", bytes.len())
    } else {
        format!("{cut:?}")
    }
}

/// One invocation of the binary.
struct Redline {
    dir: PathBuf,
    args: Vec<OsString>,
    env: Vec<(String, String)>,
    allowance: u64,
    fsize: Option<u64>,
    stdout: Option<std::fs::File>,
    stdin_open: bool,
}

impl Redline {
    fn new(dir: &Path, args: &[&str]) -> Redline {
        Redline {
            dir: dir.to_path_buf(),
            args: args.iter().map(OsString::from).collect(),
            env: Vec::new(),
            allowance: DEFAULT_ALLOWANCE,
            fsize: None,
            stdout: None,
            stdin_open: false,
        }
    }

    fn arg(mut self, a: impl Into<OsString>) -> Redline {
        self.args.push(a.into());
        self
    }

    fn env(mut self, k: &str, v: &str) -> Redline {
        self.env.push((k.into(), v.into()));
        self
    }

    /// Address space allowed beyond what a trivial run needs (and the reservation slack).
    fn allowance(mut self, bytes: u64) -> Redline {
        self.allowance = bytes;
        self
    }

    /// A limit on the size of files the run writes (SIGXFSZ ignored: writes fail with EFBIG).
    fn fsize(mut self, bytes: u64) -> Redline {
        self.fsize = Some(bytes);
        self
    }

    fn stdout_to(mut self, f: std::fs::File) -> Redline {
        self.stdout = Some(f);
        self
    }

    /// Stdin is a pipe that stays open (and empty) for the whole run.
    fn stdin_open(mut self) -> Redline {
        self.stdin_open = true;
        self
    }

    fn label(&self) -> String {
        let args: Vec<String> = self.args.iter().map(|a| format!("{:?}", a.to_string_lossy())).collect();
        format!("redline {} (in {:?})", args.join(" "), self.dir)
    }

    fn run(self) -> Run {
        let label = self.label();
        let limit = baseline_memory() + RESERVATION_SLACK + self.allowance;
        let mut cmd = Command::new("sh");
        cmd.arg("-c").arg("trap '' XFSZ; exec \"$@\"").arg("sh").arg("prlimit").arg(format!("--as={limit}"));
        if let Some(f) = self.fsize {
            cmd.arg(format!("--fsize={f}"));
        }
        cmd.arg("--").arg(BIN).args(&self.args).current_dir(&self.dir).env("NO_COLOR", "1");
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        cmd.stdin(if self.stdin_open { Stdio::piped() } else { Stdio::null() });
        let piped_stdout = self.stdout.is_none();
        match self.stdout {
            Some(f) => cmd.stdout(f),
            None => cmd.stdout(Stdio::piped()),
        };
        cmd.stderr(Stdio::piped());
        let mut child = cmd.spawn().expect("spawn sh and prlimit");
        let stdin = child.stdin.take();
        let reader = |pipe: Option<Box<dyn Read + Send>>| {
            std::thread::spawn(move || {
                let mut buf = Vec::new();
                if let Some(mut p) = pipe {
                    let _ = p.read_to_end(&mut buf);
                }
                buf
            })
        };
        let out = reader(child.stdout.take().filter(|_| piped_stdout).map(|p| Box::new(p) as Box<dyn Read + Send>));
        let err = reader(child.stderr.take().map(|p| Box::new(p) as Box<dyn Read + Send>));
        let start = Instant::now();
        let status_file = format!("/proc/{}/status", child.id());
        let mut peak_rss = 0;
        let (status, hung) = loop {
            peak_rss = peak_rss.max(high_water_mark(&status_file));
            if let Some(s) = child.try_wait().expect("wait") {
                break (Some(s), false);
            }
            if start.elapsed() > HANG_AFTER {
                let _ = child.kill();
                let _ = child.wait();
                break (None, true);
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        drop(stdin);
        Run {
            label,
            status,
            hung,
            peak_rss,
            stdout: out.join().expect("stdout reader"),
            stderr: err.join().expect("stderr reader"),
        }
    }
}

/// VmHWM from a `/proc/PID/status` file, in bytes (0 once the process is gone).
fn high_water_mark(status_file: &str) -> u64 {
    std::fs::read_to_string(status_file)
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("VmHWM:"))?.to_string();
            line.split_whitespace().nth(1)?.parse::<u64>().ok()
        })
        .map_or(0, |kb| kb * 1024)
}

/// The smallest address-space limit (in steps of 64 MiB) under which a trivial run works:
/// thread stacks and allocator reservations count towards it, and differ between machines.
fn baseline_memory() -> u64 {
    static BASELINE: OnceLock<u64> = OnceLock::new();
    *BASELINE.get_or_init(|| {
        let t = TempDir::new("calibrate");
        workspace(t.path(), true, "");
        let works = |units: u64| {
            Command::new("prlimit")
                .arg(format!("--as={}", units * 64 * MIB))
                .arg("--")
                .arg(BIN)
                .args(["check", "-q"])
                .current_dir(t.path())
                .stdin(Stdio::null())
                .output()
                .expect("prlimit (util-linux) is installed")
                .status
                .code()
                == Some(1)
        };
        let (mut lo, mut hi) = (0u64, 512u64);
        assert!(works(hi), "redline does not run on a trivial workspace even with 32 GiB of address space");
        while hi - lo > 1 {
            let mid = (lo + hi) / 2;
            if works(mid) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        // One step of slack: the need varies a little between runs.
        (hi + 1) * 64 * MIB
    })
}

fn json(run: &Run) -> Option<serde_json::Value> {
    serde_json::from_slice(&run.stdout).ok()
}

fn findings(v: &serde_json::Value) -> Vec<serde_json::Value> {
    v["findings"].as_array().cloned().unwrap_or_default()
}

/// The first raw control character in `bytes` (C0 other than newline and tab, DEL, C1),
/// with its surroundings.
fn control_char(bytes: &[u8]) -> Option<String> {
    let s = String::from_utf8_lossy(bytes);
    let chars: Vec<char> = s.chars().collect();
    let i = chars
        .iter()
        .position(|&c| (c < ' ' && c != '\n' && c != '\t') || c == '\u{7f}' || ('\u{80}'..='\u{9f}').contains(&c))?;
    let around: String = chars[i.saturating_sub(60)..(i + 60).min(chars.len())].iter().collect();
    Some(format!("U+{:04X} in {around:?}", chars[i] as u32))
}

/// Lines a GitHub runner would take as workflow commands.
fn workflow_lines(bytes: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(bytes).lines().filter(|l| l.trim_start().starts_with("::")).map(str::to_string).collect()
}

fn report(problems: &[String]) {
    assert!(problems.is_empty(), "{} problem(s):\n\n{}", problems.len(), problems.join("\n\n"));
}

// ---------------------------------------------------------------------------------------
// 1. Crashes: columns past 65535

#[test]
fn a_finding_past_column_65535_is_reported_in_every_format() {
    let t = TempDir::new("wide");
    let ws = t.path();
    workspace(ws, false, "pub mod wide;\n");
    let pad = "x".repeat(70_000);
    write(
        ws,
        "src/wide.rs",
        format!(
            "redline::module_purpose!(\"sales\");\nuse crate::chat::ChatMessage;\n\
             /*{pad}*/ pub fn wide(m: &ChatMessage) -> usize {{ m.body.len() }}\n"
        ),
    );
    let mut problems = Vec::new();
    for format in FORMATS {
        let r = Redline::new(ws, &["check", "--format", format]).run();
        problems.extend(r.expect_code(1));
        if format == "json" && r.crash().is_none() {
            let col = json(&r).map(|v| findings(&v)).and_then(|f| f.first().map(|f| f["column"].clone()));
            if col.as_ref().and_then(serde_json::Value::as_u64).is_none_or(|c| c <= 65_535) {
                problems.push(format!("json: expected the finding at a column past 65535, got {col:?}"));
            }
        }
    }
    // The documented CI step: the SARIF file is written and the run exits 0.
    let r = Redline::new(ws, &["check", "--format", "sarif", "--output", "redline.sarif", "--exit-zero"]).run();
    problems.extend(r.expect_code(0));
    let sarif: Option<serde_json::Value> =
        std::fs::read(ws.join("redline.sarif")).ok().and_then(|b| serde_json::from_slice(&b).ok());
    let col = sarif
        .as_ref()
        .map(|s| s["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startColumn"].clone());
    if col.as_ref().and_then(serde_json::Value::as_u64).is_none_or(|c| c <= 65_535) {
        problems.push(format!("sarif --output: expected a result past column 65535, got {col:?}"));
    }
    report(&problems);
}

// ---------------------------------------------------------------------------------------
// 2. Crashes: deep nesting of shapes the nesting pre-scan does not count

/// Runs `check --format concise` on a workspace whose `src/deep.rs` is `content` (next to
/// the usual finding in `src/crm.rs`), under `allowance`: no crash, exit 1, the finding in
/// crm.rs reported; with `named`, a finding names deep.rs (what was not analysed).
fn deep_file(name: &str, content: &str, allowance: u64, named: bool) -> Option<String> {
    let t = TempDir::new("deep");
    let ws = t.path();
    workspace(ws, true, "pub mod deep;\n");
    write(ws, "src/deep.rs", content);
    let mut r = Redline::new(ws, &["check", "--format", "concise"]).allowance(allowance).run();
    r.label = format!("{name} ({} bytes): {}", content.len(), r.label);
    if let Some(p) = r.expect_code(1) {
        return Some(p);
    }
    let text = r.text();
    if !text.contains("src/crm.rs:5:") {
        return Some(format!("{}: the finding in src/crm.rs is missing\n{}", r.label, r.excerpt()));
    }
    if named && !text.contains("deep.rs") {
        return Some(format!("{}: no finding names src/deep.rs (skipped silently)\n{}", r.label, r.excerpt()));
    }
    None
}

#[test]
fn deep_nesting_of_every_shape_is_a_finding_not_a_stack_overflow() {
    let shapes: Vec<(&str, String)> = vec![
        ("closures |x|", format!("pub fn f() {{ let _c = {}0; }}\n", "|x| ".repeat(300_000))),
        ("no-arg closures ||", format!("pub fn f() {{ let _c = {}0; }}\n", "|| ".repeat(400_000))),
        ("lifetime refs &'a", format!("pub fn f<'a>(_x: {}u8) {{}}\n", "&'a ".repeat(300_000))),
        ("mut refs &mut", format!("pub fn f(_x: {}u8) {{}}\n", "&mut ".repeat(250_000))),
        ("raw pointers *const", format!("pub type P = {}u8;\n", "*const ".repeat(200_000))),
        ("fn pointers fn() ->", format!("pub type F = {}u8;\n", "fn() -> ".repeat(150_000))),
        ("return return", format!("pub fn f() {{ {}; }}\n", "return ".repeat(200_000))),
        ("ranges .. ..", format!("pub fn f() {{ let _r = {}0; }}\n", ".. ".repeat(400_000))),
        (
            "spaced generics Option <",
            format!("pub type O = {}u8{};\n", "Option < ".repeat(150_000), " >".repeat(150_000)),
        ),
        ("unary !", format!("pub fn f(x: bool) -> bool {{ {}x }}\n", "!".repeat(1_000_000))),
        ("unary -", format!("pub fn f(x: i32) -> i32 {{ {}x }}\n", "- ".repeat(500_000))),
        ("borrows &&", format!("pub fn f(x: u8) {{ let _r = {}x; }}\n", "&".repeat(1_000_000))),
        (
            "raw string r\"\\\" then parentheses",
            format!(
                "pub const S: &str = r\"\\\";\npub fn f() -> u8 {{ {}0{} }}\n",
                "(".repeat(1_000_000),
                ")".repeat(1_000_000)
            ),
        ),
        // The limits' scan read an escaped backslash or quote as escaping the closing
        // quote: what followed, to the next quote, was not counted.
        (
            "char '\\\\' then parentheses",
            format!(
                "pub fn f() -> char {{ let c = '\\\\'; let _x = {}1{}; 'a' }}\n",
                "(".repeat(100_000),
                ")".repeat(100_000)
            ),
        ),
        (
            "char '\\'' then brackets",
            format!(
                "pub fn f() -> char {{ let c = '\\''; let _x = {}1{}; 'a' }}\n",
                "[".repeat(100_000),
                "]".repeat(100_000)
            ),
        ),
        // Found by the scan's differential test against proc_macro2: a quote before a raw
        // string, Unicode whitespace after a word and a number's non-ASCII suffix hid
        // nesting; a literal's digit suffix and a number's dot after an exponent hid digits.
        (
            "quote before r\"",
            format!(
                "macro_rules! m {{ ($a:tt $b:tt $c:tt $d:tt) => {{ pub fn g() -> u8 {{ $c }} }}; }}\nm!('r\"\\\" {}1{} \"x\");\n// \"\n",
                "(".repeat(100_000),
                ")".repeat(100_000)
            ),
        ),
        (
            "no-break space before r\"",
            format!(
                "macro_rules! m {{ ($a:tt $b:tt $c:tt $d:tt) => {{ pub fn g() -> u8 {{ $c }} }}; }}\nm!(a\u{a0}r\"\\\" {}1{} \"x\");\n// \"\n",
                "(".repeat(100_000),
                ")".repeat(100_000)
            ),
        ),
        ("1é = chains", format!("pub fn f() {{ let mut a = 0; a = {}1; }}\n", "1\u{e9} = ".repeat(330_000))),
        ("digits after a string", format!("pub fn f() {{ let _ = (\"x\"{}); }}\n", "9".repeat(100_000))),
        ("digits after 1e5.", format!("pub fn f() {{ let _ = 1e5.{}; }}\n", "9".repeat(100_000))),
    ];
    let problems: Vec<String> =
        shapes.iter().filter_map(|(name, content)| deep_file(name, content, DEFAULT_ALLOWANCE, true)).collect();
    report(&problems);
}

#[test]
fn many_function_heads_macro_calls_and_locals_do_not_stall_the_run() {
    // Each function's body was looked for to the end of the file, and each item's bodies
    // left for the macros among all of the file's: minutes, in files of a few megabytes.
    let heads = "fn a() ".repeat(300_000);
    let calls = format!("macro_rules! m {{ () => {{}} }}\n{}", "fn a() { m!() }\n".repeat(40_000));
    // The items parsed again were put back one at a time, each moving every item after it.
    let before = format!("{calls}{}", "fn b() {}\n".repeat(60_000));
    // And each name was looked for through all the locals declared before it.
    let lets: String = (0..80_000).map(|i| format!("let a{i} = x; ")).collect();
    let lets = format!("pub fn f(x: u8) {{ {lets}}}\n");
    let shapes = [
        ("300k heads without bodies", heads, true),
        ("40k items calling a macro", calls, false),
        ("40k items calling a macro before 60k others", before, false),
        ("80k lets in one function", lets, false),
    ];
    let problems: Vec<String> = shapes
        .iter()
        .filter_map(|(name, content, named)| deep_file(name, content, DEFAULT_ALLOWANCE, *named))
        .collect();
    report(&problems);
}

/// `check --format json` of `ws`, which must exit 1: the run, the problems so far, every
/// finding, and those whose message says `says`.
fn limit_run(ws: &Path, says: &str) -> (Run, Vec<String>, Vec<serde_json::Value>, Vec<serde_json::Value>) {
    let r = Redline::new(ws, &["check", "--format", "json"]).run();
    let problems: Vec<String> = r.expect_code(1).into_iter().collect();
    let found = json(&r).map(|v| findings(&v)).unwrap_or_default();
    let saying = found.iter().filter(|f| f["message"].as_str().is_some_and(|m| m.contains(says))).cloned().collect();
    (r, problems, found, saying)
}

#[test]
fn glob_imports_of_a_large_root_in_every_module_stop_at_their_limit() {
    // Each of 1,100 modules glob-imports the root's 1,100 modules: 1.2 million names copied,
    // over the limit of a million. The imports past it are said, not followed.
    let t = TempDir::new("globs");
    let ws = t.path();
    let n = 1_100;
    let mods: String = (0..n).map(|i| format!("pub mod g{i};\n")).collect();
    workspace(ws, true, &mods);
    for i in 0..n {
        write(
            ws,
            format!("src/g{i}.rs"),
            format!("use crate::*;\npub fn f{i}() {{ g{}::f{}(); }}\n", (i + 1) % n, (i + 1) % n),
        );
    }
    let (r, mut problems, _, not_followed) = limit_run(ws, "glob import is not followed");
    if not_followed.is_empty() || not_followed.len() == n {
        problems.push(format!("{}: {} glob imports said not followed\n{}", r.label, not_followed.len(), r.excerpt()));
    }
    if !not_followed
        .iter()
        .all(|f| f["lint"] == "analysis-limit" && f["file"].as_str().is_some_and(|p| p.starts_with("src/g")))
    {
        problems.push(format!("{}: a glob finding names no module file\n{}", r.label, r.excerpt()));
    }
    report(&problems);
}

#[test]
fn import_resolution_stops_at_its_step_limit_and_says_where() {
    // 2,000 re-exports chained in reverse order (one more link each round) beside 10,000
    // imports of names that do not exist, looked at again whenever a name near theirs
    // changes: over 64 steps per import. The imports still waiting are said, in the file.
    let t = TempDir::new("import-steps");
    let ws = t.path();
    let chain: String = (0..2_000).map(|k| format!("pub use self::A{} as A{k};\n", k + 1)).collect();
    let missing: String = (0..10_000).map(|k| format!("use self::missing{k} as C{k};\n")).collect();
    workspace(ws, true, "pub mod steps;\n");
    write(ws, "src/steps.rs", format!("{chain}pub struct A2000;\n{missing}"));
    let (r, mut problems, found, waiting) = limit_run(ws, "import is not resolved to the end");
    if waiting.is_empty() || !waiting.iter().all(|f| f["lint"] == "analysis-limit" && f["file"] == "src/steps.rs") {
        problems.push(format!("{}: {} imports said not resolved\n{}", r.label, waiting.len(), r.excerpt()));
    }
    if !found.iter().any(|f| f["lint"] == PURPOSE_VIOLATION && f["file"] == "src/crm.rs") {
        problems.push(format!("{}: the rest of the workspace is not checked\n{}", r.label, r.excerpt()));
    }
    report(&problems);
}

#[test]
fn files_each_naming_the_next_twice_stop_at_the_shared_load_limit() {
    // Each of 12 files names the next one twice by `#[path]`: rustc would compile the last
    // as 2,048 modules (4,000 loads of files already loaded). Loads past the limit are said.
    let t = TempDir::new("shared-modules");
    let ws = t.path();
    let twice = |k: usize| format!("#[path = \"f{k}.rs\"] pub mod a;\n#[path = \"f{k}.rs\"] pub mod b;\n");
    workspace(ws, true, &twice(1));
    for k in 1..12 {
        write(ws, format!("src/f{k}.rs"), if k < 11 { twice(k + 1) } else { "pub fn leaf() {}\n".into() });
    }
    let (r, mut problems, found, past) = limit_run(ws, "limited to 256 loads");
    if past.is_empty() || !past.iter().all(|f| f["lint"] == "analysis-limit" && f["level"] == "warning") {
        problems.push(format!("{}: {} loads said past the limit\n{}", r.label, past.len(), r.excerpt()));
    }
    if found.iter().any(|f| f["lint"] == "missing-module") {
        problems.push(format!("{}: a shared file is taken for a missing module\n{}", r.label, r.excerpt()));
    }
    if !found.iter().any(|f| f["lint"] == PURPOSE_VIOLATION && f["file"] == "src/crm.rs") {
        problems.push(format!("{}: the rest of the workspace is not checked\n{}", r.label, r.excerpt()));
    }
    report(&problems);
}

#[test]
fn macro_expansion_limits_hold_for_a_whole_file() {
    // Items each expanding a large macro a hundred times: the file's token limit was counted
    // per item (22 s and 1.3 GB for 56 KB). And a macro of 1,500 rules, each tried in order.
    let big = format!("macro_rules! big {{ () => {{ {} }} }}\n", "let _a = 1; ".repeat(2_000));
    let items: String = (0..60).map(|i| format!("pub fn f{i}() {{ {}}}\n", "big!(); ".repeat(100))).collect();
    let rules: String = (0..1_500).map(|i| format!("($e:expr, {i}) => {{ 1 }}; ")).collect();
    let calls = format!("macro_rules! m {{ {rules}}}\npub fn g(x: u8) {{ {}}}\n", "m!(x, 1499); ".repeat(1_500));
    // A fragment written twice per expansion, and a macro calling itself three times: the
    // expansion doubles (triples) at each level. Fragments were counted by their top-level
    // trees, so the doubling one passed the token limit unseen: 24 GB, killed.
    let doubling = "macro_rules! n { ($($t:tt)*) => { n!(($($t)*) ($($t)*)) } }\npub fn g() { n!(a) }\n";
    let tripling =
        "macro_rules! m { () => { (1 + [m!(), m!()][0] * { let x = m!(); x }) } }\npub fn f() -> i32 { m!() }\n";
    let shapes = [
        ("60 items of 100 large expansions", format!("{big}{items}")),
        ("1,500 rules tried 1,500 times", calls),
        ("a fragment written twice per level", doubling.to_string()),
        ("a macro calling itself three times", tripling.to_string()),
    ];
    let mut problems = Vec::new();
    for (name, content) in shapes {
        let t = TempDir::new("macros");
        let ws = t.path();
        workspace(ws, true, "pub mod deep;\n");
        write(ws, "src/deep.rs", &content);
        let r = Redline::new(ws, &["check", "--format", "concise"]).run();
        problems.extend(r.expect_code(1).map(|p| format!("{name}: {p}")));
        if !r.text().contains("src/deep.rs") || !r.text().contains("analysis-limit") {
            problems.push(format!("{name}: no analysis-limit warning names src/deep.rs\n{}", r.excerpt()));
        }
    }
    report(&problems);
}

// ---------------------------------------------------------------------------------------
// 3. Memory: long flat chains

#[test]
fn long_flat_chains_stay_within_memory() {
    let shapes: Vec<(&str, String)> = vec![
        ("10 MB of a;", format!("pub fn f() {{ {}}}\n", "a;".repeat(5_000_000))),
        ("a+ x 6M", format!("pub fn f() -> u8 {{ {}a }}\n", "a+".repeat(6_000_000))),
        ("a? x 15M", format!("pub fn f() -> Option<u8> {{ {}; None }}\n", "a?".repeat(15_000_000))),
    ];
    let mut problems = Vec::new();
    for (name, content) in &shapes {
        // Generous: 256 MiB plus 48 times the file (the issue measured 530 times).
        let allowance = 256 * MIB + 48 * content.len() as u64;
        problems.extend(deep_file(name, content, allowance, false));
    }
    report(&problems);
}

// ---------------------------------------------------------------------------------------
// 4. Denial of service: special files

/// Runs concise on `ws` (which has the crm finding): no hang, no crash, exit 1, crm
/// reported, and some finding names one of `names`.
fn special_file(ws: &Path, what: &str, names: &[&str], stdin_open: bool) -> Vec<String> {
    let mut r = Redline::new(ws, &["check", "--format", "concise"]);
    if stdin_open {
        r = r.stdin_open();
    }
    let mut r = r.run();
    r.label = format!("{what}: {}", r.label);
    if let Some(p) = r.expect_code(1) {
        return vec![p];
    }
    let text = r.text();
    let mut problems = Vec::new();
    if !text.contains("src/crm.rs:5:") {
        problems.push(format!("{}: the finding in src/crm.rs is missing\n{}", r.label, r.excerpt()));
    }
    if !names.iter().any(|n| text.contains(n)) {
        problems.push(format!("{}: no finding names {names:?}\n{}", r.label, r.excerpt()));
    }
    // A trivial workspace needs a few MiB; hundreds mean the device was read (until the
    // address-space limit of the test stopped it: on a CI runner nothing would).
    if r.peak_rss > 256 * MIB {
        problems.push(format!(
            "{}: the special file was read: {} MiB resident\n{}",
            r.label,
            r.peak_rss / MIB,
            r.excerpt()
        ));
    }
    problems
}

#[test]
fn dev_zero_and_dev_urandom_are_not_read() {
    let mut problems = Vec::new();
    for dev in ["/dev/zero", "/dev/urandom"] {
        let t = TempDir::new("dev");
        workspace(t.path(), true, &format!("#[path = \"{dev}\"]\npub mod dev;\n"));
        problems.extend(special_file(t.path(), dev, &[dev], false));
    }
    report(&problems);
}

#[test]
fn a_fifo_is_not_opened() {
    let t = TempDir::new("fifo");
    workspace(t.path(), true, "pub mod fifo;\n#[path = \"pipe\"]\npub mod piped;\n");
    for name in ["src/fifo.rs", "src/pipe"] {
        let ok = Command::new("mkfifo").arg(t.path().join(name)).status().expect("mkfifo").success();
        assert!(ok, "mkfifo {name}");
    }
    report(&special_file(t.path(), "FIFOs", &["fifo.rs", "pipe"], false));
}

#[test]
fn dev_stdin_is_not_read() {
    let t = TempDir::new("stdin");
    workspace(t.path(), true, "#[path = \"/dev/stdin\"]\npub mod input;\n");
    report(&special_file(t.path(), "/dev/stdin (an open pipe)", &["/dev/stdin"], true));
}

#[test]
fn a_socket_is_not_read() {
    let t = TempDir::new("socket");
    workspace(t.path(), true, "pub mod sock;\n");
    let _listener = std::os::unix::net::UnixListener::bind(t.path().join("src/sock.rs")).expect("bind a socket");
    report(&special_file(t.path(), "a socket", &["sock.rs"], false));
}

// ---------------------------------------------------------------------------------------
// 5. Denial of service: huge integer literals (quadratic inside the parser)

#[test]
fn an_integer_literal_of_200k_digits_does_not_stall_the_run() {
    let digits = "7".repeat(200_000);
    let content = format!("pub const N: u128 = {digits};\n");
    report(
        &deep_file("one literal of 200k digits", &content, DEFAULT_ALLOWANCE, false).into_iter().collect::<Vec<_>>(),
    );
}

#[test]
fn format_strings_of_400k_placeholders_do_not_stall_the_run() {
    // Each captured name was looked for among those before it: 150,000 took 41 s.
    let captures: String = (0..400_000).map(|i| format!("{{a{i}}}")).collect();
    let positional = "{}{:?}{0:>9}{1:#?}{:x}{{}}".repeat(70_000);
    let content = format!(
        "pub fn f(a: u8) -> String {{ format!(\"{captures}\") }}\n\
         pub fn g(a: u8) -> String {{ format!(\"{positional}\", a, a) }}\n\
         pub fn h(a: u8) {{ tracing::info!(%a, who = ?a, \"{positional}\", a, a) }}\n\
         pub fn i(a: u8) -> String {{ format!(\"{{:.*}}{{\"é, 2, a) }}\n"
    );
    report(&deep_file("format strings", &content, DEFAULT_ALLOWANCE, false).into_iter().collect::<Vec<_>>());
}

#[test]
fn twenty_integer_literals_of_40k_digits_do_not_stall_the_run() {
    let content: String = (0..20).map(|i| format!("pub const N{i}: u128 = {};\n", "3".repeat(40_000))).collect();
    report(&deep_file("20 literals of 40k digits", &content, DEFAULT_ALLOWANCE, false).into_iter().collect::<Vec<_>>());
}

// ---------------------------------------------------------------------------------------
// 6. Denial of service: many findings in one file

#[test]
fn fifty_thousand_findings_in_one_file_do_not_stall_the_report() {
    let t = TempDir::new("findings");
    let ws = t.path();
    workspace(ws, false, "pub mod noisy;\n");
    let content = format!("{}pub fn f() {{}}\n", "// redline:allow(purpose-violation)\n".repeat(50_000));
    write(ws, "src/noisy.rs", content);
    let mut problems = Vec::new();
    for format in ["human", "json"] {
        let r = Redline::new(ws, &["check", "--format", format]).run();
        if let Some(p) = r.expect_code(1) {
            problems.push(p);
            if r.crash().is_some() {
                break;
            }
        } else if !r.text().contains(SUPPRESSION_WITHOUT_REASON) {
            problems.push(format!("{}: no {SUPPRESSION_WITHOUT_REASON} reported\n{}", r.label, r.excerpt()));
        }
    }
    report(&problems);
}

// ---------------------------------------------------------------------------------------
// 7. Members globs outside the repository

/// A package outside the workspace whose code would be a finding, with the secret on the
/// line of the finding (so a code frame would show it).
fn outside_package(dir: &Path) {
    package(dir, false, "pub mod leak;\n");
    write(
        dir,
        "src/leak.rs",
        format!(
            "redline::module_purpose!(\"sales\");\n\nuse crate::chat::ChatMessage;\n\n\
             pub fn leak(m: &ChatMessage) -> usize {{ // {SECRET}\n    m.body.len() // {SECRET}\n}}\n"
        ),
    );
}

/// A workspace whose root lists `members`; `crates/app` inside it is clean.
fn members_workspace(ws: &Path, members: &str) {
    write(ws, "Cargo.toml", format!("[workspace]\nmembers = {members}\nresolver = \"2\"\n"));
    write(ws, "redline.toml", POLICY);
    package(&ws.join("crates/app"), false, "");
}

fn members_check(ws: &Path, what: &str, names: &[&str]) -> Vec<String> {
    let mut problems = Vec::new();
    for format in ["human", "concise", "json"] {
        let mut r = Redline::new(ws, &["check", "--format", format]).run();
        r.label = format!("{what}: {}", r.label);
        if let Some(p) = r.crash() {
            problems.push(p);
            break;
        }
        let text = r.text();
        if text.contains(SECRET) {
            problems.push(format!("{}: printed code from outside the repository\n{}", r.label, r.excerpt()));
        }
        // Not analysing a member is never a silent pass: a finding (1) or a refusal (2).
        if !matches!(r.code(), Some(1 | 2)) {
            problems.push(format!("{}: exit code {:?}, expected 1 or 2\n{}", r.label, r.code(), r.excerpt()));
        }
        if !names.iter().any(|n| text.contains(n)) {
            problems.push(format!("{}: nothing names {names:?}\n{}", r.label, r.excerpt()));
        }
    }
    problems
}

#[test]
fn members_glob_of_the_whole_filesystem_is_refused() {
    let outside = TempDir::new("outside-members");
    outside_package(&outside.path().join("pkg"));
    let t = TempDir::new("members-root");
    members_workspace(t.path(), "[\"crates/*\", \"/**\"]");
    report(&members_check(t.path(), "members = [\"/**\"]", &["/**"]));
}

#[test]
fn members_glob_outside_the_repository_is_refused() {
    let outside = TempDir::new("outside-members");
    outside_package(&outside.path().join("pkg"));
    let t = TempDir::new("members-up");
    let glob = format!("{}/*", relative(t.path(), outside.path()));
    members_workspace(t.path(), &format!("[\"crates/*\", \"{glob}\"]"));
    let mut problems = members_check(t.path(), "members = [\"../../outside/*\"]", &[glob.as_str(), "pkg"]);
    // The same through a symlink inside the repository that points outside.
    let t2 = TempDir::new("members-link");
    members_workspace(t2.path(), "[\"crates/*\"]");
    symlink(outside.path().join("pkg"), t2.path().join("crates/linked")).expect("symlink");
    problems.extend(members_check(t2.path(), "crates/linked -> outside", &["linked"]));
    report(&problems);
}

// ---------------------------------------------------------------------------------------
// 8. Flow blow-up (synthetic: the issue's reproducer is a real service; this is the same
// kind of code, many paths through unscoped helpers that build a classified struct)

const OPERATION: &str = "#[redline::classified]\n#[derive(Clone)]\npub struct Operation {\n    \
                         #[redline::data(\"chat\")]\n    pub key: Vec<u8>,\n    pub val: Option<Vec<u8>>,\n}\n\n";

/// `src/ops.rs` is `ops`; `src/trees.rs`, of purpose `sales`, calls `calls` on a fresh
/// `Operation` (whose `key` is chat data): one finding, no blow-up.
fn flow_case(name: &str, ops: &str, calls: &str) -> Option<String> {
    let t = TempDir::new("flow");
    let ws = t.path();
    workspace(ws, false, "pub mod trees;\npub mod ops;\n");
    write(ws, "src/ops.rs", ops);
    write(
        ws,
        "src/trees.rs",
        format!(
            "redline::module_purpose!(\"sales\");\n\nuse crate::ops::*;\n\n\
             pub fn run(k: u8) -> usize {{\n    let op = Operation {{ key: Vec::new(), val: None }};\n{calls}    0\n}}\n"
        ),
    );
    let mut r = Redline::new(ws, &["check", "--format", "concise"]).run();
    r.label = format!("{name}: {}", r.label);
    r.crash().or_else(|| {
        (!r.text().contains(PURPOSE_VIOLATION))
            .then(|| format!("{}: the classified field reaching `sales` is not reported\n{}", r.label, r.excerpt()))
    })
}

#[test]
fn many_paths_through_helpers_do_not_blow_up_the_flow_phase() {
    let mut problems = Vec::new();
    // A chain: h_i calls h_{i+1} on two branches and reshapes the result in a match, so
    // there are 2^40 paths from `run` to the end of the chain.
    let n = 40;
    let mut ops = String::from(OPERATION);
    for i in 0..n {
        let next = if i + 1 < n { format!("h{}(op.clone(), k)", i + 1) } else { "op".to_string() };
        ops.push_str(&format!(
            "pub fn h{i}(op: Operation, k: u8) -> Operation {{\n    \
             let a = if k % 2 == 0 {{ {next} }} else {{ let mut o = {next}; o.key.push(k); o }};\n    \
             let b = match k {{ 0 => a.clone(), 1 => Operation {{ key: a.key.clone(), val: None }}, \
             _ => {{ let mut c = a.clone(); c.val = Some(a.key.clone()); c }} }};\n    \
             Operation {{ key: b.key.iter().chain(a.key.iter()).copied().collect(), val: b.val.or(a.val) }}\n}}\n\n"
        ));
    }
    problems.extend(flow_case("a chain of branching helpers", &ops, "    let _ = h0(op, k).key.len();\n"));
    // One big recursive component: 300 helpers, each calling three others (seeded).
    let n = 300;
    let mut rng = Rng(0x0f10_b10e_0000_0001);
    let mut ops = String::from(OPERATION);
    for i in 0..n {
        let [a, b, c] = [rng.below(n), rng.below(n), rng.below(n)];
        ops.push_str(&format!(
            "pub fn g{i}(op: &Operation, k: u8, acc: &mut Vec<Operation>) -> Operation {{\n    \
             let mut out = Operation {{ key: op.key.clone(), val: op.val.clone() }};\n    \
             match k % 4 {{\n        \
             0 => {{ let r = g{a}(&out, k.wrapping_add(1), acc); out.val = Some(r.key.clone()); }}\n        \
             1 => {{ let r = g{b}(op, k ^ 3, acc); acc.push(r.clone()); out.key.extend(r.key); }}\n        \
             2 => {{ out = g{c}(&out, k >> 1, acc); }}\n        \
             _ => acc.push(out.clone()),\n    }}\n    out\n}}\n\n"
        ));
    }
    let calls: String = (0..n).step_by(10).map(|i| format!("    let _ = g{i}(&op, k, &mut Vec::new());\n")).collect();
    problems.extend(flow_case("a recursive component of 300 helpers", &ops, &calls));
    report(&problems);
}

// ---------------------------------------------------------------------------------------
// 9 and 18. Disclosure of files outside the workspace

struct Outside {
    _dir: TempDir,
    file: PathBuf,
    dir: PathBuf,
}

/// `secret.rs` and an `.ssh`-like directory, outside any workspace.
fn outside() -> Outside {
    let t = TempDir::new("outside");
    write(t.path(), "secret.rs", secret_text());
    write(t.path(), "ssh/mod.rs", secret_text());
    write(t.path(), "ssh/id_rsa", format!("-----BEGIN OPENSSH PRIVATE KEY-----\n{SECRET}\n"));
    Outside { file: t.path().join("secret.rs"), dir: t.path().join("ssh"), _dir: t }
}

/// Every format, on stdout and through `--output`: no crash, exit `code`, the `markers`
/// nowhere, some output names one of `names`, no outside path written as `//...`, and no
/// SARIF URI that is a network path.
fn no_disclosure(ws: &Path, what: &str, names: &[&str], code: i32, markers: &[&str], env: &[(&str, &str)]) {
    let reports = TempDir::new("reports");
    let mut problems = Vec::new();
    for format in FORMATS {
        for to_file in [false, true] {
            let out = reports.path().join(format!("report.{format}"));
            let mut cmd = Redline::new(ws, &["check", "--format", format]);
            if to_file {
                cmd = cmd.arg("--output").arg(&out);
            }
            for (k, v) in env {
                cmd = cmd.env(k, v);
            }
            let mut r = cmd.run();
            r.label = format!("{what}: {}", r.label);
            if let Some(p) = r.expect_code(code) {
                problems.push(p);
                continue;
            }
            let file = if to_file { std::fs::read(&out).unwrap_or_default() } else { Vec::new() };
            let _ = std::fs::remove_file(&out);
            let all = [r.stdout.as_slice(), r.stderr.as_slice(), file.as_slice()].concat();
            let text = String::from_utf8_lossy(&all);
            for m in markers {
                if text.contains(m) {
                    let at = text.find(m).unwrap_or(0);
                    let from = text[..at].char_indices().rev().nth(200).map_or(0, |(i, _)| i);
                    let ctx: String = text[from..].chars().take(400).collect();
                    problems.push(format!("{}: printed `{m}` from outside the workspace: ...{ctx:?}...", r.label));
                }
            }
            if !names.iter().any(|n| text.contains(n)) {
                problems.push(format!(
                    "{}: no output names any of {names:?}\n  --output: {}\n{}",
                    r.label,
                    excerpt(&file),
                    r.excerpt()
                ));
            }
            if let Some(bad) = network_path(&text) {
                problems.push(format!("{}: a path outside the root printed as a network path: {bad:?}", r.label));
            }
            // On exit code 2 nothing was analysed and stdout stays empty (docs/output.md).
            if format == "sarif" && code != 2 {
                let sarif = if to_file { file.clone() } else { r.stdout.clone() };
                match serde_json::from_slice::<serde_json::Value>(&sarif) {
                    Ok(v) => {
                        let mut uris = Vec::new();
                        collect_uris(&v, &mut uris);
                        for u in uris
                            .iter()
                            .filter(|u| u.starts_with("//") || (u.starts_with('/') && !u.starts_with("file:")))
                        {
                            problems
                                .push(format!("{}: SARIF uri {u:?} is not a relative path or a file:// URI", r.label));
                        }
                    }
                    Err(e) => problems.push(format!("{}: SARIF is not JSON: {e}", r.label)),
                }
            }
        }
    }
    report(&problems);
}

/// An absolute path printed with a doubled leading slash (`//tmp/...`), which URIs and
/// some tools read as a network path. `file:///tmp/...` is fine.
fn network_path(text: &str) -> Option<String> {
    let tmp = std::fs::canonicalize(std::env::temp_dir()).unwrap_or_default();
    let first = tmp.components().nth(1).map(|c| format!("{}/", c.as_os_str().to_string_lossy()));
    let roots: Vec<String> = ["tmp/", "etc/", "proc/", "dev/", "home/", "root/", "var/"]
        .iter()
        .map(|s| s.to_string())
        .chain(first)
        .collect();
    text.match_indices("//").find_map(|(i, _)| {
        let before = text[..i].chars().next_back();
        let rest = &text[i + 2..];
        (!matches!(before, Some(':' | '/')) && roots.iter().any(|r| rest.starts_with(r.as_str())))
            .then(|| rest.chars().take(80).collect())
    })
}

fn collect_uris(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, v) in m {
                match (k.as_str(), v) {
                    ("uri", serde_json::Value::String(s)) => out.push(s.clone()),
                    _ => collect_uris(v, out),
                }
            }
        }
        serde_json::Value::Array(a) => a.iter().for_each(|v| collect_uris(v, out)),
        _ => {}
    }
}

#[test]
fn path_attribute_to_an_absolute_file_outside_is_not_read() {
    let o = outside();
    let t = TempDir::new("leak-abs");
    workspace(t.path(), true, &format!("#[path = \"{}\"]\npub mod evil;\n", o.file.display()));
    no_disclosure(t.path(), "#[path = absolute]", &["secret.rs"], 1, &[SECRET], &[]);
}

#[test]
fn path_attribute_climbing_out_with_dotdot_is_not_read() {
    let o = outside();
    let t = TempDir::new("leak-rel");
    let rel = relative(&t.path().join("src"), &o.file);
    workspace(t.path(), true, &format!("#[path = \"{rel}\"]\npub mod evil;\n"));
    no_disclosure(t.path(), "#[path = ../../..]", &["secret.rs"], 1, &[SECRET], &[]);
}

#[test]
fn path_attribute_to_etc_passwd_is_not_read() {
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    let Some(first) = passwd.lines().next().filter(|l| l.len() > 8) else { return };
    let t = TempDir::new("leak-passwd");
    workspace(t.path(), true, "#[path = \"/etc/passwd\"]\npub mod evil;\n");
    no_disclosure(t.path(), "#[path = \"/etc/passwd\"]", &["passwd"], 1, &[first], &[]);
}

#[test]
fn a_symlinked_module_file_pointing_outside_is_not_read() {
    let o = outside();
    let t = TempDir::new("leak-symlink");
    workspace(t.path(), true, "pub mod evil;\n");
    symlink(&o.file, t.path().join("src/evil.rs")).expect("symlink");
    no_disclosure(t.path(), "src/evil.rs -> outside", &["evil.rs", "secret.rs"], 1, &[SECRET], &[]);
}

#[test]
fn a_symlinked_directory_pointing_outside_is_not_read() {
    let o = outside();
    let t = TempDir::new("leak-symdir");
    workspace(t.path(), true, "pub mod evil;\n");
    symlink(&o.dir, t.path().join("src/evil")).expect("symlink");
    no_disclosure(t.path(), "src/evil -> outside directory", &["evil"], 1, &[SECRET], &[]);
}

#[test]
fn lib_and_bin_paths_outside_the_workspace_are_not_read() {
    let o = outside();
    let t = TempDir::new("leak-lib");
    workspace(t.path(), true, "");
    write(
        t.path(),
        "Cargo.toml",
        format!(
            "[package]\nname = \"hostile\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[lib]\npath = \"{}\"\n",
            o.file.display()
        ),
    );
    no_disclosure(t.path(), "[lib] path outside", &["secret.rs"], 1, &[SECRET], &[]);
    let t = TempDir::new("leak-bin");
    workspace(t.path(), true, "");
    write(
        t.path(),
        "Cargo.toml",
        format!(
            "[package]\nname = \"hostile\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[[bin]]\nname = \"evil\"\npath = \"{}\"\n",
            o.file.display()
        ),
    );
    no_disclosure(t.path(), "[[bin]] path outside", &["secret.rs"], 1, &[SECRET], &[]);
}

#[test]
fn include_of_a_file_outside_the_workspace_is_not_read() {
    let o = outside();
    let t = TempDir::new("leak-include");
    workspace(t.path(), true, "pub mod evil;\n");
    write(t.path(), "src/evil.rs", format!("include!(\"{}\");\n", o.file.display()));
    no_disclosure(t.path(), "include!(outside)", &["secret.rs"], 1, &[SECRET], &[]);
}

#[test]
fn a_symlinked_policy_pointing_outside_is_not_read() {
    let o = outside();
    let t = TempDir::new("leak-policy");
    workspace(t.path(), true, "");
    std::fs::remove_file(t.path().join("redline.toml")).expect("remove");
    symlink(&o.file, t.path().join("redline.toml")).expect("symlink");
    // No policy can be read: redline cannot do its job (exit 2), and says which file.
    no_disclosure(t.path(), "redline.toml -> outside", &["redline.toml"], 2, &[SECRET], &[]);
}

#[test]
fn proc_self_environ_is_not_read() {
    let t = TempDir::new("leak-environ");
    workspace(t.path(), true, "#[path = \"/proc/self/environ\"]\npub mod env;\n");
    let token = "hostile_env_token_7c41aa";
    no_disclosure(t.path(), "/proc/self/environ", &["environ"], 1, &[token], &[("HOSTILE_CI_TOKEN", token)]);
}

/// The rule is about where a file really is: symlinks that stay inside the workspace,
/// and a workspace reached through a symlinked path, are analysed as before.
#[test]
fn symlinks_inside_the_workspace_are_still_followed() {
    let t = TempDir::new("inside-links");
    let ws = t.path().join("ws");
    workspace(&ws, true, "pub mod alias;\npub mod linked;\n");
    write(&ws, "shared/alias.rs", sales_module("via_file_link"));
    write(&ws, "shared/dir/mod.rs", sales_module("via_dir_link"));
    symlink("../shared/alias.rs", ws.join("src/alias.rs")).expect("symlink");
    symlink("../shared/dir", ws.join("src/linked")).expect("symlink");
    symlink(&ws, t.path().join("ws-link")).expect("symlink");
    let mut problems = Vec::new();
    for dir in [ws.clone(), t.path().join("ws-link")] {
        let r = Redline::new(&dir, &["check", "--format", "json"]).run();
        if let Some(p) = r.expect_code(1) {
            problems.push(p);
            continue;
        }
        let items: Vec<String> =
            json(&r).map(|v| findings(&v)).unwrap_or_default().iter().map(|f| f["item"].to_string()).collect();
        for f in ["crm::pitch", "via_file_link", "via_dir_link"] {
            if !items.iter().any(|i| i.contains(f)) {
                problems.push(format!("{}: no finding in `{f}` (items: {items:?})\n{}", r.label, r.excerpt()));
            }
        }
        if items.len() != 3 {
            problems.push(format!("{}: expected exactly 3 findings, got {items:?}", r.label));
        }
    }
    report(&problems);
}

// ---------------------------------------------------------------------------------------
// 10. Control characters and workflow-command injection

#[test]
fn control_characters_and_workflow_commands_from_the_repository_are_escaped() {
    let t = TempDir::new("control");
    let ws = t.path();
    let esc = "esc\u{1b}[31mred\u{7}bell\rcr\u{9b}2Jcsi.rs";
    let nl = "nl\n::error file=injected.rs,line=1::INJECTED.rs";
    let mut lib = format!(
        "#[path = \"{}\"]\npub mod a;\n#[path = \"{}\"]\npub mod b;\npub mod strings;\n\
         #[redline::data(\"ch\u{1b}[5mat\")]\npub struct Weird {{\n    pub x: u8,\n}}\n\
         #[redline::data(\"ch\\x1b]0;title\\x07at\")]\npub struct Weirder {{\n    pub x: u8,\n}}\n\
         #[redline::purpose(\"sa\u{1b}]8;;http://x\u{7}les\")]\npub fn odd() {{}}\n",
        esc.escape_default(),
        nl.escape_default()
    );
    write(ws, format!("src/{esc}"), sales_module("in_esc"));
    write(ws, format!("src/{nl}"), sales_module("in_nl"));
    // Long names: wrapped help text must not start a line with `::warning` (a zero-width
    // space is a line-break opportunity; the padding moves it across the wrap column).
    for k in 0..27 {
        let name = format!("{}\u{200b}::warning::WRAPINJECTED{k}.rs", "ab ".repeat(k));
        lib.push_str(&format!("#[path = \"{name}\"]\npub mod w{k};\n"));
        write(ws, format!("src/{name}"), sales_module(&format!("in_wrap{k}")));
    }
    workspace(ws, false, &lib);
    write(
        ws,
        "src/strings.rs",
        "redline::module_purpose!(\"sales\");\n\nuse crate::chat::ChatMessage;\n\n\
         pub fn shout(m: &ChatMessage) -> usize { let _s = \"\u{1b}]0;owned\u{7}\u{1b}[2J\"; m.body.len() } // \u{1b}[31m\r\n",
    );
    write(ws, "src/bin/run\u{1b}[2J\r.rs", "fn main() { let _ = (; }\n");
    write(ws, "src/bin/inj\n::error::BININJECTED.rs", "fn main() { let _ = (; }\n");

    let reports = TempDir::new("control-reports");
    let mut problems = Vec::new();
    let mut count = None;
    for format in ["json", "human", "concise", "sarif", "github"] {
        for to_file in [false, true] {
            let out = reports.path().join(format!("report.{format}"));
            let mut cmd = Redline::new(ws, &["check", "--format", format]);
            if to_file {
                cmd = cmd.arg("--output").arg(&out);
            }
            let r = cmd.run();
            if let Some(p) = r.expect_code(1) {
                problems.push(p);
                continue;
            }
            let file = if to_file { std::fs::read(&out).unwrap_or_default() } else { Vec::new() };
            if format == "json" && !to_file {
                count = json(&r).map(|v| findings(&v).len());
                if count.is_none() {
                    problems.push(format!("{}: not JSON\n{}", r.label, r.excerpt()));
                }
            }
            for (stream, bytes) in [("stdout", &r.stdout), ("stderr", &r.stderr), ("--output file", &file)] {
                if let Some(c) = control_char(bytes) {
                    problems.push(format!("{} ({stream}): raw control character {c}", r.label));
                }
                let lines = workflow_lines(bytes);
                let github_report = format == "github" && to_file == (stream == "--output file") && stream != "stderr";
                if github_report {
                    // One workflow command per finding, and nothing else.
                    if Some(lines.len()) != count {
                        let odd: Vec<&String> = lines.iter().filter(|l| l.contains("INJECTED")).collect();
                        problems.push(format!(
                            "{} ({stream}): {} workflow commands for {count:?} findings; suspicious: {odd:?}",
                            r.label,
                            lines.len()
                        ));
                    }
                } else if !lines.is_empty() {
                    problems.push(format!(
                        "{} ({stream}): lines a runner executes as workflow commands: {lines:?}",
                        r.label
                    ));
                }
            }
            let _ = std::fs::remove_file(&out);
        }
    }
    report(&problems);
}

/// An invalid redline.toml is quoted in a code frame on stderr, which CI logs too: a
/// workflow command written in it is not executed (found by a longer fuzzing run).
#[test]
fn an_invalid_policy_quoting_workflow_commands_runs_none() {
    let t = TempDir::new("policy-commands");
    let ws = t.path();
    package(ws, false, "");
    write(ws, "redline.toml", "[c##[set-output name=x;]INJECTED\n::error::INJECTED\n");
    let mut problems = Vec::new();
    for format in ["human", "concise", "json"] {
        let r = Redline::new(ws, &["check", "--format", format]).run();
        if let Some(p) = r.expect_code(2) {
            problems.push(p);
            continue;
        }
        if !r.err().contains("INJECTED") {
            problems.push(format!("{}: the invalid line is not quoted\n{}", r.label, r.excerpt()));
        }
        let lines = workflow_lines(&r.stderr);
        if r.err().contains("##[") || !lines.is_empty() {
            problems.push(format!("{}: workflow commands on stderr: {lines:?}\n{}", r.label, r.excerpt()));
        }
    }
    report(&problems);
}

// ---------------------------------------------------------------------------------------
// 11. --changed-since and file names git quotes

fn git(dir: &Path, args: &[&str]) {
    let o = Command::new("git")
        .args(["-c", "user.name=redline test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .output()
        .expect("git is installed");
    assert!(o.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn changed_since_reports_findings_in_files_whose_names_git_quotes() {
    // (declaration in src/lib.rs, file under src/)
    let names: Vec<(String, String)> = [
        "cr\rname.rs",
        "quote\"name.rs",
        "tab\tname.rs",
        "back\\slash.rs",
        "bell\u{7}name.rs",
        "bs\u{8}name.rs",
        "ff\u{c}name.rs",
        "vt\u{b}name.rs",
        "new\nline.rs",
        "caf\u{e9}.rs",
        "sp ace.rs",
    ]
    .iter()
    .map(|n| (format!("#[path = \"{}\"]\npub mod m;\n", n.escape_default()), n.to_string()))
    .chain(std::iter::once(("pub mod caf\u{e9}_mod;\n".to_string(), "caf\u{e9}_mod.rs".to_string())))
    .collect();
    let mut problems = Vec::new();
    for (decl, file) in &names {
        for scenario in ["untracked", "committed", "modified"] {
            let t = TempDir::new("changed");
            let ws = t.path();
            workspace(ws, true, if scenario == "modified" { decl } else { "" });
            if scenario == "modified" {
                write(ws, format!("src/{file}"), sales_module("quoted"));
            }
            git(ws, &["init", "-q", "-b", "main"]);
            git(ws, &["add", "."]);
            git(ws, &["commit", "-q", "-m", "initial"]);
            let since = match scenario {
                "untracked" | "committed" => {
                    workspace(ws, true, decl);
                    write(ws, format!("src/{file}"), sales_module("quoted"));
                    if scenario == "committed" {
                        git(ws, &["add", "."]);
                        git(ws, &["commit", "-q", "-m", "add a module"]);
                        "HEAD~1"
                    } else {
                        "HEAD"
                    }
                }
                _ => {
                    let changed = sales_module("quoted").replace("-> usize {\n", "-> usize { // changed\n");
                    write(ws, format!("src/{file}"), changed);
                    "HEAD"
                }
            };
            let mut r = Redline::new(ws, &["check", "--format", "json", "--changed-since", since]).run();
            r.label = format!("{scenario} file {file:?}: {}", r.label);
            if let Some(p) = r.expect_code(1) {
                problems.push(p);
                continue;
            }
            let items: Vec<String> =
                json(&r).map(|v| findings(&v)).unwrap_or_default().iter().map(|f| f["item"].to_string()).collect();
            if !items.iter().any(|i| i.contains("::quoted")) {
                problems.push(format!("{}: the finding in the changed file is not reported ({items:?})", r.label));
            }
        }
    }
    report(&problems);
}

// ---------------------------------------------------------------------------------------
// 12. Workspace paths that are not UTF-8

/// Exit 1 with the expected finding, or exit 2; never a pass.
fn analyses_or_fails(r: &Run, finding: &str) -> Option<String> {
    if let Some(p) = r.crash() {
        return Some(p);
    }
    match r.code() {
        Some(2) => None,
        Some(1) if r.text().contains(finding) => None,
        code => Some(format!(
            "{}: exit code {code:?} without the finding `{finding}`: a silent pass\n{}",
            r.label,
            r.excerpt()
        )),
    }
}

#[test]
fn a_workspace_under_a_non_utf8_path_is_analysed_or_refused() {
    let t = TempDir::new("non-utf8");
    let mut problems = Vec::new();
    let ws = t.path().join(OsStr::from_bytes(b"ws-\xff\xfe"));
    workspace(&ws, true, "");
    problems.extend(analyses_or_fails(&Redline::new(&ws, &["check", "--format", "concise"]).run(), "crm.rs:5:"));
    problems.extend(analyses_or_fails(
        &Redline::new(t.path(), &["check", "--format", "concise"]).arg(&ws).run(),
        "crm.rs:5:",
    ));

    // A member found by a glob, under a name that is not UTF-8.
    let ws = t.path().join("members");
    write(&ws, "Cargo.toml", "[workspace]\nmembers = [\"crates/*\"]\nresolver = \"2\"\n");
    write(&ws, "redline.toml", POLICY);
    package(&ws.join("crates").join(OsStr::from_bytes(b"pkg-\xe9")), true, "");
    problems.extend(analyses_or_fails(&Redline::new(&ws, &["check", "--format", "concise"]).run(), "crm.rs:5:"));

    // A binary target found in src/bin under a name that is not UTF-8.
    let ws = t.path().join("bins");
    workspace(&ws, false, "");
    write(
        &ws,
        Path::new("src/bin").join(OsStr::from_bytes(b"tool-\xe9.rs")),
        "#[redline::data(\"chat\")]\npub struct Note {\n    pub body: String,\n}\n\n\
         #[redline::purpose(\"sales\")]\npub fn pitch(n: &Note) -> usize {\n    n.body.len()\n}\n\nfn main() {}\n",
    );
    problems.extend(analyses_or_fails(&Redline::new(&ws, &["check", "--format", "concise"]).run(), PURPOSE_VIOLATION));
    report(&problems);
}

// ---------------------------------------------------------------------------------------
// 13. Output and baseline paths that clash

#[test]
fn an_output_path_that_is_also_a_baseline_path_is_refused() {
    let t = TempDir::new("clash");
    let ws = t.path();
    workspace(ws, true, "");
    let r = Redline::new(ws, &["check", "-q", "--write-baseline", "base.json"]).run();
    assert!(r.expect_code(0).is_none(), "recording the baseline: {}", r.excerpt());
    let recorded = std::fs::read(ws.join("base.json")).expect("baseline written");
    symlink("base.json", ws.join("alias.json")).expect("symlink");
    let abs = ws.join("base.json").display().to_string();
    let variants: Vec<Vec<&str>> = vec![
        vec!["--baseline", "base.json", "--output", "base.json"],
        vec!["--baseline", "base.json", "--output", "./base.json"],
        vec!["--baseline", "base.json", "--output", &abs],
        vec!["--baseline", "base.json", "--output", "alias.json"],
        vec!["--baseline", "base.json", "--format", "sarif", "--output", "base.json"],
        vec!["--write-baseline", "base.json", "--output", "base.json"],
        vec!["--write-baseline", "base.json", "--format", "sarif", "--output", "./base.json"],
        vec!["--baseline", "base.json", "--write-baseline", "base.json", "--output", "base.json"],
    ];
    let mut problems = Vec::new();
    for v in &variants {
        let mut args = vec!["check"];
        args.extend(v);
        let r = Redline::new(ws, &args).run();
        problems.extend(r.expect_code(2));
        let now = std::fs::read(ws.join("base.json")).unwrap_or_default();
        if now != recorded {
            problems.push(format!("{}: the baseline was overwritten with {}", r.label, excerpt(&now)));
            std::fs::write(ws.join("base.json"), &recorded).expect("restore");
        }
    }
    // The baseline still works: the recorded finding is hidden.
    let r = Redline::new(ws, &["check", "-q", "--baseline", "base.json"]).run();
    problems.extend(r.expect_code(0));
    report(&problems);
}

// ---------------------------------------------------------------------------------------
// 14. Writes that fail halfway leave the old file

#[test]
fn a_failed_write_leaves_the_previous_baseline_and_report_intact() {
    let t = TempDir::new("atomic");
    let ws = t.path();
    workspace(ws, false, "pub mod many;\n");
    let many: String =
        std::iter::once("redline::module_purpose!(\"sales\");\n\nuse crate::chat::ChatMessage;\n\n".to_string())
            .chain(
                (0..40)
                    .map(|i| format!("pub fn pitch_{i}(m: &ChatMessage) -> usize {{\n    m.body.len() + {i}\n}}\n\n")),
            )
            .collect();
    write(ws, "src/many.rs", many);
    let old_baseline = b"{\n  \"version\": 1,\n  \"findings\": []\n}\n";
    let old_report = b"an older report\n";
    let mut problems = Vec::new();
    for (args, file, old) in [
        (vec!["check", "-q", "--write-baseline", "base.json"], "base.json", &old_baseline[..]),
        (vec!["check", "-q", "--format", "sarif", "--output", "report.sarif"], "report.sarif", &old_report[..]),
        (vec!["check", "-q", "--format", "json", "--output", "report.json"], "report.json", &old_report[..]),
    ] {
        std::fs::write(ws.join(file), old).expect("write the old file");
        // Files may not grow past 2 KiB: the new one cannot be written completely.
        let r = Redline::new(ws, &args).fsize(2048).run();
        problems.extend(r.expect_code(2));
        let now = std::fs::read(ws.join(file)).unwrap_or_default();
        if now != old {
            problems.push(format!(
                "{}: {file} is now {} bytes: {}",
                r.label,
                now.len(),
                excerpt(&now[..now.len().min(200)])
            ));
        }
    }
    report(&problems);
}

// ---------------------------------------------------------------------------------------
// 15. Write errors on stdout

#[test]
fn a_write_error_on_stdout_exits_2_with_a_message() {
    let t = TempDir::new("full");
    let dirty = t.path().join("dirty");
    workspace(&dirty, true, "");
    let clean = t.path().join("clean");
    workspace(&clean, false, "");
    let full = || std::fs::OpenOptions::new().write(true).open("/dev/full").expect("open /dev/full");
    let mut problems = Vec::new();
    let runs: Vec<(&Path, Vec<&str>)> = vec![
        (dirty.as_path(), vec!["check"]),
        (dirty.as_path(), vec!["check", "--quiet"]),
        (clean.as_path(), vec!["check"]),
        (dirty.as_path(), vec!["check", "--format", "concise"]),
        (dirty.as_path(), vec!["check", "--format", "json"]),
        (dirty.as_path(), vec!["check", "--format", "sarif"]),
        (clean.as_path(), vec!["check", "--format", "github"]),
        (dirty.as_path(), vec!["check", "--format", "sarif", "--output", "report.sarif", "--exit-zero"]),
    ];
    for (dir, args) in runs {
        let mut r = Redline::new(dir, &args).stdout_to(full()).run();
        r.label = format!("{} > /dev/full", r.label);
        problems.extend(r.expect_code(2));
        if r.crash().is_none() && r.stderr.iter().all(u8::is_ascii_whitespace) {
            problems.push(format!("{}: no message on stderr", r.label));
        }
    }
    let r = Redline::new(&dirty, &["check", "--output", "/dev/full"]).run();
    problems.extend(r.expect_code(2));
    report(&problems);
}

// ---------------------------------------------------------------------------------------
// 16. False errors on code that compiles

#[test]
fn raw_identifier_modules_are_found() {
    let t = TempDir::new("raw-ident");
    let ws = t.path();
    workspace(ws, true, "pub mod r#impl;\npub mod r#type;\npub mod r#async;\n");
    write(ws, "src/impl.rs", sales_module("in_impl"));
    write(ws, "src/type.rs", sales_module("in_type"));
    write(ws, "src/async.rs", "pub mod inner;\n");
    write(ws, "src/async/inner.rs", sales_module("in_async_inner"));
    let r = Redline::new(ws, &["check", "--format", "json"]).run();
    let mut problems: Vec<String> = r.expect_code(1).into_iter().collect();
    let fs = json(&r).map(|v| findings(&v)).unwrap_or_default();
    for f in fs.iter().filter(|f| f["lint"] == MISSING_MODULE) {
        problems.push(format!("false {MISSING_MODULE}: {}", f["message"]));
    }
    for name in ["crm::pitch", "in_impl", "in_type", "in_async_inner"] {
        if !fs.iter().any(|f| f["lint"] == PURPOSE_VIOLATION && f["item"].to_string().contains(name)) {
            problems.push(format!("no {PURPOSE_VIOLATION} in `{name}`\n{}", r.excerpt()));
        }
    }
    report(&problems);
}

#[test]
fn cfg_attr_path_on_a_module_is_not_a_missing_module() {
    let t = TempDir::new("cfg-attr");
    let ws = t.path();
    workspace(
        ws,
        true,
        "#[cfg_attr(feature = \"x\", path = \"other.rs\")]\npub mod m;\n\
         #[cfg_attr(unix, path = \"sys_unix.rs\")]\n#[cfg_attr(not(unix), path = \"sys_other.rs\")]\npub mod sys;\n",
    );
    write(ws, "src/m.rs", sales_module("in_m"));
    write(ws, "src/other.rs", sales_module("in_other"));
    write(ws, "src/sys_unix.rs", sales_module("in_sys_unix"));
    write(ws, "src/sys_other.rs", sales_module("in_sys_other"));
    let r = Redline::new(ws, &["check", "--format", "json"]).run();
    let mut problems: Vec<String> = r.expect_code(1).into_iter().collect();
    let fs = json(&r).map(|v| findings(&v)).unwrap_or_default();
    for f in fs.iter().filter(|f| f["lint"] == MISSING_MODULE) {
        problems.push(format!("false {MISSING_MODULE}: {}", f["message"]));
    }
    let found = |name: &str| fs.iter().any(|f| f["lint"] == PURPOSE_VIOLATION && f["item"].to_string().contains(name));
    if !found("in_m") {
        problems.push(format!("src/m.rs (the module without the feature) is not analysed\n{}", r.excerpt()));
    }
    if !found("in_sys_unix") && !found("in_sys_other") {
        problems.push(format!("neither path of `sys` is analysed\n{}", r.excerpt()));
    }
    report(&problems);
}

// ---------------------------------------------------------------------------------------
// 17. include!

#[test]
fn include_of_a_workspace_file_is_analysed() {
    let mut problems = Vec::new();
    // As items.
    let t = TempDir::new("include-items");
    workspace(t.path(), false, "pub mod generated;\n");
    write(t.path(), "src/generated.rs", "redline::module_purpose!(\"sales\");\n\ninclude!(\"part.rs\");\n");
    write(t.path(), "src/part.rs", "pub fn from_part(id: u64) -> usize {\n    crate::chat::load(id).body.len()\n}\n");
    // As an expression.
    let t2 = TempDir::new("include-expr");
    workspace(t2.path(), false, "pub mod expr;\n");
    write(
        t2.path(),
        "src/expr.rs",
        "redline::module_purpose!(\"sales\");\n\npub fn from_expr(id: u64) -> usize {\n    include!(\"body.rs\")\n}\n",
    );
    write(t2.path(), "src/body.rs", "crate::chat::load(id).body.len()\n");
    for (dir, item) in [(t.path(), "from_part"), (t2.path(), "from_expr")] {
        let r = Redline::new(dir, &["check", "--format", "json"]).run();
        if let Some(p) = r.expect_code(1) {
            problems.push(p);
            continue;
        }
        let fs = json(&r).map(|v| findings(&v)).unwrap_or_default();
        if !fs.iter().any(|f| f["lint"] == PURPOSE_VIOLATION && f["item"].to_string().contains(item)) {
            problems.push(format!(
                "{}: the data flow in the included code (`{item}`) is not analysed\n{}",
                r.label,
                r.excerpt()
            ));
        }
    }
    report(&problems);
}

#[test]
fn include_of_a_build_output_is_never_silent() {
    let t = TempDir::new("include-out-dir");
    workspace(t.path(), false, "pub mod generated {\n    include!(concat!(env!(\"OUT_DIR\"), \"/gen.rs\"));\n}\n");
    let mut problems = Vec::new();
    for format in ["human", "concise"] {
        let r = Redline::new(t.path(), &["check", "--format", format]).run();
        if let Some(p) = r.crash() {
            problems.push(p);
            continue;
        }
        if !matches!(r.code(), Some(0 | 1)) {
            problems.push(format!("{}: exit code {:?}\n{}", r.label, r.code(), r.excerpt()));
        }
        let text = r.text().to_lowercase();
        if !(text.contains("include") || text.contains("out_dir") || text.contains("not analysed")) {
            problems.push(format!(
                "{}: nothing says the included build output was not analysed\n{}",
                r.label,
                r.excerpt()
            ));
        }
    }
    report(&problems);
}

// ---------------------------------------------------------------------------------------
// Mutation smoke test over testdata

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for e in std::fs::read_dir(from).expect("read dir").flatten() {
        let (src, dst) = (e.path(), to.join(e.file_name()));
        if e.file_type().expect("file type").is_dir() {
            copy_dir(&src, &dst);
        } else {
            std::fs::copy(&src, &dst).expect("copy");
        }
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("read dir").flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension() == Some(OsStr::new("rs")) {
            out.push(p);
        }
    }
}

/// One to three byte-level mutations of `text`; returns what was done.
fn mutate(rng: &mut Rng, text: &mut Vec<u8>) -> Vec<String> {
    const INSERTS: &[&[u8]] = &[
        b"(",
        b")",
        b"{",
        b"}",
        b"[",
        b"<",
        b"\"",
        b"'",
        b"r#\"",
        b"\"#",
        b"/*",
        b"*/",
        b"//",
        b"\\u{0}",
        b"\0",
        b"\\",
        b"#[",
        b"::",
        b"|x| ",
        b"&'a ",
        b"mod x;",
        b"\n",
        b"\r",
        b"\x1b[31m",
        b"\xff",
        b"\xe2\x80\xae",
        b"redline::module_purpose!(\"sales\");",
        b"#[redline::data(\"chat\")]",
        b"0x",
        b"1e999999",
    ];
    let mut done = Vec::new();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(text.len() + 1);
        match rng.below(5) {
            0 if !text.is_empty() => {
                let end = (at + 1 + rng.below(16)).min(text.len());
                text.drain(at.min(end)..end);
                done.push(format!("delete {at}..{end}"));
            }
            1 if !text.is_empty() => {
                let start = at.min(text.len() - 1);
                let end = (start + 1 + rng.below(64)).min(text.len());
                let copy = text[start..end].to_vec();
                text.splice(end..end, copy);
                done.push(format!("duplicate {start}..{end}"));
            }
            2 => {
                let len = [100, 5_000, 70_000][rng.below(3)];
                text.splice(at..at, std::iter::repeat_n(b'a', len));
                done.push(format!("insert a {len}-byte identifier at {at}"));
            }
            _ => {
                let ins = INSERTS[rng.below(INSERTS.len())];
                text.splice(at..at, ins.iter().copied());
                done.push(format!("insert {:?} at {at}", String::from_utf8_lossy(ins)));
            }
        }
    }
    done
}

#[test]
fn mutated_testdata_never_crashes_hangs_or_prints_control_characters() {
    const CASES: [&str; 4] = ["module-purpose-fires", "unscoped-chain-fires", "data-field-fires", "suppression-fires"];
    const PER_CASE: usize = 50;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/cases");
    let keep = Path::new(env!("CARGO_TARGET_TMPDIR")).join("hostile-mutants");
    let _ = std::fs::remove_dir_all(&keep);
    let mut rng = Rng(0x5eed_1234_abcd_0012);
    let mut problems = Vec::new();
    let mut hangs = 0;
    'cases: for case in CASES {
        let src = root.join(case);
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        assert!(!files.is_empty(), "no .rs files in {}", src.display());
        for i in 0..PER_CASE {
            let t = TempDir::new("mutant");
            let pkg = t.path().join(case);
            copy_dir(&src, &pkg);
            let file = &files[rng.below(files.len())];
            let rel = file.strip_prefix(&src).expect("inside the case");
            let mut text = std::fs::read(file).expect("read");
            let ops = mutate(&mut rng, &mut text);
            std::fs::write(pkg.join(rel), &text).expect("write mutant");
            let format = FORMATS[i % FORMATS.len()];
            let r = Redline::new(&pkg, &["check", "--format", format]).run();
            let mut bad = r.crash();
            if bad.is_none() {
                bad = [("stdout", &r.stdout), ("stderr", &r.stderr)].iter().find_map(|(s, b)| {
                    control_char(b).map(|c| format!("{}: raw control character on {s}: {c}", r.label))
                });
            }
            if let Some(b) = bad {
                let kept = keep.join(format!("{case}-{i}"));
                copy_dir(&pkg, &kept);
                problems.push(format!(
                    "{case} #{i} ({}: {}; kept in {}): {b}",
                    rel.display(),
                    ops.join(", "),
                    kept.display()
                ));
                hangs += usize::from(r.hung);
                if problems.len() >= 12 || hangs >= 2 {
                    problems.push("(stopped after these)".to_string());
                    break 'cases;
                }
            }
        }
    }
    report(&problems);
}
