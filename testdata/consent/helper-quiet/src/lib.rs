//! EXPECT: no findings
//!
//! Helper functions whose effect is to keep only guarded elements (`audience::reachable`
//! returns them, `audience::keep_reachable` filters a `&mut Vec` in place) or to return
//! only guarded values (`audience::sms_target`). They are not configured; redline must
//! recognise them from their bodies.

pub mod audience;
pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;
