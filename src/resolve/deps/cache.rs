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
use std::path::{Path, PathBuf};

/// The format of entries: bump when [`CrateIndex`] or what goes into it changes.
const FORMAT: u32 = 6;

/// Largest entry read.
const MAX_ENTRY_BYTES: u64 = 64 * 1024 * 1024;

/// The directory of dependency indexes.
pub fn dir() -> Option<PathBuf> {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    // The library's unit tests index fixtures: never into the cache of whoever runs them.
    if cfg!(test) && var("REDLINE_CACHE_DIR").is_none() {
        return None;
    }
    let base = var("REDLINE_CACHE_DIR")
        .or_else(|| var("XDG_CACHE_HOME").map(|d| d.join("redline")))
        .or_else(|| var("HOME").map(|h| h.join(".cache").join("redline")))?;
    Some(base.join("deps"))
}

fn entry(dir: &Path, key: &str) -> PathBuf {
    let name: String =
        key.chars().map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '_' }).collect();
    dir.join(format!("{name}.json"))
}

/// The index cached under `key`, if an intact entry of this format is there.
pub fn load(key: &str) -> Option<CrateIndex> {
    load_in(&dir()?, key)
}

/// Caches `index` under `key`; failures are ignored (the next run indexes again).
pub fn store(key: &str, index: &CrateIndex) {
    if let Some(dir) = dir() {
        store_in(&dir, key, index);
    }
}

fn load_in(dir: &Path, key: &str) -> Option<CrateIndex> {
    let (file, bytes) = files::open_regular(&entry(dir, key).canonicalize().ok()?, MAX_ENTRY_BYTES).ok()?;
    let newline = bytes.iter().position(|&b| b == b'\n')?;
    let (header, body) = (std::str::from_utf8(&bytes[..newline]).ok()?, &bytes[newline + 1..]);
    let expected = format!("redline-deps {FORMAT} {} {:016x}", body.len(), fnv(body));
    if header != expected {
        return None;
    }
    let mut idx: CrateIndex = serde_json::from_slice(body).ok()?;
    // Types and traits are decoded when first read, from the entry kept open.
    let file = std::sync::Arc::new(file);
    let at = newline as u64 + 1;
    idx.types.values_mut().for_each(|t| t.locate(body, &file, at));
    idx.traits.values_mut().for_each(|t| t.locate(body, &file, at));
    Some(idx)
}

fn store_in(dir: &Path, key: &str, index: &CrateIndex) {
    let path = entry(dir, key);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resolve::Ty;

    fn sample() -> CrateIndex {
        let mut idx = CrateIndex::default();
        idx.paths.insert("reqwest::Client".into(), "reqwest::async_impl::client::Client".into());
        idx.fns.insert("reqwest::get".into(), Ty::Extern("Future".into(), vec![Ty::Unknown]));
        let send = super::super::Method { ret: Ty::Extern("Self".into(), Vec::new()), via: None, mut_self: true };
        let entry = super::super::TypeEntry {
            methods: [("json".to_string(), send)].into_iter().collect(),
            traits: vec!["reqwest::IntoUrl".into()],
        };
        idx.types.insert("reqwest::RequestBuilder".into(), super::super::Lazy::new(entry));
        idx
    }

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("redline-cache-test-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn an_entry_written_is_read_back() {
        let dir = temp("roundtrip");
        store_in(&dir, "index.crates.io-x-reqwest-0.12.4", &sample());
        let back = load_in(&dir, "index.crates.io-x-reqwest-0.12.4").expect("cached");
        assert_eq!(back.paths, sample().paths);
        assert_eq!(back.fns, sample().fns);
        // Types are decoded when first read; one never read is written back as it was.
        let again = temp("roundtrip-again");
        store_in(&again, "k", &back);
        let bytes = |d: &Path, k: &str| std::fs::read(entry(d, k)).expect("written");
        assert_eq!(bytes(&again, "k"), bytes(&dir, "index.crates.io-x-reqwest-0.12.4"));
        let builder = back.types.get("reqwest::RequestBuilder").expect("type").value();
        assert!(builder.methods.get("json").is_some_and(|m| m.mut_self && m.via.is_none()));
        assert_eq!(builder.traits, ["reqwest::IntoUrl"]);
        let _ = std::fs::remove_dir_all(&again);
        let names: Vec<_> = std::fs::read_dir(&dir).expect("dir").flatten().map(|e| e.file_name()).collect();
        assert_eq!(names.len(), 1, "no temporary file is left behind: {names:?}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_type_is_decoded_only_from_the_text_that_was_checked() {
        let dir = temp("lazy");
        store_in(&dir, "k", &sample());
        let path = entry(&dir, "k");
        let replaced = load_in(&dir, "k").expect("cached");
        // Replaced (as a writer does): what was opened is still read.
        let good = std::fs::read(&path).expect("written");
        std::fs::remove_file(&path).expect("remove");
        std::fs::write(&path, b"other").expect("write");
        let json = |idx: &CrateIndex| idx.types.get("reqwest::RequestBuilder").expect("type").value().methods.len();
        assert_eq!(json(&replaced), 1);
        // Changed in place after it was checked: not trusted, and nothing else breaks.
        std::fs::remove_file(&path).expect("remove");
        std::fs::write(&path, &good).expect("write");
        let changed_in_place = load_in(&dir, "k").expect("cached");
        let at = good.windows(6).position(|w| w == b"\"json\"").expect("method");
        let file = std::fs::OpenOptions::new().write(true).open(&path).expect("open");
        std::os::unix::fs::FileExt::write_all_at(&file, b"X", at as u64 + 1).expect("write");
        assert_eq!(json(&changed_in_place), 0);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn corrupt_truncated_or_foreign_entries_are_not_trusted() {
        let dir = temp("corrupt");
        let key = "k-1.0.0";
        store_in(&dir, key, &sample());
        let path = entry(&dir, key);
        let good = std::fs::read(&path).expect("written");
        let mut flipped = good.clone();
        let last = flipped.len() - 2;
        flipped[last] ^= 1;
        let header_end = good.iter().position(|&b| b == b'\n').expect("header");
        let foreign = [b"redline-deps 0".as_slice(), &good[header_end - 30..]].concat();
        for bad in [flipped, good[..good.len() / 2].to_vec(), b"garbage".to_vec(), Vec::new(), foreign] {
            std::fs::write(&path, &bad).expect("write");
            assert!(load_in(&dir, key).is_none());
        }
        // A cache that cannot be written is done without.
        store_in(Path::new("/proc/redline-cannot-write"), key, &sample());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
