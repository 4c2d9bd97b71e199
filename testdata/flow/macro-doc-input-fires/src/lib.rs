//! EXPECT: 1 finding
//! - purpose-violation at src/sales.rs:5 in fn `flow_macro_doc_input_fires::sales::opener`: category `chat` is not allowed for purpose `sales`
//!
//! A macro whose rule requires doc comments in its input (`$(#[doc = $doc:literal])+`,
//! as vaultwarden's `make_config!` and icu's `make_binary_property!` do): a doc comment
//! in a macro's input is a token (`#[doc = ".."]`), kept there, so the rule matches and the
//! function it generates is analysed (without them it was "not expanded: no rule matches").

#[macro_use]
mod macros;
pub mod chat;
pub mod sales;
