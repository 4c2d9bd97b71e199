//! EXPECT: 4 findings
//! - purpose-violation at src/dispatch.rs:23 in fn `production_std_src_absent_fires::dispatch::Dialer::offer_from_pool`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/dispatch.rs:31 in fn `production_std_src_absent_fires::dispatch::Dialer::offer_from_standby`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/dispatch.rs:39 in fn `production_std_src_absent_fires::dispatch::Dialer::offer_from_retired`: category `contact.phone` is not allowed for purpose `marketing`
//! - purpose-violation at src/dispatch.rs:48 in fn `production_std_src_absent_fires::dispatch::offer_shared`: category `contact.phone` is not allowed for purpose `marketing`
//!
//! The code of `std-src-fires` run without rust-src (no `RUST_SRC_PATH` file: the
//! harness unsets `RUST_SRC_PATH`). `VecDeque::swap_remove_back`, `Option::take_if`,
//! `Vec::pop_if` and `Arc::unwrap_or_clone` are not in the built-in std table
//! (docs/flow.md), so the client's type is unknown at `.send_sms()`: the
//! `[functions]` entry cannot match there and nothing is reported at it (docs/flow.md,
//! Dependencies: "When the type stays unknown ..."). The phone number then reaches the
//! marketing function `campaign::mark_texted`: that finding's trace says "type of
//! `client` unknown at `.send_sms()`: a [functions] entry for `send_sms` could not be
//! matched here".

pub mod campaign;
pub mod dispatch;
pub mod members;
