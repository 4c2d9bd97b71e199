//! Optional values.

#![stable(feature = "rust1", since = "1.0.0")]

/// The `Option` type.
#[derive(Copy, Eq, Debug, Hash)]
#[rustc_diagnostic_item = "Option"]
#[lang = "Option"]
#[stable(feature = "rust1", since = "1.0.0")]
pub enum Option<T> {
    /// No value.
    #[lang = "None"]
    #[stable(feature = "rust1", since = "1.0.0")]
    None,
    /// Some value of type `T`.
    #[lang = "Some"]
    #[stable(feature = "rust1", since = "1.0.0")]
    Some(#[stable(feature = "rust1", since = "1.0.0")] T),
}

impl<T> Option<T> {
    /// Returns `true` if the option is a `Some` value.
    #[inline]
    #[stable(feature = "rust1", since = "1.0.0")]
    #[rustc_const_stable(feature = "const_option_basics", since = "1.48.0")]
    pub const fn is_some(&self) -> bool {
        matches!(*self, Some(_))
    }

    /// Returns the contained `Some` value, consuming the `self` value.
    #[inline]
    #[track_caller]
    #[stable(feature = "rust1", since = "1.0.0")]
    pub const fn expect(self, msg: &str) -> T {
        match self {
            Some(val) => val,
            None => expect_failed(msg),
        }
    }

    /// Takes the value out of the option, leaving a `None` in its place.
    #[inline]
    #[stable(feature = "rust1", since = "1.0.0")]
    pub const fn take(&mut self) -> Option<T> {
        crate::mem::replace(self, None)
    }

    /// Takes the value out of the option, but only if the predicate evaluates to `true`
    /// on a mutable reference to the value.
    #[inline]
    #[stable(feature = "option_take_if", since = "1.80.0")]
    pub fn take_if<P>(&mut self, predicate: P) -> Option<T>
    where
        P: FnOnce(&mut T) -> bool,
    {
        if self.as_mut().map_or(false, predicate) { self.take() } else { None }
    }
}

#[cold]
#[track_caller]
const fn expect_failed(msg: &str) -> ! {
    panic_display(&msg)
}
