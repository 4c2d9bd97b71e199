//! EXPECT: 2 findings (plus one parse error for src/broken.rs)
//! - purpose-violation at src/crm.rs:4 in fn `bad_syntax_error_in_macro_caller::crm::pitch`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/broken/notes.rs:4 in fn `bad_syntax_error_in_macro_caller::broken::notes::jot`: category `chat` is not allowed for purpose `sales`

#[macro_use]
pub mod macros;
pub mod broken;
pub mod chat;
pub mod crm;
