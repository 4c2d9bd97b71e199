macro_rules! newtype {
    ($(#[$meta:meta])* $vis:vis struct $name:ident($inner:ty);) => {
        $(#[$meta])*
        $vis struct $name(pub $inner);
    };
}

macro_rules! first {
    ($v:expr) => {
        $v.into_iter().next().unwrap_or_default()
    };
}

macro_rules! log_all {
    ($($x:expr),* $(,)?) => {
        $( crate::sales::record($x); )*
    };
}

#[macro_export]
macro_rules! shout {
    (@inner $e:expr) => { $e.to_uppercase() };
    ($e:expr) => { $crate::shout!(@inner $e) };
}

macro_rules! handler {
    ($name:ident, $purpose:literal, |$arg:ident: $ty:ty| $body:block) => {
        #[redline::purpose($purpose)]
        pub fn $name($arg: $ty) -> String $body
    };
}
