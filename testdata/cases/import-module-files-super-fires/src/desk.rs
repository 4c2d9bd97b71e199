redline::module_purpose!("sales");

pub mod calls;

use crate::api::v1::Lead;

pub fn pitch(lead: &Lead) -> usize { // redline: expect purpose-violation (contact.phone, sales)
    lead.phone.len()
}

pub fn recall(contact: &self::calls::Contact) -> usize { // redline: expect purpose-violation (contact.phone, sales)
    contact.phone.len()
}

/// Not `crate::api`: what `super::api` names from `desk::calls`.
pub mod api {
    pub mod v1 {
        pub use crate::store::flagged::Lead;
    }
}
