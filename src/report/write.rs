//! Writing reports and baselines without losing data: an output that is also an input is
//! refused, and a file is replaced only once its new content is complete (written to a
//! temporary file in the same directory, then renamed over it).

use std::io::Write;
use std::path::{Path, PathBuf};

/// A file named on the command line: its flag, its path, and whether redline writes it.
pub struct Named<'a> {
    pub flag: &'static str,
    pub path: &'a Path,
    pub written: bool,
}

/// Refuses (with a message for exit code 2) when a file redline writes is also another
/// file it reads or writes, whatever the spelling (`./f`, an absolute path, a symlink).
/// `--baseline F --write-baseline F` is allowed: it re-records the baseline.
pub fn refuse_clashes(files: &[Named]) -> Result<(), String> {
    let canonical: Vec<PathBuf> = files.iter().map(|f| identity(f.path)).collect();
    for (i, a) in files.iter().enumerate() {
        for (j, b) in files.iter().enumerate().skip(i + 1) {
            let rerecord =
                matches!((a.flag, b.flag), ("--baseline", "--write-baseline") | ("--write-baseline", "--baseline"));
            if (a.written || b.written) && !rerecord && canonical[i] == canonical[j] {
                return Err(format!(
                    "error: {} {} and {} {} are the same file; redline will not overwrite one with the other\n",
                    a.flag,
                    a.path.display(),
                    b.flag,
                    b.path.display()
                ));
            }
        }
    }
    Ok(())
}

/// What a path names: the file itself if it exists (symlinks resolved), else its resolved
/// directory and name.
fn identity(path: &Path) -> PathBuf {
    if let Ok(c) = path.canonicalize() {
        return c;
    }
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    match (absolute.parent().and_then(|p| p.canonicalize().ok()), absolute.file_name()) {
        (Some(dir), Some(name)) => dir.join(name),
        _ => absolute,
    }
}

/// Writes `bytes` to `path`. A regular file (or a new one) is replaced at once, by a
/// rename of a complete temporary file next to it (a symlink keeps pointing at the new
/// content); anything else (`/dev/stdout`, a pipe) is written directly.
pub fn atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let target = match path.canonicalize() {
        Ok(c) if c.is_file() => c,
        Ok(_) => return std::fs::OpenOptions::new().write(true).truncate(true).open(path)?.write_all(bytes),
        Err(_) => path.to_path_buf(),
    };
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = dir.join(format!(".{name}.redline-{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(&temp)?;
        if let Ok(meta) = std::fs::metadata(&target) {
            file.set_permissions(meta.permissions())?;
        }
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, &target)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_output_that_is_an_input_is_refused() {
        let dir = std::env::temp_dir().join(format!("redline-write-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("dir");
        let base = dir.join("base.json");
        std::fs::write(&base, "{}").expect("write");
        let dotted = dir.join(".").join("base.json");
        let fresh = dir.join("new.sarif");
        let named = |flag, path, written| Named { flag, path, written };
        assert!(refuse_clashes(&[named("--baseline", &base, false), named("--output", &dotted, true)]).is_err());
        assert!(refuse_clashes(&[named("--write-baseline", &fresh, true), named("--output", &fresh, true)]).is_err());
        assert!(refuse_clashes(&[named("--baseline", &base, false), named("--write-baseline", &base, true)]).is_ok());
        assert!(refuse_clashes(&[named("--baseline", &base, false), named("--output", &fresh, true)]).is_ok());
        atomically(&fresh, b"new").expect("write");
        atomically(&fresh, b"newer").expect("rewrite");
        assert_eq!(std::fs::read(&fresh).expect("read"), b"newer");
        assert_eq!(std::fs::read_dir(&dir).expect("dir").count(), 2, "no temporary file is left");
        let _ = std::fs::remove_dir_all(dir);
    }
}
