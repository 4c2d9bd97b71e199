//! EXPECT: no findings
//!
//! The macros of `macro-items-fires`: the generated getters and handlers are used only
//! where their data is allowed (messaging reads messages, matching reads views), and
//! sales code uses the generated `MemberId` newtype and the unclassified `profile`
//! getter.

#[macro_use]
mod macros;

pub mod handlers;
pub mod model;
pub mod sales;
pub mod store;
