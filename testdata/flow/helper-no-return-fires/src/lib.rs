//! EXPECT: 1 finding
//! - purpose-violation at src/helpers.rs:5 in fn `flow_helper_no_return_fires::helpers::remember`: category `chat` is not allowed for purpose `sales`
//!
//! `helpers::remember` (unscoped) returns nothing: it passes its `text`
//! parameter (a plain `String`) on to the sales function `crm::add_note`.
//! The messaging handler calls it with a chat body, so chat reaches sales
//! through the helper. The finding is made in the function that makes the
//! call into sales (docs/flow.md, Boundaries); the trace starts in `on_send`.

pub mod chat;
pub mod crm;
pub mod helpers;
