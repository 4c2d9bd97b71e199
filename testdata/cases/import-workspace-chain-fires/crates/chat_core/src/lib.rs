//! Chat types for the workspace. No findings in this crate; the case's EXPECT block is in
//! crates/sales_desk/src/lib.rs.

redline::module_purpose!("messaging");

pub use prelude::*;

pub mod prelude {
    pub use crate::public::*;
    pub use crate::msg::ChatMessage as Message;
}

pub mod msg;
pub mod public;
