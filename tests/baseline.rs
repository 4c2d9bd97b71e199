//! `--write-baseline` / `--baseline` as a team adopting redline uses them: record the
//! findings of an existing codebase, then see only new ones while the code moves on.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn redline(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_redline")).args(args).current_dir(dir).output().expect("run redline")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

const CHAT: &str = "#[redline::data(\"chat\")]\npub struct ChatMessage {\n    pub body: String,\n}\n";

const CRM: &str = "\
redline::module_purpose!(\"sales\");

use crate::chat::ChatMessage;

pub fn subject(m: &ChatMessage) -> usize {
    m.body.len()
}

pub fn preview(m: &ChatMessage) -> String {
    m.body.clone()
}
";

fn workspace(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("redline-baseline-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).expect("temp dir");
    let files = [
        ("Cargo.toml", "[package]\nname = \"svc\"\nversion = \"0.1.0\"\n"),
        (
            "redline.toml",
            "[categories.chat]\nallowed_purposes = [\"messaging\"]\n[purposes.messaging]\n[purposes.sales]\n",
        ),
        ("src/lib.rs", "pub mod chat;\npub mod crm;\n"),
        ("src/chat.rs", CHAT),
        ("src/crm.rs", CRM),
    ];
    for (path, text) in files {
        std::fs::write(dir.join(path), text).expect("write");
    }
    dir
}

#[test]
fn adopting_on_an_existing_codebase() {
    let dir = workspace("adopt");
    let o = redline(&dir, &["check", "-q"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "redline: 2 errors, 0 warnings in 3 files analysed\n");

    // Record: the run exits 0 and says what it wrote.
    let o = redline(&dir, &["check", "-q", "--write-baseline", "redline-baseline.json"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "redline: recorded 2 findings in the baseline redline-baseline.json\n"
    );
    let recorded = std::fs::read_to_string(dir.join("redline-baseline.json")).expect("baseline written");
    let doc: serde_json::Value = serde_json::from_str(&recorded).expect("JSON");
    assert_eq!(doc["version"], 1);
    let items: Vec<&str> =
        doc["findings"].as_array().expect("findings").iter().map(|e| e["item"].as_str().unwrap_or("")).collect();
    assert_eq!(items, ["svc::crm::preview", "svc::crm::subject"], "sorted");
    assert_eq!(doc["findings"][1]["code"], "m:&ChatMessage");
    assert!(!recorded.contains("\"line\""), "no line numbers in the baseline:\n{recorded}");

    // Known findings are not reported and do not fail the run.
    let o = redline(&dir, &["check", "-q", "--baseline", "redline-baseline.json"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "redline: 0 errors, 0 warnings in 3 files analysed (2 in the baseline)\n");

    // Lines move and the code is reformatted: still the same findings.
    let moved = CRM
        .replace(
            "use crate::chat::ChatMessage;\n",
            "use crate::chat::ChatMessage;\n\n/// Sales helpers.\n// (more lines)\n\n",
        )
        .replace("pub fn subject(m: &ChatMessage) -> usize {", "pub fn subject(\n    m: &ChatMessage,\n) -> usize {");
    std::fs::write(dir.join("src/crm.rs"), &moved).expect("write");
    let o = redline(&dir, &["check", "--baseline", "redline-baseline.json"]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert_eq!(stdout(&o), "redline: 0 errors, 0 warnings in 3 files analysed (2 in the baseline)\n");

    // A new finding is reported, and fails the run, alone.
    let added = format!("{moved}\npub fn opener(m: &ChatMessage) -> bool {{\n    m.body.is_empty()\n}}\n");
    std::fs::write(dir.join("src/crm.rs"), &added).expect("write");
    let o = redline(&dir, &["check", "--format", "concise", "--baseline", "redline-baseline.json"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stdout(&o),
        "src/crm.rs:19:15: error[purpose-violation] `chat` data is used for purpose `sales` in `svc::crm::opener`\n\
         redline: 1 error, 0 warnings in 3 files analysed (2 in the baseline)\n"
    );

    // A recorded finding is fixed: its entry is stale, and listed so the baseline can shrink.
    let fixed = added.replace("pub fn preview(m: &ChatMessage) -> String {\n    m.body.clone()\n}\n", "");
    std::fs::write(dir.join("src/crm.rs"), &fixed).expect("write");
    let o = redline(&dir, &["check", "--format", "concise", "--baseline", "redline-baseline.json"]);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains(
            "note: 1 baseline entry matches no finding any more (fixed, or the code changed); re-record the baseline \
             with --write-baseline to drop it:\n  src/crm.rs: purpose-violation in `svc::crm::preview` (`chat` for `sales`): m:&ChatMessage\n"
        ),
        "{out}"
    );
    assert!(out.ends_with("redline: 1 error, 0 warnings in 3 files analysed (1 in the baseline)\n"), "{out}");
    let o = redline(&dir, &["check", "--format", "json", "--baseline", "redline-baseline.json"]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(json["baseline"]["known"], 1);
    assert_eq!(json["baseline"]["stale"][0]["item"], "svc::crm::preview");
    let o = redline(&dir, &["check", "--format", "github", "--baseline", "redline-baseline.json"]);
    assert!(stdout(&o).contains("::notice title=redline baseline::note: 1 baseline entry"), "{}", stdout(&o));
    let o = redline(&dir, &["check", "--format", "sarif", "--baseline", "redline-baseline.json"]);
    let sarif: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(sarif["runs"][0]["results"][0]["baselineState"], "new");

    // Re-recording is stable: the same findings give the same bytes.
    for _ in 0..2 {
        let o = redline(&dir, &["check", "-q", "--write-baseline", "again.json"]);
        assert_eq!(o.status.code(), Some(0));
    }
    let once = std::fs::read(dir.join("again.json")).expect("written");
    let o = redline(&dir, &["check", "-q", "--write-baseline", "again.json", "--baseline", "again.json"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(std::fs::read(dir.join("again.json")).expect("written"), once);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_baseline_that_cannot_be_read_stops_the_run() {
    let dir = workspace("bad");
    let o = redline(&dir, &["check", "--baseline", "missing.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).starts_with("error: cannot read the baseline missing.json"));
    std::fs::write(dir.join("old.json"), "{\"version\": 7, \"findings\": []}").expect("write");
    let o = redline(&dir, &["check", "--baseline", "old.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("version 7"), "{}", String::from_utf8_lossy(&o.stderr));
    std::fs::write(dir.join("junk.json"), "[1, 2]").expect("write");
    let o = redline(&dir, &["check", "--baseline", "junk.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("junk.json is not a redline baseline"));
    let _ = std::fs::remove_dir_all(dir);
}
