//! Chat types for the workspace. No findings in this crate; the case's
//! EXPECT block is in crates/sales_desk/src/lib.rs.

redline::module_purpose!("messaging");

pub mod msg;

/// Glob re-export of everything in `msg`.
pub mod prelude {
    pub use crate::msg::*;
}
