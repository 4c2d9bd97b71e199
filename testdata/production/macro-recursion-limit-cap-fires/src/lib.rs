//! EXPECT: 3 findings
//! - analysis-limit (warning) at src/boot.rs:4: the macro `forever!` is not expanded: expansions nest more than 1024 deep
//! - purpose-violation at src/sales.rs:5 in fn `production_macro_recursion_limit_cap_fires::sales::teaser`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/sales.rs:7 in fn `production_macro_recursion_limit_cap_fires::sales::pitch`: category `chat` is not allowed for purpose `sales`
//!
//! docs/flow.md, "macro_rules!": a crate's `#![recursion_limit]` counts up to 1,024; a
//! larger value is taken as 1,024. This crate sets 100,000, and `boot.rs` invokes
//! `forever!`, which invokes itself without end: one `analysis-limit` warning at the
//! invocation, after 1,024 levels (the run finishes at once). The rest is analysed:
//! `fields!` over 300 names in `sales.rs` (301 nested expansions, past rustc's default
//! 128, so the value is not thrown away) writes `teaser`, which takes a chat message in a
//! sales module, and the written `pitch` does too.
//!
//! NOTE: rustc rejects `boot.rs`'s invocation too ("recursion limit reached while
//! expanding `forever!`"); that is the only reason the crate does not compile.

#![recursion_limit = "100000"]

#[macro_use]
mod macros;

pub mod boot;
pub mod model;
pub mod sales;
