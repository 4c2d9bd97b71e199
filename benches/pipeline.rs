//! `cargo bench --bench pipeline [-- PATH] [-- --lines N]`
//!
//! Compares, in one run, the time `syn` alone needs to read and parse every `.rs` file of a
//! workspace on one thread with the time of a full `redline check` (parallel) run as the
//! binary runs it (its model left to the operating system at exit; also timed freeing it,
//! as the language server does). Without
//! PATH it generates a synthetic workspace of about N lines (default 500,000) under
//! `target/bench-workspace`. Both sides run with the binary's allocator (mimalloc).
//! One more check, untimed, counts the peak of live heap bytes it allocates: a figure that,
//! unlike a process's resident size, does not move with the allocator's caching or the
//! scheduling of threads. Then the same comparison as whole processes, what a user waits
//! for: the `redline` binary's `check` against this benchmark run as a parse-only process
//! (`--parse-only PATH`: read every file, parse it with `syn` on one thread, exit), both
//! with mimalloc, alternated [`PAIRS`] times, the medians and the median of the pairs'
//! ratios. Prints the figures and the ratios; asserts nothing.

use redline_cli::{Format, Options};
use std::alloc::{GlobalAlloc, Layout};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicIsize, Ordering};
use std::time::{Duration, Instant};

/// The allocator the `redline` binary uses, for both measurements, counting live bytes.
#[global_allocator]
static ALLOC: Counting = Counting;

/// Live heap bytes and their peak since [`Counting::reset`]; counted only while `ON`.
static LIVE: AtomicIsize = AtomicIsize::new(0);
static PEAK: AtomicIsize = AtomicIsize::new(0);
static ON: AtomicBool = AtomicBool::new(false);

struct Counting;

impl Counting {
    fn add(delta: isize) {
        if ON.load(Ordering::Relaxed) {
            let now = LIVE.fetch_add(delta, Ordering::Relaxed) + delta;
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
    }

    /// The peak of live bytes allocated while `f` ran (frees of older blocks count against
    /// it, so the figure can only be lower than the truth by what `f` freed of them).
    fn peak_during(f: impl FnOnce()) -> usize {
        LIVE.store(0, Ordering::Relaxed);
        PEAK.store(0, Ordering::Relaxed);
        ON.store(true, Ordering::Relaxed);
        f();
        ON.store(false, Ordering::Relaxed);
        PEAK.load(Ordering::Relaxed).max(0) as usize
    }
}

// SAFETY: every call is forwarded unchanged to mimalloc; the counters only observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        Self::add(layout.size() as isize);
        unsafe { redline_cli::alloc::MiMalloc.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        Self::add(-(layout.size() as isize));
        unsafe { redline_cli::alloc::MiMalloc.dealloc(ptr, layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        Self::add(layout.size() as isize);
        unsafe { redline_cli::alloc::MiMalloc.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        Self::add(new_size as isize - layout.size() as isize);
        unsafe { redline_cli::alloc::MiMalloc.realloc(ptr, layout, new_size) }
    }
}

/// Alternated runs of each process in the whole-process comparison.
const PAIRS: usize = 21;

fn main() {
    let mut args = std::env::args().skip(1).filter(|a| a != "--bench");
    let mut path = None;
    let mut lines = 500_000usize;
    let mut parse_only = false;
    while let Some(a) = args.next() {
        if a == "--lines" {
            lines = args.next().and_then(|n| n.parse().ok()).unwrap_or(lines);
        } else if a == "--parse-only" {
            parse_only = true;
        } else {
            path = Some(PathBuf::from(a));
        }
    }
    let path = path.unwrap_or_else(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-workspace");
        generate(&dir, lines);
        dir
    });
    let files = rust_files(&path);
    if parse_only {
        parse_all(&files);
        return;
    }
    let texts: Vec<String> = files.iter().filter_map(|f| std::fs::read_to_string(f).ok()).collect();
    let total_lines: usize = texts.iter().map(|t| t.lines().count()).sum();
    println!("workspace: {} ({} files, {} lines)", path.display(), texts.len(), total_lines);

    // The check as the binary runs it leaves its model to the operating system at exit (here
    // the three timed runs leak theirs); the language server frees it: timed apart.
    let freeing = Options { path: path.clone(), format: Format::Json, quiet: true, ..Options::default() };
    let as_binary = Options { exit_after: true, ..freeing.clone() };
    let run = |opts: &Options| {
        let out = redline_cli::check(opts);
        assert!(out.exit != 2, "redline could not run: {}", out.stderr);
    };
    // Warm the file cache once, then take the best of three runs of each.
    run(&freeing);
    // Read and parsed, as the check reads them.
    let parse = best_of(3, || parse_all(&files));
    let check_freeing = best_of(3, || run(&freeing));
    let check = best_of(3, || run(&as_binary));
    let rate = |d: Duration| total_lines as f64 / d.as_secs_f64() / 1000.0;
    println!("syn parse only, 1 thread : {:>8.1} ms  ({:.0}k lines/s)", ms(parse), rate(parse));
    println!(
        "redline check, {} threads: {:>8.1} ms  ({:.0}k lines/s)",
        rayon::current_num_threads(),
        ms(check),
        rate(check)
    );
    println!("ratio check / parse      : {:.2}", check.as_secs_f64() / parse.as_secs_f64());
    println!("check freeing its model  : {:>8.1} ms  (as the language server does)", ms(check_freeing));
    let source_bytes: usize = texts.iter().map(String::len).sum();
    let peak = Counting::peak_during(|| drop(redline_cli::check(&freeing)));
    println!(
        "peak heap of a check     : {:>8.1} MB  ({:.1}x the {:.1} MB of source)",
        peak as f64 / 1e6,
        peak as f64 / source_bytes as f64,
        source_bytes as f64 / 1e6
    );
    whole_processes(&path);
}

/// Reads every file of `files` and parses it with `syn`, on this thread.
fn parse_all(files: &[PathBuf]) {
    for f in files {
        if let Ok(t) = std::fs::read_to_string(f) {
            let _ = syn::parse_file(&t);
        }
    }
}

/// Every `.rs` file under `path`, outside `target/` directories.
fn rust_files(path: &Path) -> Vec<PathBuf> {
    walkdir::WalkDir::new(path)
        .into_iter()
        .flatten()
        .filter(|e| {
            let rel = e.path().strip_prefix(path).unwrap_or(e.path());
            e.path().extension().is_some_and(|x| x == "rs") && !rel.components().any(|c| c.as_os_str() == "target")
        })
        .map(|e| e.into_path())
        .collect()
}

/// The check and the parse as processes, alternated: their medians and the median ratio.
fn whole_processes(path: &Path) {
    let Ok(me) = std::env::current_exe() else { return };
    let run = |cmd: &mut std::process::Command| {
        let t = Instant::now();
        let status = cmd.stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null()).status();
        assert!(status.is_ok_and(|s| s.code() != Some(2)), "{cmd:?} could not run");
        t.elapsed()
    };
    let check = || {
        run(std::process::Command::new(env!("CARGO_BIN_EXE_redline")).arg("check").arg(path).args(["--format", "json"]))
    };
    let parse = || run(std::process::Command::new(&me).arg("--parse-only").arg(path));
    let (mut checks, mut parses, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..PAIRS {
        let (c, p) = (check(), parse());
        ratios.push(c.as_secs_f64() / p.as_secs_f64());
        checks.push(c);
        parses.push(p);
    }
    let median = |v: &mut Vec<Duration>| {
        v.sort();
        v[v.len() / 2]
    };
    ratios.sort_by(f64::total_cmp);
    println!("whole processes, {PAIRS} alternated pairs (medians):");
    println!("  syn parse only, 1 thread : {:>8.1} ms", ms(median(&mut parses)));
    println!("  redline check            : {:>8.1} ms", ms(median(&mut checks)));
    println!("  ratio check / parse      : {:.2}", ratios[ratios.len() / 2]);
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn best_of(n: usize, mut f: impl FnMut()) -> Duration {
    (0..n)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// A synthetic service workspace: crates of modules with classified types,
/// helpers, purposed modules and calls between them.
fn generate(dir: &Path, target_lines: usize) {
    let per_module = 120;
    let modules_per_crate = 40;
    let crates = (target_lines / (per_module * modules_per_crate)).max(1);
    let stamp = dir.join(format!(".generated-{crates}"));
    if stamp.is_file() {
        return;
    }
    let _ = std::fs::remove_dir_all(dir);
    let mut members = String::new();
    for c in 0..crates {
        let src = dir.join(format!("crates/c{c}/src"));
        std::fs::create_dir_all(&src).expect("create bench workspace");
        let _ = write!(members, "\"crates/c{c}\", ");
        let deps = if c > 0 { format!("c{} = {{ path = \"../c{}\" }}\n", c - 1, c - 1) } else { String::new() };
        std::fs::write(
            dir.join(format!("crates/c{c}/Cargo.toml")),
            format!("[package]\nname = \"c{c}\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n[dependencies]\n{deps}"),
        )
        .expect("write manifest");
        let mut lib = String::new();
        for m in 0..modules_per_crate {
            let _ = writeln!(lib, "pub mod m{m};");
            std::fs::write(src.join(format!("m{m}.rs")), module(c, m)).expect("write module");
        }
        std::fs::write(src.join("lib.rs"), lib).expect("write lib");
    }
    std::fs::write(dir.join("Cargo.toml"), format!("[workspace]\nmembers = [{members}]\nresolver = \"2\"\n"))
        .expect("write root");
    std::fs::write(
        dir.join("redline.toml"),
        "[categories.chat]\nallowed_purposes = [\"messaging\"]\n[categories.browsing]\nallowed_purposes = [\"matching\"]\n\
         [purposes.messaging]\n[purposes.matching]\n[purposes.sales]\n",
    )
    .expect("write policy");
    std::fs::write(stamp, "").expect("write stamp");
}

fn module(c: usize, m: usize) -> String {
    let purpose = ["messaging", "matching", "sales", ""][m % 4];
    let mut s = String::new();
    if !purpose.is_empty() {
        let _ = writeln!(s, "redline::module_purpose!(\"{purpose}\");\n");
    }
    let _ = writeln!(s, "use std::collections::HashMap;\n");
    let _ = writeln!(
        s,
        "#[redline::data(\"chat\")]\npub struct Message{m} {{\n    pub id: u64,\n    pub body: String,\n}}\n"
    );
    let _ = writeln!(
        s,
        "#[redline::classified]\npub struct Visit{m} {{\n    pub id: u64,\n    #[redline::data(\"browsing\")]\n    pub viewed: Vec<u64>,\n    pub at: u64,\n}}\n"
    );
    let _ = writeln!(
        s,
        "pub struct Store{m} {{\n    messages: HashMap<u64, Vec<Message{m}>>,\n    visits: Vec<Visit{m}>,\n}}\n"
    );
    let _ = writeln!(s, "impl Store{m} {{");
    for k in 0..6 {
        let _ = writeln!(
            s,
            "    pub fn messages_{k}(&self, member: u64) -> Vec<&Message{m}> {{\n        let mut out = Vec::new();\n        if let Some(list) = self.messages.get(&member) {{\n            for msg in list.iter() {{\n                if msg.id % {n} == 0 {{\n                    out.push(msg);\n                }}\n            }}\n        }}\n        out\n    }}\n",
            n = k + 2
        );
    }
    let _ = writeln!(
        s,
        "    pub fn viewed(&self) -> usize {{\n        self.visits.iter().map(|v| v.viewed.len()).sum()\n    }}\n}}\n"
    );
    let prev = if m > 0 {
        format!("crate::m{}::helper_0(store_len)", m - 1)
    } else if c > 0 {
        format!("c{}::m0::helper_0(store_len)", c - 1)
    } else {
        "store_len".into()
    };
    for k in 0..5 {
        let _ = writeln!(
            s,
            "pub fn helper_{k}(store_len: usize) -> usize {{\n    let words: Vec<String> = (0..store_len).map(|i| format!(\"w{{i}}\")).collect();\n    let total = words.iter().map(|w| w.len()).sum::<usize>();\n    if total > {k} {{\n        return {prev};\n    }}\n    total\n}}\n"
        );
    }
    let _ = writeln!(
        s,
        "pub fn report(store: &Store{m}, member: u64) -> String {{\n    let msgs = store.messages_0(member);\n    let n = helper_1(msgs.len());\n    format!(\"{{member}}: {{n}} messages, {{}} views\", store.viewed())\n}}"
    );
    s
}
