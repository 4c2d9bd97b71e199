//! EXPECT: no findings
//!
//! `helpers::word_count` (unscoped) touches chat, but it is only called from
//! messaging code, which may. `helpers::never_called` touches chat and has no
//! caller. The sales code calls only `helpers::greeting`, which touches
//! nothing.

pub mod chat;
pub mod crm;
pub mod helpers;
pub mod inbox;
