//! EXPECT: no findings
//!
//! `mid` brings `Lead` through a glob (`pub use crate::inner::*`, the classified
//! `inner::Lead`) and by name (`pub use crate::relay::Record as Lead`, the unclassified
//! `plain::Record`, through re-exports written in reverse order, so resolved after the
//! glob). In `mid` the import by name shadows the glob's `Lead`, and so does every name
//! reached through `mid`:
//! - `desk` imports `mid::Lead` by name, next to a glob of its own that brings the
//!   classified `inner::Lead`;
//! - `desk_outer` imports `outer::Lead` by name, where `outer` has `mid`'s names through a
//!   glob (`pub use crate::mid::*`);
//! - `desk_glob` imports `outer::*` (a glob of a glob);
//! - `desk_path` names `crate::outer::Lead` by its path, without an import.
//! `inner::Lead` has no field `company`: the code compiles only when every `Lead` is
//! `plain::Record`.

redline::module_purpose!("sales");

pub mod desk {
    use crate::inner::*;
    use crate::mid::Lead;

    // redline: no finding — `Lead` is `mid::Lead`, which is `plain::Record`.
    pub fn pitch(lead: &Lead) -> usize {
        lead.company.len() + region(7)
    }
}

pub mod desk_outer {
    use crate::outer::Lead;

    // redline: no finding — `outer::Lead` is `mid::Lead`, which is `plain::Record`.
    pub fn pitch(lead: &Lead) -> usize {
        lead.company.len()
    }
}

pub mod desk_glob {
    use crate::outer::*;

    // redline: no finding — the glob brings `mid::Lead`, which is `plain::Record`.
    pub fn pitch(lead: &Lead) -> usize {
        lead.company.len() + region(7)
    }
}

pub mod desk_path {
    // redline: no finding — `crate::outer::Lead` is `plain::Record`.
    pub fn pitch(lead: &crate::outer::Lead) -> usize {
        lead.company.len()
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
    pub use crate::plain::Record;
}

pub mod inner {
    #[redline::data("contact.phone")]
    pub struct Lead {
        pub phone: String,
    }

    pub fn region(code: u16) -> usize {
        code as usize % 10
    }
}

pub mod plain {
    pub struct Record {
        pub company: String,
    }
}
