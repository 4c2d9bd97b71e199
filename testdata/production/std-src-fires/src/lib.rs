//! EXPECT: 4 findings
//! - purpose-violation at src/dispatch.rs:22 in fn `production_std_src_fires::dispatch::Dialer::offer_from_pool`: category `contact.phone` is not allowed for purpose `marketing.sms`
//! - purpose-violation at src/dispatch.rs:30 in fn `production_std_src_fires::dispatch::Dialer::offer_from_standby`: category `contact.phone` is not allowed for purpose `marketing.sms`
//! - purpose-violation at src/dispatch.rs:38 in fn `production_std_src_fires::dispatch::Dialer::offer_from_retired`: category `contact.phone` is not allowed for purpose `marketing.sms`
//! - purpose-violation at src/dispatch.rs:47 in fn `production_std_src_fires::dispatch::offer_shared`: category `contact.phone` is not allowed for purpose `marketing.sms`
//!
//! std signatures read from the `rust-src` component (issue 8; not yet in docs/flow.md,
//! which says std is not read): the case's `RUST_SRC_PATH` file makes the harness run
//! redline with `RUST_SRC_PATH=testdata/rust-src/library`, a minimal rust-src whose
//! `std` re-exports `VecDeque`, `Vec` and `Arc` from `alloc` and `Option` from
//! `core`. An SMS client (`crmkit::Client`) is taken out of a std container by a method
//! the built-in table (docs/flow.md) does not list: `VecDeque::swap_remove_back` then
//! `expect`, `Option::take_if` bound by `if let Some(..)`, `Vec::pop_if` then `?`, and
//! `Arc::unwrap_or_clone`. Their return types come from the rust-src signatures (`T`
//! substituted from `VecDeque<Client>` past the defaulted allocator parameter), so
//! `[functions] "crmkit::Client::send_sms"` (purpose `marketing.sms`) matches and the
//! member's phone number passed to it is reported there. The later call into the marketing
//! function `campaign::mark_texted` in the same function is not reported again (one
//! finding per function and category). `std-src-absent-fires` is the same code without
//! rust-src.

pub mod campaign;
pub mod dispatch;
pub mod members;
