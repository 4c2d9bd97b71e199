//! Lowered files kept between loads of one workspace (the language server checks it on
//! every save): a file whose text is the same as last time, and whose expression
//! `include!`s read the same texts, is not parsed again.

use crate::syntax::{self, FileModel, IncludeReader, SyntaxError};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// The lowered model of each file the last load parsed, by the path it was loaded from.
/// Only the files of the last load are kept: a file deleted, or no longer a module of the
/// workspace, is dropped by the next load.
#[derive(Default)]
pub struct Cache {
    files: HashMap<PathBuf, Arc<Parsed>>,
}

/// One file as it was parsed.
struct Parsed {
    text: String,
    /// What each of its expression `include!`s asked for, in order, and what it got.
    includes: Vec<(String, Result<String, String>)>,
    model: FileModel,
}

/// A cache during one load: the files of the last load, and those of this one.
pub(super) struct Round {
    before: HashMap<PathBuf, Arc<Parsed>>,
    after: Mutex<HashMap<PathBuf, Arc<Parsed>>>,
}

impl Round {
    pub(super) fn start(cache: &mut Cache) -> Round {
        Round { before: std::mem::take(&mut cache.files), after: Mutex::default() }
    }

    /// Keeps the files this load parsed (or found unchanged), and only those.
    pub(super) fn finish(self, cache: &mut Cache) {
        cache.files = self.after.into_inner().unwrap_or_else(|e| e.into_inner());
    }

    /// The lowered model of the file at `path` whose text is `text`: a copy of the last
    /// one when the text and what its `include!`s read are the same, else parsed with
    /// [`syntax::parse_file_deferring`]. (A model whose items were left for later stays
    /// right whatever macros the workspace defines now: they are parsed after every load.)
    pub(super) fn parse(
        &self,
        path: &Path,
        text: String,
        include: IncludeReader<'_>,
        macros: &std::collections::HashSet<String>,
    ) -> Result<FileModel, SyntaxError> {
        if let Some(last) = self.before.get(path) {
            if last.text == text && last.includes.iter().all(|(what, got)| include(what) == *got) {
                let model = last.model.clone();
                self.keep(path, Arc::clone(last));
                return Ok(model);
            }
        }
        let includes = Mutex::new(Vec::new());
        let recording = |what: &str| {
            let got = include(what);
            includes.lock().unwrap_or_else(|e| e.into_inner()).push((what.to_string(), got.clone()));
            got
        };
        let model = syntax::parse_file_deferring(&text, Some(&recording), macros, false)?;
        let includes = includes.into_inner().unwrap_or_else(|e| e.into_inner());
        self.keep(path, Arc::new(Parsed { text, includes, model: model.clone() }));
        Ok(model)
    }

    fn keep(&self, path: &Path, parsed: Arc<Parsed>) {
        self.after.lock().unwrap_or_else(|e| e.into_inner()).insert(path.to_path_buf(), parsed);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{discover, load, load_cached, Cache};
    use std::path::Path;

    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).expect("dir");
        for entry in std::fs::read_dir(from).expect("read dir").flatten() {
            let target = to.join(entry.file_name());
            if entry.path().is_dir() {
                copy(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), target).expect("copy");
            }
        }
    }

    /// Loads with and without the cache (printed), and the files the cache keeps after.
    fn both(dir: &Path, cache: &mut Cache) -> (String, String, Vec<String>) {
        let layout = || discover(dir).map_err(|e| e.0).expect("a workspace");
        let plain = format!("{:?}", load(layout()));
        let cached = format!("{:?}", load_cached(layout(), cache));
        let mut kept: Vec<String> = cache.files.keys().map(|p| super::super::rel(dir, p)).collect();
        kept.sort();
        (plain, cached, kept)
    }

    /// Each load with the cache is the load without it, whatever changed in between:
    /// nothing, an included expression's file (its includer is parsed again), a module
    /// file, a module file deleted (and dropped from the cache) then restored.
    #[test]
    fn a_cached_load_is_the_uncached_load() {
        let case = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/cases/module-files-fires");
        let dir = std::env::temp_dir().join(format!("redline-load-cache-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        copy(&case, &dir);
        let dir = dir.canonicalize().expect("temp dir");
        let write = |file: &str, text: &str| std::fs::write(dir.join(file), text).expect("write");
        let impl_rs = std::fs::read_to_string(dir.join("src/impl.rs")).expect("impl.rs");
        let edits: [(&str, &dyn Fn()); 6] = [
            ("cold", &|| {}),
            ("warm", &|| {}),
            ("included expression", &|| write("src/parts/body.rs", "{ let n = sender; n as usize }")),
            ("module file", &|| write("src/chat.rs", "pub struct ChatMessage;\n")),
            ("module file deleted", &|| std::fs::remove_file(dir.join("src/impl.rs")).expect("delete")),
            ("module file restored", &|| write("src/impl.rs", &impl_rs)),
        ];
        let pool = rayon::ThreadPoolBuilder::new().stack_size(crate::STACK_SIZE).build().expect("pool");
        let mut cache = Cache::default();
        let mut last = String::new();
        for (what, edit) in edits {
            edit();
            let (plain, cached, kept) = pool.install(|| both(&dir, &mut cache));
            assert_eq!(plain, cached, "{what}");
            assert_eq!(plain == last, what == "warm", "{what} changes what is loaded");
            assert_eq!(kept.contains(&"src/impl.rs".to_string()), what != "module file deleted", "{kept:?}");
            assert_eq!(kept.len(), if what == "module file deleted" { 5 } else { 6 }, "{what}: {kept:?}");
            last = plain;
        }
        let _ = std::fs::remove_dir_all(dir);
    }
}
