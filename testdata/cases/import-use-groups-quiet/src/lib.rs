//! EXPECT: no findings
//!
//! Imports written as nested groups (`use a::{b::{self as c}, d::*}`), each next to a
//! classified decoy a wrong reading would pick:
//! - `desk` imports `Lead` by name in the same group as a glob bringing the classified
//!   `classified::Lead` (the import by name wins), and `store` as `st` (`self as st`),
//!   while the crate also has a module `st` whose `Contact` is classified;
//! - `desk_nested` imports `store::deep` with `deep::{self}` in a nested group (the crate's
//!   own module `deep` has a classified `Member`) and `store::Contact` as `Card`;
//! - `desk_super` imports `super::{*, store::deep::Member as Lead}`: the crate root's
//!   names through the glob, with the classified `Lead` the root has through its own glob
//!   (`use classified::*`), and `Lead` by name (the import by name wins).
//! The classified types have no field `company`: the code compiles only when every name
//! is the unclassified type.

redline::module_purpose!("sales");

#[allow(unused_imports)]
use classified::*;

pub mod desk {
    use crate::{
        classified::*,
        store::{self as st, deep::{Member as Lead}},
    };

    // redline: no finding — `Lead` is `store::deep::Member`, the glob's is shadowed.
    pub fn pitch(lead: &Lead) -> usize {
        lead.company.len() + region(3)
    }

    // redline: no finding — `st` is `store`, not the crate's module `st`.
    pub fn dial(contact: &st::Contact) -> usize {
        contact.company.len()
    }
}

pub mod desk_nested {
    use super::store::{deep::{self}, Contact as Card};

    // redline: no finding — `deep` is `store::deep`, not the crate's module `deep`.
    pub fn greet(member: &deep::Member) -> usize {
        member.company.len()
    }

    // redline: no finding — `Card` is `store::Contact`.
    pub fn card(card: &Card) -> usize {
        card.company.len()
    }
}

pub mod desk_super {
    use super::{*, store::deep::Member as Lead};

    // redline: no finding — `Lead` is `store::deep::Member`, the glob's is shadowed.
    pub fn pitch(lead: &Lead) -> usize {
        lead.company.len() + region(5)
    }
}

pub mod store {
    pub struct Contact {
        pub company: String,
    }

    pub mod deep {
        pub struct Member {
            pub company: String,
        }
    }
}

pub mod st {
    #[redline::data("contact.phone")]
    pub struct Contact {
        pub phone: String,
    }
}

pub mod deep {
    #[redline::data("contact.phone")]
    pub struct Member {
        pub phone: String,
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
