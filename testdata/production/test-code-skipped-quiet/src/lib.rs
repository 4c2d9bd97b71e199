//! EXPECT: no findings
//!
//! Only test code passes a member's email to the marketing function
//! `campaign::send_newsletter`; the service code queues newsletters by member id. Test
//! code is not checked and not parsed (docs/annotations.md, docs/lints.md parse-error and
//! missing-module), so none of these is reported: a `#[test]` function outside a test
//! module whose body has a syntax error, `#[cfg(test)] mod tests` blocks sending the email,
//! a `#[cfg(test)] impl` with a syntax error, a `#[cfg(test)] mod test_fixtures;` whose file
//! does not parse (not loaded), and a suppression comment without a reason and with a
//! misspelt lint inside a test (ignored, as test code is). Exit code 0.

pub mod campaign;
pub mod members;
pub mod outreach;

#[cfg(test)]
mod test_fixtures;
