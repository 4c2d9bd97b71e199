//! Before any file is parsed: the names of the `macro_rules!` macros the workspace's crate
//! directories define, found by searching their `.rs` files for `macro_rules!`. The first
//! parse leaves for later the items whose function bodies invoke one of these names (see
//! `syntax::blank::blank_deferring`), so that they are parsed once, with the macros known.
//!
//! Only a hint for speed: a macro this misses (defined in a file outside the crates'
//! directories, past a limit) is still expanded, its callers are only parsed twice, and a
//! name it finds that names no macro costs an item parsed later instead of now.
//!
//! The texts it reads are kept for the loader (up to [`MAX_PRESCAN_KEPT_BYTES`]), which
//! would otherwise open, read and close each file a second time.

use crate::diag::files::{self, MAX_SOURCE_BYTES};
use crate::load::CrateSpec;
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// Most `.rs` files searched, directories listed, and directory levels below a crate's
/// source directory.
pub const MAX_PRESCAN_FILES: usize = 20_000;
pub const MAX_PRESCAN_DIRS: usize = 10_000;
pub const MAX_PRESCAN_DEPTH: usize = 32;
/// Most bytes of the texts read kept for the loader; past it, the loader reads the
/// remaining files itself.
pub const MAX_PRESCAN_KEPT_BYTES: usize = 64 * 1024 * 1024;

/// What the prescan found: the macro names, and the texts of the files it read by their
/// canonical path.
#[derive(Default)]
pub(super) struct Prescan {
    pub names: HashSet<String>,
    pub texts: HashMap<PathBuf, Vec<u8>>,
}

/// The names after `macro_rules!` in the `.rs` files under the directories holding the
/// crates' root files, inside the workspace `root` (canonical): symlinks, hidden
/// directories and `target` left out, files read in parallel with the loader's size limit.
pub(super) fn macro_names(root: &Path, crates: &[CrateSpec]) -> Prescan {
    let mut dirs: Vec<PathBuf> =
        crates.iter().filter_map(|c| c.root_file.parent()).filter_map(|d| files::resolve_in(root, d).ok()).collect();
    dirs.sort();
    let sources = sources(outermost(dirs));
    let kept = AtomicUsize::new(MAX_PRESCAN_KEPT_BYTES);
    let read = |mut found: Prescan, path| {
        defined_in(path, &kept, &mut found);
        found
    };
    sources.into_par_iter().fold(Prescan::default, read).reduce(Prescan::default, |mut a, b| {
        a.names.extend(b.names);
        a.texts.extend(b.texts);
        a
    })
}

/// The directories of `sorted` (sorted) inside none of the others: a directory inside another
/// one is searched with it. Sorted, the directories inside one follow it, so each is inside
/// the last one kept or in none (comparing each with all the others took 14 s for 8,000
/// crates).
fn outermost(sorted: Vec<PathBuf>) -> Vec<PathBuf> {
    let mut roots: Vec<PathBuf> = Vec::new();
    for d in sorted {
        if !roots.last().is_some_and(|r| d.starts_with(r)) {
            roots.push(d);
        }
    }
    roots
}

/// The `.rs` files under `roots` (canonical directories), within the limits: entries that
/// are not symlinks, so that every path stays canonical and inside the workspace.
fn sources(roots: Vec<PathBuf>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut dirs_left = MAX_PRESCAN_DIRS;
    for dir in roots {
        let mut stack = vec![(dir, 0usize)];
        while let Some((dir, depth)) = stack.pop() {
            if dirs_left == 0 || out.len() >= MAX_PRESCAN_FILES {
                return out;
            }
            dirs_left -= 1;
            let Ok(entries) = std::fs::read_dir(&dir) else { continue };
            for entry in entries.flatten() {
                let Ok(kind) = entry.file_type() else { continue };
                let name = entry.file_name();
                let name = name.to_string_lossy();
                if kind.is_dir() && depth < MAX_PRESCAN_DEPTH && !name.starts_with('.') && name != "target" {
                    stack.push((entry.path(), depth + 1));
                } else if kind.is_file() && name.ends_with(".rs") && out.len() < MAX_PRESCAN_FILES {
                    out.push(entry.path());
                }
            }
        }
    }
    out
}

/// The names `macro_rules!` defines in the file at `path` (canonical), if it is a regular
/// file within the size limit of a source file, and its text while `kept` has room, into
/// `found`.
fn defined_in(path: PathBuf, kept: &AtomicUsize, found: &mut Prescan) {
    let Ok(bytes) = files::read_regular(&path, MAX_SOURCE_BYTES) else { return };
    // Most files define no macro: searched as bytes (with SIMD), checked as UTF-8 only
    // when they may.
    let mut hits = memchr::memmem::find_iter(&bytes, b"macro_rules").peekable();
    if let (Some(_), Ok(text)) = (hits.peek(), std::str::from_utf8(&bytes)) {
        for at in hits {
            let rest = text[at + "macro_rules".len()..].trim_start();
            let Some(rest) = rest.strip_prefix('!') else { continue };
            let rest = rest.trim_start();
            let rest = rest.strip_prefix("r#").unwrap_or(rest);
            let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len());
            if end > 0 && &rest[..end] != "macro_rules" {
                found.names.insert(rest[..end].to_string());
            }
        }
    }
    if kept.fetch_update(Relaxed, Relaxed, |left| left.checked_sub(bytes.len())).is_ok() {
        found.texts.insert(path, bytes);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_inside_others_are_searched_with_them() {
        let mut dirs: Vec<PathBuf> =
            ["/w/b/src", "/w/a", "/w/a/x/src", "/w/a-b/src", "/w/a/src", "/w/b/src"].map(PathBuf::from).into();
        dirs.sort();
        assert_eq!(outermost(dirs), ["/w/a", "/w/a-b/src", "/w/b/src"].map(PathBuf::from));
    }

    #[test]
    fn finds_the_names_macro_rules_defines_in_the_crate_directories_and_nowhere_else() {
        let dir = std::env::temp_dir().join(format!("redline-prescan-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("src/deep/er")).expect("dirs");
        std::fs::create_dir_all(dir.join("src/target")).expect("dirs");
        std::fs::write(dir.join("src/lib.rs"), "macro_rules! err { () => {} }\nmacro_rules ! r#info {}\n")
            .expect("write");
        std::fs::write(dir.join("src/deep/er/m.rs"), "// macro_rules!\n macro_rules!\n  query_as { }").expect("write");
        std::fs::write(dir.join("src/target/skip.rs"), "macro_rules! skipped {}").expect("write");
        std::fs::write(dir.join("src/notes.txt"), "macro_rules! not_rust {}").expect("write");
        // Outside the workspace, reached through symlinks: never read.
        let outside = std::env::temp_dir().join(format!("redline-prescan-out-{}", std::process::id()));
        std::fs::create_dir_all(&outside).expect("dir");
        std::fs::write(outside.join("x.rs"), "macro_rules! outside {}").expect("write");
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(&outside, dir.join("src/linked")).expect("symlink");
            std::os::unix::fs::symlink(outside.join("x.rs"), dir.join("src/linked.rs")).expect("symlink");
        }
        let spec = CrateSpec {
            name: "c".into(),
            package: "c".into(),
            root_file: dir.canonicalize().expect("canonical").join("src/lib.rs"),
            deps: Vec::new(),
            is_lib: true,
        };
        let root = dir.canonicalize().expect("canonical");
        let mut names: Vec<String> = macro_names(&root, &[spec]).names.into_iter().collect();
        names.sort();
        assert_eq!(names, ["err", "info", "query_as"]);
        let _ = std::fs::remove_dir_all(&dir);
        let _ = std::fs::remove_dir_all(&outside);
    }
}
