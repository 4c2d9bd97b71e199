//! EXPECT: 4 findings
//! - analysis-limit (warning) at src/codes.rs:3: macro `status_codes!` was not expanded: more than 140 nested expansions
//! - analysis-limit (warning) at src/routes.rs:10 in fn `production_macro_limit_fires::routes::route_table`: macro `route!` was not expanded: no rule matches this invocation
//! - analysis-limit (warning) at src/routes.rs:14 in fn `production_macro_limit_fires::routes::field_count`: the function is only partly analysed: `count!`'s expansion nests its expressions past the 256 levels a body may hold
//! - purpose-violation at src/sales.rs:5 in fn `production_macro_limit_fires::sales::pitch`: category `chat` is not allowed for purpose `sales`
//!
//! Macros redline cannot expand are reported, never skipped silently: a tt-muncher over
//! 150 entries in item position (151 nested expansions, past the crate's own
//! `recursion_limit` of 140, which redline honours as rustc does), a counting
//! macro over 150 tokens in expression position (two expression levels per expansion: the
//! body's own nesting limit comes first, and says which function), and an invocation no rule of `route!` matches (`PATCH`: this
//! one does not compile, as a user sees while editing). Each is an `analysis-limit`
//! warning at the invocation, naming the macro; the rest of the crate is analysed.

#![recursion_limit = "140"]

#[macro_use]
mod macros;

pub mod codes;
pub mod model;
pub mod routes;
pub mod sales;
