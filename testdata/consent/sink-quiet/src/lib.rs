//! EXPECT: no findings
//!
//! A `[functions]` sink with a purpose: `vendor::SmsVendor::send` is given `marketing.sms`
//! in redline.toml. The unscoped `outreach::weekly` passes phone numbers into it, only
//! for members who opted in. `login_code` passes one, unguarded, into a sink with
//! purpose `account`: no rule covers that purpose.

pub mod consent;
pub mod member;
pub mod outreach;
pub mod vendor;
