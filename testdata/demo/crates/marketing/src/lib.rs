//! E-mail campaigns.
//!
//! Purpose of the whole crate: `marketing.email`.

redline::module_purpose!("marketing.email");

pub mod campaigns;
pub mod retarget;
pub mod segments;

pub use campaigns::Email;
