//! Where the sources of std, core and alloc are (rustup's `rust-src` component), found
//! from the environment and from files only: redline never runs `rustc` or `rustup`
//! (a repository's `rust-toolchain.toml` can make the rustup proxy run any binary).
//!
//! 1. `RUST_SRC_PATH` (rust-analyzer's convention): the `library` directory itself.
//! 2. Else the toolchain rustup would pick: `RUSTUP_TOOLCHAIN`, else the workspace
//!    root's `rust-toolchain.toml` (or legacy `rust-toolchain`), else `default_toolchain`
//!    in `$RUSTUP_HOME/settings.toml`; its sources are
//!    `$RUSTUP_HOME/toolchains/<name>[-<host>]/lib/rustlib/src/rust/library`.
//!
//! A toolchain name is accepted only when it is a plain name (`[A-Za-z0-9._-]`, no
//! `..`): one from the repository is untrusted and must never become a path.

use crate::diag::files;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// The crates of the `library` directory that are read, in the order they depend on
/// each other.
pub const CRATES: &[&str] = &["core", "alloc", "std"];

/// Longest toolchain name accepted.
const MAX_NAME: usize = 128;

/// Most directories visited when computing a crate's cache key.
const MAX_KEY_DIRS: usize = 1024;

/// The environment discovery reads (taken from the process, or given by tests).
#[derive(Debug, Default, Clone)]
pub struct Env {
    pub rust_src_path: Option<OsString>,
    pub rustup_toolchain: Option<OsString>,
    pub rustup_home: Option<OsString>,
    pub home: Option<OsString>,
}

impl Env {
    /// The process's environment (empty variables count as unset).
    pub fn from_process() -> Env {
        let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        Env {
            rust_src_path: var("RUST_SRC_PATH"),
            rustup_toolchain: var("RUSTUP_TOOLCHAIN"),
            rustup_home: var("RUSTUP_HOME"),
            home: var("HOME"),
        }
    }

    fn rustup_home(&self) -> Option<PathBuf> {
        let home = || self.home.as_ref().map(|h| Path::new(h).join(".rustup"));
        self.rustup_home.as_ref().map(PathBuf::from).or_else(home)
    }
}

/// The `library` directory (canonical) holding `core/`, `alloc/` and `std/` for the
/// workspace at `root`; `None`: std is known from the built-in table only.
pub fn locate(root: &Path, env: &Env) -> Option<PathBuf> {
    if let Some(p) = &env.rust_src_path {
        return library(Path::new(p));
    }
    let rustup_home = env.rustup_home()?;
    let name = match &env.rustup_toolchain {
        Some(t) => t.to_str().filter(|t| plain(t))?.to_string(),
        None => match repository_toolchain(root) {
            Pinned::Name(n) => n,
            Pinned::Unusable => return None,
            Pinned::Absent => default_toolchain(&rustup_home)?,
        },
    };
    let dir = toolchain_dir(&rustup_home.join("toolchains"), &name)?;
    library(&dir.join("lib/rustlib/src/rust/library"))
}

/// `dir`, canonical, when it is a directory.
fn library(dir: &Path) -> Option<PathBuf> {
    dir.canonicalize().ok().filter(|d| d.is_dir())
}

/// A toolchain name that can only name a directory of `toolchains/`, never a path.
fn plain(name: &str) -> bool {
    let chars = name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    chars && !name.is_empty() && name.len() <= MAX_NAME && !name.contains("..") && !name.starts_with(['.', '-'])
}

/// What the repository says of its toolchain.
#[derive(Debug, PartialEq)]
enum Pinned {
    /// No toolchain file, or one naming no toolchain: rustup's default applies.
    Absent,
    Name(String),
    /// A file rustup would obey that names no installed toolchain by a plain name (a
    /// path, a hostile or unreadable name): std is not read.
    Unusable,
}

/// The toolchain of `root/rust-toolchain.toml`, else of the legacy `root/rust-toolchain`
/// (TOML too, or one line naming the channel).
fn repository_toolchain(root: &Path) -> Pinned {
    for name in ["rust-toolchain.toml", "rust-toolchain"] {
        let path = root.join(name);
        if path.symlink_metadata().is_err() {
            continue;
        }
        let Ok(bytes) = files::read_in(root, &path, files::MAX_CONFIG_BYTES) else { return Pinned::Unusable };
        let text = String::from_utf8_lossy(&bytes);
        return match text.parse::<toml::Table>() {
            Ok(t) => pinned_channel(&t),
            Err(_) if name == "rust-toolchain" => named(text.lines().next().unwrap_or_default().trim()),
            Err(_) => Pinned::Unusable,
        };
    }
    Pinned::Absent
}

fn pinned_channel(file: &toml::Table) -> Pinned {
    let Some(toolchain) = file.get("toolchain").and_then(|t| t.as_table()) else { return Pinned::Absent };
    match (toolchain.get("channel"), toolchain.get("path")) {
        (Some(c), _) => named(c.as_str().unwrap_or_default()),
        (None, Some(_)) => Pinned::Unusable,
        (None, None) => Pinned::Absent,
    }
}

fn named(name: &str) -> Pinned {
    if plain(name) {
        Pinned::Name(name.to_string())
    } else {
        Pinned::Unusable
    }
}

/// `default_toolchain` of `$RUSTUP_HOME/settings.toml`.
fn default_toolchain(rustup_home: &Path) -> Option<String> {
    let bytes = files::read_file(&rustup_home.join("settings.toml"), files::MAX_CONFIG_BYTES).ok()?;
    let settings: toml::Table = String::from_utf8_lossy(&bytes).parse().ok()?;
    settings.get("default_toolchain")?.as_str().filter(|n| plain(n)).map(str::to_string)
}

/// The directory of toolchain `name`: `toolchains/<name>`, else `toolchains/<name>-<host>`
/// for this machine's architecture (the first by name that has the sources).
fn toolchain_dir(toolchains: &Path, name: &str) -> Option<PathBuf> {
    let exact = toolchains.join(name);
    if exact.is_dir() {
        return Some(exact);
    }
    let prefix = format!("{name}-{}-", std::env::consts::ARCH);
    let mut hosts: Vec<PathBuf> = std::fs::read_dir(toolchains)
        .ok()?
        .flatten()
        .filter(|e| e.file_name().to_str().is_some_and(|n| n.starts_with(&prefix) && plain(n)))
        .map(|e| e.path())
        .collect();
    hosts.sort();
    hosts.into_iter().find(|d| d.join("lib/rustlib/src/rust/library").is_dir())
}

/// What identifies the sources of the crate in `dir` for the cache: the names, sizes and
/// modification times of its `src/` files (`rustup update` replaces them); `None` when
/// they cannot be listed within the limits (the index is then not cached).
pub fn key(lib: &str, dir: &Path) -> Option<String> {
    let src = dir.join("src");
    let mut listing: Vec<String> = Vec::new();
    let mut todo = vec![src.clone()];
    let mut dirs = MAX_KEY_DIRS;
    while let Some(d) = todo.pop() {
        dirs = dirs.checked_sub(1)?;
        for e in std::fs::read_dir(&d).ok()?.flatten() {
            // Symlinks are not followed (file_type does not follow them).
            let Ok(t) = e.file_type() else { continue };
            if t.is_dir() {
                todo.push(e.path());
            } else if t.is_file() {
                let meta = e.metadata().ok()?;
                let mtime = meta.modified().ok().and_then(|m| m.duration_since(std::time::UNIX_EPOCH).ok());
                let rel = e.path().strip_prefix(&src).ok()?.to_string_lossy().into_owned();
                listing.push(format!("{rel} {} {}", meta.len(), mtime.map_or(0, |m| m.as_secs())));
            }
            if listing.len() > super::MAX_DEP_FILES {
                return None;
            }
        }
    }
    listing.sort();
    Some(format!("rust-src-{lib}-{:016x}", super::deps::fnv(listing.join("\n").as_bytes())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::test_files::write;

    fn temp(name: &str) -> PathBuf {
        crate::load::test_files::temp("rust-src", name)
    }

    /// A rustup home with toolchains `names` (directories as rustup names them), each
    /// with the `rust-src` component, and `default` in its settings.
    fn rustup(name: &str, toolchains: &[&str], default: &str) -> PathBuf {
        let home = temp(name);
        for t in toolchains {
            write(&home.join(format!("toolchains/{t}/lib/rustlib/src/rust/library/core/src/lib.rs")), "");
        }
        write(&home.join("settings.toml"), &format!("version = \"12\"\ndefault_toolchain = \"{default}\"\n"));
        home
    }

    fn env(home: &Path) -> Env {
        Env { rustup_home: Some(home.into()), ..Env::default() }
    }

    fn library_of(home: &Path, toolchain: &str) -> Option<PathBuf> {
        Some(home.join(format!("toolchains/{toolchain}/lib/rustlib/src/rust/library")))
    }

    fn host(channel: &str) -> String {
        format!("{channel}-{}-unknown-linux-gnu", std::env::consts::ARCH)
    }

    #[test]
    fn rust_src_path_wins_and_must_be_a_directory() {
        let home = rustup("env", &[&host("stable")], "stable");
        let ws = temp("env-ws");
        let given = home.join(format!("toolchains/{}/lib/rustlib/src/rust/library", host("stable")));
        let e = Env { rust_src_path: Some(given.clone().into()), ..env(&home) };
        assert_eq!(locate(&ws, &e), Some(given));
        // Set but wrong: the built-in table, not another toolchain.
        let e = Env { rust_src_path: Some(ws.join("nowhere").into()), ..env(&home) };
        assert_eq!(locate(&ws, &e), None);
        let _ = (std::fs::remove_dir_all(&home), std::fs::remove_dir_all(&ws));
    }

    #[test]
    fn the_toolchain_rustup_would_pick() {
        let (stable, nightly) = (host("stable"), host("nightly-2025-01-01"));
        let home = rustup("pick", &[&stable, &nightly, "1.80.0"], &stable);
        let ws = temp("pick-ws");
        // The default toolchain of settings.toml, with the host suffix.
        assert_eq!(locate(&ws, &env(&home)), library_of(&home, &stable));
        // The repository's rust-toolchain.toml, by channel.
        write(&ws.join("rust-toolchain.toml"), "[toolchain]\nchannel = \"nightly-2025-01-01\"\n");
        assert_eq!(locate(&ws, &env(&home)), library_of(&home, &nightly));
        // RUSTUP_TOOLCHAIN overrides the file; a toolchain directory without a host suffix.
        let e = Env { rustup_toolchain: Some("1.80.0".into()), ..env(&home) };
        assert_eq!(locate(&ws, &e), library_of(&home, "1.80.0"));
        // A file without a channel leaves the default.
        write(&ws.join("rust-toolchain.toml"), "[toolchain]\ncomponents = [\"rust-src\"]\n");
        assert_eq!(locate(&ws, &env(&home)), library_of(&home, &stable));
        // The legacy file: one line.
        std::fs::remove_file(ws.join("rust-toolchain.toml")).expect("rm");
        write(&ws.join("rust-toolchain"), "stable\n");
        assert_eq!(locate(&ws, &env(&home)), library_of(&home, &stable));
        // A toolchain that is not installed, or a home without settings: the table.
        write(&ws.join("rust-toolchain"), "beta\n");
        assert_eq!(locate(&ws, &env(&home)), None);
        let (empty, no_rustup) = (temp("pick-empty"), temp("no-rustup"));
        assert_eq!(locate(&empty, &env(&no_rustup)), None);
        for dir in [home, ws, empty, no_rustup] {
            let _ = std::fs::remove_dir_all(dir);
        }
    }

    #[test]
    fn hostile_toolchain_names_are_never_paths() {
        let home = rustup("hostile", &[&host("stable")], "stable");
        let (ws, clean) = (temp("hostile-ws"), temp("hostile-clean"));
        // A library that a `..` name would reach.
        write(&home.join("lib/rustlib/src/rust/library/core/src/lib.rs"), "");
        for channel in ["../..", "../../etc", "/etc", "stable/../..", "..", ".", "a b", "-x", "é"] {
            write(&ws.join("rust-toolchain.toml"), &format!("[toolchain]\nchannel = {channel:?}\n"));
            assert_eq!(locate(&ws, &env(&home)), None, "{channel}");
            let e = Env { rustup_toolchain: Some(channel.into()), ..env(&home) };
            assert_eq!(locate(&clean, &e), None, "{channel}");
        }
        write(&ws.join("rust-toolchain.toml"), "[toolchain]\npath = \"/opt/evil\"\n");
        assert_eq!(locate(&ws, &env(&home)), None, "a path toolchain is not followed");
        write(&ws.join("rust-toolchain.toml"), "[toolchain]\nchannel = 7\n");
        assert_eq!(locate(&ws, &env(&home)), None);
        for dir in [home, ws, clean] {
            let _ = std::fs::remove_dir_all(dir);
        }
    }

    #[test]
    fn the_key_changes_with_the_files() {
        let dir = temp("key");
        write(&dir.join("src/lib.rs"), "pub mod a;");
        write(&dir.join("src/a.rs"), "pub struct A;");
        let first = key("core", &dir).expect("listed");
        assert_eq!(key("core", &dir).as_deref(), Some(first.as_str()));
        write(&dir.join("src/a.rs"), "pub struct A; pub struct B;");
        assert_ne!(key("core", &dir), Some(first));
        assert_eq!(key("core", &dir.join("absent")), None);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
