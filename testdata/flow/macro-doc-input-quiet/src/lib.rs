//! EXPECT: no findings
//!
//! As `macro-doc-input-fires` (a rule that requires doc comments in its input, which are
//! kept there, so the macro expands), but the generated function delivers messages, a
//! purpose chat data allows: no finding, and no "not expanded" warning.

#[macro_use]
mod macros;
pub mod chat;
pub mod sales;
