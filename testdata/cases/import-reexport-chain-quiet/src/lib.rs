//! EXPECT: no findings
//!
//! `front` binds `Lead` twice: through a glob to a classified type, and by name through a
//! chain of re-exports (written in the reverse order of the chain) to an unclassified one.
//! The import by name wins over the glob, though it is resolved last.

redline::module_purpose!("sales");

use front::Lead;

pub mod front {
    pub use crate::classified::*;
    pub use self::middle::Prospect as Lead;
    pub mod middle {
        pub use super::super::back::*;
    }
}

pub fn pitch(lead: &Lead) -> usize {
    lead.phone.len()
}

pub mod back {
    pub use crate::store::Member as Prospect;
}

pub mod store {
    pub struct Member {
        pub phone: String,
    }
}

pub mod classified {
    #[redline::data("contact.phone")]
    pub struct Lead {
        pub phone: String,
    }
}
