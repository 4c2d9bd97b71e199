//! # The Rust Prelude

#![stable(feature = "rust1", since = "1.0.0")]

pub mod v1;

/// The 2021 version of the prelude of The Rust Standard Library.
#[stable(feature = "prelude_2021", since = "1.55.0")]
pub mod rust_2021 {
    #[stable(feature = "prelude_2021", since = "1.55.0")]
    #[doc(no_inline)]
    pub use super::v1::*;
}
