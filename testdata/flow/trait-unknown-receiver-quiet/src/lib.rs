//! EXPECT: no findings
//!
//! `Preview` is implemented for the chat type and for profiles. Sales code that
//! calls `preview()` on a `&dyn Preview` or a generic `T: Preview` may reach
//! either impl, but it only ever holds profiles: the chat impl's `self` type is
//! not a source of chat data in sales code (what it returns comes from the
//! receiver the caller passes).

pub mod chat;
pub mod crm;
