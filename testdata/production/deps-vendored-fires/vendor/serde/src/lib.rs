//! Minimal fixture of serde's public API (signatures only).
#![no_std]
extern crate std;

pub mod de;
pub mod ser;

pub use crate::de::{Deserialize, Deserializer};
pub use crate::ser::{Serialize, Serializer};
