redline::module_purpose!("sales");

pub mod calls;

use crate::api::v1::Lead;

// redline: no finding — `Lead` is `store::records::Member`.
pub fn pitch(lead: &Lead) -> usize {
    lead.company.len()
}

// redline: no finding — `calls::Contact` is `store::records::Member`.
pub fn recall(contact: &self::calls::Contact) -> usize {
    contact.company.len()
}

/// Not `crate::api`: what `super::api` names from `desk::calls`.
pub mod api {
    pub mod v1 {
        pub use crate::store::flagged::Lead;
    }
}
