//! EXPECT: no findings
//!
//! Early exits on a negated guard: `return`, `continue`, `bail!(..)` (a local stand-in
//! for `anyhow::bail!`, defined below) and `break`, each before the use.

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
