//! `--format rustc-json` read the way rust-analyzer reads `cargo check` output: with
//! `cargo_metadata`, line by line. Every line must be a cargo message (no text line),
//! every finding a compiler message whose primary span points into the file.

use cargo_metadata::diagnostic::DiagnosticLevel;
use cargo_metadata::Message;
use std::path::Path;
use std::process::Command;

#[test]
fn cargo_metadata_reads_every_line_of_the_demo() {
    let demo = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/demo");
    let o = Command::new(env!("CARGO_BIN_EXE_redline"))
        .args(["check", "--format", "rustc-json"])
        .current_dir(&demo)
        .output()
        .expect("run redline");
    assert_eq!(o.status.code(), Some(1), "{}", String::from_utf8_lossy(&o.stderr));
    let (mut diagnostics, mut finished) = (0, None);
    for message in Message::parse_stream(o.stdout.as_slice()) {
        match message.expect("readable") {
            Message::CompilerMessage(m) => {
                diagnostics += 1;
                assert_eq!(m.message.level, DiagnosticLevel::Error, "{m:?}");
                let code = m.message.code.as_ref().map(|c| c.code.as_str());
                assert_eq!(code, Some("purpose-violation"));
                let primary = m.message.spans.iter().find(|s| s.is_primary).expect("a primary span");
                let text = std::fs::read_to_string(&primary.file_name).expect("the span's file exists");
                assert!(primary.byte_start <= primary.byte_end && (primary.byte_end as usize) <= text.len());
                assert!(m.target.src_path.is_file(), "{}", m.target.src_path);
                assert!(m.message.rendered.as_deref().is_some_and(|r| r.starts_with("error[purpose-violation]: ")));
            }
            Message::BuildFinished(b) => finished = Some(b.success),
            other => panic!("not a compiler message: {other:?}"),
        }
    }
    assert_eq!(diagnostics, 11, "one message per finding of the demo");
    assert_eq!(finished, Some(false), "build-finished comes last, failed: the demo has errors");
}
