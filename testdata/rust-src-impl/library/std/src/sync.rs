pub use alloc_crate::sync::{Arc, Weak};
