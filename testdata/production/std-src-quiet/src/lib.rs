//! EXPECT: no findings
//!
//! The shapes of `std-src-fires` (run with `RUST_SRC_PATH=testdata/rust-src/library`, from
//! the case's `RUST_SRC_PATH` file): the SMS client taken out of `VecDeque`, `Option`,
//! `Vec` and `Arc` by `swap_remove_back`, `take_if`, `pop_if` and `unwrap_or_clone`
//! is now known to be a `crmkit::Client`, so `[functions] "crmkit::Client::send_sms"`
//! (purpose `marketing.sms`) matches; but only the on-call operator's number with a
//! member id, a count or a literal is texted, and the marketing function
//! `campaign::mark_queued` gets ids. No phone number of a member reaches either.

pub mod campaign;
pub mod dispatch;
pub mod members;
