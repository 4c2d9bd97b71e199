//! Private one-to-one messaging between members.
//!
//! Purpose of the whole crate: `messaging` (child modules inherit it).

redline::module_purpose!("messaging");

pub mod message;
pub mod store;

pub use message::{ChatMessage, Conversation, Draft, Transcript};
/// The name the safety team's tooling uses for a chat message.
pub use message::ChatMessage as DirectMessage;
pub use store::ChatStore;
