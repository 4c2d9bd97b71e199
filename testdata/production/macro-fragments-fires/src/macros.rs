/// ident, vis, ty, path, literal, expr: a pitch function built around a text helper.
macro_rules! pitch_fn {
    ($vis:vis fn $name:ident($arg:ident: $t:ty) via $helper:path, prefix $p:literal, limit $n:expr) => {
        #[redline::purpose("sales")]
        $vis fn $name($arg: $t) -> String {
            let text: String = $helper($arg).chars().take($n).collect();
            format!("{}{}", $p, text)
        }
    };
}

/// pat and block: one output line per row the pattern matches.
macro_rules! each_line {
    ($purpose:literal fn $name:ident, $pat:pat in $src:path => $body:block) => {
        #[redline::purpose($purpose)]
        pub fn $name(store: &crate::store::Store, member: u64) -> Vec<String> {
            let mut out = Vec::new();
            for $pat in $src(store, member) {
                out.push($body);
            }
            out
        }
    };
}

/// lifetime and tt: a borrowing view type, then whatever items follow, unchanged.
macro_rules! borrowed {
    ($name:ident<$lt:lifetime> => $field:ident: $fty:ty; $($rest:tt)*) => {
        pub struct $name<$lt> {
            pub $field: &$lt $fty,
        }

        impl<$lt> $name<$lt> {
            pub fn get(&self) -> &$lt $fty {
                self.$field
            }
        }

        $($rest)*
    };
}

/// item, repeated, handed one by one to another macro.
macro_rules! with_purpose {
    ($purpose:literal; $($item:item)*) => {
        $( purposed!($purpose, $item); )*
    };
}

macro_rules! purposed {
    ($purpose:literal, $item:item) => {
        #[redline::purpose($purpose)]
        $item
    };
}

/// A recursive macro: one getter per `name => field` pair, one expansion level per pair.
macro_rules! getters {
    ($purpose:literal $ty:ty;) => {};
    ($purpose:literal $ty:ty; $name:ident => $field:ident, $($rest:tt)*) => {
        #[redline::purpose($purpose)]
        pub fn $name(m: &$ty) -> String {
            m.$field.to_string()
        }
        getters!($purpose $ty; $($rest)*);
    };
}

/// Statement position: binds the member's latest message.
macro_rules! let_latest {
    ($var:ident = $store:ident for $member:expr) => {
        let $var = $store.messages_for($member).pop();
    };
}

/// Expression position, exported and called by path: the body of the first message.
#[macro_export]
macro_rules! first_body {
    ($store:expr, $member:expr) => {
        $store.messages_for($member).into_iter().next().map(|m| m.body)
    };
}
