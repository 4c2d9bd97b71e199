//! EXPECT: 1 finding
//! - purpose-violation at src/lib.rs:15 in fn `case_import_enum_glob_through_glob_fires::desk::pitch`: category `contact.phone` is not allowed for purpose `sales`
//!
//! The mirror of import-enum-glob-through-glob-quiet: the import by name in `mid`, resolved
//! last, names the enum whose `Call` holds the classified `Member`, so `Mail` is a value of
//! a type holding it.

redline::module_purpose!("sales");

pub mod desk {
    use crate::mid::Kind::*;

    pub fn pitch() -> usize {
        match Mail {
            Call(member) => member.phone.len(), // redline: expect purpose-violation (contact.phone, sales)
            Mail => 0,
        }
    }
}

pub mod mid {
    pub use crate::plain::*;
    pub use crate::relay::Loud as Kind;
}

pub mod relay {
    pub use self::hop::Loud;
    pub mod hop {
        pub use super::super::loud::Kind as Loud;
    }
}

pub mod plain {
    pub enum Kind {
        Call(String),
        Mail,
    }
}

pub mod loud {
    pub enum Kind {
        Call(Member),
        Mail,
    }

    #[redline::data("contact.phone")]
    pub struct Member {
        pub phone: String,
    }
}
