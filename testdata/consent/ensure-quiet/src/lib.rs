//! EXPECT: no findings
//!
//! `ensure!`-style early exits (a local stand-in for `anyhow::ensure!`, defined below):
//! the function returns unless the guard holds, so the use after it is guarded.

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
