//! EXPECT: 1 finding
//! - purpose-violation at src/chat.rs:14 in fn `flow_trait_method_fires::chat::on_open`: category `chat` is not allowed for purpose `sales`
//!
//! `Preview::preview` on a `ChatMessage` resolves to the impl for
//! `ChatMessage`, which returns part of the body; the result goes to the
//! sales function `crm::pitch_line`. `crm::profile_card` calls `preview` on
//! a `Profile`: the `Profile` impl, no chat.

pub mod chat;
pub mod crm;
pub mod preview;
