//! A minimal stand-in for reqwest's public API: the types are defined deep in
//! `async_impl` and re-exported at the crate root, as reqwest does.
mod async_impl;
mod error;

pub use self::async_impl::{Client, RequestBuilder, Response};
pub use self::error::{Error, Result};

/// An alias of a client type, as SDKs write them.
pub type HttpClient = Client;
