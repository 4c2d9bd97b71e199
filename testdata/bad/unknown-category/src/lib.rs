//! EXPECT: 1 finding (plus one error: unknown category `caht` at src/chat.rs:11, did you mean `chat`?)
//! - purpose-violation at src/crm.rs:5 in fn `bad_unknown_category::crm::pitch`: category `chat` is not allowed for purpose `sales`

pub mod chat;
pub mod crm;
