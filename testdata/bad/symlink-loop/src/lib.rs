//! EXPECT: 1 finding, reported exactly once (src/loop -> . and ./again -> . are directory symlink cycles)
//! - purpose-violation at src/crm.rs:5 in fn `bad_symlink_loop::crm::pitch`: category `chat` is not allowed for purpose `sales`

pub mod chat;
pub mod crm;
