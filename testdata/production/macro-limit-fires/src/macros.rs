/// A tt-muncher: one `pub const` per `NAME = code,` entry, one nested expansion per entry.
macro_rules! status_codes {
    () => {};
    ($name:ident = $code:literal, $($rest:tt)*) => {
        pub const $name: u16 = $code;
        status_codes!($($rest)*);
    };
}

/// Counts token trees by peeling one per expansion.
macro_rules! count {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + count!($($tail)*) };
}

/// Adds a route to a table; only GET and POST routes are supported.
macro_rules! route {
    ($table:ident, GET $path:literal => $handler:literal) => {
        $table.push(("GET", $path, $handler));
    };
    ($table:ident, POST $path:literal => $handler:literal) => {
        $table.push(("POST", $path, $handler));
    };
}
