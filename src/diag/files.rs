//! Reading files a pull request controls: the one place that opens them. Only regular
//! files are read (never devices, FIFOs, sockets or anything under `/proc`, `/sys` or
//! `/dev`, which may never end or hold secrets), with a size cap that does not trust the
//! file's metadata, and, for files of the workspace, only inside its root once symlinks
//! are resolved (see docs/security.md).

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Largest source file read (bytes).
pub const MAX_SOURCE_BYTES: u64 = 32 * 1024 * 1024;

/// Largest manifest, policy or baseline file read (bytes).
pub const MAX_CONFIG_BYTES: u64 = 16 * 1024 * 1024;

/// Why a file was not read.
#[derive(Debug)]
pub enum Refused {
    /// It resolves to a path outside the workspace root.
    Outside,
    /// It is not a regular file: what it is.
    Special(&'static str),
    /// It is larger than the limit (given).
    TooLarge(u64),
    Io(std::io::Error),
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refused::Outside => {
                f.write_str("it resolves to a path outside the workspace root, and redline reads nothing there")
            }
            Refused::Special(what) => {
                write!(f, "it is {what}, not a regular file, and redline reads only regular files")
            }
            Refused::TooLarge(limit) => write!(f, "it is over the {limit}-byte limit"),
            Refused::Io(e) => write!(f, "{e}"),
        }
    }
}

impl From<std::io::Error> for Refused {
    fn from(e: std::io::Error) -> Self {
        Refused::Io(e)
    }
}

/// Reads a file the user named (`--config`, `--baseline`): a regular file, at most `limit`
/// bytes.
pub fn read_file(path: &Path, limit: u64) -> Result<Vec<u8>, Refused> {
    let canonical = path.canonicalize()?;
    read_regular(&canonical, limit)
}

/// Reads a file of the workspace: `path` must resolve, symlinks followed, to a regular
/// file inside `root` (itself canonical), of at most `limit` bytes.
pub fn read_in(root: &Path, path: &Path, limit: u64) -> Result<Vec<u8>, Refused> {
    let canonical = resolve_in(root, path)?;
    read_regular(&canonical, limit)
}

/// `path`, symlinks resolved, if it lies inside `root`.
pub fn resolve_in(root: &Path, path: &Path) -> Result<PathBuf, Refused> {
    let canonical = path.canonicalize()?;
    if canonical.starts_with(root) {
        Ok(canonical)
    } else {
        Err(Refused::Outside)
    }
}

/// `path`, symlinks resolved, if it is a regular file inside `root`.
pub fn check_in(root: &Path, path: &Path) -> Result<PathBuf, Refused> {
    let canonical = resolve_in(root, path)?;
    match kind(&canonical) {
        None => Ok(canonical),
        Some(what) => Err(Refused::Special(what)),
    }
}

/// Whether `path` resolves to a regular file inside `root` (what `Path::is_file` says,
/// without following a path out of the workspace).
pub fn is_file_in(root: &Path, path: &Path) -> bool {
    check_in(root, path).is_ok()
}

/// What a path that is not a regular file is (`None` for a regular file).
fn kind(canonical: &Path) -> Option<&'static str> {
    if ["/proc", "/sys", "/dev"].iter().any(|p| canonical.starts_with(p)) {
        return Some("a system file (under /proc, /sys or /dev)");
    }
    let Ok(meta) = std::fs::metadata(canonical) else { return Some("unreadable") };
    special(&meta.file_type())
}

fn special(t: &std::fs::FileType) -> Option<&'static str> {
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some("a directory");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("a FIFO");
        }
        if t.is_socket() {
            return Some("a socket");
        }
        if t.is_char_device() || t.is_block_device() {
            return Some("a device");
        }
    }
    Some("not a regular file")
}

/// Reads a regular file of at most `limit` bytes at a path already canonical and inside the
/// workspace (its caller resolved a directory with [`resolve_in`] and joined names of
/// entries that are not symlinks).
pub fn read_regular(canonical: &Path, limit: u64) -> Result<Vec<u8>, Refused> {
    open_regular(canonical, limit).map(|(_, bytes)| bytes)
}

/// [`read_regular`], keeping the file open (to read parts of it again later: what was
/// read, even if the path is replaced meanwhile).
pub fn open_regular(canonical: &Path, limit: u64) -> Result<(std::fs::File, Vec<u8>), Refused> {
    if let Some(what) = kind(canonical) {
        return Err(Refused::Special(what));
    }
    let file = std::fs::File::open(canonical)?;
    // What was opened, not what the path named a moment ago.
    let meta = file.metadata()?;
    if let Some(what) = special(&meta.file_type()) {
        return Err(Refused::Special(what));
    }
    // Room for what the file says it holds, within the limit, and a byte to see its end:
    // read in one call, where growing from nothing took ten for a file of 20 kB. (Only a
    // hint: the limit holds whatever is read.)
    let mut bytes = Vec::with_capacity(meta.len().min(limit) as usize + 1);
    (&file).take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(Refused::TooLarge(limit));
    }
    Ok((file, bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_only_regular_files_inside_the_root() {
        let dir = std::env::temp_dir().join(format!("redline-files-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("ws")).expect("dir");
        let root = dir.join("ws").canonicalize().expect("root");
        std::fs::write(root.join("a.rs"), "fn a() {}").expect("write");
        std::fs::write(dir.join("secret"), "secret").expect("write");
        assert_eq!(read_in(&root, &root.join("a.rs"), 100).expect("read"), b"fn a() {}");
        assert!(matches!(read_in(&root, &root.join("a.rs"), 3), Err(Refused::TooLarge(3))));
        assert!(matches!(read_in(&root, &root.join("../secret"), 100), Err(Refused::Outside)));
        assert!(matches!(read_in(&root, Path::new("/dev/zero"), 100), Err(Refused::Outside)));
        assert!(matches!(read_file(Path::new("/dev/zero"), 100), Err(Refused::Special(_))));
        assert!(matches!(read_file(Path::new("/proc/self/environ"), 100), Err(Refused::Special(_))));
        assert!(matches!(read_in(&root, &root, 100), Err(Refused::Special("a directory"))));
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.join("secret"), root.join("evil.rs")).expect("symlink");
            assert!(matches!(read_in(&root, &root.join("evil.rs"), 100), Err(Refused::Outside)));
            assert!(!is_file_in(&root, &root.join("evil.rs")));
        }
        let _ = std::fs::remove_dir_all(dir);
    }
}
