/// A newtype with a conversion from its inner type and back.
macro_rules! newtype {
    ($(#[$meta:meta])* $vis:vis struct $name:ident($inner:ty);) => {
        $(#[$meta])*
        $vis struct $name(pub $inner);

        impl From<$inner> for $name {
            fn from(v: $inner) -> Self {
                $name(v)
            }
        }

        impl $name {
            pub fn into_inner(self) -> $inner {
                self.0
            }
        }
    };
}

/// Repository getters, one per table: `name: "table" -> Row`.
macro_rules! finders {
    ($($fn_name:ident : $table:literal -> $ret:ty),+ $(,)?) => {
        $(
            pub fn $fn_name(&self, member: u64) -> Option<$ret> {
                self.load($table, member)
            }
        )+
    };
}

/// An axum-style handler with its purpose: the state and path extractors are named by
/// the caller, the body is a block.
macro_rules! handler {
    ($purpose:literal fn $name:ident($state:ident: $st:ty, $id:ident) -> $ret:ty $body:block) => {
        #[redline::purpose($purpose)]
        pub async fn $name(axum_state: $st, path_id: u64) -> $ret {
            let $state = axum_state;
            let $id = path_id;
            $body
        }
    };
}
