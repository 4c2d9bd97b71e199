//! Source text for rendering: files are read again only when a finding points
//! into them (the analysis keeps no source text).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Mutex;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
}

pub struct Sources {
    root: PathBuf,
    cache: Mutex<HashMap<String, Option<std::sync::Arc<str>>>>,
}

impl Sources {
    pub fn new(root: PathBuf) -> Self {
        Sources { root, cache: Mutex::new(HashMap::new()) }
    }

    /// Registers text that is not on disk under the root (the policy file).
    pub fn insert(&self, file: &str, text: &str) {
        self.lock().insert(file.to_string(), Some(text.into()));
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Option<std::sync::Arc<str>>>> {
        self.cache.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn text(&self, file: &str) -> Option<std::sync::Arc<str>> {
        let mut cache = self.lock();
        cache
            .entry(file.to_string())
            .or_insert_with(|| std::fs::read(self.root.join(file)).ok().map(|b| String::from_utf8_lossy(&b).into()))
            .clone()
    }

    /// Line and column of a byte offset (clamped to the text).
    pub fn line_col(&self, file: &str, offset: u32) -> LineCol {
        match self.text(file) {
            Some(text) => line_col(&text, offset as usize),
            None => LineCol { line: 1, column: 1 },
        }
    }
}

pub fn line_col(text: &str, offset: usize) -> LineCol {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    LineCol { line, column: text[line_start..offset].chars().count() + 1 }
}
