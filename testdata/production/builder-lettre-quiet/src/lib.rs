//! EXPECT: no findings
//!
//! The lettre shapes of `builder-lettre-fires`, with emails that carry the recipient's
//! address (allowed for `marketing.email`) and a count of unread messages, and a chat
//! excerpt sent through lettre's `StubTransport`, which the policy gives no purpose.

pub mod inbox;
pub mod notify;
