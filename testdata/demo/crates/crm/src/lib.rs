//! Kindred Connect: the back office of the telephone "matchmakers" who sell
//! Gold and Platinum memberships.
//!
//! Purpose of the whole crate: `sales`. This is where the incident happened:
//! matchmakers read members' private chats and browsing history to write
//! their pitches, and the lead pool re-added members who had asked never to
//! be called again. See ../../README.md for the expected findings.

redline::module_purpose!("sales");

pub mod escalation;
pub mod leads;
pub mod outbox;
pub mod pitch;
pub mod reporting;
pub mod scoring;

pub use leads::{Lead, LeadPool};
pub use outbox::{Message, Outbox};
pub use pitch::PitchDesk;
