//! EXPECT: 4 findings
//! - purpose-violation at src/lib.rs:23 in fn `case_import_glob_shadow_through_glob_fires::desk::pitch`: category `contact.phone` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:31 in fn `case_import_glob_shadow_through_glob_fires::desk_outer::pitch`: category `contact.phone` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:39 in fn `case_import_glob_shadow_through_glob_fires::desk_glob::pitch`: category `contact.phone` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:45 in fn `case_import_glob_shadow_through_glob_fires::desk_path::pitch`: category `contact.phone` is not allowed for purpose `sales`
//!
//! The mirror of import-glob-shadow-through-glob-quiet. `mid` brings `Lead` through a
//! glob (`pub use crate::inner::*`, the unclassified `inner::Lead`) and by name (`pub use
//! crate::relay::Record as Lead`, the classified `classified::Record`, through re-exports
//! written in reverse order, so resolved after the glob). In `mid` the import by name
//! shadows the glob's `Lead`, and so does every name reached through `mid`: by name next
//! to a glob bringing the unclassified `Lead` (`desk`), by name through `outer`'s glob
//! of `mid` (`desk_outer`), through a glob of that glob (`desk_glob`), and by path
//! (`desk_path`). `inner::Lead` has no field `phone`: the code compiles only when every
//! `Lead` is `classified::Record`.

redline::module_purpose!("sales");

pub mod desk {
    use crate::inner::*;
    use crate::mid::Lead;

    pub fn pitch(lead: &Lead) -> usize { // redline: expect purpose-violation (contact.phone, sales)
        lead.phone.len() + region(7)
    }
}

pub mod desk_outer {
    use crate::outer::Lead;

    pub fn pitch(lead: &Lead) -> usize { // redline: expect purpose-violation (contact.phone, sales)
        lead.phone.len()
    }
}

pub mod desk_glob {
    use crate::outer::*;

    pub fn pitch(lead: &Lead) -> usize { // redline: expect purpose-violation (contact.phone, sales)
        lead.phone.len() + region(7)
    }
}

pub mod desk_path {
    pub fn pitch(lead: &crate::outer::Lead) -> usize { // redline: expect purpose-violation (contact.phone, sales)
        lead.phone.len()
    }
}

pub mod outer {
    pub use crate::mid::*;
}

pub mod mid {
    pub use crate::inner::*;
    pub use crate::relay::Record as Lead;
}

pub mod relay {
    pub use self::hop::Record;
    pub mod hop {
        pub use super::super::last::Record;
    }
}

pub mod last {
    pub use crate::classified::Record;
}

pub mod inner {
    pub struct Lead {
        pub company: String,
    }

    pub fn region(code: u16) -> usize {
        code as usize % 10
    }
}

pub mod classified {
    #[redline::data("contact.phone")]
    pub struct Record {
        pub phone: String,
    }
}
