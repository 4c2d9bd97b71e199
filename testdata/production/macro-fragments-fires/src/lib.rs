//! EXPECT: 9 findings
//! - purpose-violation at src/pitches.rs:1 in fn `production_macro_fragments_fires::pitches::pitch_a`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/pitches.rs:3 in fn `production_macro_fragments_fires::pitches::shout_lines`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/pitches.rs:5 in fn `production_macro_fragments_fires::pitches::excerpt_pitch`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/pitches.rs:7 in fn `production_macro_fragments_fires::pitches::nudge`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/pitches.rs:7 in fn `production_macro_fragments_fires::pitches::nudge_all`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/pitches.rs:9 in fn `production_macro_fragments_fires::pitches::sender_of`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/pitches.rs:9 in fn `production_macro_fragments_fires::pitches::body_of`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/sales.rs:6 in fn `production_macro_fragments_fires::sales::follow_up`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/sales.rs:11 in fn `production_macro_fragments_fires::sales::opener`: category `chat` is not allowed for purpose `sales`
//!
//! `macro_rules!` expansion with every fragment kind services use (`ident`, `vis`, `ty`,
//! `path`, `literal`, `expr`, `pat`, `block`, `lifetime`, `tt`, `item`, and `meta`
//! in macro-items-fires), repetitions, a macro handing items to another macro, a macro
//! that recurses once per list element, and invocations in item, statement and
//! expression position. Every invocation is on one line; findings in generated
//! functions point at it (two generated functions, two findings on one line).

#[macro_use]
mod macros;

pub mod model;
pub mod pitches;
pub mod sales;
pub mod store;
pub mod text;
