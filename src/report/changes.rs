//! `--changed-since REF`: the whole workspace is analysed (flows cross files), but only
//! findings whose location or trace touches a line changed since REF are reported.
//! Changes come from `git diff` (committed or not, against REF) and untracked files.

use super::{Finding, Sources};
use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

/// Changed lines per file (relative to the workspace root, with `/`).
#[derive(Debug, Default)]
pub struct Changes {
    /// Inclusive 1-based line ranges; `None`: the whole file is new.
    files: HashMap<String, Option<Vec<(usize, usize)>>>,
}

impl Changes {
    /// Asks git what changed under `root` since `since`.
    pub fn since(root: &Path, since: &str) -> Result<Changes, String> {
        if since.starts_with('-') {
            return Err(format!("--changed-since takes a git revision, not `{since}`"));
        }
        git(root, &["rev-parse", "--is-inside-work-tree"])
            .map_err(|e| format!("--changed-since needs a git checkout, and {} is not in one ({e})", root.display()))?;
        git(root, &["rev-parse", "--verify", "--quiet", &format!("{since}^{{commit}}")]).map_err(|_| {
            format!("--changed-since: git knows no commit `{since}` (fetch it first in a shallow clone)")
        })?;
        let diff = git(
            root,
            &[
                "-c",
                "core.quotePath=false",
                "diff",
                "--no-color",
                "--no-ext-diff",
                "--unified=0",
                "--relative",
                "--src-prefix=a/",
                "--dst-prefix=b/",
                since,
                "--",
            ],
        )?;
        let mut changes = Changes::default();
        for (file, lines) in parse_diff(&diff) {
            changes.files.insert(file, Some(lines));
        }
        let untracked = git(root, &["ls-files", "--others", "--exclude-standard", "-z"])?;
        for file in untracked.split('\0').filter(|f| !f.is_empty()) {
            changes.files.insert(file.to_string(), None);
        }
        Ok(changes)
    }

    fn touches(&self, file: &str, lines: (usize, usize)) -> bool {
        match self.files.get(file) {
            None => false,
            Some(None) => true,
            Some(Some(ranges)) => ranges.iter().any(|&(a, b)| a <= lines.1 && lines.0 <= b),
        }
    }

    /// Whether a finding's location, or a step of its trace, is on a changed line.
    pub fn keeps(&self, f: &Finding, sources: &Sources) -> bool {
        let lines = |file: &str, lo: u32, hi: u32| (sources.line_col(file, lo).line, sources.line_col(file, hi).line);
        let at = match f.span {
            Some(s) => self.touches(&f.file, lines(&f.file, s.lo, s.hi)),
            None => self.files.contains_key(&f.file),
        };
        at || f.trace.iter().any(|h| self.touches(&h.file, lines(&h.file, h.span.lo, h.span.hi)))
    }
}

fn git(root: &Path, args: &[&str]) -> Result<String, String> {
    let out =
        Command::new("git").arg("-C").arg(root).args(args).output().map_err(|e| format!("cannot run git: {e}"))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        let said = String::from_utf8_lossy(&out.stderr).trim().to_string();
        Err(if said.is_empty() { format!("git {} failed", args.join(" ")) } else { said })
    }
}

/// The new-side line ranges of each file in a `--unified=0` diff. A hunk that only
/// deletes marks the lines on either side of the deletion.
fn parse_diff(diff: &str) -> Vec<(String, Vec<(usize, usize)>)> {
    let mut out: Vec<(String, Vec<(usize, usize)>)> = Vec::new();
    let mut current: Option<usize> = None;
    for line in diff.lines() {
        if let Some(path) = line.strip_prefix("+++ ") {
            current = match path {
                "/dev/null" => None,
                p => {
                    let p = unquote(p);
                    out.push((p.strip_prefix("b/").unwrap_or(&p).to_string(), Vec::new()));
                    Some(out.len() - 1)
                }
            };
        } else if let (Some(i), Some(hunk)) = (current, line.strip_prefix("@@ ")) {
            // `@@ -a,b +c,d @@`: the new side starts at c and spans d lines (1 if absent).
            let Some(new) = hunk.split(' ').find_map(|p| p.strip_prefix('+')) else { continue };
            let mut parts = new.split(',');
            let start: usize = parts.next().and_then(|n| n.parse().ok()).unwrap_or(0);
            let count: usize = parts.next().and_then(|n| n.parse().ok()).unwrap_or(1);
            let range = if count == 0 { (start.max(1), start + 1) } else { (start, start + count - 1) };
            out[i].1.push(range);
        }
    }
    out
}

/// A path as git quotes it when it has unusual characters: `"a\tb"`, octal escapes.
fn unquote(p: &str) -> String {
    let Some(inner) = p.strip_prefix('"').and_then(|p| p.strip_suffix('"')) else { return p.to_string() };
    let mut bytes = Vec::with_capacity(inner.len());
    let mut chars = inner.bytes().peekable();
    while let Some(b) = chars.next() {
        if b != b'\\' {
            bytes.push(b);
            continue;
        }
        match chars.next() {
            Some(b'n') => bytes.push(b'\n'),
            Some(b't') => bytes.push(b'\t'),
            Some(d @ b'0'..=b'7') => {
                let mut v = u32::from(d - b'0');
                for _ in 0..2 {
                    if let Some(&n @ b'0'..=b'7') = chars.peek() {
                        v = v * 8 + u32::from(n - b'0');
                        chars.next();
                    }
                }
                bytes.push(u8::try_from(v).unwrap_or(b'?'));
            }
            Some(other) => bytes.push(other),
            None => {}
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hunks_give_new_side_ranges() {
        let diff = "\
diff --git a/src/a.rs b/src/a.rs
--- a/src/a.rs
+++ b/src/a.rs
@@ -3 +3 @@ fn f() {
-    old
+    new
@@ -10,0 +11,2 @@
+added
+added
@@ -20,2 +21,0 @@
-gone
-gone
diff --git a/old.rs b/old.rs
--- a/old.rs
+++ /dev/null
@@ -1 +0,0 @@
-x
diff --git \"a/sp ace\\303\\251.rs\" \"b/sp ace\\303\\251.rs\"
--- \"a/sp ace\\303\\251.rs\"
+++ \"b/sp ace\\303\\251.rs\"
@@ -1 +1 @@
";
        assert_eq!(
            parse_diff(diff),
            vec![("src/a.rs".into(), vec![(3, 3), (11, 12), (21, 22)]), ("sp aceé.rs".into(), vec![(1, 1)])]
        );
    }
}
