//! Minimal stand-in for the posthog-rs client as `cargo vendor` lays it out: the client
//! constructor is a free function whose return type is only known from these sources.

mod client;
mod error;
mod event;

pub use client::{client, Client, ClientOptions};
pub use error::Error;
pub use event::Event;
