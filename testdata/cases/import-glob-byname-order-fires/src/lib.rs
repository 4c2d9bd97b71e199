//! EXPECT: 5 findings
//! - purpose-violation at src/lib.rs:28 in fn `case_import_glob_byname_order_fires::by_name_first::pitch`: category `contact.phone` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:37 in fn `case_import_glob_byname_order_fires::glob_first::pitch`: category `contact.phone` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:46 in fn `case_import_glob_byname_order_fires::late_by_name::pitch`: category `contact.phone` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:55 in fn `case_import_glob_byname_order_fires::late_glob::pitch`: category `contact.phone` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:68 in fn `case_import_glob_byname_order_fires::own_item::pitch`: category `contact.phone` is not allowed for purpose `sales`
//!
//! The mirror of import-glob-byname-order-quiet: each sales module has two `Lead`s in
//! scope, an unclassified one through a glob import and the classified
//! `classified::Lead` by name (an import, or an item of its own). As in Rust, the one by
//! name shadows the glob's, whichever is written first and whichever is resolved first:
//! - `by_name_first`: the import by name is written before the glob;
//! - `glob_first`: the glob is written before the import by name;
//! - `late_by_name`: the import by name goes through re-exports written in reverse order
//!   (resolved after the glob), and renames;
//! - `late_glob`: the module the glob copies gets its `Lead` through re-exports written in
//!   reverse order (the glob brings it after the import by name is resolved);
//! - `own_item`: the module defines its own classified `Lead`.
//! The unclassified `Lead` has no field `phone`: the code compiles only when every `Lead`
//! is a classified one.

redline::module_purpose!("sales");

pub mod by_name_first {
    use crate::classified::Lead;
    use crate::plain::*;

    pub fn pitch(lead: &Lead) -> usize { // redline: expect purpose-violation (contact.phone, sales)
        lead.phone.len() + region(7)
    }
}

pub mod glob_first {
    use crate::plain::*;
    use crate::classified::Lead;

    pub fn pitch(lead: &Lead) -> usize { // redline: expect purpose-violation (contact.phone, sales)
        lead.phone.len() + region(7)
    }
}

pub mod late_by_name {
    use crate::plain::*;
    use crate::relay::front::Prospect as Lead;

    pub fn pitch(lead: &Lead) -> usize { // redline: expect purpose-violation (contact.phone, sales)
        lead.phone.len() + region(7)
    }
}

pub mod late_glob {
    use crate::classified::Lead;
    use crate::late_plain::*;

    pub fn pitch(lead: &Lead) -> usize { // redline: expect purpose-violation (contact.phone, sales)
        lead.phone.len() + region(7)
    }
}

pub mod own_item {
    use crate::plain::*;

    #[redline::data("contact.phone")]
    pub struct Lead {
        pub phone: String,
    }

    pub fn pitch(lead: &Lead) -> usize { // redline: expect purpose-violation (contact.phone, sales)
        lead.phone.len() + region(7)
    }
}

pub mod relay {
    pub mod front {
        pub use super::back::Prospect;
    }
    pub mod back {
        pub use self::inner::Lead as Prospect;
        pub mod inner {
            pub use crate::classified::*;
        }
    }
}

pub mod late_plain {
    pub use self::hop::Lead;
    pub use crate::plain::region;
    pub mod hop {
        pub use super::super::hidden::Member as Lead;
    }
}

pub mod hidden {
    pub use crate::plain::Lead as Member;
}

pub mod plain {
    pub struct Lead {
        pub company: String,
    }

    pub fn region(code: u16) -> usize {
        code as usize % 10
    }
}

pub mod classified {
    #[redline::data("contact.phone")]
    pub struct Lead {
        pub phone: String,
    }
}
