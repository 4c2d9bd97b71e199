//! Before any file is parsed: the names of the `macro_rules!` macros the workspace's crate
//! directories define, found by searching their `.rs` files for `macro_rules!`. The first
//! parse leaves for later the function bodies that invoke one of these names (see
//! `syntax::blank::blank_deferring`), so that they are parsed once, with the macros known.
//!
//! Only a hint for speed: a macro this misses (defined in a file outside the crates'
//! directories, past a limit) is still expanded, its callers are only parsed twice, and a
//! name it finds that names no macro costs a body parsed later instead of now.

use crate::diag::files::{self, MAX_SOURCE_BYTES};
use crate::load::CrateSpec;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Most `.rs` files searched, directories listed, and directory levels below a crate's
/// source directory.
pub const MAX_PRESCAN_FILES: usize = 20_000;
pub const MAX_PRESCAN_DIRS: usize = 10_000;
pub const MAX_PRESCAN_DEPTH: usize = 32;

/// The names after `macro_rules!` in the `.rs` files under the directories holding the
/// crates' root files, inside the workspace `root` (canonical): symlinks, hidden
/// directories and `target` left out, files read with the loader's rules.
pub(super) fn macro_names(root: &Path, crates: &[CrateSpec]) -> HashSet<String> {
    let mut dirs: Vec<PathBuf> = crates
        .iter()
        .filter_map(|c| c.root_file.parent().map(Path::to_path_buf))
        .filter(|d| d.starts_with(root))
        .collect();
    dirs.sort();
    dirs.dedup();
    // A directory inside another one listed is searched with it.
    let nested = |d: &PathBuf, all: &[PathBuf]| all.iter().any(|o| o != d && d.starts_with(o));
    let roots: Vec<PathBuf> = dirs.iter().filter(|d| !nested(d, &dirs)).cloned().collect();
    let mut names = HashSet::new();
    let (mut files_left, mut dirs_left) = (MAX_PRESCAN_FILES, MAX_PRESCAN_DIRS);
    for dir in roots {
        let mut stack = vec![(dir, 0usize)];
        while let Some((dir, depth)) = stack.pop() {
            if dirs_left == 0 {
                return names;
            }
            dirs_left -= 1;
            let Ok(entries) = std::fs::read_dir(&dir) else { continue };
            for entry in entries.flatten() {
                let Ok(kind) = entry.file_type() else { continue };
                let path = entry.path();
                let name = entry.file_name();
                let name = name.to_string_lossy();
                if kind.is_dir() && depth < MAX_PRESCAN_DEPTH && !name.starts_with('.') && name != "target" {
                    stack.push((path, depth + 1));
                } else if kind.is_file() && name.ends_with(".rs") && files_left > 0 {
                    files_left -= 1;
                    defined_in(root, &path, &mut names);
                }
            }
        }
    }
    names
}

/// Adds the names `macro_rules!` defines in the file at `path`, if the loader would read it.
fn defined_in(root: &Path, path: &Path, names: &mut HashSet<String>) {
    let Ok(text) = files::read_in(root, path, MAX_SOURCE_BYTES) else { return };
    let Ok(text) = std::str::from_utf8(&text) else { return };
    for (at, _) in text.match_indices("macro_rules") {
        let rest = text[at + "macro_rules".len()..].trim_start();
        let Some(rest) = rest.strip_prefix('!') else { continue };
        let rest = rest.trim_start();
        let rest = rest.strip_prefix("r#").unwrap_or(rest);
        let end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len());
        if end > 0 && &rest[..end] != "macro_rules" {
            names.insert(rest[..end].to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_names_macro_rules_defines_under_the_crate_directories() {
        let dir = std::env::temp_dir().join(format!("redline-prescan-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("src/deep/er")).expect("dirs");
        std::fs::create_dir_all(dir.join("src/target")).expect("dirs");
        std::fs::write(dir.join("src/lib.rs"), "macro_rules! err { () => {} }\nmacro_rules ! r#info {}\n")
            .expect("write");
        std::fs::write(dir.join("src/deep/er/m.rs"), "// macro_rules!\n macro_rules!\n  query_as { }").expect("write");
        std::fs::write(dir.join("src/target/skip.rs"), "macro_rules! skipped {}").expect("write");
        std::fs::write(dir.join("src/notes.txt"), "macro_rules! not_rust {}").expect("write");
        let spec = CrateSpec {
            name: "c".into(),
            package: "c".into(),
            root_file: dir.canonicalize().expect("canonical").join("src/lib.rs"),
            deps: Vec::new(),
            is_lib: true,
        };
        let root = dir.canonicalize().expect("canonical");
        let mut names: Vec<String> = macro_names(&root, &[spec]).into_iter().collect();
        names.sort();
        assert_eq!(names, ["err", "info", "query_as"]);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
