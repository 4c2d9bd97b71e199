//! EXPECT: 1 finding (plus one parse error for src/broken.rs)
//! - purpose-violation at src/crm.rs:5 in fn `bad_syntax_error::crm::pitch`: category `chat` is not allowed for purpose `sales`

pub mod broken;
pub mod chat;
pub mod crm;
