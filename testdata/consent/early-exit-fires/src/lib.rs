//! EXPECT: 4 findings
//! - missing-consent at src/sms.rs:14 in fn `consent_early_exit_fires::sms::offer`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:25 in fn `consent_early_exit_fires::sms::offer_all`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:39 in fn `consent_early_exit_fires::sms::offer_checked`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:47 in fn `consent_early_exit_fires::sms::offer_inverted`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! Near-misses of the early exit: a branch that does not exit, a forgotten `continue`,
//! a `bail!` that leaves only a closure whose result is ignored, and an exit taken when
//! the guard is true.

/// Stand-in for `anyhow::bail!` (no dependencies offline): returns an error.
#[allow(unused_macros)]
macro_rules! bail {
    ($($t:tt)*) => {
        return Err(format!($($t)*))
    };
}

/// Stand-in for `anyhow::ensure!`: returns an error unless the condition holds.
#[allow(unused_macros)]
macro_rules! ensure {
    ($cond:expr, $($t:tt)*) => {
        if !$cond {
            return Err(format!($($t)*));
        }
    };
}

pub mod consent;
pub mod gateway;
pub mod member;
pub mod sms;
