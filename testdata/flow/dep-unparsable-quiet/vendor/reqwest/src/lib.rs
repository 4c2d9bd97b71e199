mod async_impl;
pub use self::async_impl::{Client, RequestBuilder, Response;
