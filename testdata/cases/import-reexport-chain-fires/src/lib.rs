//! EXPECT: 1 finding
//! - purpose-violation at src/lib.rs:19 in fn `case_import_reexport_chain_fires::pitch`: category `contact.phone` is not allowed for purpose `sales`
//!
//! The type reaches `pitch` through a chain of re-exports written in the reverse order of
//! the chain (each import names one that is resolved later, in another module): renames,
//! a glob, and `self` and `super` paths.

redline::module_purpose!("sales");

use front::Lead;

pub mod front {
    pub use self::middle::Prospect as Lead;
    pub mod middle {
        pub use super::super::back::*;
    }
}

pub fn pitch(lead: &Lead) -> usize { // redline: expect purpose-violation (contact.phone, sales)
    lead.phone.len()
}

pub mod back {
    pub use crate::store::Member as Prospect;
}

pub mod store {
    #[redline::data("contact.phone")]
    pub struct Member {
        pub phone: String,
    }
}
