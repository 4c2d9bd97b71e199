//! A deterministic mutation fuzzer over the whole pipeline, in process: each execution
//! copies a `testdata` case, mutates its sources (bytes, hostile snippets, long repeats,
//! splices from other cases, sometimes the policy or the manifest), runs `redline check` in
//! one of the five formats, and checks what a hostile pull request must never get: a
//! panic, a hang, an exit code other than 0, 1 or 2, a raw control character in the output,
//! a workflow command redline did not write, or a JSON report that does not parse.
//!
//! In the normal test suite it runs a small budget; `scripts/fuzz.sh` runs it longer
//! (`REDLINE_FUZZ_EXECS`, `REDLINE_FUZZ_SEED`). A failing input is kept under
//! `target/fuzz-failures/` and named in the failure message.

use redline_cli::{Format, Options};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A run longer than this is a hang (hang detection, not a speed requirement).
const HANG_AFTER: Duration = Duration::from_secs(120);

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

/// Snippets that have broken parsers, renderers and loaders before (issue 12).
const SNIPPETS: &[&str] = &[
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    "<",
    ">",
    "\"",
    "'",
    "r#\"",
    "\"#",
    "r\"\\\"",
    "/*",
    "*/",
    "//",
    "\\",
    "#[",
    "#![",
    "::",
    "|x| ",
    "|| ",
    "&'a ",
    "&mut ",
    "*const ",
    "fn() -> ",
    "return ",
    ".. ",
    "Option < ",
    "?",
    "+a",
    " as u8",
    " else if a {}",
    "mod x;",
    "mod r#impl;",
    "#[path = \"/etc/passwd\"] mod p;",
    "#[path = \"../../x.rs\"] mod q;",
    "#[cfg_attr(unix, path = \"nope.rs\")] mod c;",
    "include!(\"lib.rs\");",
    "include!(concat!(env!(\"OUT_DIR\"), \"/g.rs\"));",
    "include!(\"/proc/self/environ\")",
    "\n",
    "\r",
    "\r\n",
    "\t",
    "\0",
    "\u{1b}[31m",
    "\u{1b}]0;title\u{7}",
    "\u{9b}2J",
    "\u{202e}",
    "\u{200b}",
    "\n::error file=x::INJECTED\n",
    "##[set-output name=x;]INJECTED",
    "// redline:allow(purpose-violation)\n",
    "// redline:allow(purpose-violation) reason\n",
    "redline::module_purpose!(\"sales\");",
    "#[redline::data(\"chat\")]",
    "#[redline::purpose(\"sales\")]",
    "#[redline::declassify(from = \"chat\", reason = \"x\")]",
    "#[redline::classified]",
    "#[redline::data(\"ch\u{1b}at\")]",
    "99999999999999999999999999999999999999999999",
    "0x",
    "1e999999",
    "'\\u{10FFFF}'",
    "b'\\x80'",
    "c\"x\"",
    "async move {}",
    "unsafe {}",
    "impl Trait for X {}",
    "pub fn f(x: &ChatMessage) {}",
];

const FORMATS: [Format; 5] = [Format::Human, Format::Concise, Format::Json, Format::Sarif, Format::Github];

/// The cases mutated: every testdata workspace whose sources are small.
fn corpus() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
    let mut cases: Vec<PathBuf> = ["cases", "flow"]
        .iter()
        .flat_map(|d| std::fs::read_dir(root.join(d)).into_iter().flatten().flatten().map(|e| e.path()))
        .filter(|p| p.join("Cargo.toml").is_file())
        .collect();
    cases.push(root.join("demo"));
    cases.sort();
    cases
}

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, ext, out);
        } else if p.extension().is_some_and(|e| e == ext) {
            out.push(p);
        }
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for e in std::fs::read_dir(from).expect("read dir").flatten() {
        let (src, dst) = (e.path(), to.join(e.file_name()));
        if e.file_type().is_ok_and(|t| t.is_dir()) {
            copy_dir(&src, &dst);
        } else if e.file_type().is_ok_and(|t| t.is_file()) {
            std::fs::copy(&src, &dst).expect("copy");
        }
    }
}

/// One to four mutations of `text`; `other` is a file of another case, for splices.
fn mutate(rng: &mut Rng, text: &mut Vec<u8>, other: &[u8]) {
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(text.len() + 1);
        let insert: Vec<u8> = match rng.below(8) {
            0 if !text.is_empty() => {
                let end = (at + 1 + rng.below(32)).min(text.len());
                text.drain(at.min(end)..end);
                continue;
            }
            1 if !text.is_empty() => {
                // A short range repeated up to thousands of times: nesting, chains.
                let start = at.min(text.len() - 1);
                let end = (start + 1 + rng.below(8)).min(text.len());
                let times = [2, 50, 500, 5_000][rng.below(4)];
                text[start..end].repeat(times)
            }
            2 if !other.is_empty() => {
                let start = rng.below(other.len());
                other[start..(start + 1 + rng.below(400)).min(other.len())].to_vec()
            }
            3 => SNIPPETS[rng.below(SNIPPETS.len())].as_bytes().repeat([1, 300, 3_000][rng.below(3)]),
            4 => vec![b'x'; [100, 70_000][rng.below(2)]],
            _ => SNIPPETS[rng.below(SNIPPETS.len())].as_bytes().to_vec(),
        };
        text.splice(at..at, insert);
    }
}

/// What is wrong with a run's output, if anything.
fn check_output(format: Format, exit: i32, stdout: &str, stderr: &str) -> Option<String> {
    if !(0..=2).contains(&exit) {
        return Some(format!("exit code {exit}"));
    }
    for (name, text) in [("stdout", stdout), ("stderr", stderr)] {
        if let Some(c) = text.chars().find(|&c| c.is_control() && c != '\n') {
            return Some(format!("raw control character U+{:04X} on {name}", c as u32));
        }
        if text.contains("##[") {
            return Some(format!("`##[` on {name}"));
        }
        let commands = text.lines().filter(|l| l.trim_start().starts_with("::")).count();
        if commands > 0 && !(format == Format::Github && name == "stdout") {
            return Some(format!("{commands} workflow command lines on {name}"));
        }
    }
    if matches!(format, Format::Json | Format::Sarif) && exit != 2 {
        if let Err(e) = serde_json::from_str::<serde_json::Value>(stdout) {
            return Some(format!("the report is not JSON: {e}"));
        }
    }
    None
}

/// Runs `execs` mutants from `seed`; returns the failures (at most a few).
fn fuzz(seed: u64, execs: usize) -> (usize, Vec<String>) {
    let cases = corpus();
    assert!(!cases.is_empty(), "no testdata cases");
    let mut rng = Rng(seed | 1);
    let work = std::env::temp_dir().join(format!("redline-fuzz-{}", std::process::id()));
    let kept = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-failures");
    let done = Arc::new(AtomicBool::new(false));
    let finished = done.clone();
    let started = Arc::new(std::sync::Mutex::new((Instant::now(), String::new())));
    let watch = started.clone();
    // A hang would stall the whole suite: the watchdog names the input and aborts.
    std::thread::spawn(move || {
        while !finished.load(Ordering::Relaxed) {
            std::thread::sleep(Duration::from_secs(1));
            let (since, what) = watch.lock().map(|g| g.clone()).unwrap_or((Instant::now(), String::new()));
            if since.elapsed() > HANG_AFTER && !finished.load(Ordering::Relaxed) {
                eprintln!("fuzz: hang on {what}");
                std::process::abort();
            }
        }
    });
    let mut failures = Vec::new();
    let mut clean = 0;
    for i in 0..execs {
        let case = &cases[rng.below(cases.len())];
        let other = &cases[rng.below(cases.len())];
        let dir = work.join(format!("{i}"));
        let _ = std::fs::remove_dir_all(&dir);
        copy_dir(case, &dir);
        let mut sources = Vec::new();
        files(&dir, "rs", &mut sources);
        // Now and then the policy or the manifest instead of a source file.
        match rng.below(20) {
            0 => sources = vec![dir.join("redline.toml")],
            1 => sources = vec![dir.join("Cargo.toml")],
            _ => {}
        }
        let mut other_files = Vec::new();
        files(other, "rs", &mut other_files);
        let other_text =
            other_files.get(rng.below(other_files.len())).and_then(|p| std::fs::read(p).ok()).unwrap_or_default();
        if let Some(target) = sources.get(rng.below(sources.len())).cloned() {
            let mut text = std::fs::read(&target).unwrap_or_default();
            mutate(&mut rng, &mut text, &other_text);
            let _ = std::fs::write(&target, &text);
        }
        let format = FORMATS[i % FORMATS.len()];
        if let Ok(mut g) = started.lock() {
            *g = (Instant::now(), format!("mutant {i} of {} ({format:?})", case.display()));
        }
        let opts = Options { path: dir.clone(), format, ..Options::default() };
        let outcome = std::panic::catch_unwind(|| redline_cli::check(&opts));
        let problem = match &outcome {
            Err(_) => Some("panicked".to_string()),
            Ok(o) => check_output(format, o.exit, &o.stdout, &o.stderr),
        };
        match problem {
            None => clean += 1,
            Some(p) => {
                let keep = kept.join(format!("{seed:x}-{i}"));
                let _ = std::fs::remove_dir_all(&keep);
                copy_dir(&dir, &keep);
                failures.push(format!(
                    "mutant {i} of {} ({format:?}): {p}; kept in {}",
                    case.display(),
                    keep.display()
                ));
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
        if failures.len() >= 5 {
            break;
        }
    }
    done.store(true, Ordering::Relaxed);
    let _ = std::fs::remove_dir_all(&work);
    (clean, failures)
}

#[test]
fn mutated_testdata_runs_clean_through_the_whole_pipeline() {
    let execs = std::env::var("REDLINE_FUZZ_EXECS").ok().and_then(|n| n.parse().ok()).unwrap_or(300);
    let seed = std::env::var("REDLINE_FUZZ_SEED").ok().and_then(|n| u64::from_str_radix(&n, 16).ok()).unwrap_or(0x5eed);
    // Panics are failures here: keep their messages short.
    std::panic::set_hook(Box::new(|info| eprintln!("fuzz: panic: {info}")));
    let (clean, failures) = fuzz(seed, execs);
    eprintln!("fuzz: {clean} of {execs} executions ran clean (seed {seed:x})");
    assert!(failures.is_empty(), "{} failure(s):\n{}", failures.len(), failures.join("\n"));
}
