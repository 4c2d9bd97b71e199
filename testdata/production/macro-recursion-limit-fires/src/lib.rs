//! EXPECT: 3 findings
//! - purpose-violation at src/sales.rs:4 in fn `production_macro_recursion_limit_fires::sales::teaser`: category `chat` is not allowed for purpose `sales`
//! - analysis-limit (warning) at src/promo.rs:5: the macro `fields!` is not expanded: expansions nest more than 300 deep
//! - purpose-violation at crates/big/src/outreach.rs:5 in fn `production_macro_recursion_limit_fires_big::outreach::preview`: category `chat` is not allowed for purpose `marketing`
//!
//! docs/flow.md, "macro_rules!": nested expansions are limited to the crate's own
//! `#![recursion_limit]` (up to 1,024) instead of rustc's default 128, as rustc does for
//! the crate the invocation is in.
//!
//! - This crate sets `#![recursion_limit = "300"]`. `sales.rs` invokes the tt-muncher
//!   `fields!` with 200 column names: 201 nested expansions, past 128 but within 300. The
//!   function the last expansion writes, `teaser`, takes a chat message in a sales module:
//!   found only if the crate's limit is honoured.
//! - `promo.rs` invokes it with 320 names: past 300, an `analysis-limit` warning at the
//!   invocation; what it would generate (`banner`, chat in marketing) is not analysed.
//! - The member crate `crates/big` sets its limit only under
//!   `#![cfg_attr(feature = "big", recursion_limit = "400")]` (any predicate is taken):
//!   its 350-name invocation expands, and `preview` (chat in marketing) is reported.
//!
//! Each invocation generates under 70,000 tokens, adding up what each of its expansions
//! writes (the 100,000 limit is not in play), and only items (no nested expression).
//!
//! NOTE: rustc rejects `promo.rs`'s invocation too ("recursion limit reached while
//! expanding", past 300 levels); that is the only reason the crate does not compile.

#![recursion_limit = "300"]

#[macro_use]
mod macros;

pub mod model;
pub mod promo;
pub mod sales;
