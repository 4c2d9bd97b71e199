//! `redline lsp`: a language server over stdio (`lsp-server` for the JSON-RPC transport,
//! `lsp-types` for the messages). It checks the workspace when the editor connects and
//! again whenever a file is saved (redline reads the files on disk, as `redline check`
//! does, so unsaved edits count once saved), and publishes every finding as a
//! diagnostic. On a finding it offers two code actions: suppress it with a
//! `// redline:allow(<lint>) <reason>` comment (a placeholder reason to replace) and
//! explain its lint. A check runs the whole analysis on a pool of threads with a large
//! stack, as `redline check` does, except that files unchanged since the last check are
//! not parsed again (the server keeps a [`load::Cache`]); see docs/editors.md for its cost.

mod convert;

use crate::diag::{lint, Lint};
use crate::{load, Checked, Options};
use convert::Encoding;
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, DidSaveTextDocument, Exit, LogMessage,
    Notification as _, PublishDiagnostics, ShowMessage,
};
use lsp_types::request::{CodeActionRequest, ExecuteCommand, Request as _, ShowDocument};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOptions, CodeActionOrCommand, CodeActionParams, CodeActionProviderCapability,
    Command, Diagnostic, ExecuteCommandOptions, ExecuteCommandParams, InitializeParams, LogMessageParams, MessageType,
    Position, PositionEncodingKind, PublishDiagnosticsParams, Range, SaveOptions, ServerCapabilities,
    ShowDocumentParams, ShowMessageParams, TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions, TextEdit, WorkspaceEdit,
};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// The command of the "explain" code action.
const EXPLAIN: &str = "redline.explain";

/// `redline lsp`: serves the editor on stdin/stdout until it shuts the server down.
pub fn main() -> ExitCode {
    let (connection, io_threads) = Connection::stdio();
    match serve(&connection) {
        Ok(true) => {
            // Flush what is still queued (the answer to `shutdown`) before exiting.
            drop(connection);
            if let Err(e) = io_threads.join() {
                eprintln!("redline lsp: {e}");
            }
            ExitCode::SUCCESS
        }
        // `exit` without `shutdown`, or the editor went away: exit code 1, as the protocol says.
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("redline lsp: {e}");
            ExitCode::from(1)
        }
    }
}

/// Runs the server; `Ok(true)` after a clean shutdown.
fn serve(connection: &Connection) -> Result<bool, String> {
    let (id, params) = connection.initialize_start().map_err(|e| e.to_string())?;
    let params: InitializeParams = serde_json::from_value(params).map_err(|e| format!("bad initialize: {e}"))?;
    let utf8 = params.capabilities.general.as_ref().and_then(|g| g.position_encodings.as_ref());
    let encoding =
        if utf8.is_some_and(|e| e.contains(&PositionEncodingKind::UTF8)) { Encoding::Utf8 } else { Encoding::Utf16 };
    let show_document =
        params.capabilities.window.as_ref().and_then(|w| w.show_document.as_ref()).is_some_and(|s| s.support);
    let result = serde_json::json!({
        "capabilities": capabilities(encoding),
        "serverInfo": {"name": "redline", "version": env!("CARGO_PKG_VERSION")},
    });
    connection.initialize_finish(id, result).map_err(|e| e.to_string())?;
    let pool = rayon::ThreadPoolBuilder::new()
        .stack_size(crate::STACK_SIZE)
        .build()
        .map_err(|e| format!("cannot start worker threads: {e}"))?;
    let mut server = Server {
        connection,
        pool,
        root: root_of(&params),
        encoding,
        show_document,
        documents: HashMap::new(),
        published: BTreeMap::new(),
        cache: load::Cache::default(),
        last_error: None,
        next_id: 0,
    };
    server.check();
    for message in &connection.receiver {
        match message {
            Message::Request(req) => {
                if connection.handle_shutdown(&req).map_err(|e| e.to_string())? {
                    return Ok(true);
                }
                server.request(req);
            }
            Message::Notification(n) if n.method == Exit::METHOD => return Ok(false),
            Message::Notification(n) => server.notification(n),
            // Answers to our own requests (showDocument): nothing to do.
            Message::Response(_) => {}
        }
    }
    Ok(false)
}

fn capabilities(encoding: Encoding) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(match encoding {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        }),
        text_document_sync: Some(TextDocumentSyncCapability::Options(TextDocumentSyncOptions {
            open_close: Some(true),
            change: Some(TextDocumentSyncKind::FULL),
            save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions { include_text: Some(false) })),
            ..TextDocumentSyncOptions::default()
        })),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
            resolve_provider: Some(false),
            ..CodeActionOptions::default()
        })),
        execute_command_provider: Some(ExecuteCommandOptions {
            commands: vec![EXPLAIN.to_string()],
            ..ExecuteCommandOptions::default()
        }),
        ..ServerCapabilities::default()
    }
}

/// The directory the editor opened: its first workspace folder, else its root, else ours.
#[allow(deprecated)] // root_uri and root_path: older clients send only those
fn root_of(params: &InitializeParams) -> PathBuf {
    let folder = params.workspace_folders.as_ref().and_then(|f| f.first()).map(|f| &f.uri);
    folder
        .or(params.root_uri.as_ref())
        .and_then(convert::uri_to_path)
        .or_else(|| params.root_path.as_ref().map(PathBuf::from))
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_default()
}

struct Server<'c> {
    connection: &'c Connection,
    pool: rayon::ThreadPool,
    root: PathBuf,
    encoding: Encoding,
    show_document: bool,
    /// Open documents' text, as the editor has it (for the suppress action's indentation).
    documents: HashMap<PathBuf, String>,
    /// The diagnostics last published, by file (absolute), with the lint of each.
    published: BTreeMap<PathBuf, Vec<(Lint, Diagnostic)>>,
    /// The lowered files of the last check, for the next one to parse only what changed.
    cache: load::Cache,
    /// The last reason a check could not run, said once.
    last_error: Option<String>,
    next_id: i32,
}

impl Server<'_> {
    fn send(&self, message: impl Into<Message>) {
        // The editor is gone when this fails; the receiving loop ends by itself then.
        let _ = self.connection.sender.send(message.into());
    }

    fn notify<N: lsp_types::notification::Notification>(&self, params: N::Params) {
        self.send(Notification::new(N::METHOD.to_string(), params));
    }

    fn show(&self, typ: MessageType, message: String) {
        self.notify::<ShowMessage>(ShowMessageParams { typ, message });
    }

    /// Checks the workspace and publishes what changed.
    fn check(&mut self) {
        let started = Instant::now();
        let root = self.root.clone();
        let cache = &mut self.cache;
        let outcome = self.pool.install(|| {
            let layout = load::discover(&root).map_err(|e| format!("error: {}\n", e.0))?;
            let opts = Options { path: root.clone(), ..Options::default() };
            crate::check_workspace(&opts, layout, cache).map_err(|o| o.stderr)
        });
        match outcome {
            Ok(checked) => {
                let elapsed = started.elapsed().as_millis();
                let (files, findings) = (checked.analysis.files, checked.findings.len());
                let s = |n: usize| if n == 1 { "" } else { "s" };
                let message = format!(
                    "redline: checked {files} file{} in {elapsed} ms: {findings} finding{}",
                    s(files),
                    s(findings)
                );
                eprintln!("{message}");
                self.notify::<LogMessage>(LogMessageParams { typ: MessageType::LOG, message });
                self.publish(&checked);
                self.last_error = None;
            }
            Err(text) => {
                eprint!("{text}");
                // Stale findings would mislead: clear them, and say why once.
                self.publish_all(BTreeMap::new());
                if self.last_error.as_ref() != Some(&text) {
                    self.show(MessageType::ERROR, format!("redline could not check {}:\n{text}", root.display()));
                }
                self.last_error = Some(text);
            }
        }
    }

    fn publish(&mut self, checked: &Checked) {
        let mut by_file: BTreeMap<PathBuf, Vec<(Lint, Diagnostic)>> = BTreeMap::new();
        for f in &checked.findings {
            let diagnostic = convert::diagnostic(&checked.sources, f, self.encoding);
            by_file.entry(checked.sources.root().join(&f.file)).or_default().push((f.lint, diagnostic));
        }
        self.publish_all(by_file);
    }

    /// Publishes the files whose diagnostics changed (an empty list for those that have none any more).
    fn publish_all(&mut self, by_file: BTreeMap<PathBuf, Vec<(Lint, Diagnostic)>>) {
        for (path, old) in &self.published {
            if !by_file.contains_key(path) && !old.is_empty() {
                self.publish_file(path, &[]);
            }
        }
        for (path, diagnostics) in &by_file {
            if self.published.get(path) != Some(diagnostics) {
                self.publish_file(path, diagnostics);
            }
        }
        self.published = by_file;
    }

    fn publish_file(&self, path: &Path, diagnostics: &[(Lint, Diagnostic)]) {
        let Some(uri) = convert::path_to_uri(path) else { return };
        let diagnostics = diagnostics.iter().map(|(_, d)| d.clone()).collect();
        self.notify::<PublishDiagnostics>(PublishDiagnosticsParams { uri, diagnostics, version: None });
    }

    fn notification(&mut self, n: Notification) {
        match n.method.as_str() {
            DidOpenTextDocument::METHOD => {
                let Ok(p) = n.extract::<lsp_types::DidOpenTextDocumentParams>(DidOpenTextDocument::METHOD) else {
                    return;
                };
                let Some(path) = convert::uri_to_path(&p.text_document.uri) else { return };
                self.documents.insert(path.clone(), p.text_document.text);
                // The editor may have dropped what it was told before the file was open.
                if let Some(diagnostics) = self.published.get(&path) {
                    self.publish_file(&path, diagnostics);
                }
            }
            DidChangeTextDocument::METHOD => {
                let Ok(p) = n.extract::<lsp_types::DidChangeTextDocumentParams>(DidChangeTextDocument::METHOD) else {
                    return;
                };
                let (Some(path), Some(change)) =
                    (convert::uri_to_path(&p.text_document.uri), p.content_changes.into_iter().last())
                else {
                    return;
                };
                self.documents.insert(path, change.text);
            }
            DidCloseTextDocument::METHOD => {
                if let Ok(p) = n.extract::<lsp_types::DidCloseTextDocumentParams>(DidCloseTextDocument::METHOD) {
                    convert::uri_to_path(&p.text_document.uri).map(|path| self.documents.remove(&path));
                }
            }
            DidSaveTextDocument::METHOD => self.check(),
            _ => {}
        }
    }

    fn request(&mut self, req: Request) {
        let id = req.id.clone();
        let response = match req.method.as_str() {
            CodeActionRequest::METHOD => match req.extract::<CodeActionParams>(CodeActionRequest::METHOD) {
                Ok((id, params)) => Response::new_ok(id, self.code_actions(&params)),
                Err(e) => Response::new_err(id, ErrorCode::InvalidParams as i32, e.to_string()),
            },
            ExecuteCommand::METHOD => match req.extract::<ExecuteCommandParams>(ExecuteCommand::METHOD) {
                Ok((id, params)) if params.command == EXPLAIN => {
                    let name = params.arguments.first().and_then(|a| a.as_str()).unwrap_or_default();
                    self.explain(name);
                    Response::new_ok(id, serde_json::Value::Null)
                }
                Ok((id, params)) => Response::new_err(
                    id,
                    ErrorCode::InvalidParams as i32,
                    format!("unknown command {}", params.command),
                ),
                Err(e) => Response::new_err(id, ErrorCode::InvalidParams as i32, e.to_string()),
            },
            method => Response::new_err(id, ErrorCode::MethodNotFound as i32, format!("unhandled method {method}")),
        };
        self.send(response);
    }

    /// "Suppress" and "explain" for each finding at the range.
    fn code_actions(&self, params: &CodeActionParams) -> Vec<CodeActionOrCommand> {
        let uri = &params.text_document.uri;
        let Some(path) = convert::uri_to_path(uri) else { return Vec::new() };
        let Some(published) = self.published.get(&path) else { return Vec::new() };
        let only = params.context.only.as_ref();
        let quickfixes = only.is_none_or(|kinds| kinds.iter().any(|k| k.as_str().starts_with("quickfix")));
        let text = self.documents.get(&path).cloned().or_else(|| std::fs::read_to_string(&path).ok());
        let mut seen = HashSet::new();
        let mut actions = Vec::new();
        for (lint, d) in published.iter().filter(|(_, d)| overlaps(&d.range, &params.range)) {
            if !seen.insert((*lint, d.range.start.line)) {
                continue;
            }
            if quickfixes && convert::suppressible(*lint, &path) {
                let line = d.range.start.line;
                let below = text.as_deref().and_then(|t| t.lines().nth(line as usize)).unwrap_or_default();
                let at = Position { line, character: 0 };
                let edit =
                    TextEdit { range: Range { start: at, end: at }, new_text: convert::suppression_line(*lint, below) };
                actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                    title: format!("Suppress `{lint}` here, with a reason"),
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(vec![d.clone()]),
                    edit: Some(WorkspaceEdit {
                        changes: Some(HashMap::from([(uri.clone(), vec![edit])])),
                        ..WorkspaceEdit::default()
                    }),
                    ..CodeAction::default()
                }));
            }
            if only.is_none() {
                let title = format!("Explain `{lint}`");
                let arguments = Some(vec![serde_json::Value::from(lint.name())]);
                actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                    title: title.clone(),
                    command: Some(Command { title, command: EXPLAIN.to_string(), arguments }),
                    ..CodeAction::default()
                }));
            }
        }
        actions
    }

    /// Shows what `redline explain <lint>` prints: as a document when the editor can open
    /// one, else as a message.
    fn explain(&mut self, name: &str) {
        let Some(doc) = lint::find(name) else {
            self.show(MessageType::ERROR, lint::unknown(name));
            return;
        };
        let text = lint::render(doc);
        let dir = std::env::temp_dir().join("redline-explain");
        let file = dir.join(format!("{}.md", doc.name));
        let written = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&file, &text));
        match convert::path_to_uri(&file).filter(|_| self.show_document && written.is_ok()) {
            Some(uri) => {
                self.next_id += 1;
                let params = ShowDocumentParams { uri, external: Some(false), take_focus: Some(true), selection: None };
                self.send(Request::new(RequestId::from(self.next_id), ShowDocument::METHOD.to_string(), params));
            }
            None => self.show(MessageType::INFO, text),
        }
    }
}

/// Whether two ranges share a position (touching counts: a cursor at a finding's end).
fn overlaps(a: &Range, b: &Range) -> bool {
    let key = |p: &Position| (p.line, p.character);
    key(&a.start) <= key(&b.end) && key(&b.start) <= key(&a.end)
}
