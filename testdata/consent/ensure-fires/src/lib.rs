//! EXPECT: 2 findings
//! - missing-consent at src/sms.rs:12 in fn `consent_ensure_fires::sms::offer`: category `contact.phone` used for purpose `marketing.sms` without consent
//! - missing-consent at src/sms.rs:18 in fn `consent_ensure_fires::sms::offer_gold`: category `contact.phone` used for purpose `marketing.sms` without consent
//!
//! Near-misses of `ensure!`: the guard in an `||` (not required to pass), and an
//! `ensure!` on something other than consent.

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
