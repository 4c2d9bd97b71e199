//! EXPECT: 2 findings
//! - purpose-violation at src/moderation.rs:10 in fn `production_precision_struct_update_fires::moderation::escalate`: category `chat` is not allowed for purpose `sales`
//! - purpose-violation at src/moderation.rs:15 in fn `production_precision_struct_update_fires::moderation::requeue`: category `chat` is not allowed for purpose `sales`
//!
//! Struct update syntax that replaces other fields than `notes`: `Lead { plan, ..draft }`
//! and `Lead { member_id, ..draft.clone() }` still carry `draft.notes`, which quote chat
//! messages, into sales code.

pub mod inbox;
pub mod model;
pub mod moderation;
pub mod sales;
