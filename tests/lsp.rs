//! `redline lsp` end to end, as an editor drives it over stdio (issue 13, "In the
//! editor"): initialize, open a file with a violation and get its diagnostic, ask for
//! code actions at it ("suppress with reason", "explain this lint"), fix the file and
//! save, see the diagnostic cleared, shut down. Every wait has a deadline, and the server
//! is killed when the test ends, so a hang fails the test instead of blocking it.

use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The subcommand starting the language server (named in the issue).
const LSP: &str = "lsp";
/// How long any one answer may take.
const PATIENCE: Duration = Duration::from_secs(30);

const POLICY: &str = "[categories.chat]\nallowed_purposes = [\"messaging\"]\n[purposes.messaging]\n[purposes.sales]\n";
const CHAT: &str = "#[redline::data(\"chat\")]\npub struct ChatMessage {\n    pub body: String,\n}\n";
/// `pitch` reads chat data for `sales`: one `purpose-violation`, at its parameter (line 5).
const CRM: &str = "\
redline::module_purpose!(\"sales\");

use crate::chat::ChatMessage;

pub fn pitch(m: &ChatMessage) -> usize {
    let body = m.body.clone();
    body.len()
}
";

fn write(dir: &Path, path: &str, text: &str) {
    let p = dir.join(path);
    std::fs::create_dir_all(p.parent().expect("parent")).expect("dirs");
    std::fs::write(p, text).expect("write");
}

/// A workspace with one purpose violation in `src/crm.rs`, in a fresh temporary directory.
fn workspace(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("redline-lsp-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let dir = dir.canonicalize().expect("temp dir");
    write(&dir, "Cargo.toml", "[package]\nname = \"svc\"\nversion = \"0.1.0\"\nedition = \"2021\"\n");
    write(&dir, "redline.toml", POLICY);
    write(&dir, "src/lib.rs", "pub mod chat;\npub mod crm;\n");
    write(&dir, "src/chat.rs", CHAT);
    write(&dir, "src/crm.rs", CRM);
    dir
}

/// `redline check --format json` on `dir`.
fn check(dir: &Path) -> Value {
    let o = Command::new(env!("CARGO_BIN_EXE_redline"))
        .args(["check", "--format", "json"])
        .current_dir(dir)
        .output()
        .expect("run redline");
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!("no JSON report ({e}): {}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
    })
}

fn lints(report: &Value) -> Vec<String> {
    report["findings"].as_array().into_iter().flatten().map(|f| f["lint"].as_str().unwrap_or("").to_string()).collect()
}

fn uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// The path of a `file://` URI, percent-decoded.
fn uri_path(uri: &str) -> String {
    let raw = uri.strip_prefix("file://").unwrap_or(uri);
    let bytes = raw.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match (bytes[i], raw.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A language server child process speaking JSON-RPC with Content-Length framing.
struct Server {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    stderr: Arc<Mutex<String>>,
    /// Notifications received while waiting for something else.
    notifications: Vec<Value>,
    next_id: i64,
}

impl Server {
    fn start(dir: &Path) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_redline"))
            .arg(LSP)
            .current_dir(dir)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start redline lsp");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let mut err = child.stderr.take().expect("stderr");
        let stderr = Arc::new(Mutex::new(String::new()));
        let sink = Arc::clone(&stderr);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n @ 1..) = err.read(&mut buf) {
                if let Ok(mut s) = sink.lock() {
                    s.push_str(&String::from_utf8_lossy(&buf[..n]));
                }
            }
        });
        let (tx, incoming) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut length = None;
                loop {
                    let mut header = String::new();
                    match reader.read_line(&mut header) {
                        Ok(0) | Err(_) => return,
                        Ok(_) => {}
                    }
                    let header = header.trim_end();
                    if header.is_empty() {
                        break;
                    }
                    if let Some((name, value)) = header.split_once(':') {
                        if name.eq_ignore_ascii_case("content-length") {
                            length = value.trim().parse::<usize>().ok();
                        }
                    }
                }
                let Some(length) = length else { return };
                let mut body = vec![0; length];
                if reader.read_exact(&mut body).is_err() {
                    return;
                }
                let message = serde_json::from_slice(&body)
                    .unwrap_or_else(|e| json!({"unparsable": String::from_utf8_lossy(&body), "error": e.to_string()}));
                if tx.send(message).is_err() {
                    return;
                }
            }
        });
        Server { child, stdin, incoming, stderr, notifications: Vec::new(), next_id: 1 }
    }

    /// `initialize` for the workspace `dir`, as an editor sends it, then `initialized`; the
    /// server's answer.
    fn initialize(&mut self, dir: &Path) -> Value {
        let init = self.request(
            "initialize",
            json!({
                "processId": std::process::id(),
                "clientInfo": {"name": "redline-test"},
                "rootUri": uri(dir),
                "rootPath": dir.display().to_string(),
                "workspaceFolders": [{"uri": uri(dir), "name": "svc"}],
                "capabilities": {
                    "textDocument": {
                        "synchronization": {"didSave": true, "dynamicRegistration": false},
                        "publishDiagnostics": {"relatedInformation": true},
                        "codeAction": {
                            "codeActionLiteralSupport": {
                                "codeActionKind": {"valueSet": ["", "quickfix", "refactor", "source"]}
                            }
                        }
                    },
                    "workspace": {"workspaceFolders": true, "applyEdit": true}
                }
            }),
        );
        self.notify("initialized", json!({}));
        init
    }

    fn stderr(&self) -> String {
        self.stderr.lock().map(|s| s.clone()).unwrap_or_default()
    }

    fn send(&mut self, message: &Value) {
        let body = message.to_string();
        let framed = format!("Content-Length: {}\r\n\r\n{body}", body.len());
        let sent = self.stdin.write_all(framed.as_bytes()).and_then(|()| self.stdin.flush());
        if let Err(e) = sent {
            panic!("cannot write to the server ({e}); its stderr:\n{}", self.stderr());
        }
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// The next message from the server; answers its requests on the way.
    fn receive(&mut self, deadline: Instant, waiting_for: &str) -> Value {
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let message = match self.incoming.recv_timeout(left) {
                Ok(m) => m,
                Err(RecvTimeoutError::Timeout) => {
                    panic!("no {waiting_for} within {PATIENCE:?}; server stderr:\n{}", self.stderr())
                }
                Err(RecvTimeoutError::Disconnected) => {
                    let status = self.child.try_wait().ok().flatten();
                    panic!(
                        "the server closed its output while we waited for {waiting_for} (exit status {status:?}); stderr:\n{}",
                        self.stderr()
                    )
                }
            };
            assert!(message.get("unparsable").is_none(), "the server sent a body that is not JSON: {message}");
            assert_eq!(message["jsonrpc"], "2.0", "every message is JSON-RPC 2.0: {message}");
            if let (Some(method), Some(id)) = (message["method"].as_str(), message.get("id")) {
                // A request from the server (configuration, progress, registration): answer it.
                let result = match method {
                    "workspace/configuration" => {
                        let n = message["params"]["items"].as_array().map_or(0, Vec::len);
                        Value::Array(vec![Value::Null; n])
                    }
                    _ => Value::Null,
                };
                let id = id.clone();
                self.send(&json!({"jsonrpc": "2.0", "id": id, "result": result}));
                continue;
            }
            return message;
        }
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        let deadline = Instant::now() + PATIENCE;
        loop {
            let message = self.receive(deadline, &format!("the answer to {method}"));
            if message.get("method").is_some() {
                self.notifications.push(message);
            } else if message["id"] == id {
                assert!(message.get("error").is_none(), "{method} failed: {message}");
                return message["result"].clone();
            }
        }
    }

    /// The first notification (already received or to come) that `matches`.
    fn wait_for(&mut self, what: &str, matches: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.notifications.iter().position(&matches) {
            return self.notifications.remove(i);
        }
        let deadline = Instant::now() + PATIENCE;
        loop {
            let message = self.receive(deadline, what);
            if matches(&message) {
                return message;
            }
            if message.get("method").is_some() {
                self.notifications.push(message);
            }
        }
    }

    /// Says `path` was saved, and waits until the check it starts has published what it
    /// found: the server handles messages in order, so once a request sent after the save
    /// is answered, the check is done and its diagnostics are in `notifications`.
    fn save(&mut self, path: &Path) {
        let uri = uri(path);
        self.notify("textDocument/didSave", json!({"textDocument": {"uri": uri}}));
        let start = json!({"line": 0, "character": 0});
        let context = json!({"diagnostics": []});
        self.request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": {"start": start, "end": start}, "context": context}),
        );
    }

    /// The diagnostics the editor shows, by file relative to `dir`, after the notifications
    /// received so far (taken from `notifications`) are applied to `shown`.
    fn shown(&mut self, dir: &Path, shown: &mut BTreeMap<String, Vec<Value>>) {
        let root = format!("{}/", dir.display());
        for n in std::mem::take(&mut self.notifications) {
            if n["method"] != "textDocument/publishDiagnostics" {
                continue;
            }
            let file = uri_path(n["params"]["uri"].as_str().unwrap_or_default());
            let file = file.strip_prefix(&root).unwrap_or(&file).to_string();
            let diagnostics = n["params"]["diagnostics"].as_array().cloned().unwrap_or_default();
            shown.insert(file, diagnostics);
        }
        shown.retain(|_, d| !d.is_empty());
    }

    fn diagnostics_for(&mut self, path: &Path, what: &str, matches: impl Fn(&[Value]) -> bool) -> Vec<Value> {
        let file = path.display().to_string();
        let message = self.wait_for(what, |m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"].as_str().is_some_and(|u| uri_path(u) == file)
                && m["params"]["diagnostics"].as_array().is_some_and(|d| matches(d))
        });
        message["params"]["diagnostics"].as_array().cloned().unwrap_or_default()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // The watchdog's last resort: never leave a server behind.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// (line, character) of an LSP position (0-based; ASCII text, so UTF-16 = bytes).
fn position(p: &Value) -> (usize, usize) {
    (p["line"].as_u64().unwrap_or(u64::MAX) as usize, p["character"].as_u64().unwrap_or(u64::MAX) as usize)
}

/// Applies LSP text edits to `text` (ASCII).
fn apply(text: &str, edits: &[Value]) -> String {
    let offset = |(line, character): (usize, usize)| -> usize {
        let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
        start + character
    };
    let mut spans: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|e| {
            (
                offset(position(&e["range"]["start"])),
                offset(position(&e["range"]["end"])),
                e["newText"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    spans.sort_by_key(|s| std::cmp::Reverse(s.0));
    let mut out = text.to_string();
    for (start, end, new) in spans {
        out.replace_range(start.min(out.len())..end.min(out.len()), &new);
    }
    out
}

/// The text edits a code action makes to the document `uri`.
fn edits_to(action: &Value, file: &str) -> Vec<Value> {
    let edit = &action["edit"];
    let mut edits = Vec::new();
    if let Some(changes) = edit["changes"].as_object() {
        for (u, list) in changes {
            if uri_path(u) == file {
                edits.extend(list.as_array().cloned().unwrap_or_default());
            }
        }
    }
    for change in edit["documentChanges"].as_array().into_iter().flatten() {
        if change["textDocument"]["uri"].as_str().is_some_and(|u| uri_path(u) == file) {
            edits.extend(change["edits"].as_array().cloned().unwrap_or_default());
        }
    }
    edits
}

#[test]
fn diagnostics_code_actions_and_save_over_stdio() {
    let dir = workspace("e2e");
    let crm = dir.join("src/crm.rs");
    let crm_uri = uri(&crm);

    // What the CLI reports is what the editor must show.
    let report = check(&dir);
    let finding = report["findings"]
        .as_array()
        .and_then(|f| f.iter().find(|f| f["lint"] == "purpose-violation"))
        .cloned()
        .unwrap_or_else(|| panic!("the workspace has a violation: {report}"));
    assert_eq!(finding["file"], "src/crm.rs");
    let at = |key: &str| finding[key].as_u64().expect("position") as usize - 1;
    let (start, end) = ((at("line"), at("column")), (at("end_line"), at("end_column")));

    let mut server = Server::start(&dir);
    let init = server.initialize(&dir);
    let caps = &init["capabilities"];
    assert!(caps.get("textDocumentSync").is_some(), "the server says how documents are synchronised: {init}");
    assert!(
        caps["codeActionProvider"] == true || caps["codeActionProvider"].is_object(),
        "the server offers code actions: {init}"
    );

    // Open: the violation is published at its range, with the lint as its code.
    server.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": crm_uri, "languageId": "rust", "version": 1, "text": CRM}}),
    );
    let diagnostics = server.diagnostics_for(&crm, "diagnostics for src/crm.rs after didOpen", |d| !d.is_empty());
    let diagnostic = diagnostics
        .iter()
        .find(|d| d["code"] == "purpose-violation")
        .cloned()
        .unwrap_or_else(|| panic!("no purpose-violation diagnostic: {diagnostics:?}"));
    assert_eq!(
        (position(&diagnostic["range"]["start"]), position(&diagnostic["range"]["end"])),
        (start, end),
        "the diagnostic's range is the finding's (0-based): {diagnostic}"
    );
    assert_eq!(diagnostic["severity"], 1, "an error: {diagnostic}");
    assert!(diagnostic["source"].as_str().is_some_and(|s| s.contains("redline")), "{diagnostic}");
    assert!(diagnostic["message"].as_str().is_some_and(|m| m.contains("`chat` data")), "{diagnostic}");

    // Code actions at the diagnostic: suppress (with a reason) and explain.
    let actions = server.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": crm_uri},
            "range": diagnostic["range"],
            "context": {"diagnostics": [diagnostic], "triggerKind": 1}
        }),
    );
    let actions = actions.as_array().cloned().unwrap_or_else(|| panic!("code actions are a list: {actions}"));
    let titled = |word: &str| {
        actions.iter().find(|a| a["title"].as_str().is_some_and(|t| t.to_lowercase().contains(word))).cloned()
    };
    let suppress = titled("suppress").unwrap_or_else(|| panic!("no \"suppress\" action: {actions:?}"));
    let explain = titled("explain").unwrap_or_else(|| panic!("no \"explain\" action: {actions:?}"));
    assert!(
        ["command", "edit", "data"].iter().any(|k| explain.get(*k).is_some()),
        "the explain action does something (a command, an edit, or data to resolve): {explain}"
    );
    let edits = edits_to(&suppress, &crm.display().to_string());
    let inserted: String = edits.iter().filter_map(|e| e["newText"].as_str()).collect();
    let comment = "// redline:allow(purpose-violation)";
    let reason = inserted
        .split_once(comment)
        .map(|(_, rest)| rest.lines().next().unwrap_or("").trim().to_string())
        .unwrap_or_else(|| panic!("the suppress action inserts `{comment} <reason>`: {suppress}"));
    assert!(reason.chars().any(char::is_alphanumeric), "with a reason (or a placeholder for one): {suppress}");
    // Applied, the suppression works: the finding is gone and the comment is not an error itself.
    let fixed = workspace("e2e-suppressed");
    write(&fixed, "src/crm.rs", &apply(CRM, &edits));
    let after = lints(&check(&fixed));
    assert!(
        !after.iter().any(|l| l == "purpose-violation" || l == "suppression-without-reason"),
        "after the suppress action redline still reports {after:?}:\n{}",
        apply(CRM, &edits)
    );
    let _ = std::fs::remove_dir_all(fixed);

    // Fix the file on disk, then save: the diagnostic is cleared.
    server.notifications.clear();
    let allowed = CRM.replace("module_purpose!(\"sales\")", "module_purpose!(\"messaging\")");
    write(&dir, "src/crm.rs", &allowed);
    server.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": crm_uri, "version": 2}, "contentChanges": [{"text": allowed}]}),
    );
    server.notify("textDocument/didSave", json!({"textDocument": {"uri": crm_uri}, "text": allowed}));
    server.diagnostics_for(&crm, "empty diagnostics for src/crm.rs after didSave", <[Value]>::is_empty);

    // Shut down cleanly.
    let result = server.request("shutdown", Value::Null);
    assert!(result.is_null(), "shutdown answers null: {result}");
    server.notify("exit", Value::Null);
    let deadline = Instant::now() + PATIENCE;
    let status = loop {
        match server.child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(20)),
            _ => panic!("the server did not exit after `exit`; stderr:\n{}", server.stderr()),
        }
    };
    assert!(status.success(), "exit after shutdown is exit code 0: {status:?}; stderr:\n{}", server.stderr());
    drop(server);
    let _ = std::fs::remove_dir_all(dir);
}

/// What the editor shows, as (file, lint, 0-based line), sorted.
fn shown_findings(shown: &BTreeMap<String, Vec<Value>>) -> Vec<(String, String, u64)> {
    let mut out: Vec<_> = shown
        .iter()
        .flat_map(|(file, diagnostics)| {
            diagnostics.iter().map(move |d| {
                let line = d["range"]["start"]["line"].as_u64().unwrap_or(u64::MAX);
                (file.clone(), d["code"].as_str().unwrap_or_default().to_string(), line)
            })
        })
        .collect();
    out.sort();
    out
}

/// What `redline check` reports on `dir`, as [`shown_findings`] has it.
fn checked_findings(dir: &Path) -> Vec<(String, String, u64)> {
    let report = check(dir);
    let mut out: Vec<_> = report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            let line = f["line"].as_u64().map_or(u64::MAX, |l| l - 1);
            (
                f["file"].as_str().unwrap_or_default().to_string(),
                f["lint"].as_str().unwrap_or_default().to_string(),
                line,
            )
        })
        .collect();
    out.sort();
    out
}

/// The server keeps the parsed files between checks and parses only those that changed:
/// a file edited and saved, edited back, added, edited alone, and deleted is shown with the
/// findings `redline check` reports at each step, and a deleted file's diagnostics are cleared.
#[test]
fn saves_after_edits_additions_and_deletions_show_what_check_reports() {
    let dir = workspace("edits");
    let (lib, crm, ads) = (dir.join("src/lib.rs"), dir.join("src/crm.rs"), dir.join("src/ads.rs"));
    let mut server = Server::start(&dir);
    server.initialize(&dir);
    let mut shown = BTreeMap::new();
    let mut step = |server: &mut Server, saved: &Path, what: &str| -> Vec<(String, String, u64)> {
        server.save(saved);
        server.shown(&dir, &mut shown);
        let (seen, checked) = (shown_findings(&shown), checked_findings(&dir));
        assert_eq!(seen, checked, "{what}: the editor shows what `redline check` reports");
        seen
    };
    let violation = |file: &str, line: u64| (file.to_string(), "purpose-violation".to_string(), line);

    assert_eq!(step(&mut server, &crm, "at start"), [violation("src/crm.rs", 4)]);
    let allowed = CRM.replace("module_purpose!(\"sales\")", "module_purpose!(\"messaging\")");
    write(&dir, "src/crm.rs", &allowed);
    assert_eq!(step(&mut server, &crm, "crm.rs allowed"), []);
    write(&dir, "src/crm.rs", CRM);
    assert_eq!(step(&mut server, &crm, "crm.rs changed back"), [violation("src/crm.rs", 4)]);

    // A new module, then an edit to it alone: its findings appear, then move.
    write(&dir, "src/ads.rs", &CRM.replace("pitch", "target"));
    write(&dir, "src/lib.rs", "pub mod ads;\npub mod chat;\npub mod crm;\n");
    let both = [violation("src/ads.rs", 4), violation("src/crm.rs", 4)];
    assert_eq!(step(&mut server, &lib, "ads.rs added"), both);
    write(&dir, "src/ads.rs", &format!("\n\n{}", CRM.replace("pitch", "target")));
    assert_eq!(step(&mut server, &ads, "ads.rs edited"), [violation("src/ads.rs", 6), violation("src/crm.rs", 4)]);

    // Deleted: its diagnostics are cleared, and the declaration that names it is reported.
    std::fs::remove_file(&ads).expect("delete ads.rs");
    let seen = step(&mut server, &lib, "ads.rs deleted");
    assert!(!seen.iter().any(|(file, _, _)| file == "src/ads.rs"), "ads.rs is cleared: {seen:?}");
    assert!(seen.contains(&("src/lib.rs".to_string(), "missing-module".to_string(), 0)), "{seen:?}");
    write(&dir, "src/lib.rs", "pub mod chat;\npub mod crm;\n");
    assert_eq!(step(&mut server, &lib, "ads.rs undeclared"), [violation("src/crm.rs", 4)]);

    drop(server);
    let _ = std::fs::remove_dir_all(dir);
}
