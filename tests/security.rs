//! Regression cases for hostile pull requests (issue 12 and docs/security.md): every input
//! is generated here, and redline must neither crash, hang, read outside the workspace,
//! inject into CI logs, nor pass without checking. Each case states the exit code and what
//! the output must (and must not) hold.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// A run of the binary: its exit code (None: killed by a signal), stdout and stderr.
struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

impl Run {
    fn text(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }
}

/// Runs redline in `dir`, killing it if it runs for more than two minutes (a hang is a
/// failure, never a slow pass).
fn redline(dir: &Path, args: &[&str]) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_redline"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run redline");
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = out.read_to_end(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = Vec::new();
        let _ = err.read_to_end(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("redline hung on {} {args:?}", dir.display());
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stdout = String::from_utf8_lossy(&reader.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    Run { code: status.code(), stdout, stderr }
}

/// A one-package workspace in a fresh temporary directory, with a policy under which
/// `src/crm.rs` holds one purpose violation (so a run that skips everything cannot pass).
fn workspace(name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("redline-security-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).expect("temp dir");
    write(&dir, "Cargo.toml", &format!("[package]\nname = \"{name}\"\nversion = \"0.1.0\"\n"));
    write(
        &dir,
        "redline.toml",
        "[categories.chat]\nallowed_purposes = [\"messaging\"]\n[purposes.messaging]\n[purposes.sales]\n",
    );
    write(&dir, "src/chat.rs", "#[redline::data(\"chat\")]\npub struct ChatMessage {\n    pub body: String,\n}\n");
    write(
        &dir,
        "src/crm.rs",
        "redline::module_purpose!(\"sales\");\n\npub fn pitch(m: &crate::chat::ChatMessage) -> usize {\n    m.body.len()\n}\n",
    );
    for (path, content) in files {
        write(&dir, path, content);
    }
    dir
}

fn write(dir: &Path, path: &str, content: &str) {
    let p = dir.join(path);
    std::fs::create_dir_all(p.parent().expect("parent")).expect("dirs");
    std::fs::write(p, content).expect("write");
}

/// `src/lib.rs` declaring the violation's modules and `mods`.
fn lib(mods: &[&str]) -> String {
    let mut s = String::from("pub mod chat;\npub mod crm;\n");
    for m in mods {
        s.push_str(&format!("pub mod {m};\n"));
    }
    s
}

/// The run found the violation in src/crm.rs: nothing was skipped silently.
fn assert_violation_found(r: &Run) {
    assert_eq!(r.code, Some(1), "{}", r.text());
    assert!(r.stdout.contains("error[purpose-violation]") && r.stdout.contains("src/crm.rs:3"), "{}", r.text());
    assert!(!r.text().contains("panicked"), "{}", r.text());
}

/// Issue 12, items 2, 3 and 5: files that overflowed the stack, took gigabytes or ran for
/// seconds in `syn` are each reported as `parse-error` naming the file; nothing crashes.
#[test]
fn hostile_shapes_are_reported_not_parsed() {
    let n = 300_000;
    let shapes: Vec<(&str, String)> = vec![
        ("closures", format!("pub fn f() {{ let c = {}x; }}\n", "|x| ".repeat(n))),
        ("lifetimes", format!("pub type T<'a> = {}u8;\n", "&'a ".repeat(n))),
        ("muts", format!("pub type T = {}u8;\n", "&mut ".repeat(n))),
        ("pointers", format!("pub type T = {}u8;\n", "*const ".repeat(n))),
        ("fn_pointers", format!("pub type T = {}u8;\n", "fn() -> ".repeat(n))),
        ("returns", format!("pub fn f() {{ {}1; }}\n", "return ".repeat(n))),
        ("ranges", format!("pub fn f() {{ let r = {}1; }}\n", ".. ".repeat(n))),
        ("generics", format!("pub type T = {}u8;\n", "Option < ".repeat(n))),
        ("raw_string", format!("pub fn f() {{ let s = r\"\\\"; let x = {}1; }}\n", "(".repeat(1_000_000))),
        ("tries", format!("pub fn f() {{ a{} }}\n", "?".repeat(15_000_000))),
        ("pluses", format!("pub fn f() {{ a{} }}\n", "+a".repeat(6_000_000))),
        ("statements", format!("pub fn f() {{ {} }}\n", "a;".repeat(5_000_000))),
        ("literal_40k", format!("pub const X: u8 = {};\n", "9".repeat(40_000))),
        ("literal_100k", format!("pub const X: u8 = {};\n", "9".repeat(100_000))),
    ];
    let names: Vec<&str> = shapes.iter().map(|(name, _)| *name).collect();
    let mut files: Vec<(String, String)> = vec![("src/lib.rs".into(), lib(&names))];
    files.extend(shapes.iter().map(|(name, text)| (format!("src/{name}.rs"), text.clone())));
    let refs: Vec<(&str, &str)> = files.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    let dir = workspace("shapes", &refs);
    let r = redline(&dir, &["check", "--format", "concise"]);
    assert_violation_found(&r);
    for name in names {
        let line = r.stdout.lines().find(|l| l.starts_with(&format!("src/{name}.rs:"))).unwrap_or_default();
        assert!(line.contains("error[parse-error] file not analysed"), "{name}: {line:?}\n{}", r.text());
    }
    let _ = std::fs::remove_dir_all(dir);
}

/// The first line of a file outside the workspace, which no report may show.
fn secret_line(path: &str) -> String {
    std::fs::read_to_string(path).ok().and_then(|t| t.lines().next().map(str::to_string)).unwrap_or_default()
}

fn assert_no_disclosure(r: &Run, secrets: &[&str]) {
    let text = r.text();
    for s in secrets.iter().filter(|s| s.len() > 3) {
        assert!(!text.contains(s), "disclosed {s:?}:\n{text}");
    }
    assert!(!text.contains("//etc"), "a path outside the root printed as a network path:\n{text}");
}

/// Issue 12, items 9 and 18: nothing outside the workspace root is read, whichever way it
/// is named; the module gets a finding that names the path and shows no content.
#[test]
fn nothing_outside_the_root_is_read() {
    let outside = std::env::temp_dir().join(format!("redline-secrets-{}", std::process::id()));
    std::fs::create_dir_all(&outside).expect("dir");
    std::fs::write(outside.join("mod.rs"), "pub fn leaked() { let k = \"SECRET-KEY-MATERIAL\"; }\n").expect("write");
    let dir = workspace(
        "disclosure",
        &[(
            "src/lib.rs",
            &(lib(&["evil", "keys"])
                + "#[path = \"/etc/passwd\"]\npub mod passwd;\n#[path = \"../../../../../../../../etc/hostname\"]\npub mod host;\n\
                   #[path = \"/proc/self/environ\"]\npub mod environ;\n"),
        )],
    );
    std::os::unix::fs::symlink("/etc/passwd", dir.join("src/evil.rs")).expect("symlink");
    std::os::unix::fs::symlink(&outside, dir.join("src/keys")).expect("symlink");
    let secrets = [secret_line("/etc/passwd"), secret_line("/etc/hostname"), "SECRET-KEY-MATERIAL".to_string()];
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    for format in ["human", "concise", "json", "sarif", "github"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_redline"));
        child.args(["check", "--format", format]).current_dir(&dir).env("REDLINE_TEST_SECRET", "ENVIRONMENT-SECRET");
        let o = child.output().expect("run");
        let r = Run {
            code: o.status.code(),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        };
        assert_eq!(r.code, Some(1), "{format}: {}", r.text());
        assert_no_disclosure(&r, &secrets);
        assert!(!r.text().contains("ENVIRONMENT-SECRET"), "{format}: {}", r.text());
        for named in ["/etc/passwd", "etc/hostname", "/proc/self/environ", "src/evil.rs", "src/keys/mod.rs"] {
            assert!(r.stdout.contains(named), "{format}: {named} not named:\n{}", r.text());
        }
    }
    let r = redline(&dir, &["check", "--format", "concise"]);
    let outside_root = r.stdout.lines().filter(|l| l.contains("outside the workspace root")).count();
    assert_eq!(outside_root, 5, "{}", r.text());
    let _ = std::fs::remove_dir_all(dir);
    let _ = std::fs::remove_dir_all(outside);
}

/// Issue 12, item 9: a manifest target or the policy file outside the root.
#[test]
fn manifests_and_policies_outside_the_root_are_not_read() {
    let secrets = [secret_line("/etc/passwd")];
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    let dir = workspace("libpath", &[("src/lib.rs", &lib(&[]))]);
    write(&dir, "Cargo.toml", "[package]\nname = \"libpath\"\nversion = \"0.1.0\"\n[lib]\npath = \"/etc/passwd\"\n");
    let r = redline(&dir, &["check", "--format", "concise"]);
    assert_eq!(r.code, Some(1), "{}", r.text());
    assert!(
        r.stdout.contains("Cargo.toml:1:1: error[missing-module] [lib] path `/etc/passwd` is not analysed"),
        "{}",
        r.text()
    );
    assert_no_disclosure(&r, &secrets);
    let _ = std::fs::remove_dir_all(dir);

    let dir = workspace("policylink", &[("src/lib.rs", &lib(&[]))]);
    std::fs::remove_file(dir.join("redline.toml")).expect("remove");
    std::os::unix::fs::symlink("/etc/passwd", dir.join("redline.toml")).expect("symlink");
    let r = redline(&dir, &["check"]);
    assert_eq!(r.code, Some(2), "{}", r.text());
    assert!(r.stderr.contains("redline.toml") && r.stderr.contains("outside the workspace root"), "{}", r.text());
    assert_no_disclosure(&r, &secrets);
    let _ = std::fs::remove_dir_all(dir);
}

/// Issue 12, item 4: devices, FIFOs and `/proc` files are never read (the read would never
/// end, or block forever).
#[test]
fn special_files_are_never_read() {
    let dir = workspace(
        "special",
        &[(
            "src/lib.rs",
            &(lib(&["fifo"])
                + "#[path = \"/dev/zero\"]\npub mod zero;\n#[path = \"/dev/urandom\"]\npub mod random;\n\
                   #[path = \"pipe\"]\npub mod pipe;\n"),
        )],
    );
    for fifo in ["src/fifo.rs", "src/pipe"] {
        let ok = Command::new("mkfifo").arg(dir.join(fifo)).status().expect("mkfifo").success();
        assert!(ok, "mkfifo failed");
    }
    let r = redline(&dir, &["check", "--format", "concise"]);
    assert_violation_found(&r);
    for named in ["/dev/zero", "/dev/urandom", "src/fifo.rs", "src/pipe"] {
        let line = r.stdout.lines().find(|l| l.contains(named)).unwrap_or_default();
        assert!(line.contains("error[missing-module]"), "{named}: {line:?}\n{}", r.text());
    }
    let _ = std::fs::remove_dir_all(dir);
}

/// Issue 12, item 7: member globs never leave the workspace root.
#[test]
fn member_globs_stay_inside_the_root() {
    for members in ["\"/**\"", "\"../../../../x/*\"", "\"/etc\""] {
        let dir = workspace("members", &[("src/lib.rs", &lib(&[]))]);
        write(
            &dir,
            "Cargo.toml",
            &format!("[package]\nname = \"members\"\nversion = \"0.1.0\"\n[workspace]\nmembers = [{members}]\n"),
        );
        let r = redline(&dir, &["check", "--format", "concise"]);
        assert_violation_found(&r);
        assert!(
            r.stdout.contains("error[parse-error] workspace member") && r.stdout.contains("leaves the workspace root"),
            "{members}: {}",
            r.text()
        );
        let _ = std::fs::remove_dir_all(dir);
    }
}

/// Issue 12, item 10: a baseline is a file of the repository too. Its stale entries are
/// printed; nothing in them may become a workflow command or a terminal sequence.
#[test]
fn stale_baseline_entries_cannot_inject() {
    let dir = workspace("stale", &[("src/lib.rs", &lib(&[]))]);
    write(
        &dir,
        "base.json",
        r###"{"version": 1, "findings": [
            {"file": "a\n::error file=x::INJECTED", "item": null, "lint": "purpose-violation", "category": null,
             "purpose": null, "code": "##[set-output name=x;]INJECTED \u001b]0;title\u0007", "fingerprint": "1"},
            {"file": "::warning::INJECTED", "item": null, "lint": "purpose-violation", "category": null,
             "purpose": null, "code": "\u009b2J", "fingerprint": "2"}]}"###,
    );
    for format in ["human", "concise", "github", "json", "sarif"] {
        let r = redline(&dir, &["check", "--baseline", "base.json", "--format", format]);
        assert_eq!(r.code, Some(1), "{format}: {}", r.text());
        let commands: Vec<&str> = r.stdout.lines().filter(|l| l.trim_start().starts_with("::")).collect();
        let own = if format == "github" { 2 } else { 0 }; // the finding and the baseline notice
        assert_eq!(commands.len(), own, "{format}: {commands:?}");
        assert!(!r.stdout.contains("##["), "{format}: {}", r.stdout);
        let raw = r.stdout.chars().find(|&c| c.is_control() && c != '\n');
        assert_eq!(raw, None, "{format}: {:?}", r.stdout);
    }
    let _ = std::fs::remove_dir_all(dir);
}

fn git(dir: &Path, args: &[&str]) {
    let o = Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git");
    assert!(o.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&o.stderr));
}

/// Issue 12, item 11: the pull request's `.gitattributes` cannot make its changes
/// invisible to `--changed-since` (`-diff` would make git report Rust files as binary,
/// with no changed lines).
#[test]
fn gitattributes_cannot_hide_changes() {
    let dir = workspace("attributes", &[("src/lib.rs", &lib(&[]))]);
    write(&dir, "src/crm.rs", "redline::module_purpose!(\"sales\");\n\npub fn pitch() {}\n");
    git(&dir, &["init", "-q"]);
    git(&dir, &["add", "."]);
    git(&dir, &["commit", "-q", "-m", "base"]);
    write(
        &dir,
        "src/crm.rs",
        "redline::module_purpose!(\"sales\");\n\npub fn pitch(m: &crate::chat::ChatMessage) -> usize {\n    m.body.len()\n}\n",
    );
    write(&dir, ".gitattributes", "*.rs -diff\n");
    git(&dir, &["add", "."]);
    git(&dir, &["commit", "-q", "-m", "pr"]);
    let r = redline(&dir, &["check", "--format", "concise", "--changed-since", "HEAD~1"]);
    assert_violation_found(&r);
    let _ = std::fs::remove_dir_all(dir);
}
