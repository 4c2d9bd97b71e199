//! EXPECT: 5 findings
//! - purpose-violation at src/lib.rs:32 in fn `case_import_use_groups_fires::desk::pitch`: category `contact.phone` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:36 in fn `case_import_use_groups_fires::desk::dial`: category `contact.phone` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:44 in fn `case_import_use_groups_fires::desk_nested::greet`: category `contact.phone` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:48 in fn `case_import_use_groups_fires::desk_nested::card`: category `contact.phone` is not allowed for purpose `sales`
//! - purpose-violation at src/lib.rs:56 in fn `case_import_use_groups_fires::desk_super::pitch`: category `contact.phone` is not allowed for purpose `sales`
//!
//! The mirror of import-use-groups-quiet: imports written as nested groups, the names
//! they bring classified and the decoys a wrong reading would pick unclassified:
//! - `desk` imports `Lead` by name in the same group as a glob bringing the unclassified
//!   `plain::Lead` (the import by name wins), and `store` as `st` (`self as st`), while
//!   the crate also has a module `st` whose `Contact` is unclassified;
//! - `desk_nested` imports `store::deep` with `deep::{self}` in a nested group (the crate's
//!   own module `deep` has an unclassified `Member`) and `store::Contact` as `Card`;
//! - `desk_super` imports `super::{*, store::deep::Member as Lead}`: the crate root's
//!   names through the glob, with the unclassified `Lead` the root has through its own
//!   glob (`use plain::*`), and `Lead` by name (the import by name wins).
//! The unclassified types have no field `phone`: the code compiles only when every name
//! is the classified type.

redline::module_purpose!("sales");

#[allow(unused_imports)]
use plain::*;

pub mod desk {
    use crate::{
        plain::*,
        store::{self as st, deep::{Member as Lead}},
    };

    pub fn pitch(lead: &Lead) -> usize { // redline: expect purpose-violation (contact.phone, sales)
        lead.phone.len() + region(3)
    }

    pub fn dial(contact: &st::Contact) -> usize { // redline: expect purpose-violation (contact.phone, sales)
        contact.phone.len()
    }
}

pub mod desk_nested {
    use super::store::{deep::{self}, Contact as Card};

    pub fn greet(member: &deep::Member) -> usize { // redline: expect purpose-violation (contact.phone, sales)
        member.phone.len()
    }

    pub fn card(card: &Card) -> usize { // redline: expect purpose-violation (contact.phone, sales)
        card.phone.len()
    }
}

pub mod desk_super {
    use super::{*, store::deep::Member as Lead};

    pub fn pitch(lead: &Lead) -> usize { // redline: expect purpose-violation (contact.phone, sales)
        lead.phone.len() + region(5)
    }
}

pub mod store {
    #[redline::data("contact.phone")]
    pub struct Contact {
        pub phone: String,
    }

    pub mod deep {
        #[redline::data("contact.phone")]
        pub struct Member {
            pub phone: String,
        }
    }
}

pub mod st {
    pub struct Contact {
        pub company: String,
    }
}

pub mod deep {
    pub struct Member {
        pub company: String,
    }
}

pub mod plain {
    pub struct Lead {
        pub company: String,
    }

    pub fn region(code: u16) -> usize {
        code as usize % 10
    }
}
