//! EXPECT: 4 findings
//! - analysis-limit (warning) at src/codes.rs:3: macro `status_codes!` was not expanded: more than 64 nested expansions
//! - analysis-limit (warning) at src/routes.rs:10 in fn `production_macro_limit_fires::routes::route_table`: macro `route!` was not expanded: no rule matches this invocation
//! - analysis-limit (warning) at src/routes.rs:15 in fn `production_macro_limit_fires::routes::field_count`: macro `count!` was not expanded: more than 64 nested expansions
//! - purpose-violation at src/sales.rs:5 in fn `production_macro_limit_fires::sales::pitch`: category `chat` is not allowed for purpose `sales`
//!
//! Macros redline cannot expand are reported, never skipped silently: a tt-muncher over
//! 100 entries in item position (101 nested expansions, past the limit of 64; rustc's
//! default recursion limit of 128 compiles it), a counting macro over 100 tokens in
//! expression position, and an invocation no rule of `route!` matches (`PATCH`: this
//! one does not compile, as a user sees while editing). Each is an `analysis-limit`
//! warning at the invocation, naming the macro; the rest of the crate is analysed.

#[macro_use]
mod macros;

pub mod codes;
pub mod model;
pub mod routes;
pub mod sales;
