//! Source text for rendering: files are read again only when a finding points
//! into them (the analysis keeps no source text), and only inside the workspace root. Each file's line index is
//! computed once, so positions cost a binary search, not a scan from the start.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
}

/// A file's text and where its lines start.
pub struct SourceFile {
    pub text: Arc<str>,
    /// Byte offset of each line's first byte.
    starts: Vec<u32>,
    /// Per line: whether it is all ASCII (columns are then byte distances).
    ascii: Vec<bool>,
}

impl SourceFile {
    pub fn new(text: Arc<str>) -> SourceFile {
        let mut starts = vec![0u32];
        let mut ascii = Vec::new();
        let mut line_ascii = true;
        for (i, b) in text.bytes().enumerate() {
            line_ascii &= b.is_ascii();
            if b == b'\n' {
                starts.push(i as u32 + 1);
                ascii.push(line_ascii);
                line_ascii = true;
            }
        }
        ascii.push(line_ascii);
        SourceFile { text, starts, ascii }
    }

    /// The 0-based line holding a byte offset (a line's `\n` is part of it).
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s as usize <= offset).max(1) - 1
    }

    /// Where a 0-based line starts, if the text has that line.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.starts.get(line).map(|&s| s as usize)
    }

    /// How many `\n` the text holds.
    pub fn newlines(&self) -> usize {
        self.starts.len() - 1
    }

    /// Line and column of a byte offset (clamped to the text).
    pub fn line_col(&self, offset: u32) -> LineCol {
        let text = &*self.text;
        let mut offset = (offset as usize).min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s as usize <= offset).max(1) - 1;
        let start = self.starts[line] as usize;
        let column = if self.ascii[line] { offset - start } else { text[start..offset].chars().count() };
        LineCol { line: line + 1, column: column + 1 }
    }
}

pub struct Sources {
    root: PathBuf,
    cache: Mutex<HashMap<String, Option<Arc<SourceFile>>>>,
}

impl Sources {
    pub fn new(root: PathBuf) -> Self {
        Sources { root, cache: Mutex::new(HashMap::new()) }
    }

    /// The directory file names are relative to: the workspace root.
    pub fn root(&self) -> &std::path::Path {
        &self.root
    }

    /// Registers text that is not on disk under the root (the policy file).
    pub fn insert(&self, file: &str, text: &str) {
        self.lock().insert(file.to_string(), Some(Arc::new(SourceFile::new(text.into()))));
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Option<Arc<SourceFile>>>> {
        self.cache.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn file(&self, file: &str) -> Option<Arc<SourceFile>> {
        let mut cache = self.lock();
        cache
            .entry(file.to_string())
            .or_insert_with(|| {
                let path = lossy_path(&self.root, file);
                let bytes = super::files::read_in(&self.root, &path, super::files::MAX_SOURCE_BYTES).ok()?;
                Some(Arc::new(SourceFile::new(String::from_utf8_lossy(&bytes).into())))
            })
            .clone()
    }

    pub fn text(&self, file: &str) -> Option<Arc<str>> {
        self.file(file).map(|f| f.text.clone())
    }

    /// Line and column of a byte offset (clamped to the text).
    pub fn line_col(&self, file: &str, offset: u32) -> LineCol {
        match self.file(file) {
            Some(f) => f.line_col(offset),
            None => LineCol { line: 1, column: 1 },
        }
    }
}

/// The file a report name stands for. Names are made with `to_string_lossy`, so a
/// component that is not UTF-8 holds U+FFFD: it is matched against the directory's entries
/// (the first in sorted order, if several look alike).
fn lossy_path(root: &Path, file: &str) -> PathBuf {
    if !file.contains(char::REPLACEMENT_CHARACTER) {
        return root.join(file);
    }
    let mut path = root.to_path_buf();
    for part in file.split('/') {
        let found = part.contains(char::REPLACEMENT_CHARACTER).then(|| {
            let mut names: Vec<_> = std::fs::read_dir(&path)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.file_name())
                .filter(|n| n.to_string_lossy() == part)
                .collect();
            names.sort();
            names.into_iter().next()
        });
        match found.flatten() {
            Some(name) => path.push(name),
            None => path.push(part),
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let f = SourceFile::new("ab\nçd\n\nx".into());
        assert_eq!(f.line_col(0), LineCol { line: 1, column: 1 });
        assert_eq!(f.line_col(2), LineCol { line: 1, column: 3 });
        assert_eq!(f.line_col(3), LineCol { line: 2, column: 1 });
        assert_eq!(f.line_col(5), LineCol { line: 2, column: 2 });
        assert_eq!(f.line_col(4), LineCol { line: 2, column: 1 }, "inside a character: its start");
        assert_eq!(f.line_col(7), LineCol { line: 3, column: 1 });
        assert_eq!(f.line_col(8), LineCol { line: 4, column: 1 });
        assert_eq!(f.line_col(99), LineCol { line: 4, column: 2 }, "clamped to the end");
    }
}
