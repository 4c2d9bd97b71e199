//! EXPECT: no findings
//!
//! Each sales module below has two `Lead`s in scope: the classified `classified::Lead`
//! through a glob import, and an unclassified one by name (an import, or an item of its
//! own). As in Rust, the one by name shadows the glob's, whichever is written first and
//! whichever is resolved first:
//! - `by_name_first`: the import by name is written before the glob;
//! - `glob_first`: the glob is written before the import by name;
//! - `late_by_name`: the import by name goes through re-exports written in reverse order
//!   (resolved after the glob), and renames;
//! - `late_glob`: the module the glob copies gets its `Lead` through re-exports written in
//!   reverse order (the glob brings it after the import by name is resolved);
//! - `own_item`: the module defines its own `Lead`.
//! The classified `Lead` has no field `company`: the code compiles only when every `Lead`
//! is the unclassified one.

redline::module_purpose!("sales");

pub mod by_name_first {
    use crate::plain::Lead;
    use crate::classified::*;

    // redline: no finding — `Lead` is `plain::Lead`, the glob's is shadowed.
    pub fn pitch(lead: &Lead) -> usize {
        lead.company.len() + region(7)
    }
}

pub mod glob_first {
    use crate::classified::*;
    use crate::plain::Lead;

    // redline: no finding — `Lead` is `plain::Lead`, the glob's is shadowed.
    pub fn pitch(lead: &Lead) -> usize {
        lead.company.len() + region(7)
    }
}

pub mod late_by_name {
    use crate::classified::*;
    use crate::relay::front::Prospect as Lead;

    // redline: no finding — `Lead` is `plain::Lead` through `relay`.
    pub fn pitch(lead: &Lead) -> usize {
        lead.company.len() + region(7)
    }
}

pub mod late_glob {
    use crate::plain::Lead;
    use crate::late_classified::*;

    // redline: no finding — `Lead` is `plain::Lead`, the glob brings its `Lead` late.
    pub fn pitch(lead: &Lead) -> usize {
        lead.company.len() + region(7)
    }
}

pub mod own_item {
    use crate::classified::*;

    pub struct Lead {
        pub company: String,
    }

    // redline: no finding — `Lead` is `own_item::Lead`, the glob's is shadowed.
    pub fn pitch(lead: &Lead) -> usize {
        lead.company.len() + region(7)
    }
}

pub mod relay {
    pub mod front {
        pub use super::back::Prospect;
    }
    pub mod back {
        pub use self::inner::Lead as Prospect;
        pub mod inner {
            pub use crate::plain::*;
        }
    }
}

pub mod late_classified {
    pub use self::hop::Lead;
    pub use crate::classified::region;
    pub mod hop {
        pub use super::super::hidden::Member as Lead;
    }
}

pub mod hidden {
    pub use crate::classified::Lead as Member;
}

pub mod plain {
    pub struct Lead {
        pub company: String,
    }
}

pub mod classified {
    #[redline::data("contact.phone")]
    pub struct Lead {
        pub phone: String,
    }

    pub fn region(code: u16) -> usize {
        code as usize % 10
    }
}
