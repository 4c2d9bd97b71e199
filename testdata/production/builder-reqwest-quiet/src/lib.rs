//! EXPECT: no findings
//!
//! The same reqwest builder chains as `builder-reqwest-fires`, sending only counts and
//! ids that are not classified; viewing history handed to `Client::execute` (which the
//! policy gives no purpose), and a response read back from the ad network.

pub mod audience;
pub mod views;
