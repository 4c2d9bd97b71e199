//! EXPECT: no findings
//!
//! The macros of `macro-fragments-fires`, invoked where their data is allowed: sales
//! functions generated over profiles (not classified), the same shapes over chat
//! messages generated with the purpose `messaging`, and statement and expression
//! macros in messaging code.

#[macro_use]
mod macros;

pub mod inbox;
pub mod model;
pub mod pitches;
pub mod store;
pub mod text;
