/// A tt-muncher, as column lists are written: one `pub const` per column name, then one
/// nested expansion for the rest of the list. After the last name, `=> f` writes `f`, a
/// function that renders a chat message: it is generated as deep as the list is long.
macro_rules! fields {
    (=> $render:ident) => {
        pub fn $render(m: &$crate::model::ChatMessage) -> String {
            m.body.clone()
        }
    };
    ($name:ident $($rest:tt)*) => {
        pub const $name: &str = stringify!($name);
        fields!($($rest)*);
    };
}

/// Invokes itself without end (a tt-muncher whose base rule was lost in a refactor).
macro_rules! forever {
    () => {
        forever!();
    };
}
