//! EXPECT: 1 finding (plus one error: src/legacy.rs is not valid UTF-8)
//! - purpose-violation at src/crm.rs:5 in fn `bad_non_utf8::crm::pitch`: category `chat` is not allowed for purpose `sales`

pub mod chat;
pub mod crm;
pub mod legacy;
