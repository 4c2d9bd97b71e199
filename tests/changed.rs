//! `--changed-since` on a temporary git repository: the whole workspace is analysed,
//! but only findings on changed lines (or whose trace crosses one) are reported.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn redline(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_redline")).args(args).current_dir(dir).output().expect("run redline")
}

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

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn write(dir: &Path, path: &str, text: &str) {
    let p = dir.join(path);
    std::fs::create_dir_all(p.parent().expect("parent")).expect("dirs");
    std::fs::write(p, text).expect("write");
}

/// A repository whose workspace is in `service/` (a subdirectory), committed once.
fn repository(name: &str) -> (PathBuf, PathBuf) {
    let repo = std::env::temp_dir().join(format!("redline-changed-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&repo);
    let ws = repo.join("service");
    write(&ws, "Cargo.toml", "[package]\nname = \"svc\"\nversion = \"0.1.0\"\n");
    write(
        &ws,
        "redline.toml",
        "[categories.chat]\nallowed_purposes = [\"messaging\"]\n[purposes.messaging]\n[purposes.sales]\n[purposes.ads]\n",
    );
    write(&ws, "src/lib.rs", "pub mod ads;\npub mod chat;\npub mod crm;\n");
    write(&ws, "src/chat.rs", "#[redline::data(\"chat\")]\npub struct ChatMessage {\n    pub body: String,\n}\n");
    write(
        &ws,
        "src/crm.rs",
        "redline::module_purpose!(\"sales\");\n\nuse crate::chat::ChatMessage;\n\n\
         pub fn subject(m: &ChatMessage) -> usize {\n    m.body.len()\n}\n",
    );
    write(
        &ws,
        "src/ads.rs",
        "redline::module_purpose!(\"ads\");\n\nuse crate::chat::ChatMessage;\n\n\
         pub fn target(m: &ChatMessage) -> bool {\n    m.body.is_empty()\n}\n",
    );
    write(&repo, "README.md", "outside the workspace\n");
    git(&repo, &["init", "-q", "-b", "main"]);
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "initial"]);
    (repo, ws)
}

fn concise(ws: &Path, since: &str) -> (Option<i32>, String) {
    let o = redline(ws, &["check", "--format", "concise", "--changed-since", since]);
    (o.status.code(), format!("{}{}", stdout(&o), String::from_utf8_lossy(&o.stderr)))
}

#[test]
fn only_findings_on_changed_lines_are_reported() {
    let (repo, ws) = repository("lines");
    assert_eq!(
        concise(&ws, "HEAD"),
        (Some(0), "redline: 0 errors, 0 warnings in 4 files analysed (2 outside the changes since HEAD)\n".into())
    );

    // An uncommitted edit to the line of one finding, and one outside the workspace.
    write(
        &ws,
        "src/crm.rs",
        "redline::module_purpose!(\"sales\");\n\nuse crate::chat::ChatMessage;\n\n\
         pub fn subject(m: &ChatMessage) -> u64 {\n    m.body.len() as u64\n}\n",
    );
    write(&repo, "README.md", "changed\n");
    assert_eq!(
        concise(&ws, "HEAD"),
        (
            Some(1),
            "src/crm.rs:5:16: error[purpose-violation] `chat` data is used for purpose `sales` in `svc::crm::subject`\n\
             redline: 1 error, 0 warnings in 4 files analysed (1 outside the changes since HEAD)\n"
                .into()
        )
    );

    // Committed changes count too, against an older revision; a new, untracked file is all changed.
    git(&repo, &["commit", "-q", "-am", "edit crm"]);
    write(&ws, "src/lib.rs", "pub mod ads;\npub mod chat;\npub mod crm;\npub mod promo;\n");
    write(&ws, "src/promo.rs", "redline::module_purpose!(\"ads\");\n\npub fn teaser(m: &crate::chat::ChatMessage) -> usize {\n    m.body.len()\n}\n");
    let (code, out) = concise(&ws, "HEAD~1");
    assert_eq!(code, Some(1));
    assert!(out.contains("src/crm.rs:5:16: error[purpose-violation]"), "{out}");
    assert!(out.contains("src/promo.rs:3:15: error[purpose-violation]"), "{out}");
    assert!(!out.contains("src/ads.rs"), "{out}");
    assert!(out.ends_with("(1 outside the changes since HEAD~1)\n"), "{out}");
    let _ = std::fs::remove_dir_all(repo);
}

#[test]
fn a_change_on_the_trace_counts() {
    let (repo, ws) = repository("trace");
    // Re-classifying the type touches the first step of every finding's trace.
    write(
        &ws,
        "src/chat.rs",
        "#[redline::data(\"chat\")] // private messages\npub struct ChatMessage {\n    pub body: String,\n}\n",
    );
    let (code, out) = concise(&ws, "HEAD");
    assert_eq!(code, Some(1));
    assert!(out.ends_with("redline: 2 errors, 0 warnings in 4 files analysed\n"), "{out}");
    let _ = std::fs::remove_dir_all(repo);
}

#[test]
fn outside_a_git_checkout_or_with_an_unknown_revision_exits_2() {
    let (repo, ws) = repository("errors");
    let (code, out) = concise(&ws, "no-such-branch");
    assert_eq!(code, Some(2));
    assert!(out.contains("git knows no commit `no-such-branch`"), "{out}");
    let (code, out) = concise(&ws, "--output=x");
    assert_eq!(code, Some(2), "{out}");
    std::fs::remove_dir_all(repo.join(".git")).expect("remove .git");
    let (code, out) = concise(&ws, "HEAD");
    assert_eq!(code, Some(2));
    assert!(out.starts_with("error: --changed-since needs a git checkout"), "{out}");
    let _ = std::fs::remove_dir_all(repo);
}
