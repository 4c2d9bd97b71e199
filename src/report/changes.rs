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
        // `-z` raw entries name each file exactly (never quoted); the patch that follows
        // has one `diff --git` section per entry, in the same order. `--text` and
        // `--no-textconv`: a `.gitattributes` of the pull request cannot hide changes.
        let diff = git(
            root,
            &[
                "diff",
                "-z",
                "--patch-with-raw",
                "--no-renames",
                "--text",
                "--no-textconv",
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
        for (file, lines) in parse_diff(&diff)? {
            changes.files.insert(file, Some(lines));
        }
        let untracked = git(root, &["ls-files", "--others", "--exclude-standard", "-z"])?;
        for file in untracked.split(|&b| b == 0).filter(|f| !f.is_empty()) {
            changes.files.insert(String::from_utf8_lossy(file).into_owned(), None);
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

fn git(root: &Path, args: &[&str]) -> Result<Vec<u8>, String> {
    let out =
        Command::new("git").arg("-C").arg(root).args(args).output().map_err(|e| format!("cannot run git: {e}"))?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        let said = String::from_utf8_lossy(&out.stderr).trim().to_string();
        Err(if said.is_empty() { format!("git {} failed", args.join(" ")) } else { said })
    }
}

/// Inclusive 1-based line ranges.
type Lines = Vec<(usize, usize)>;

/// The new-side line ranges of each file of `git diff -z --patch-with-raw --unified=0`
/// (names as reports write them: lossy UTF-8). A hunk that only deletes marks the lines
/// on either side of the deletion; a deleted file has none.
fn parse_diff(out: &[u8]) -> Result<Vec<(String, Lines)>, String> {
    let mismatch = || "--changed-since: cannot read git's diff output (unexpected format)".to_string();
    let mut rest = out;
    let mut files = Vec::new();
    while rest.first() == Some(&b':') {
        let mut fields = rest.splitn(3, |&b| b == 0);
        let (Some(meta), Some(path)) = (fields.next(), fields.next()) else { return Err(mismatch()) };
        let deleted = meta.ends_with(b" D");
        files.push((String::from_utf8_lossy(path).into_owned(), deleted));
        rest = fields.next().unwrap_or_default();
    }
    let patch = String::from_utf8_lossy(rest.strip_prefix(b"\0").unwrap_or(rest)).into_owned();
    let mut sections: Vec<Lines> = Vec::new();
    for line in patch.lines() {
        if line.starts_with("diff --git ") {
            sections.push(Vec::new());
        } else if let (Some(ranges), Some(hunk)) = (sections.last_mut(), line.strip_prefix("@@ ")) {
            // `@@ -a,b +c,d @@`: the new side starts at c and spans d lines (1 if absent).
            let Some(new) = hunk.split(' ').find_map(|p| p.strip_prefix('+')) else { continue };
            let mut parts = new.split(',');
            let start: usize = parts.next().and_then(|n| n.parse().ok()).unwrap_or(0);
            let count: usize = parts.next().and_then(|n| n.parse().ok()).unwrap_or(1);
            ranges.push(if count == 0 { (start.max(1), start + 1) } else { (start, start + count - 1) });
        }
    }
    if sections.len() != files.len() {
        return Err(mismatch());
    }
    Ok(files.into_iter().zip(sections).filter(|((_, deleted), _)| !deleted).map(|((f, _), r)| (f, r)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hunks_give_new_side_ranges_of_exactly_named_files() {
        let raw = b":100644 100644 aaa bbb M\0src/a.rs\0:100644 000000 ccc 000 D\0old.rs\0\
                    :100644 100644 ddd eee M\0sp ace\r\xc3\xa9\n\"q\".rs\0\0";
        let patch = "\
diff --git a/src/a.rs b/src/a.rs
--- a/src/a.rs
+++ b/src/a.rs
@@ -3 +3 @@ fn f() {
-    old
+    new
+diff --git not/a section
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
diff --git \"a/sp ace\\r\\303\\251\\n\\\"q\\\".rs\" \"b/sp ace\\r\\303\\251\\n\\\"q\\\".rs\"
@@ -1 +1 @@
";
        let out = [&raw[..], patch.as_bytes()].concat();
        assert_eq!(
            parse_diff(&out).expect("parses"),
            vec![("src/a.rs".into(), vec![(3, 3), (11, 12), (21, 22)]), ("sp ace\ré\n\"q\".rs".into(), vec![(1, 1)])]
        );
        assert!(parse_diff(b":100644 100644 a b M\0x.rs\0\0").is_err(), "an entry without its section");
        assert_eq!(parse_diff(b"").expect("no changes"), vec![]);
    }
}
