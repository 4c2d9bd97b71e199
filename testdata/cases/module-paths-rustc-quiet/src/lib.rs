//! EXPECT: no findings
//!
//! As `module-paths-rustc-fires` (a file brought in by `include!` declaring a module next to
//! it, an inline module with `#[path]`, a module declared twice for other `cfg`s), but the
//! three modules deliver messages, a purpose chat data allows: no finding, and no
//! `missing-module` error for any of the three module files.

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
