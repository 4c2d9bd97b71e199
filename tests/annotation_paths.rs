//! The analyzer recognises the annotations crate however a service depends on it: by its
//! library name `redline`, through a Cargo rename, and under its published package name
//! `redline-annotations` (library `redline`). Unknown names in its namespace are reported
//! under every name; what other crates call `data` is not redline's.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A one-package workspace with `manifest_deps` as its `[dependencies]`.
fn workspace(name: &str, manifest_deps: &str, lib: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("redline-annotation-paths-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("src")).expect("temp dir");
    let manifest = format!("[package]\nname = \"svc\"\nversion = \"0.1.0\"\n\n[dependencies]\n{manifest_deps}\n");
    std::fs::write(dir.join("Cargo.toml"), manifest).expect("write");
    let policy = "[categories.chat]\nallowed_purposes = [\"messaging\"]\n[purposes.messaging]\n[purposes.sales]\n";
    std::fs::write(dir.join("redline.toml"), policy).expect("write");
    std::fs::write(dir.join("src/lib.rs"), lib).expect("write");
    dir
}

/// `(lint, line, message)` of every finding.
fn findings(dir: &Path) -> Vec<(String, u64, String)> {
    let o = Command::new(env!("CARGO_BIN_EXE_redline"))
        .args(["check", "--format", "json"])
        .current_dir(dir)
        .output()
        .expect("run redline");
    let report: Value = serde_json::from_slice(&o.stdout).expect("a JSON report");
    let _ = std::fs::remove_dir_all(dir);
    let s = |f: &Value, key: &str| f[key].as_str().unwrap_or_default().to_string();
    let all = report["findings"].as_array().cloned().unwrap_or_default();
    all.iter().map(|f| (s(f, "lint"), f["line"].as_u64().unwrap_or_default(), s(f, "message"))).collect()
}

const LIB: &str = r#"NAME::module_purpose!("sales");

#[NAME::data("chat")]
pub struct Message {
    pub body: String,
}

pub fn pitch(m: &Message) -> usize {
    m.body.len()
}

#[NAME::date("chat")]
pub struct Note;
"#;

fn expected(name: &str) -> Vec<(String, u64, String)> {
    vec![
        ("purpose-violation".into(), 8, "`chat` data is used for purpose `sales` in `svc::pitch`".into()),
        ("malformed-annotation".into(), 12, format!("cannot find `date` in `{name}`")),
    ]
}

#[test]
fn the_annotations_crate_under_each_of_its_names() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("annotations");
    let path = path.display();
    for (case, deps, name) in [
        ("library-name", format!("redline = {{ path = \"{path}\" }}"), "redline"),
        ("cargo-rename", format!("rl = {{ package = \"redline\", path = \"{path}\" }}"), "rl"),
        ("published-name", "redline-annotations = \"0.1\"".to_string(), "redline"),
        ("published-renamed", "rl = { package = \"redline-annotations\", version = \"0.1\" }".to_string(), "rl"),
    ] {
        let dir = workspace(case, &deps, &LIB.replace("NAME", name));
        assert_eq!(findings(&dir), expected(name), "{case}");
    }
}

#[test]
fn another_crates_data_attribute_is_not_an_annotation() {
    let lib = "use lookalike::data;\n\n#[data(\"chat\")]\npub struct Note;\n\npub struct Memo {\n    #[lookalike::data]\n    pub body: String,\n}\n";
    let dir = workspace("lookalike", "lookalike = \"1\"", lib);
    assert_eq!(findings(&dir), Vec::new());
}
