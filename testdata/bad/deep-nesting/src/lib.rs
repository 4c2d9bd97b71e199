//! EXPECT: 1 finding (src/deep.rs must not crash redline: it is either analysed or reported as too deeply nested)
//! - purpose-violation at src/crm.rs:5 in fn `bad_deep_nesting::crm::pitch`: category `chat` is not allowed for purpose `sales`

pub mod chat;
pub mod crm;
pub mod deep;
