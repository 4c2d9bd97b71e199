//! EXPECT: 1 finding
//! - purpose-violation at src/crm.rs:6 in fn `case_data_struct_fires::crm::pitch`: category `chat` is not allowed for purpose `sales`
//!
//! `#[redline::data("chat")]` on a struct makes every value of it chat data; a
//! `sales` function that takes one as a parameter touches chat. `chat::deliver`
//! (purpose `messaging`) touches it legitimately.

pub mod chat;
pub mod crm;
