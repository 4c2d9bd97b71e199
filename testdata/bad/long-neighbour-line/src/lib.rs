//! EXPECT: 1 finding (the line before it is 3,000 bytes long: the finding has no code frame, and says so naming that line)
//! - purpose-violation at src/crm.rs:6 in fn `bad_long_neighbour_line::crm::pitch`: category `chat` is not allowed for purpose `sales`

pub mod chat;
pub mod crm;
