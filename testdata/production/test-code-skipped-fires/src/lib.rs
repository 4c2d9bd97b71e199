//! EXPECT: 2 findings
//! - purpose-violation at src/outreach.rs:5 in fn `production_test_code_skipped_fires::outreach::spring_promo`: category `contact.email` is not allowed for purpose `marketing`
//! - purpose-violation at src/outreach.rs:30 in fn `production_test_code_skipped_fires::outreach::win_back`: category `contact.email` is not allowed for purpose `marketing`
//!
//! Test code is not checked and its bodies are not parsed (docs/annotations.md, "Not
//! checked"; docs/lints.md, parse-error). `outreach.rs` has a `#[cfg(test)] mod tests`
//! whose test has a syntax error (`let sent = ;`): the file is still analysed, its two
//! unscoped functions that pass a member's email to the marketing function
//! `campaign::send_newsletter` are reported (also the one after the test module, at its
//! own line), and no parse-error is reported. A `#[test]` function outside a test module
//! that does the same, a `#[cfg(test)]` marketing function reading the email, and the
//! tests of the marketing module are not reported.

pub mod campaign;
pub mod members;
pub mod outreach;
