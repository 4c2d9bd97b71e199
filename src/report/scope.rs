//! `redline check PATH` with PATH below the workspace root: the whole workspace is
//! analysed (data flows across crates, so code elsewhere gives the context), but only
//! findings in files under PATH are reported.

use super::Finding;
use std::path::{Path, PathBuf};

pub struct Scope {
    /// PATH relative to the workspace root, with `/`: a directory or a file.
    pub path: String,
    /// The workspace root the analysis used.
    pub root: PathBuf,
    /// Findings not reported because they are elsewhere.
    pub outside: usize,
}

impl Scope {
    /// The scope of `path` in the workspace at `root` (canonical); `None` when `path` is
    /// the root itself, or not inside it.
    pub fn of(root: &Path, path: &Path) -> Option<Scope> {
        let path = path.canonicalize().ok()?;
        let rel = path.strip_prefix(root).ok()?;
        if rel.as_os_str().is_empty() {
            return None;
        }
        let parts: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
        Some(Scope { path: parts.join("/"), root: root.to_path_buf(), outside: 0 })
    }

    /// Whether a file (relative to the root, with `/`) is under the path.
    pub fn contains(&self, file: &str) -> bool {
        file.strip_prefix(&self.path).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    }

    /// Keeps the findings under the path and counts the others.
    pub fn apply(&mut self, findings: &mut Vec<Finding>) {
        let before = findings.len();
        findings.retain(|f| self.contains(&f.file));
        self.outside += before - findings.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_covers_its_files_and_no_sibling_with_the_same_prefix() {
        let scope = Scope { path: "crates/crm".into(), root: PathBuf::new(), outside: 0 };
        assert!(scope.contains("crates/crm/src/lib.rs"));
        assert!(!scope.contains("crates/crm-api/src/lib.rs"));
        assert!(!scope.contains("crates/chat/src/lib.rs"));
        let file = Scope { path: "src/crm.rs".into(), root: PathBuf::new(), outside: 0 };
        assert!(file.contains("src/crm.rs") && !file.contains("src/crm.rs.bak"));
    }
}
