//! The outreach crate of the workspace: its limit is set under `cfg_attr` (the feature is
//! on by default, so rustc takes it too).

#![cfg_attr(feature = "big", recursion_limit = "400")]

#[macro_use]
mod macros;

pub mod model;
pub mod outreach;
