//! EXPECT: 4 findings (two of them the missing-module errors of the two `#[path]` cycles)
//! - missing-module at src/a.rs:3: src/lib.rs is already loaded as a module enclosing this one (a `#[path]` or symlink cycle)
//! - missing-module at src/b.rs:5: src/b.rs is already loaded as a module enclosing this one (a `#[path]` or symlink cycle)
//! - purpose-violation at src/b.rs:7 in fn `bad_module_path_cycle::b::pitch_again`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:5 in fn `bad_module_path_cycle::crm::pitch`: category `chat` is not allowed for purpose `sales`
//!
//! `a` (this file's `#[path = "a.rs"]`) declares `#[path = "lib.rs"] mod back;`: the crate
//! root again, which encloses it. `b` declares `#[path = "b.rs"] mod again;`: its own file.
//! rustc rejects both as circular modules. Neither file is loaded again, so `b::pitch_again`
//! is reported once, not as `b::again::pitch_again` too; the rest of the crate is analysed.

pub mod chat;
pub mod crm;

#[path = "a.rs"]
pub mod a;
pub mod b;
