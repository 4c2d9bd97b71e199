//! The on-disk cache of dependency indexes: one file per crate source (registry
//! sources are immutable; vendored and git sources are keyed by their checksum file or
//! revision), in `$REDLINE_CACHE_DIR`, else `$XDG_CACHE_HOME/redline`, else
//! `$HOME/.cache/redline`, under `deps/`. An entry starts with a header line naming the
//! format, the length and a checksum of what follows; one that does not match (corrupt,
//! truncated, another format) is rebuilt, never trusted. Writes go to a temporary file
//! renamed into place, so a reader never sees half an entry. A cache that cannot be
//! written is done without.

use super::CrateIndex;
use crate::diag::files;
use crate::load::deps::fnv;
use std::path::PathBuf;

/// The format of entries: bump when [`CrateIndex`] or what goes into it changes.
const FORMAT: u32 = 1;

/// Largest entry read.
const MAX_ENTRY_BYTES: u64 = 64 * 1024 * 1024;

/// The directory of dependency indexes.
pub fn dir() -> Option<PathBuf> {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    let base = var("REDLINE_CACHE_DIR")
        .or_else(|| var("XDG_CACHE_HOME").map(|d| d.join("redline")))
        .or_else(|| var("HOME").map(|h| h.join(".cache").join("redline")))?;
    Some(base.join("deps"))
}

fn entry(key: &str) -> Option<PathBuf> {
    let name: String =
        key.chars().map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '_' }).collect();
    Some(dir()?.join(format!("{name}.json")))
}

/// The index cached under `key`, if an intact entry of this format is there.
pub fn load(key: &str) -> Option<CrateIndex> {
    let bytes = files::read_file(&entry(key)?, MAX_ENTRY_BYTES).ok()?;
    let newline = bytes.iter().position(|&b| b == b'\n')?;
    let (header, body) = (std::str::from_utf8(&bytes[..newline]).ok()?, &bytes[newline + 1..]);
    let expected = format!("redline-deps {FORMAT} {} {:016x}", body.len(), fnv(body));
    if header != expected {
        return None;
    }
    serde_json::from_slice(body).ok()
}

/// Caches `index` under `key`; failures are ignored (the next run indexes again).
pub fn store(key: &str, index: &CrateIndex) {
    let Some(path) = entry(key) else { return };
    let Ok(body) = serde_json::to_vec(index) else { return };
    let mut bytes = format!("redline-deps {FORMAT} {} {:016x}\n", body.len(), fnv(&body)).into_bytes();
    bytes.extend_from_slice(&body);
    let Some(parent) = path.parent() else { return };
    if std::fs::create_dir_all(parent).is_err() {
        return;
    }
    let tmp = path.with_extension(format!("{}.tmp", std::process::id()));
    let written = std::fs::write(&tmp, &bytes).is_ok() && std::fs::rename(&tmp, &path).is_ok();
    if !written {
        let _ = std::fs::remove_file(&tmp);
    }
}
