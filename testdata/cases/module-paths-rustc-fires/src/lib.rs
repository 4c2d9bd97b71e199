//! EXPECT: 3 findings
//! - purpose-violation at src/gen/leads.rs:5 in fn `case_module_paths_rustc_fires::leads::pitch`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/platform/mod.rs:5 in fn `case_module_paths_rustc_fires::platform::call_script`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/shim/scripts.rs:5 in fn `case_module_paths_rustc_fires::compat::scripts::opener`: category `chat` is not allowed for purpose `sales`
//!
//! Module files found where rustc finds them, in three shapes real crates use:
//! - the `mod leads;` of a file brought in by `include!("gen/mod.rs")` is next to that
//!   file, `src/gen/leads.rs` (windows-sys includes `Windows/mod.rs` this way);
//! - `#[path = "shim"] mod compat { mod scripts; }`: the path of an inline module is the
//!   directory of its modules, `src/shim/scripts.rs` (codspeed-divan-compat's `#[path = "."]`);
//! - a module declared twice for other `cfg`s (tokio's `cfg_rt!` and `cfg_not_rt!`) is one
//!   module, its file loaded once: no `missing-module` error.

pub mod chat;

include!("gen/mod.rs");

#[path = "shim"]
pub mod compat {
    pub mod scripts;
}

#[cfg(unix)]
pub mod platform;
#[cfg(not(unix))]
pub(crate) mod platform;
