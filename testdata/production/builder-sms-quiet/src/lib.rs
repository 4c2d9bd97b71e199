//! EXPECT: no findings
//!
//! The SMS shapes of `builder-sms-fires` with texts that carry only the phone number
//! (allowed for `marketing.sms`) and a count; a chat quote placed in a voice call
//! (`Client::make_call`, no purpose in this policy).

pub mod inbox;
pub mod upsell;
