//! EXPECT: no findings
//!
//! The cadence shapes of `builder-cadence-fires` with tags that carry no personal data:
//! a surface name, a platform, the number of views. A builder tagged with a viewed
//! member's id is built but handed to `try_send`, which the policy gives no purpose.

pub mod matching;
pub mod telemetry;
