//! EXPECT: no findings
//!
//! As `dep-builder-fires`, but the vendored `reqwest`'s `lib.rs` does not parse: the
//! crate is skipped with a note on stderr (never a crash, never a finding), the return
//! type of `Client::post` stays unknown, and the `[functions]` entry cannot match
//! (a missed flow, which the trace would name: see `dep-unknown-type-fires`).

pub mod ads;
