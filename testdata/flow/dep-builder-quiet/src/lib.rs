//! EXPECT: no findings
//!
//! As `dep-builder-fires`, but only the number of addresses goes into the request
//! body that `RequestBuilder::send` (purpose `advertising`) sends.

pub mod ads;
