//! EXPECT: 2 findings
//! - purpose-violation at src/crm.rs:6 in fn `case_reexport_rename_fires::crm::pitch`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/crm.rs:10 in fn `case_reexport_rename_fires::crm::follow_up`: category `chat` is not allowed for purpose `sales`
//!
//! `chat::ChatMessage` is re-exported under other names: `crate::DirectMessage`
//! and, through a second rename, `crate::prelude::Dm`. Both still carry chat.

pub mod chat;
pub mod crm;

pub use chat::ChatMessage as DirectMessage;

pub mod prelude {
    pub use crate::DirectMessage as Dm;
}
