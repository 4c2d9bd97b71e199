pub use self::compat::Lead;

pub mod compat {
    pub use super::super::v2::Lead;
}

/// Not `api::v2`: what `super::v2` names from `compat`.
pub mod v2 {
    pub use crate::store::flagged::Lead;
}
